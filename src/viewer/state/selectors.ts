// selectors: pure reads of (state, graph) — the focus to highlight, a node's neighbourhood, its
// relations grouped by type, evidence as de-duplicated quote cards, dates seen, counts per kind and relation.
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
import type { FoundPath } from "./paths.js";
import type { ViewerState } from "./viewer-state.js";
import type { Visibility } from "./visibility.js";

/** The node and its neighbours (both directions), over the visible edges when `visibility` is given. */
export function neighborhood(graph: NewsGraph, node: string, visibility?: Visibility): ReadonlySet<string> {
  const nodes = new Set([node]);
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (!visibility || visibility.edges.has(edge)) nodes.add(source === node ? target : source);
  });
  return nodes;
}

/** What to highlight: everything outside `nodes` / `edges` is faded or hidden. */
export interface Focus {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Every edge between `a` and `b`, in either direction (parallel edges), in ontology order of relation. */
export function edgesBetween(graph: NewsGraph, a: string, b: string): string[] {
  const edges = [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])];
  return edges.sort(
    (x, y) =>
      RELATIONS.indexOf(graph.getEdgeAttribute(x, "relation")) - RELATIONS.indexOf(graph.getEdgeAttribute(y, "relation")) ||
      (x < y ? -1 : 1),
  );
}

/**
 * The hovered node wins, then the path drawn in the path tab, then the selection, so the user can
 * explore around a selection. A selection that is the centre of focus mode highlights the whole focus. A node focuses on its neighbourhood and incident edges; an edge on
 * its two ends and every edge between them; a path on its nodes and hops. Only visible edges count,
 * and a selection hidden by the filters highlights nothing.
 * null: nothing to highlight, everything is drawn as is.
 */
export function focusOf(state: ViewerState, graph: NewsGraph, visibility?: Visibility, path?: FoundPath | null): Focus | null {
  const shown = (edge: string) => !visibility || visibility.edges.has(edge);
  const aroundNode = (node: string): Focus => ({
    nodes: neighborhood(graph, node, visibility),
    edges: new Set(graph.edges(node).filter(shown)),
  });
  if (state.hoveredNode !== null && graph.hasNode(state.hoveredNode)) return aroundNode(state.hoveredNode);
  if (state.panel === "path" && path) return { nodes: new Set(path.nodes), edges: new Set(path.hops.flatMap((h) => h.edges)) };
  // Focus mode around the selected node: the focus (every hop of it) is what is highlighted, not one hop.
  if (visibility && state.focus !== null && state.selectedNode === state.focus.node && visibility.nodes.has(state.focus.node))
    return { nodes: visibility.nodes, edges: visibility.edges };
  // A selection the filters hide (e.g. from a shared link) highlights nothing: the canvas shows what
  // the filters leave, and the details panel offers to show it anyway.
  if (state.selectedNode !== null && graph.hasNode(state.selectedNode))
    return visibility && !visibility.nodes.has(state.selectedNode) ? null : aroundNode(state.selectedNode);
  if (state.selectedEdge !== null && graph.hasEdge(state.selectedEdge)) {
    if (visibility && !visibility.edges.has(state.selectedEdge)) return null;
    const [source, target] = graph.extremities(state.selectedEdge);
    return {
      nodes: new Set([source, target]),
      edges: new Set(edgesBetween(graph, source, target).filter((e) => shown(e) || e === state.selectedEdge)),
    };
  }
  // Focus mode with nothing selected: the focus is what is shown, all of it highlighted (and labelled).
  if (
    visibility &&
    state.focus !== null &&
    state.selectedNode === null &&
    state.selectedEdge === null &&
    visibility.nodes.has(state.focus.node)
  )
    return { nodes: visibility.nodes, edges: visibility.edges };
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
  return graph
    .getEdgeAttribute(edge, "evidence")
    .map((evidence) => ({ evidence, article: articleIndex(graph).get(evidence.article) ?? citedArticle(evidence) }));
}

/** How many nodes of each kind (only visible ones when `visible` is given), in ontology order, kinds with no node in the graph left out. */
export function kindCounts(graph: NewsGraph, visible?: ReadonlySet<string>): [NodeKind, number][] {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((node, attributes) =>
    counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + (!visible || visible.has(node) ? 1 : 0)),
  );
  return NODE_KINDS.flatMap((kind) => (counts.has(kind) ? [[kind, counts.get(kind) ?? 0] as [NodeKind, number]] : []));
}

/** How many edges of each relation (only visible ones when `visible` is given), in ontology order, relations absent from the graph left out. */
export function relationCounts(graph: NewsGraph, visible?: ReadonlySet<string>): [Relation, number][] {
  const counts = new Map<Relation, number>();
  graph.forEachEdge((edge, attributes) =>
    counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + (!visible || visible.has(edge) ? 1 : 0)),
  );
  return RELATIONS.flatMap((relation) => (counts.has(relation) ? [[relation, counts.get(relation) ?? 0] as [Relation, number]] : []));
}

/** The largest edge weight (distinct supporting articles), for the legend's "at least N articles" control. */
export function maxWeight(graph: NewsGraph): number {
  return graph.reduceEdges((max, _edge, attributes) => Math.max(max, attributes.weight), 1);
}

/** The first and last dates the node was seen: its articles' dates, and the dates on its edges' evidence. */
export function datesSeen(graph: NewsGraph, node: string): { first: string | null; last: string | null } {
  const dates: string[] = [];
  for (const article of articlesOf(graph, node)) if (article.date) dates.push(article.date);
  graph.forEachEdge(node, (_edge, attributes) => {
    for (const evidence of attributes.evidence) {
      const date = articleIndex(graph).get(evidence.article)?.date ?? evidence.date;
      if (date) dates.push(date);
    }
  });
  dates.sort();
  return { first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

/** One quote card: a sentence said once or more (syndicated copies, repeats), with every article that says it. */
export interface QuoteCard {
  readonly sentence: string;
  readonly sources: readonly ArticleMeta[];
  /** The highest confidence of the merged items, when any has one. */
  readonly confidence: number | undefined;
}

/** Whitespace- and case-insensitive form of a sentence: two items with the same one are duplicates. */
const sentenceKey = (sentence: string) => sentence.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The evidence of `edge` as quote cards, duplicates collapsed: the same sentence from several
 * articles (or twice from one) is one card listing each article once. Cards keep the evidence order.
 */
export function quoteCards(graph: NewsGraph, edge: string): QuoteCard[] {
  const cards = new Map<string, { sentence: string; sources: ArticleMeta[]; confidence: number | undefined }>();
  for (const { evidence, article } of evidenceFor(graph, edge)) {
    const key = sentenceKey(evidence.sentence);
    const card = cards.get(key) ?? { sentence: evidence.sentence, sources: [], confidence: undefined };
    cards.set(key, card);
    if (!card.sources.some((s) => s.id === article.id)) card.sources.push(article);
    if (evidence.confidence !== undefined) card.confidence = Math.max(card.confidence ?? 0, evidence.confidence);
  }
  return [...cards.values()];
}

/** Distinct articles behind `edge` (what its thickness shows). */
export function articleCount(graph: NewsGraph, edge: string): number {
  return new Set(graph.getEdgeAttribute(edge, "evidence").map((e) => e.article)).size;
}
