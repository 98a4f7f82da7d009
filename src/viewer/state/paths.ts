// paths: "How are A and B connected?" — the shortest path (graphology-shortest-path) and the best
// few simple paths of up to MAX_PATH_HOPS hops (graphology-simple-path), over the visible edges, either direction.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { allSimplePaths } from "graphology-simple-path";
import type { NewsGraph, Relation } from "../../core/index.js";
import type { PathQuery, ViewerState } from "./viewer-state.js";
import type { Visibility } from "./visibility.js";

/** Simple paths are searched up to this many hops. */
export const MAX_PATH_HOPS = 3;
/** At most this many paths are listed (the shortest first). */
export const MAX_PATHS = 5;

/** One step of a path: from one node to the next, by one or more relations (parallel edges). */
export interface Hop {
  readonly from: string;
  readonly to: string;
  /** The visible edges between `from` and `to` that the query allows, the best supported first. */
  readonly edges: readonly string[];
}

export interface FoundPath {
  readonly nodes: readonly string[];
  readonly hops: readonly Hop[];
  /** Supporting articles summed over the best edge of each hop: ranks paths of the same length. */
  readonly support: number;
}

export type PathResult =
  | { readonly status: "incomplete" }
  | { readonly status: "same" }
  | { readonly status: "none" }
  | { readonly status: "found"; readonly paths: readonly FoundPath[] };

/** The visible edges usable by the query, as a simple undirected graph (one edge per connected pair). */
function linkGraph(graph: NewsGraph, visibility: Visibility, relations: readonly Relation[]): UndirectedGraph {
  const allowed = relations.length === 0 ? null : new Set(relations);
  const links = new UndirectedGraph();
  for (const node of visibility.nodes) links.addNode(node);
  for (const edge of visibility.edges) {
    const { relation } = graph.getEdgeAttributes(edge);
    if (allowed && !allowed.has(relation)) continue;
    links.mergeEdge(graph.source(edge), graph.target(edge));
  }
  return links;
}

function hopBetween(graph: NewsGraph, visibility: Visibility, relations: readonly Relation[], from: string, to: string): Hop {
  const edges = [...new Set([...graph.outEdges(from, to), ...graph.outEdges(to, from)])].filter(
    (e) => visibility.edges.has(e) && (relations.length === 0 || relations.includes(graph.getEdgeAttribute(e, "relation"))),
  );
  edges.sort((a, b) => graph.getEdgeAttribute(b, "weight") - graph.getEdgeAttribute(a, "weight") || (a < b ? -1 : 1));
  return { from, to, edges };
}

function toPath(graph: NewsGraph, visibility: Visibility, relations: readonly Relation[], nodes: readonly string[]): FoundPath {
  const hops = nodes.slice(1).map((to, i) => hopBetween(graph, visibility, relations, nodes[i]!, to));
  const support = hops.reduce((sum, hop) => sum + (hop.edges[0] ? graph.getEdgeAttribute(hop.edges[0], "weight") : 0), 0);
  return { nodes, hops, support };
}

/**
 * The shortest path first (whatever its length), then other simple paths of up to MAX_PATH_HOPS
 * hops, shortest and best supported first, MAX_PATHS in all.
 */
export function findPaths(graph: NewsGraph, visibility: Visibility, query: PathQuery): PathResult {
  const { source, target, relations } = query;
  if (source === null || target === null || !graph.hasNode(source) || !graph.hasNode(target)) return { status: "incomplete" };
  if (source === target) return { status: "same" };
  if (!visibility.nodes.has(source) || !visibility.nodes.has(target)) return { status: "none" };
  const links = linkGraph(graph, visibility, relations);
  const shortest = bidirectional(links, source, target);
  if (!shortest) return { status: "none" };
  const seen = new Set([shortest.join("\u0000")]);
  const others = allSimplePaths(links, source, target, { maxDepth: MAX_PATH_HOPS })
    .filter((nodes) => !seen.has(nodes.join("\u0000")))
    .map((nodes) => toPath(graph, visibility, relations, nodes))
    .sort((a, b) => a.nodes.length - b.nodes.length || b.support - a.support || a.nodes.join().localeCompare(b.nodes.join()));
  return { status: "found", paths: [toPath(graph, visibility, relations, shortest), ...others].slice(0, MAX_PATHS) };
}

/** (state, visibility) → PathResult, recomputed only when the query or the visibility changes. */
export function createPathSelector(graph: NewsGraph): (state: ViewerState, visibility: Visibility) => PathResult {
  let lastQuery: PathQuery | null = null;
  let lastVisibility: Visibility | null = null;
  let last: PathResult = { status: "incomplete" };
  return (state, visibility) => {
    const q = state.path;
    const sameQuery = lastQuery !== null && q.source === lastQuery.source && q.target === lastQuery.target && q.relations === lastQuery.relations;
    if (!sameQuery || visibility !== lastVisibility) {
      last = findPaths(graph, visibility, q);
      lastVisibility = visibility;
    }
    lastQuery = q;
    return last;
  };
}

/** The path drawn on the canvas: the active one, or the shortest when `active` is out of range. */
export function activePath(result: PathResult, query: PathQuery): FoundPath | null {
  if (result.status !== "found") return null;
  return result.paths[query.active] ?? result.paths[0] ?? null;
}
