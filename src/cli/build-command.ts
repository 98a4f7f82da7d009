// newsgraph build: read articles → extract each (cache, worker threads) → merge → write the formats
// asked for (json and graphml by default). Every output is serialized (and validated) before any file is written.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import type { OutputFormat } from "../core/io/formats.js";
import { extractFragments } from "./extract-fragments.js";
import type { ProgressBar } from "./progress-bar.js";
import { readArticles, type ReadOptions } from "./read-articles.js";
import { readCorrections } from "./read-corrections.js";
import { nothingUsable, skippedLines } from "./readers/read-result.js";
import { lapTimer, writeGraph, type BuildStage, type WrittenGraph } from "./write-graph.js";

/** Where build keeps its cache by default, inside --out (hidden; graph/.cache is gitignored). */
export const CACHE_FOLDER = ".cache";

export interface BuildOptions extends ReadOptions {
  readonly out: string;
  readonly formats?: readonly OutputFormat[];
  readonly quiet?: boolean;
  readonly log?: (line: string) => void;
  /** Worker threads for extraction and relations (default: one per core); 1 works in this thread. */
  readonly jobs?: number;
  /** The folder of the extraction and relation caches: `<out>/.cache` when undefined, none when false. */
  readonly cacheDir?: string | false;
  readonly freshLayout?: boolean;
  /** A corrections file to apply (default: `<out>/corrections.json` when there is one). */
  readonly corrections?: string;
  readonly progress?: ProgressBar;
  readonly onTiming?: (stage: BuildStage, seconds: number) => void;
  /** Receives the counts of a finished build (the benchmark reads them). */
  readonly onDone?: (result: WrittenGraph & { readonly articles: number; readonly fromCache: number; readonly extracted: number }) => void;
}

export async function build(inputs: readonly string[], options: BuildOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const lap = lapTimer(options.onTiming);
  const outInfo = await stat(options.out).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) throw new InputError(`--out "${options.out}" is a file; give a folder to write the graph into`);
  const corrections = await readCorrections(options.corrections, options.out);
  const { articles, skipped } = await readArticles(inputs, options);
  if (!articles.length) throw new InputError(nothingUsable(inputs, skipped));
  for (const line of skippedLines(skipped)) log(line);
  lap("read");
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? join(options.out, CACHE_FOLDER));
  const extracted = await extractFragments(articles, {
    jobs: options.jobs,
    cacheDir,
    // the default cache is best effort: an --out that cannot take it fails later, with one line saying why
    log: (line) => {
      if (options.cacheDir === undefined) return;
      options.progress?.clear();
      log(line);
    },
    onProgress: (done, total) => options.progress?.update("extract", done, total),
  });
  lap("extract");
  options.progress?.update("merge", 0, 1);
  const written = await writeGraph(
    extracted.fragments,
    {
      ...options,
      corrections,
      ...(cacheDir ? { cacheDir } : { cacheDir: undefined }),
      log: (line) => options.cacheDir !== undefined && log(line),
      report: (line) => (options.progress?.clear(), log(line)),
    },
    lap,
  );
  options.progress?.clear();
  options.onDone?.({ ...written, articles: articles.length, fromCache: extracted.fromCache, extracted: extracted.extracted });
  const used = `${articles.length} article(s) used${skipped.length ? `, ${skipped.length} skipped` : ""}`;
  const cached = cacheDir && extracted.fromCache ? ` (${extracted.fromCache} from the cache)` : "";
  const related = cacheDir && written.relations.fromCache ? `, relations of ${written.relations.fromCache} from the cache` : "";
  if (!options.quiet)
    log(
      `newsgraph: ${used}${cached}${related} → ${written.graph.order} nodes, ${written.graph.size} edges → ${options.out}/${written.files.map((f) => f.name).join(", ")}`,
    );
  return 0;
}
