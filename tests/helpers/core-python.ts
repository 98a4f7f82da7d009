// core-python: the Debian python3 (not a pyenv one on PATH) and whether NetworkX is importable,
// so GraphML round-trips can be checked against a second, independent reader.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const SYSTEM_PYTHON = "/usr/bin/python3";

export const HAS_NETWORKX =
  existsSync(SYSTEM_PYTHON) && spawnSync(SYSTEM_PYTHON, ["-c", "import networkx"], { stdio: "ignore" }).status === 0;

export const NO_NETWORKX_REASON = `NetworkX not importable by ${SYSTEM_PYTHON} (install Debian python3-networkx, as .ci/run does)`;

/**
 * Reads a GraphML file with networkx.read_graphml (as a multigraph) and returns its counts
 * and the Python type names networkx gave to some attributes.
 */
export function readWithNetworkx(path: string): {
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  nodeTypes: Record<string, string>;
  edgeTypes: Record<string, string>;
} {
  const script = [
    "import json, sys, networkx as nx",
    "g = nx.read_graphml(sys.argv[1], force_multigraph=True)",
    "nt, et = {}, {}",
    "for _, d in g.nodes(data=True):",
    "    for k, v in d.items(): nt.setdefault(k, type(v).__name__)",
    "for _, _, d in g.edges(data=True):",
    "    for k, v in d.items(): et.setdefault(k, type(v).__name__)",
    "print(json.dumps({'directed': g.is_directed(), 'multigraph': g.is_multigraph(),",
    "  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'nodeTypes': nt, 'edgeTypes': et}))",
  ].join("\n");
  const run = spawnSync(SYSTEM_PYTHON, ["-c", script, path], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`networkx could not read ${path}:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}
