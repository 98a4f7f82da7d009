// parallel-edges: a curvature for each edge that shares its two ends with others (either direction),
// so parallel relations fan out as curves (@sigma/edge-curve); computed once per graph, kept outside it.
import type { NewsGraph } from "../../core/index.js";

/** Curvature between neighbouring parallel edges (0.25 bends a curve by about 1/8 of its length). */
export const CURVATURE_STEP = 0.45;

/**
 * Edge → curvature, for edges with parallels only (others are straight). Curvatures are spread
 * around 0 in the frame of the pair (smaller key → larger key), and negated for edges drawn the
 * other way, so A→B and B→A bend apart. e.g. 2 edges: ±0.225; 3 edges: -0.45, 0, 0.45.
 */
export function parallelCurvatures(graph: NewsGraph): ReadonlyMap<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(key);
    if (list) list.push(edge);
    else pairs.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const offset = (i - (edges.length - 1) / 2) * CURVATURE_STEP;
      const reversed = graph.source(edge) > graph.target(edge);
      if (offset !== 0) curvatures.set(edge, reversed ? -offset : offset);
    });
  }
  return curvatures;
}
