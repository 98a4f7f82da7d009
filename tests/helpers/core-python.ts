// core-python: the Debian python3 (not a pyenv one on PATH), whether NetworkX and igraph are importable,
// and readers that load a GraphML or GEXF file with them, so round trips are checked by independent code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const SYSTEM_PYTHON = "/usr/bin/python3";

const canImport = (module: string) =>
  existsSync(SYSTEM_PYTHON) && spawnSync(SYSTEM_PYTHON, ["-c", `import ${module}`], { stdio: "ignore" }).status === 0;

export const HAS_NETWORKX = canImport("networkx");
export const HAS_IGRAPH = canImport("igraph");

export const NO_NETWORKX_REASON = `NetworkX not importable by ${SYSTEM_PYTHON} (install Debian python3-networkx, as .ci/run does)`;
export const NO_IGRAPH_REASON = `igraph not importable by ${SYSTEM_PYTHON} (install Debian python3-igraph, as .ci/run does)`;

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

type Attrs = Record<string, unknown>;

/** A graph as a third-party reader saw it: attributes by node key and by edge key, with Python type names. */
export interface ForeignGraph {
  readonly directed: boolean;
  readonly graph: Attrs;
  readonly nodes: Record<string, Attrs>;
  readonly edges: Record<string, { source: string; target: string; attributes: Attrs }>;
  /** Python type name of each attribute value, e.g. { "node:mentions": "int", "edge:weight": "float" }. */
  readonly types: Record<string, string>;
}

export type ForeignReader = "networkx-graphml" | "networkx-gexf" | "igraph-graphml";

// Each reader prints {directed, graph, nodes: [[key, attrs]], edges: [[key, source, target, attrs]]}.
// NaN (igraph's "no value" for numbers) becomes null, since JSON has no NaN.
const READ_SCRIPTS: Record<ForeignReader, string> = {
  "networkx-graphml": `
import networkx as nx
g = nx.read_graphml(path, force_multigraph=True)
nodes = [[n, d] for n, d in g.nodes(data=True)]
edges = [[k, u, v, d] for u, v, k, d in g.edges(keys=True, data=True)]
out = {"directed": g.is_directed(), "graph": dict(g.graph), "nodes": nodes, "edges": edges}`,
  "networkx-gexf": `
import networkx as nx
g = nx.read_gexf(path)
nodes = [[n, d] for n, d in g.nodes(data=True)]
edges = [[d.get("id"), u, v, d] for u, v, d in g.edges(data=True)]
graph = {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
out = {"directed": g.is_directed(), "graph": graph, "nodes": nodes, "edges": edges}`,
  "igraph-graphml": `
import igraph
g = igraph.Graph.Read_GraphML(path)
ids = g.vs["id"]
nodes = [[v["id"], v.attributes()] for v in g.vs]
edges = [[e["id"], ids[e.source], ids[e.target], e.attributes()] for e in g.es]
out = {"directed": g.is_directed(), "graph": {k: g[k] for k in g.attributes()}, "nodes": nodes, "edges": edges}`,
};

const PRELUDE = `
import json, math, sys
path = sys.argv[1]
`;
const POSTLUDE = `
types = {}
for _, d in out["nodes"]:
    for k, v in d.items(): types.setdefault("node:" + k, type(v).__name__)
for e in out["edges"]:
    for k, v in e[3].items(): types.setdefault("edge:" + k, type(v).__name__)
def clean(x):
    if isinstance(x, float) and math.isnan(x): return None
    if isinstance(x, dict): return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list): return [clean(v) for v in x]
    return x
out["types"] = types
print(json.dumps(clean(out)))
`;

/** Reads `path` with NetworkX or igraph in /usr/bin/python3. */
export function readForeign(reader: ForeignReader, path: string): ForeignGraph {
  const run = spawnSync(SYSTEM_PYTHON, ["-c", PRELUDE + READ_SCRIPTS[reader] + POSTLUDE, path], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${reader} could not read ${path}:\n${run.stderr}`);
  const raw = JSON.parse(run.stdout) as {
    directed: boolean;
    graph: Attrs;
    nodes: [string, Attrs][];
    edges: [string, string, string, Attrs][];
    types: Record<string, string>;
  };
  return {
    directed: raw.directed,
    graph: raw.graph,
    nodes: Object.fromEntries(raw.nodes),
    edges: Object.fromEntries(raw.edges.map(([key, source, target, attributes]) => [key, { source, target, attributes }])),
    types: raw.types,
  };
}
