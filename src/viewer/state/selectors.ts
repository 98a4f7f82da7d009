// selectors: pure reads of (state, graph) — the focus to highlight, a node's neighbourhood,
// its relations grouped by type, evidence with article titles, counts per kind and relation.
import {
  NODE_KINDS,
  RELATIONS,
  RELATION_SIGNATURES,
  type ArticleMeta,
  type EdgeAttributes,
  type Evidence,
  type NewsGraph,
  type NodeKind,
  type Relation,
} from "../../core/index.js";
import type { ViewerState } from "./viewer-state.js";

/** The node and its neighbours (both directions). */
export function neighborhood(graph: NewsGraph, node: string): ReadonlySet<string> {
  return new Set([node, ...graph.neighbors(node)]);
}

/** What to highlight: everything outside `nodes` / `edges` is faded or hidden. */
export interface Focus {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * The hovered node wins over the selection, so the user can explore around a selected node.
 * A node focuses on its neighbourhood and incident edges; an edge on itself and its two ends.
 * null: nothing to highlight, everything is drawn as is.
 */
export function focusOf(state: ViewerState, graph: NewsGraph): Focus | null {
  const node = state.hoveredNode ?? state.selectedNode;
  if (node !== null) return { nodes: neighborhood(graph, node), edges: new Set(graph.edges(node)) };
  if (state.selectedEdge !== null) {
    const [source, target] = graph.extremities(state.selectedEdge);
    return { nodes: new Set([source, target]), edges: new Set([state.selectedEdge]) };
  }
  return null;
}

/** One edge seen from one of its ends. */
export interface Link {
  readonly edge: string;
  /** The node at the other end of the edge. */
  readonly other: string;
  readonly attributes: EdgeAttributes;
}

export interface RelationGroup {
  readonly relation: Relation;
  /** Symmetric relations (`met`) are stored once in either direction; all their links are in `outgoing`. */
  readonly symmetric: boolean;
  readonly outgoing: readonly Link[];
  readonly incoming: readonly Link[];
}

/**
 * The node's edges grouped by relation, in ontology order; links sorted by the other node's label.
 * e.g. Ana Ruiz → [{ relation: "leads", outgoing: [Spain] }, { relation: "met", outgoing: [Bo Lind] }]
 */
export function relationsOf(graph: NewsGraph, node: string): RelationGroup[] {
  const groups = new Map<Relation, { outgoing: Link[]; incoming: Link[] }>();
  const add = (edge: string, other: string, attributes: EdgeAttributes, outgoing: boolean) => {
    const group = groups.get(attributes.relation) ?? { outgoing: [], incoming: [] };
    groups.set(attributes.relation, group);
    const symmetric = RELATION_SIGNATURES[attributes.relation].symmetric;
    (outgoing || symmetric ? group.outgoing : group.incoming).push({ edge, other, attributes });
  };
  graph.forEachOutEdge(node, (edge, attributes, _source, target) => add(edge, target, attributes, true));
  graph.forEachInEdge(node, (edge, attributes, source) => add(edge, source, attributes, false));

  const byLabel = (a: Link, b: Link) =>
    graph.getNodeAttribute(a.other, "label").localeCompare(graph.getNodeAttribute(b.other, "label")) ||
    (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0);
  return RELATIONS.flatMap((relation) => {
    const group = groups.get(relation);
    if (!group) return [];
    return [
      {
        relation,
        symmetric: RELATION_SIGNATURES[relation].symmetric,
        outgoing: group.outgoing.sort(byLabel),
        incoming: group.incoming.sort(byLabel),
      },
    ];
  });
}

const articleIndexes = new WeakMap<NewsGraph, ReadonlyMap<string, ArticleMeta>>();

/** Article metadata by id, from the graph attribute `articles`; built once per graph. */
export function articleIndex(graph: NewsGraph): ReadonlyMap<string, ArticleMeta> {
  let index = articleIndexes.get(graph);
  if (!index) {
    index = new Map(graph.getAttribute("articles").map((article) => [article.id, article]));
    articleIndexes.set(graph, index);
  }
  return index;
}

/** What is known about article `id`: its metadata, or just the id when the graph lists no such article. */
export function articleMeta(graph: NewsGraph, id: string): ArticleMeta {
  return articleIndex(graph).get(id) ?? { id };
}

/** The articles that mention `node`, in the node's order. */
export function articlesOf(graph: NewsGraph, node: string): ArticleMeta[] {
  return graph.getNodeAttribute(node, "articles").map((id) => articleMeta(graph, id));
}

export interface EvidenceItem {
  readonly evidence: Evidence;
  readonly article: ArticleMeta;
}

/** What an evidence item says of its own article (title, date, url, outlet), for graphs that do not list it. */
function citedArticle({ article, title, date, url, outlet }: Evidence): ArticleMeta {
  return {
    id: article,
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
  };
}

/** The sentences that support `edge`, each with its article's metadata (the graph's list first, then the item's own). */
export function evidenceFor(graph: NewsGraph, edge: string): EvidenceItem[] {
  return graph.getEdgeAttribute(edge, "evidence").map((evidence) => ({ evidence, article: articleIndex(graph).get(evidence.article) ?? citedArticle(evidence) }));
}

/** How many nodes of each kind, in ontology order, kinds with no node left out. */
export function kindCounts(graph: NewsGraph): [NodeKind, number][] {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_node, attributes) => counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1));
  return NODE_KINDS.flatMap((kind) => (counts.has(kind) ? [[kind, counts.get(kind) ?? 0] as [NodeKind, number]] : []));
}

/** How many edges of each relation, in ontology order, relations with no edge left out. */
export function relationCounts(graph: NewsGraph): [Relation, number][] {
  const counts = new Map<Relation, number>();
  graph.forEachEdge((_edge, attributes) => counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1));
  return RELATIONS.flatMap((relation) => (counts.has(relation) ? [[relation, counts.get(relation) ?? 0] as [Relation, number]] : []));
}
