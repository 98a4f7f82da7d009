// newsgraph extract: read articles → run the pipeline → print, for each article, the entities
// found in it and each relation with the sentence behind it. Writes no files.
import { explainArticle } from "../core/io/explain.js";
import { runPipeline } from "../core/pipeline/run-pipeline.js";
import { InputError } from "../core/errors.js";
import { loadGazetteer } from "./load-gazetteer.js";
import { readArticles } from "./read-articles.js";

export interface ExtractOptions {
  readonly print: (text: string) => void;
  readonly log?: (line: string) => void;
}

export async function extract(inputs: readonly string[], options: ExtractOptions): Promise<number> {
  const { articles, skipped } = await readArticles(inputs);
  if (!articles.length) throw new InputError(`no usable .txt articles in ${inputs.map((i) => `"${i}"`).join(", ")}; pass .txt files or folders that contain them`);
  for (const s of skipped) options.log?.(`newsgraph: skipped ${s.path}: ${s.reason}`);
  const graph = runPipeline(articles, { gazetteer: loadGazetteer(), layout: false });
  options.print(articles.map((a) => explainArticle(graph, a.id)).join("\n"));
  return 0;
}
