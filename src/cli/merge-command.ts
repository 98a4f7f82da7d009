// newsgraph merge: fragment files (from `newsgraph extract --jsonl`, on one machine or many) →
// resolve, relations, assembly, layout → the formats asked for. The order of the fragments does
// not matter: they are read in order of article id.
import { stat } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import type { OutputFormat } from "../core/io/formats.js";
import { extractorVersion } from "./extractor-version.js";
import { readCorrections } from "./read-corrections.js";
import { readFragments } from "./read-fragments.js";
import { writeGraph } from "./write-graph.js";

export interface MergeOptions {
  readonly out: string;
  readonly formats?: readonly OutputFormat[];
  readonly quiet?: boolean;
  readonly freshLayout?: boolean;
  /** A corrections file to apply (default: `<out>/corrections.json` when there is one). */
  readonly corrections?: string;
  readonly log?: (line: string) => void;
}

export async function merge(inputs: readonly string[], options: MergeOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const outInfo = await stat(options.out).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) throw new InputError(`--out "${options.out}" is a file; give a folder to write the graph into`);
  const corrections = await readCorrections(options.corrections, options.out);
  const fragments = await readFragments(inputs);
  const versions = new Set(fragments.map((f) => f.extractor));
  if (versions.size > 1 || !versions.has(extractorVersion())) {
    log(
      `newsgraph: warning: fragments made by ${[...versions].sort().join(", ")}, this extractor is ${extractorVersion()}; extract again for a graph this version would build`,
    );
  }
  const count = fragments.length; // (writeGraph empties the array)
  const { graph, files } = await writeGraph(fragments, { ...options, corrections, report: log });
  if (!options.quiet)
    log(
      `newsgraph: ${count} fragment(s) merged → ${graph.order} nodes, ${graph.size} edges → ${options.out}/${files.map((f) => f.name).join(", ")}`,
    );
  return 0;
}
