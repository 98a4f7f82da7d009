// node-metrics: per-node measures the viewer can size and colour by — mentions and articles (stored),
// degree (relations) and PageRank (graphology-metrics, weighted by articles) — and the sizes and
// relation-count colours derived from them, computed once per graph and metric, never written to the graph.
import pagerank from "graphology-metrics/centrality/pagerank";
import type { NewsGraph } from "../../core/index.js";
import type { SizeMode } from "./size-mode.js";

/** The node size range of the build's layout stage (7-layout: 4 + 14 × √(mentions / max)). */
export const SIZE_RANGE = { min: 4, span: 14 } as const;

/** node → value of `mode`. */
export function metricValues(graph: NewsGraph, mode: SizeMode): ReadonlyMap<string, number> {
  if (mode === "pagerank") {
    if (graph.size === 0) return new Map(graph.mapNodes((node) => [node, 1 / Math.max(1, graph.order)] as const));
    const ranks = pagerank(graph, { getEdgeWeight: "weight" });
    return new Map(graph.mapNodes((node) => [node, ranks[node] ?? 0] as const));
  }
  return new Map(
    graph.mapNodes(
      (node, a) => [node, mode === "mentions" ? a.mentions : mode === "articles" ? a.articles.length : graph.degree(node)] as const,
    ),
  );
}

/** Sizes from values as the build makes them from mentions: the largest value gets 18, zero gets 4. */
export function sizesFrom(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const sizes = new Map<string, number>();
  for (const [node, v] of values)
    sizes.set(node, Math.round((SIZE_RANGE.min + SIZE_RANGE.span * Math.sqrt(max > 0 ? v / max : 0)) * 1000) / 1000);
  return sizes;
}

const sizeCache = new WeakMap<NewsGraph, Map<SizeMode, ReadonlyMap<string, number>>>();

/** node → size for `mode`, or null for mentions (the sizes stored in the graph). Built on first use. */
export function metricSizesOf(graph: NewsGraph, mode: SizeMode): ReadonlyMap<string, number> | null {
  if (mode === "mentions") return null;
  let byMode = sizeCache.get(graph);
  if (!byMode) sizeCache.set(graph, (byMode = new Map()));
  let sizes = byMode.get(mode);
  if (!sizes) byMode.set(mode, (sizes = sizesFrom(metricValues(graph, mode))));
  return sizes;
}

/** "colour by relations": bins of a node's number of relations, on a sequential scale (dark = many). */
export const RELATION_BINS = [
  { from: 0, to: 0, color: "#c5ccd3", label: "none" },
  { from: 1, to: 1, color: "#fde725", label: "1" },
  { from: 2, to: 3, color: "#7ad151", label: "2–3" },
  { from: 4, to: 9, color: "#22a884", label: "4–9" },
  { from: 10, to: 29, color: "#2a788e", label: "10–29" },
  { from: 30, to: Infinity, color: "#440154", label: "30 or more" },
] as const;

export function relationBin(degree: number): number {
  return RELATION_BINS.findIndex((bin) => degree >= bin.from && degree <= bin.to);
}

const colorCache = new WeakMap<NewsGraph, ReadonlyMap<string, string>>();

/** node → colour of its number of relations (built on first use). */
export function relationColorsOf(graph: NewsGraph): ReadonlyMap<string, string> {
  let colors = colorCache.get(graph);
  if (!colors) {
    colors = new Map(graph.mapNodes((node) => [node, RELATION_BINS[relationBin(graph.degree(node))]!.color] as const));
    colorCache.set(graph, colors);
  }
  return colors;
}

/** How many of `nodes` fall in each bin, in RELATION_BINS order. */
export function relationBinCounts(graph: NewsGraph, nodes: Iterable<string>): number[] {
  const counts = RELATION_BINS.map(() => 0);
  for (const node of nodes) counts[relationBin(graph.degree(node))]!++;
  return counts;
}
