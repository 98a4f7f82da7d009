// newsgraph export: graph.json (validated against the contract) → GraphML, GEXF, graph.json or the
// Neo4j files, through the same core writers as build. A single file goes to --out; several to a folder.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ContractError, InputError } from "../core/errors.js";
import { writeFormats, type OutputFormat } from "../core/io/formats.js";
import { parseGraphJson } from "../core/io/graph-json.js";
import { refuseOverwritingInputs, writeAllAtomic } from "./write-atomic.js";

export interface ExportOptions {
  readonly out: string;
  readonly formats: readonly OutputFormat[];
  readonly quiet?: boolean;
  readonly log?: (line: string) => void;
}

/** A ContractError that names the file given ("notes.txt is not valid JSON"), not "graph.json". */
function named<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof ContractError)) throw err;
    throw new ContractError(
      err.message.startsWith("graph.json ") ? `${input} ${err.message.slice("graph.json ".length)}` : `${input}: ${err.message}`,
    );
  }
}

export async function exportGraph(input: string, options: ExportOptions): Promise<number> {
  let text: string;
  try {
    text = await readFile(input, "utf8");
  } catch (err) {
    throw new InputError(
      `cannot read "${input}" (${(err as NodeJS.ErrnoException).code ?? "error"}); pass a graph.json written by "newsgraph build"`,
    );
  }
  const graph = named(input, () => parseGraphJson(text)); // a ContractError says what is wrong with the file
  const files = writeFormats(graph, options.formats);
  const outInfo = await stat(options.out).catch(() => undefined);
  // one file is written at --out itself, unless --out is a folder; several files always go in a folder
  const toFolder = files.length > 1 || outInfo?.isDirectory() === true || /[/\\]$/.test(options.out);
  if (toFolder && outInfo && !outInfo.isDirectory())
    throw new InputError(`--out "${options.out}" is a file, but ${files.map((f) => f.name).join(", ")} need a folder; give a folder path`);
  const written = files.map((f) => ({ path: toFolder ? join(options.out, f.name) : options.out, text: f.text }));
  await refuseOverwritingInputs(
    written.map((w) => w.path),
    [input],
  );
  await writeAllAtomic(written);
  if (!options.quiet) options.log?.(`newsgraph: ${graph.order} nodes, ${graph.size} edges → ${written.map((w) => w.path).join(", ")}`);
  return 0;
}
