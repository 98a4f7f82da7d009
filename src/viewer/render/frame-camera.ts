// frame-camera: the camera that fits a set of nodes into the part of the stage that overlays leave
// free (right of or below the legend, above the bottom bar, with room on the right for labels): for the
// first frame (the whole graph as the filters show it), for "fit", and for the camera that follows the
// user (a selection and its neighbours, a path, a focus, what the filters leave). Sigma itself pads all
// four sides alike and knows nothing of the overlays.
import type { CameraState } from "sigma/types";
import type { NewsSigma } from "./create-renderer.js";

/** Pixels of the stage to keep clear on each side. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The camera at rest: positions are measured as it draws them (sigma fits the graph to the stage then). */
const AT_REST = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 } };

export interface FitOptions {
  /** May the camera zoom in to fit (true: a selection fills the free area), or only out (the first frame)? */
  readonly zoomIn?: boolean;
  /** The closest the camera may come (a single node is not blown up to the whole stage). */
  readonly minRatio?: number;
  /** The farthest (sigma's maxCameraRatio by default). */
  readonly maxRatio?: number;
  /** The canvas size to fit into (the renderer's by default: e.g. an exported picture's). */
  readonly dimensions?: { readonly width: number; readonly height: number };
}

/**
 * The camera state that shows every node of `nodes` (their discs, at the target zoom) inside the
 * stage less `insets`, centred there; null when there is nothing to fit or no room.
 * e.g. a 900px-wide stage with { left: 180, right: 100 } keeps every fitted node in x ∈ [180, 800].
 * Sigma's graph → viewport map is affine, so it is read off three points instead of being called per node.
 */
export function cameraToFit(renderer: NewsSigma, nodes: Iterable<string>, insets: Insets, options: FitOptions = {}): CameraState | null {
  const graph = renderer.getGraph();
  const { width, height } = options.dimensions ?? renderer.getDimensions();
  const freeWidth = width - insets.left - insets.right;
  const freeHeight = height - insets.top - insets.bottom;
  if (freeWidth <= 0 || freeHeight <= 0) return null;
  const rest = { ...AT_REST, ...(options.dimensions ? { viewportDimensions: options.dimensions } : {}) };
  const o = renderer.graphToViewport({ x: 0, y: 0 }, rest);
  const ex = renderer.graphToViewport({ x: 1, y: 0 }, rest);
  const ey = renderer.graphToViewport({ x: 0, y: 1 }, rest);
  const [xx, xy, yx, yy] = [ex.x - o.x, ey.x - o.x, ex.y - o.y, ey.y - o.y];
  let left = Infinity,
    right = -Infinity,
    top = Infinity,
    bottom = -Infinity,
    radius = 0;
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    const px = o.x + xx * a.x + xy * a.y;
    const py = o.y + yx * a.x + yy * a.y;
    left = Math.min(left, px);
    right = Math.max(right, px);
    top = Math.min(top, py);
    bottom = Math.max(bottom, py);
    radius = Math.max(radius, renderer.getNodeDisplayData(node)?.size ?? a.size);
  }
  if (left === Infinity) return null;
  const spanX = right - left;
  const spanY = bottom - top;
  // Distances shrink with the ratio, disc radii only with its square root (sigma's zoomToSizeRatioFunction):
  // a few rounds of r = span / (free room - 2 × radius at r) settle it.
  const maxRatio = options.maxRatio ?? renderer.getSetting("maxCameraRatio") ?? 4;
  const minRatio = Math.max(options.minRatio ?? 0, renderer.getSetting("minCameraRatio") ?? 0);
  let ratio = 1;
  for (let i = 0; i < 4; i++) {
    const pad = 2 * renderer.scaleSize(radius, ratio) + 4;
    ratio = Math.max(spanX / Math.max(1, freeWidth - pad), spanY / Math.max(1, freeHeight - pad), 1e-6);
  }
  if (!options.zoomIn) ratio = Math.max(ratio, 1);
  ratio = Math.min(maxRatio, Math.max(minRatio, ratio));
  // The camera shows its (x, y) at the stage centre: aim it at the rest point that puts the box's
  // centre at the free area's centre once zoomed.
  const mid = { x: (left + right) / 2, y: (top + bottom) / 2 };
  const free = { x: insets.left + freeWidth / 2, y: insets.top + freeHeight / 2 };
  const aim = { x: mid.x - (free.x - width / 2) * ratio, y: mid.y - (free.y - height / 2) * ratio };
  const target = renderer.viewportToFramedGraph(aim, rest);
  return { x: target.x, y: target.y, ratio, angle: 0 };
}

/**
 * Frames the camera at once on `nodes` (all nodes by default): the first frame. It zooms in when they
 * are a part of the graph (the connected core of a big graph, the rest hidden), down to `minRatio`.
 */
export function frameCamera(
  renderer: NewsSigma,
  insets: Insets,
  nodes: Iterable<string> = renderer.getGraph().nodes(),
  minRatio = 0.1,
): void {
  const state = cameraToFit(renderer, nodes, insets, { zoomIn: true, minRatio });
  if (state) renderer.getCamera().setState(state);
}
