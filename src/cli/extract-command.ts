// newsgraph extract: read articles → run the pipeline → print, for each article, the entities
// found in it and each relation with the sentence behind it. With --jsonl, write instead one
// fragment per article (what `newsgraph merge` reads), sorted by article id, whole or not at all.
import { explainArticle } from "../core/io/explain.js";
import { runPipeline } from "../core/pipeline/run-pipeline.js";
import { InputError } from "../core/errors.js";
import { extractFragments } from "./extract-fragments.js";
import { loadGazetteer } from "./load-gazetteer.js";
import type { ProgressBar } from "./progress-bar.js";
import { readArticles, type ReadOptions } from "./read-articles.js";
import { nothingUsable, skippedLines } from "./readers/read-result.js";
import { refuseOverwritingInputs, writeAtomic } from "./write-atomic.js";

export interface ExtractOptions extends ReadOptions {
  readonly print: (text: string) => void;
  readonly log?: (line: string) => void;
  /** Write fragments as JSON lines to this file instead of printing. */
  readonly jsonl?: string;
  readonly jobs?: number;
  readonly cacheDir?: string;
  readonly quiet?: boolean;
  readonly progress?: ProgressBar;
}

export async function extract(inputs: readonly string[], options: ExtractOptions): Promise<number> {
  // (before reading: the fragments would replace an input the build just read)
  if (options.jsonl !== undefined) await refuseOverwritingInputs([options.jsonl], inputs);
  const { articles, skipped } = await readArticles(inputs, options);
  if (!articles.length) throw new InputError(nothingUsable(inputs, skipped));
  for (const line of skippedLines(skipped)) options.log?.(line);
  if (options.jsonl !== undefined) {
    const { fragments } = await extractFragments(articles, {
      jobs: options.jobs,
      cacheDir: options.cacheDir,
      log: options.log,
      onProgress: (done, total) => options.progress?.update("extract", done, total),
    });
    options.progress?.clear();
    const lines = fragments.map((f) => JSON.stringify(f) + "\n"); // articles come sorted by id
    await writeAtomic(options.jsonl, lines.join(""));
    if (!options.quiet) options.log?.(`newsgraph: ${fragments.length} fragment(s) → ${options.jsonl}`);
    return 0;
  }
  const graph = runPipeline(articles, { gazetteer: loadGazetteer(), layout: false });
  options.print(articles.map((a) => explainArticle(graph, a.id)).join("\n"));
  return 0;
}
