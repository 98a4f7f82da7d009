// filters: the registry of what can hide nodes and edges, applied in order by visibility.ts.
// To add a filter: put its settings in ViewerState, then add one GraphFilter to GRAPH_FILTERS (see README.md).
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../core/index.js";
import { UNCONNECTED_HIDDEN_FROM, type ViewerState } from "./viewer-state.js";
import { TIME_FILTER } from "../time/time-filter.js";

export type NodeTest = (node: string, attributes: NodeAttributes) => boolean;
export type EdgeTest = (edge: string, attributes: EdgeAttributes) => boolean;

/** The sub-graph being built: stage-2 filters delete from these sets. */
export interface MutableVisibility {
  readonly nodes: Set<string>;
  readonly edges: Set<string>;
}

export interface GraphFilter {
  readonly name: string;
  /**
   * The part of the state this filter reads. Visibility is recomputed only when one filter's input
   * changes (compared with Object.is), so return state fields (or strings), not new objects: e.g. (s) => s.filters.
   */
  readonly input: (state: ViewerState, graph: NewsGraph) => unknown;
  /** Stage 1, per node: built once per input change; null lets every node through. */
  readonly node?: (state: ViewerState, graph: NewsGraph) => NodeTest | null;
  /** Stage 1, per edge (an edge is also hidden when one of its ends is): null lets every edge through. */
  readonly edge?: (state: ViewerState, graph: NewsGraph) => EdgeTest | null;
  /** Stage 2, on the whole sub-graph left by stage 1 and the stage-2 filters before it (hops, isolates). */
  readonly restrict?: (state: ViewerState, graph: NewsGraph, visible: MutableVisibility) => void;
}

/** Nodes within `hops` visible edges of `start` (either direction), `start` included. */
export function withinHops(graph: NewsGraph, visible: MutableVisibility, start: string, hops: number): Set<string> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!visible.edges.has(edge)) return;
        const other = source === node ? target : source;
        if (seen.has(other)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}

/** Drops edges whose ends are no longer both visible. */
function dropDanglingEdges(graph: NewsGraph, visible: MutableVisibility): void {
  for (const edge of visible.edges) {
    if (!visible.nodes.has(graph.source(edge)) || !visible.nodes.has(graph.target(edge))) visible.edges.delete(edge);
  }
}

export const KIND_FILTER: GraphFilter = {
  name: "kinds",
  input: (s) => s.filters.hiddenKinds,
  node: (s) => {
    if (s.filters.hiddenKinds.length === 0) return null;
    const hidden = new Set(s.filters.hiddenKinds);
    return (_node, a) => !hidden.has(a.kind);
  },
};

export const RELATION_FILTER: GraphFilter = {
  name: "relations",
  input: (s) => s.filters.hiddenRelations,
  edge: (s) => {
    if (s.filters.hiddenRelations.length === 0) return null;
    const hidden = new Set(s.filters.hiddenRelations);
    return (_edge, a) => !hidden.has(a.relation);
  },
};

/** An edge's weight is the number of distinct articles that support it. */
export const MIN_ARTICLES_FILTER: GraphFilter = {
  name: "min-articles",
  input: (s) => s.filters.minArticles,
  edge: (s) => (s.filters.minArticles <= 1 ? null : (_edge, a) => a.weight >= s.filters.minArticles),
};

/** Focus mode: the nodes within N hops of X over the edges still visible; X stays even if a filter hid it. */
export const FOCUS_FILTER: GraphFilter = {
  name: "focus",
  input: (s) => s.focus,
  restrict: (s, graph, visible) => {
    if (s.focus === null || !graph.hasNode(s.focus.node)) return;
    visible.nodes.add(s.focus.node);
    const keep = withinHops(graph, visible, s.focus.node, s.focus.hops);
    for (const node of visible.nodes) if (!keep.has(node)) visible.nodes.delete(node);
    dropDanglingEdges(graph, visible);
  },
};

export const ISOLATES_FILTER: GraphFilter = {
  name: "isolates",
  input: (s) => s.filters.hideIsolates,
  restrict: (s, graph, visible) => {
    if (!s.filters.hideIsolates) return;
    const linked = new Set<string>();
    for (const edge of visible.edges) {
      linked.add(graph.source(edge));
      linked.add(graph.target(edge));
    }
    for (const node of visible.nodes) if (!linked.has(node)) visible.nodes.delete(node);
  },
};

/** Does the state hide the graph's unconnected nodes ("auto": only in a big graph)? */
export function hidesUnconnected(state: ViewerState, graph: NewsGraph): boolean {
  const mode = state.filters.unconnected;
  return mode === "hide" || (mode === "auto" && graph.order >= UNCONNECTED_HIDDEN_FROM);
}

/** How many nodes of `graph` have no relation at all (counted once per graph). */
const unconnectedCounts = new WeakMap<NewsGraph, number>();
export function unconnectedCount(graph: NewsGraph): number {
  let n = unconnectedCounts.get(graph);
  if (n === undefined) {
    n = 0;
    graph.forEachNode((node) => {
      if (graph.degree(node) === 0) n!++;
    });
    unconnectedCounts.set(graph, n);
  }
  return n;
}

/**
 * Nodes without any relation in the graph (not only without visible ones: that is ISOLATES_FILTER),
 * hidden in a big graph by default. A selected one stays (the search finds it, and selecting it shows
 * it), so the input names the selection only when it is such a node: other clicks recompute nothing.
 */
export const UNCONNECTED_FILTER: GraphFilter = {
  name: "unconnected",
  input: (s, graph) => {
    if (!hidesUnconnected(s, graph)) return "show";
    const selected = s.selectedNode;
    return selected !== null && graph.hasNode(selected) && graph.degree(selected) === 0 ? `hide|${selected}` : "hide";
  },
  node: (s, graph) => {
    if (!hidesUnconnected(s, graph)) return null;
    const keep = s.selectedNode;
    return (node) => node === keep || graph.degree(node) > 0;
  },
};

/**
 * Applied in this order. Stage 1 (node, edge) of every filter runs first, then each stage 2
 * (restrict) in turn. A time window would be an `edge` test on evidence dates, listed before FOCUS.
 */
export const GRAPH_FILTERS: readonly GraphFilter[] = [
  UNCONNECTED_FILTER,
  KIND_FILTER,
  RELATION_FILTER,
  MIN_ARTICLES_FILTER,
  TIME_FILTER,
  FOCUS_FILTER,
  ISOLATES_FILTER,
];
