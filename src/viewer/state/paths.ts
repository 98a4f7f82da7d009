// paths: "How are A and B connected?" — the shortest path (graphology-shortest-path) and the best
// few simple paths of up to MAX_PATH_HOPS hops (a bounded search, layer by layer), over the visible edges, either direction.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import type { NewsGraph, Relation } from "../../core/index.js";
import type { PathQuery, ViewerState } from "./viewer-state.js";
import type { Visibility } from "./visibility.js";

/** Simple paths are searched up to this many hops. */
export const MAX_PATH_HOPS = 3;
/** At most this many paths are listed (the shortest first). */
export const MAX_PATHS = 5;
/**
 * At most this many candidate paths are ranked. Two hubs of a big graph can be joined by millions of
 * 3-hop paths (graphology-simple-path would list them all and hang the page): the search stops here.
 */
export const MAX_CANDIDATE_PATHS = 250;

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
 * Simple paths from `source` to `target` of 1 to `maxHops` hops (at most 3), shorter ones first, at
 * most `limit` of them. Layer by layer, never walking further than 3 hops: the direct link, then the
 * common neighbours of both ends, then links between a neighbour of one end and a neighbour of the
 * other. Work: O(deg(source) + deg(target)) for 1 and 2 hops, O(edges) at worst for 3, and it stops
 * as soon as `limit` paths are found. e.g. A–B–D and A–C–D, maxHops 2 → [[A,B,D], [A,C,D]].
 */
export function boundedSimplePaths(links: UndirectedGraph, source: string, target: string, maxHops: number, limit: number): string[][] {
  const paths: string[][] = [];
  if (source === target || limit <= 0) return paths;
  const full = () => paths.length >= limit;
  if (links.hasEdge(source, target)) paths.push([source, target]);
  if (maxHops < 2 || full()) return paths;
  const targetSide = new Set(links.neighbors(target));
  const sourceSide = links.neighbors(source);
  for (const middle of sourceSide) {
    if (middle !== target && middle !== source && targetSide.has(middle)) paths.push([source, middle, target]);
    if (full()) return paths;
  }
  if (maxHops < 3) return paths;
  // source – a – b – target: walk out of the end whose neighbours have fewer links, report from source.
  const degreeSum = (nodes: readonly string[]) => nodes.reduce((sum, n) => sum + links.degree(n), 0);
  const fromSource = degreeSum(sourceSide) <= degreeSum([...targetSide]);
  const [near, far] = fromSource ? [source, target] : [target, source];
  const farSide = fromSource ? targetSide : new Set(sourceSide);
  for (const a of links.neighbors(near)) {
    if (a === far || a === near) continue;
    for (const b of links.neighbors(a)) {
      if (b === near || b === far || b === a || !farSide.has(b)) continue;
      paths.push(fromSource ? [source, a, b, target] : [source, b, a, target]);
      if (full()) return paths;
    }
  }
  return paths;
}

/**
 * The shortest path first (whatever its length), then other simple paths of up to MAX_PATH_HOPS
 * hops, shortest and best supported first, MAX_PATHS in all; at most MAX_CANDIDATE_PATHS are ranked.
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
  const others = boundedSimplePaths(links, source, target, MAX_PATH_HOPS, MAX_CANDIDATE_PATHS)
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
    const sameQuery =
      lastQuery !== null && q.source === lastQuery.source && q.target === lastQuery.target && q.relations === lastQuery.relations;
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
