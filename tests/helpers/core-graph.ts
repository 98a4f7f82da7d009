// core-graph: small contract-valid graphs for the contract and io tests, built with
// createNewsGraph from a plain description so that insertion order can be varied.
import {
  CONTRACT_VERSION,
  KIND_COLORS,
  createNewsGraph,
  edgeKey,
  nodeKey,
  type EdgeAttributes,
  type NewsGraph,
  type NodeAttributes,
  type NodeKind,
  type Relation,
} from "../../src/core/index.js";

export interface NodeSpec {
  readonly kind: NodeKind;
  readonly label: string;
  readonly attributes?: Partial<NodeAttributes>;
  /** Overrides the key (default nodeKey(kind, label)). */
  readonly key?: string;
}

export interface EdgeSpec {
  readonly source: string;
  readonly relation: Relation;
  readonly target: string;
  readonly attributes?: Partial<EdgeAttributes>;
}

export function nodeAttributes(kind: NodeKind, label: string, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
    kind,
    aliases: [label],
    mentions: 1,
    articles: ["a.txt"],
    x: 1.5,
    y: -2.25,
    size: 6,
    color: KIND_COLORS[kind],
    ...extra,
  };
}

export function edgeAttributes(relation: Relation, extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return {
    relation,
    weight: 1,
    evidence: [{ article: "a.txt", sentence: "An invented sentence.", start: 0, end: 21, confidence: 0.8 }],
    ...extra,
  };
}

/** Builds a graph from specs, inserting nodes and edges in the order given. */
export function buildGraph(nodes: readonly NodeSpec[], edges: readonly EdgeSpec[]): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({ contract: CONTRACT_VERSION, articles: [{ id: "a.txt", title: "An invented story", date: "2026-03-06" }] });
  for (const n of nodes) graph.addNode(n.key ?? nodeKey(n.kind, n.label), nodeAttributes(n.kind, n.label, n.attributes));
  for (const e of edges)
    graph.addDirectedEdgeWithKey(edgeKey(e.source, e.relation, e.target), e.source, e.target, edgeAttributes(e.relation, e.attributes));
  return graph;
}

export const SAMPLE_NODES: readonly NodeSpec[] = [
  { kind: "leader", label: "Ana Ruiz", attributes: { aliases: ["Ana Ruiz", "Ruiz", "President Ana Ruiz"], mentions: 3, x: 10, y: 4 } },
  { kind: "person", label: "Tomas Berg", attributes: { x: -3.125, y: 0.5 } },
  { kind: "country", label: "Norway", attributes: { aliases: ["Norway", "Norwegian"], mentions: 4 } },
  { kind: "country", label: "Chile" },
  { kind: "agreement", label: "Blue Harbour Agreement" },
  { kind: "sector", label: "fishing", attributes: { size: 4.5 } },
];

const k = (kind: NodeKind, label: string) => nodeKey(kind, label);

export const SAMPLE_EDGES: readonly EdgeSpec[] = [
  { source: k("leader", "Ana Ruiz"), relation: "leads", target: k("country", "Chile") },
  { source: k("leader", "Ana Ruiz"), relation: "met", target: k("person", "Tomas Berg") },
  { source: k("person", "Tomas Berg"), relation: "represents", target: k("country", "Norway") },
  { source: k("country", "Norway"), relation: "signed", target: k("agreement", "Blue Harbour Agreement"), attributes: { weight: 2 } },
  { source: k("agreement", "Blue Harbour Agreement"), relation: "covers", target: k("sector", "fishing") },
  // two edges between the same pair: the graph is a multigraph
  { source: k("country", "Norway"), relation: "exports", target: k("sector", "fishing"), attributes: { to: "Chile" } },
  { source: k("country", "Norway"), relation: "imports", target: k("sector", "fishing"), attributes: { modality: "hedged" } },
];

/** The sample graph: two people, two countries, an agreement and a sector, with parallel edges. */
export function sampleGraph(): NewsGraph {
  return buildGraph(SAMPLE_NODES, SAMPLE_EDGES);
}
