// newsgraph extract: read articles → run the pipeline → print, for each article, the entities
// found in it and each relation with the sentence behind it. Writes no files.
import { explainArticle } from "../core/io/explain.js";
import { runPipeline } from "../core/pipeline/run-pipeline.js";
import { InputError } from "../core/errors.js";
import { loadGazetteer } from "./load-gazetteer.js";
import { readArticles, type ReadOptions } from "./read-articles.js";
import { nothingUsable, skippedLines } from "./readers/read-result.js";

export interface ExtractOptions extends ReadOptions {
  readonly print: (text: string) => void;
  readonly log?: (line: string) => void;
}

export async function extract(inputs: readonly string[], options: ExtractOptions): Promise<number> {
  const { articles, skipped } = await readArticles(inputs, options);
  if (!articles.length) throw new InputError(nothingUsable(inputs, skipped));
  for (const line of skippedLines(skipped)) options.log?.(line);
  const graph = runPipeline(articles, { gazetteer: loadGazetteer(), layout: false });
  options.print(articles.map((a) => explainArticle(graph, a.id)).join("\n"));
  return 0;
}
