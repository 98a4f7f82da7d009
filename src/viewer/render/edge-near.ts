// edge-near: the visible edge drawn closest to a stage point, within a tolerance in pixels.
// Sigma picks edges on a half-resolution buffer, where 1–2px edges are often missed: this backs it up,
// measuring to the line as drawn — straight, or the curve of a parallel edge (@sigma/edge-curve).
import type { Coordinates } from "sigma/types";
import type { NewsSigma } from "./create-renderer.js";

/** Straight pieces a curve is cut into when measuring a distance to it (< 0.5px off for curves on screen). */
export const CURVE_STEPS = 24;

/** Distance in pixels from `p` to the segment [a, b]. */
export function distanceToSegment(p: Coordinates, a: Coordinates, b: Coordinates): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The control point of the quadratic Bézier that @sigma/edge-curve draws from `a` to `b` (viewport
 * coordinates, y down) for `curvature`: the chord's middle moved along its normal by curvature × length,
 * as in its shader and label code. e.g. a = (0, 0), b = (100, 0), curvature 0.25 → (50, -25).
 */
export function curveControlPoint(a: Coordinates, b: Coordinates, curvature: number): Coordinates {
  return { x: (a.x + b.x) / 2 + (b.y - a.y) * curvature, y: (a.y + b.y) / 2 - (b.x - a.x) * curvature };
}

/** The point at `t` ∈ [0, 1] of the quadratic Bézier a → (control) → b. */
export function curvePoint(t: number, a: Coordinates, control: Coordinates, b: Coordinates): Coordinates {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * control.x + t * t * b.x, y: u * u * a.y + 2 * u * t * control.y + t * t * b.y };
}

/** Distance in pixels from `p` to the edge drawn from `a` to `b` with `curvature` (0: straight). */
export function distanceToEdge(p: Coordinates, a: Coordinates, b: Coordinates, curvature = 0): number {
  if (curvature === 0) return distanceToSegment(p, a, b);
  const control = curveControlPoint(a, b, curvature);
  let best = Infinity;
  let previous = a;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const next = curvePoint(i / CURVE_STEPS, a, control, b);
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

/**
 * The edge whose drawn line or curve passes within `tolerance` px of `point` (viewport coordinates),
 * the nearest one if several do; null if none. Hidden edges (faded out by the reducers) are skipped.
 * Runs on a click only, never per frame.
 */
export function edgeNear(renderer: NewsSigma, point: Coordinates, tolerance: number): string | null {
  const graph = renderer.getGraph();
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const look = renderer.getEdgeDisplayData(edge) as (ReturnType<NewsSigma["getEdgeDisplayData"]> & { curvature?: number }) | undefined;
    if (!look || look.hidden) return;
    const a = renderer.graphToViewport(sourceAttributes);
    const b = renderer.graphToViewport(targetAttributes);
    const distance = distanceToEdge(point, a, b, look.curvature ?? 0) - renderer.scaleSize(look.size) / 2;
    if (distance <= tolerance && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}
