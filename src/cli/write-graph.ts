// The second half of build and merge: fragments → resolve, relations (relate-docs: cache, workers), assembly and layout (keeping
// the positions of the graph.json already in --out) → every format asked for, written whole.
import { join } from "node:path";
import type { ArticleFragment } from "../core/contract/fragment.js";
import type { NewsGraph } from "../core/contract/news-graph.js";
import { DEFAULT_BUILD_FORMATS, writeFormats, type OutputFormat } from "../core/io/formats.js";
import type { Corrections } from "../core/contract/corrections.js";
import { mergeFragmentsWith, type MergeStage } from "../core/pipeline/run-pipeline.js";
import { loadGazetteer } from "./load-gazetteer.js";
import { correctionLines } from "./read-corrections.js";
import { readPreviousPositions } from "./previous-positions.js";
import { relateDocs, type RelateOptions } from "./relate-docs.js";
import { writeAllAtomic } from "./write-atomic.js";

/** The stages a build reports, in order (`onTiming`): read, extract, then the merge's, then serialize and write. */
export type BuildStage = "read" | "extract" | MergeStage | "serialize" | "write";

export interface WriteGraphOptions extends RelateOptions {
  readonly out: string;
  /** The corrections to apply (read by `readCorrections`), and where to say what could not be applied. */
  readonly corrections?: { readonly path: string; readonly corrections: Corrections };
  readonly report?: (line: string) => void;
  readonly formats?: readonly OutputFormat[];
  /** Lay out from scratch instead of keeping the positions of the graph.json in `out`. */
  readonly freshLayout?: boolean;
  /** Seconds spent in each stage, as each ends. */
  readonly onTiming?: (stage: BuildStage, seconds: number) => void;
}

export interface WrittenGraph {
  readonly graph: NewsGraph;
  /** Articles whose relations came from the relation cache, and those related again. */
  readonly relations: { readonly fromCache: number; readonly computed: number };
  readonly files: readonly { readonly name: string; readonly bytes: number }[];
}

/** A stopwatch that reports the time since the previous lap. */
export function lapTimer(onTiming?: (stage: BuildStage, seconds: number) => void): (stage: BuildStage) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onTiming?.(stage, (now - last) / 1000);
    last = now;
  };
}

/** Merges `fragments` (emptying the array: see PipelineOptions.consume) and writes the formats asked for. */
export async function writeGraph(
  fragments: ArticleFragment[],
  options: WriteGraphOptions,
  lap = lapTimer(options.onTiming),
): Promise<WrittenGraph> {
  const previous = options.freshLayout ? undefined : await readPreviousPositions(join(options.out, "graph.json"));
  // (consume: the caller's array of fragments is emptied once read, so their memory can go during the merge)
  const { relate, stats } = relateDocs(options);
  const graph = await mergeFragmentsWith(fragments, relate, {
    gazetteer: loadGazetteer(),
    onStage: lap,
    layout: previous ? { previous } : {},
    consume: true,
    ...(options.corrections ? { corrections: options.corrections.corrections } : {}),
  });
  if (options.corrections)
    for (const line of correctionLines(options.corrections.path, graph.getAttribute("corrections") ?? [])) options.report?.(line);
  const files = writeFormats(graph, options.formats ?? DEFAULT_BUILD_FORMATS);
  lap("serialize");
  await writeAllAtomic(files.map((f) => ({ path: join(options.out, f.name), text: f.text })));
  lap("write");
  return {
    graph,
    relations: { fromCache: stats.fromCache, computed: stats.computed },
    files: files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.text) })),
  };
}
