// Stage 7: positions and sizes, precomputed so the page opens laid out. Seeded initial
// positions (a hash of the node key), ForceAtlas2 with settings inferred from the graph,
// then noverlap; coordinates rounded so that output is byte-stable. Large graphs lay out only
// their connected nodes and ring the unconnected ones around them; positions from a previous
// build are kept, so a map does not reshuffle when news is added.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { NewsGraph } from "../../contract/news-graph.js";

/** FNV-1a hash of a string → [0, 1). */
function hash01(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutOptions {
  readonly iterations?: number;
  /** Positions of a previous build by node key: those nodes keep them, new nodes are placed beside their neighbours. */
  readonly previous?: ReadonlyMap<string, Point>;
}

/** From this many nodes on, only connected nodes go through ForceAtlas2 (unconnected ones are ringed around). */
export const LARGE_GRAPH = 2000;

/** ForceAtlas2 iterations by node count: fewer as the graph grows, so each step stays O(n log n) × a cap. */
export function iterationsFor(order: number): number {
  return order < 500 ? 300 : order < 2000 ? 150 : order < 10000 ? 60 : 25;
}

/** ForceAtlas2 (Barnes-Hut from `barnesHutFrom` nodes: O(n log n) a step instead of O(n²)) then noverlap, on `graph` in place. */
function forceLayout(graph: Graph, iterations: number, barnesHutFrom = 2000): void {
  const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5, barnesHutOptimize: graph.order > barnesHutFrom };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  noverlap.assign(graph, { maxIterations: graph.order < 2000 ? 150 : 10, settings: { ratio: 1.2, margin: 2 } });
}

/** Unconnected nodes on a sunflower spiral outside radius `r0` around `center`, biggest first. */
function ring(graph: NewsGraph, nodes: readonly string[], center: Point, r0: number): void {
  const sorted = [...nodes].sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions") || byString(a, b));
  const spacing = 12; // about two node sizes: neighbours on the spiral do not overlap
  sorted.forEach((key, k) => {
    const r = Math.sqrt(r0 * r0 + (k * spacing * spacing) / Math.PI);
    graph.mergeNodeAttributes(key, { x: center.x + r * Math.cos(k * GOLDEN_ANGLE), y: center.y + r * Math.sin(k * GOLDEN_ANGLE) });
  });
}

function extent(graph: NewsGraph, nodes: readonly string[]): { center: Point; radius: number } {
  if (!nodes.length) return { center: { x: 0, y: 0 }, radius: 0 };
  let cx = 0;
  let cy = 0;
  for (const n of nodes) {
    cx += graph.getNodeAttribute(n, "x");
    cy += graph.getNodeAttribute(n, "y");
  }
  const center = { x: cx / nodes.length, y: cy / nodes.length };
  let radius = 0;
  for (const n of nodes)
    radius = Math.max(radius, Math.hypot(graph.getNodeAttribute(n, "x") - center.x, graph.getNodeAttribute(n, "y") - center.y));
  return { center, radius };
}

/** A large graph from scratch: ForceAtlas2 over the connected nodes only, then the rest ringed around them. */
function largeLayout(graph: NewsGraph, iterations: number | undefined): void {
  const connected = graph.filterNodes((n) => graph.degree(n) > 0);
  const work = new Graph({ type: "directed", multi: true });
  for (const n of connected)
    work.addNode(n, { x: graph.getNodeAttribute(n, "x"), y: graph.getNodeAttribute(n, "y"), size: graph.getNodeAttribute(n, "size") });
  graph.forEachEdge((e, a, s, t) => work.addEdgeWithKey(e, s, t, { weight: a.weight }));
  if (work.order > 1) forceLayout(work, iterations ?? iterationsFor(work.order), 500);
  work.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
  const { center, radius } = extent(graph, connected);
  ring(
    graph,
    graph.filterNodes((n) => graph.degree(n) === 0),
    center,
    radius + 20,
  );
}

/**
 * Keeps the previous positions; a new node goes beside the placed neighbours it has (their mean,
 * nudged by a hash of its key), and a new node without any is ringed outside the map.
 */
function incrementalLayout(graph: NewsGraph, previous: ReadonlyMap<string, Point>): void {
  const placed = new Set<string>();
  const fresh: string[] = [];
  graph.forEachNode((key) => {
    const p = previous.get(key);
    if (p) {
      graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
      placed.add(key);
    } else fresh.push(key);
  });
  if (!fresh.length) return;
  const kept = [...placed];
  const { center, radius } = extent(graph, kept);
  // new nodes next to placed ones first, in rounds, so chains of new nodes grow outwards
  let pending = fresh.sort(byString);
  for (let round = 0; round < 8 && pending.length; round++) {
    const next: string[] = [];
    const now: [string, Point][] = [];
    for (const key of pending) {
      const near = graph.neighbors(key).filter((n) => placed.has(n));
      if (!near.length) {
        next.push(key);
        continue;
      }
      const x = near.reduce((s, n) => s + graph.getNodeAttribute(n, "x"), 0) / near.length;
      const y = near.reduce((s, n) => s + graph.getNodeAttribute(n, "y"), 0) / near.length;
      const angle = hash01(key, 3) * 2 * Math.PI;
      const r = 10 + 10 * hash01(key, 4);
      now.push([key, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) }]);
    }
    if (!now.length) break;
    for (const [key, p] of now) {
      graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
      placed.add(key);
    }
    pending = next;
  }
  if (pending.length) ring(graph, pending, center, radius + 20);
}

export function applyLayout(graph: NewsGraph, options: LayoutOptions = {}): void {
  const maxMentions = Math.max(1, ...graph.mapNodes((_, a) => a.mentions));
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, {
      x: (hash01(key, 1) - 0.5) * 100,
      y: (hash01(key, 2) - 0.5) * 100,
      size: round(4 + 14 * Math.sqrt(a.mentions / maxMentions)),
    });
  });
  const previous = options.previous;
  if (previous && graph.someNode((key) => previous.has(key))) incrementalLayout(graph, previous);
  else if (graph.order >= LARGE_GRAPH) largeLayout(graph, options.iterations);
  else if (graph.order > 1) forceLayout(graph as unknown as Graph, options.iterations ?? iterationsFor(graph.order));
  graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: round(a.x), y: round(a.y) }));
}
