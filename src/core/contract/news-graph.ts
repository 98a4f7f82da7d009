// The graph type used everywhere: a graphology directed multigraph with contract attributes.
import Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./graph-json.js";

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;

export function createNewsGraph(): NewsGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
}
