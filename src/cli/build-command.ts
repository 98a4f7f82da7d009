// newsgraph build: read articles → run the pipeline → write the formats asked for (json and
// graphml by default). Every output is serialized (and validated) before any file is written.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { DEFAULT_BUILD_FORMATS, writeFormats, type OutputFormat } from "../core/io/formats.js";
import { runPipeline } from "../core/pipeline/run-pipeline.js";
import { loadGazetteer } from "./load-gazetteer.js";
import { readArticles, type ReadOptions } from "./read-articles.js";
import { nothingUsable, skippedLines } from "./readers/read-result.js";
import { writeAllAtomic } from "./write-atomic.js";

export interface BuildOptions extends ReadOptions {
  readonly out: string;
  readonly formats?: readonly OutputFormat[];
  readonly quiet?: boolean;
  readonly log?: (line: string) => void;
}

export async function build(inputs: readonly string[], options: BuildOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const outInfo = await stat(options.out).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) throw new InputError(`--out "${options.out}" is a file; give a folder to write the graph into`);
  const { articles, skipped } = await readArticles(inputs, options);
  if (!articles.length) throw new InputError(nothingUsable(inputs, skipped));
  for (const line of skippedLines(skipped)) log(line);
  const graph = runPipeline(articles, { gazetteer: loadGazetteer() });
  const files = writeFormats(graph, options.formats ?? DEFAULT_BUILD_FORMATS);
  await writeAllAtomic(files.map((f) => ({ path: join(options.out, f.name), text: f.text })));
  const used = `${articles.length} article(s) used${skipped.length ? `, ${skipped.length} skipped` : ""}`;
  if (!options.quiet) log(`newsgraph: ${used} → ${graph.order} nodes, ${graph.size} edges → ${options.out}/${files.map((f) => f.name).join(", ")}`);
  return 0;
}
