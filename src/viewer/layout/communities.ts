// communities: Louvain communities of the graph (graphology-communities-louvain), as a derived map
// node → colour for the reducers; the loaded graph is never written to. Seeded, so the same graph
// always gets the same communities and colours.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { NewsGraph } from "../../core/index.js";

/** Colours for the largest communities, biggest first; the rest share the last one (grey). */
export const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#86bcb6",
  "#d37295",
  "#8cd17d",
] as const;
export const OTHER_COMMUNITY_COLOR = "#bab0ac";

export interface Communities {
  /** Community of each node: 0 is the largest, 1 the next, … (ties by smallest node key). */
  readonly of: ReadonlyMap<string, number>;
  /** Node count per community, in the same order. */
  readonly sizes: readonly number[];
  readonly modularity: number;
}

/** A seeded PRNG (mulberry32), so Louvain's random choices are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The graph as Louvain should see it: undirected, one edge per pair, weights summed. */
export function undirectedProjection(graph: NewsGraph): Graph {
  const simple = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of [...graph.nodes()].sort()) simple.addNode(node);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    simple.updateUndirectedEdge(source, target, (a: { weight?: number }) => ({ weight: (a.weight ?? 0) + attributes.weight }));
  });
  return simple;
}

export function computeCommunities(graph: NewsGraph): Communities {
  if (graph.order === 0) return { of: new Map(), sizes: [], modularity: 0 };
  const simple = undirectedProjection(graph);
  const detailed = simple.size === 0 ? null : louvain.detailed(simple, { getEdgeWeight: "weight", rng: seeded(7) });
  const raw: Record<string, number> = detailed?.communities ?? {};
  // Isolated nodes (and a graph without edges) get a community of their own each.
  let next = Math.max(-1, ...Object.values(raw)) + 1;
  const members = new Map<number, string[]>();
  for (const node of simple.nodes()) {
    const c = raw[node] ?? next++;
    const list = members.get(c) ?? [];
    list.push(node);
    members.set(c, list);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  ordered.forEach((list, i) => list.forEach((node) => of.set(node, i)));
  return { of, sizes: ordered.map((list) => list.length), modularity: detailed?.modularity ?? 0 };
}

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY_COLOR;
}

const cache = new WeakMap<NewsGraph, { communities: Communities; colors: ReadonlyMap<string, string> }>();

/** Communities and node colours of `graph`, computed the first time colouring by community is asked for. */
export function communityColorsOf(graph: NewsGraph): { communities: Communities; colors: ReadonlyMap<string, string> } {
  let entry = cache.get(graph);
  if (!entry) {
    const communities = computeCommunities(graph);
    const colors = new Map([...communities.of].map(([node, c]) => [node, communityColor(c)]));
    entry = { communities, colors };
    cache.set(graph, entry);
  }
  return entry;
}

/** One row of the legend in community mode. */
export interface CommunityRow {
  /** 0 is the largest community; rows past the palette share OTHER_COMMUNITY_COLOR. */
  readonly community: number;
  readonly color: string;
  /** Number of nodes in it. */
  readonly size: number;
  /** Its largest member (drawn biggest; ties: label order), which names the row. */
  readonly largest: string;
  readonly label: string;
}

/** The largest `top` communities of `graph`, biggest first, each with its colour, size and largest member. */
export function communityRows(graph: NewsGraph, communities: Communities, top: number = COMMUNITY_PALETTE.length): CommunityRow[] {
  const largest = new Map<number, string>();
  for (const [node, c] of communities.of) {
    if (c >= top) continue;
    const best = largest.get(c);
    if (best === undefined) {
      largest.set(c, node);
      continue;
    }
    const a = graph.getNodeAttributes(node);
    const b = graph.getNodeAttributes(best);
    if (a.size > b.size || (a.size === b.size && a.label.localeCompare(b.label) < 0)) largest.set(c, node);
  }
  return communities.sizes.slice(0, top).map((size, community) => {
    const node = largest.get(community)!;
    return { community, color: communityColor(community), size, largest: node, label: graph.getNodeAttribute(node, "label") };
  });
}
