// edge-near: the visible edge drawn closest to a stage point, within a tolerance in pixels.
// Sigma picks edges on a half-resolution buffer, where 1–2px edges are often missed: this backs it up.
import type { Coordinates } from "sigma/types";
import type { NewsSigma } from "./create-renderer.js";

/** Distance in pixels from `p` to the segment [a, b]. */
export function distanceToSegment(p: Coordinates, a: Coordinates, b: Coordinates): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The edge whose drawn line passes within `tolerance` px of `point` (viewport coordinates), the
 * nearest one if several do; null if none. Hidden edges (faded out by the reducers) are skipped.
 */
export function edgeNear(renderer: NewsSigma, point: Coordinates, tolerance: number): string | null {
  const graph = renderer.getGraph();
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const look = renderer.getEdgeDisplayData(edge);
    if (!look || look.hidden) return;
    const a = renderer.graphToViewport(sourceAttributes);
    const b = renderer.graphToViewport(targetAttributes);
    const distance = distanceToSegment(point, a, b) - renderer.scaleSize(look.size) / 2;
    if (distance <= tolerance && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}
