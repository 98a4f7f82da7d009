// newsgraph build: read articles → run the pipeline → write graph.json and graph.graphml.
// Both outputs are serialized (and validated) before either is written.
import { join } from "node:path";
import { stat } from "node:fs/promises";
import { runPipeline } from "../core/pipeline/run-pipeline.js";
import { toGraphJson } from "../core/io/graph-json.js";
import { toGraphml } from "../core/io/graphml.js";
import { InputError } from "../core/errors.js";
import { readArticles } from "./read-articles.js";
import { writeAllAtomic } from "./write-atomic.js";
import { loadGazetteer } from "./load-gazetteer.js";

export interface BuildOptions {
  readonly out: string;
  readonly quiet?: boolean;
  readonly log?: (line: string) => void;
}

export async function build(inputs: readonly string[], options: BuildOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const outInfo = await stat(options.out).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) throw new InputError(`--out "${options.out}" is a file; give a folder to write graph.json and graph.graphml into`);
  const { articles, skipped } = await readArticles(inputs);
  if (!articles.length) {
    const why = skipped.length ? ` (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => `${s.path} is ${s.reason}`).join("; ")}${skipped.length > 3 ? "; …" : ""})` : "";
    throw new InputError(`no usable .txt articles in ${inputs.map((i) => `"${i}"`).join(", ")}${why}; pass .txt files or folders that contain them`);
  }
  for (const s of skipped) log(`newsgraph: skipped ${s.path}: ${s.reason}`);
  const graph = runPipeline(articles, { gazetteer: loadGazetteer() });
  const json = toGraphJson(graph);
  const graphml = toGraphml(graph);
  await writeAllAtomic([
    { path: join(options.out, "graph.json"), text: json },
    { path: join(options.out, "graph.graphml"), text: graphml },
  ]);
  if (!options.quiet) log(`newsgraph: ${articles.length} article(s) → ${graph.order} nodes, ${graph.size} edges → ${options.out}/graph.json, graph.graphml`);
  return 0;
}
