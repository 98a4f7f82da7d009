// newsgraph corrections check <file> --graph graph.json: what each entry of a corrections file would
// do to a built graph — applied, stale (it matches nothing there) or refused (with the reason) — as
// the page applies it, before a build. A file that cannot be used is one line and exit 2.
import { readFile } from "node:fs/promises";
import { ContractError, InputError } from "../core/errors.js";
import { parseGraphJson } from "../core/io/graph-json.js";
import { correctGraph } from "../core/pipeline/6-assemble/correct-graph.js";
import { readCorrections } from "./read-corrections.js";

export interface CheckOptions {
  readonly graph: string;
  readonly print: (text: string) => void;
}

export async function checkCorrections(file: string, options: CheckOptions): Promise<number> {
  const { corrections } = (await readCorrections(file, ""))!;
  let text: string;
  try {
    text = await readFile(options.graph, "utf8");
  } catch (err) {
    throw new InputError(
      `cannot read "${options.graph}" (${(err as NodeJS.ErrnoException).code ?? "error"}); pass the graph.json the corrections are for`,
    );
  }
  let graph;
  try {
    graph = parseGraphJson(text);
  } catch (err) {
    if (err instanceof ContractError) throw new ContractError(`${options.graph}: ${err.message}`);
    throw err;
  }
  const { reports } = correctGraph(graph, corrections);
  const lines = reports.map((r) => `entry ${r.entry} (${r.op}): ${r.status}${r.reason ? `: ${r.reason}` : ""}`);
  const count = (status: string) => reports.filter((r) => r.status === status).length;
  lines.push(`${count("applied")} applied, ${count("stale")} stale, ${count("refused")} refused`);
  options.print(`${lines.join("\n")}\n`);
  return 0;
}
