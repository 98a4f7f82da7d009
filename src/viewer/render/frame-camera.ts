// frame-camera: fits the drawn graph into the part of the stage that overlays leave free (right of
// the legend, with room on the right for labels): sigma itself pads all four sides alike.
import type { NewsSigma } from "./create-renderer.js";

/** Pixels of the stage to keep clear on each side. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Each node's position and drawn size, read once per framing (flat arrays: the boxes below are plain loops). */
interface Discs {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly size: Float64Array;
}

function discsOf(renderer: NewsSigma): Discs {
  const graph = renderer.getGraph();
  const discs = { x: new Float64Array(graph.order), y: new Float64Array(graph.order), size: new Float64Array(graph.order) };
  let i = 0;
  graph.forEachNode((node, attributes) => {
    discs.x[i] = attributes.x;
    discs.y[i] = attributes.y;
    discs.size[i] = renderer.getNodeDisplayData(node)?.size ?? attributes.size;
    i++;
  });
  return discs;
}

/** The camera at rest: positions are measured as it draws them (sigma fits the graph to the stage then). */
const AT_REST = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 } };

/**
 * The viewport box covering every node disc: centres as the camera at rest draws them, radii at the
 * camera's current zoom. Sigma's graph → viewport map is affine, so it is read off three points
 * instead of being called per node.
 */
function drawnBox(renderer: NewsSigma, discs: Discs): Box {
  const o = renderer.graphToViewport({ x: 0, y: 0 }, AT_REST);
  const ex = renderer.graphToViewport({ x: 1, y: 0 }, AT_REST);
  const ey = renderer.graphToViewport({ x: 0, y: 1 }, AT_REST);
  const [xx, xy, yx, yy] = [ex.x - o.x, ey.x - o.x, ex.y - o.y, ey.y - o.y];
  const scale = renderer.scaleSize(1);
  let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
  for (let i = 0; i < discs.x.length; i++) {
    const gx = discs.x[i]!, gy = discs.y[i]!;
    const px = o.x + xx * gx + xy * gy;
    const py = o.y + yx * gx + yy * gy;
    const r = scale * discs.size[i]!;
    left = Math.min(left, px - r);
    right = Math.max(right, px + r);
    top = Math.min(top, py - r);
    bottom = Math.max(bottom, py + r);
  }
  return { left, right, top, bottom };
}

/**
 * Zooms out (never in) until the drawn graph fits the free area, then pans it to that area's centre.
 * e.g. a 900px-wide stage with { left: 180, right: 100 } keeps every node in x ∈ [180, 800].
 */
export function frameCamera(renderer: NewsSigma, insets: Insets): void {
  if (renderer.getGraph().order === 0) return;
  const { width, height } = renderer.getDimensions();
  const freeWidth = width - insets.left - insets.right;
  const freeHeight = height - insets.top - insets.bottom;
  if (freeWidth <= 0 || freeHeight <= 0) return;

  const camera = renderer.getCamera();
  camera.setState(AT_REST.cameraState);
  const discs = discsOf(renderer);
  const fitted = drawnBox(renderer, discs);
  const scale = Math.min(1, freeWidth / (fitted.right - fitted.left), freeHeight / (fitted.bottom - fitted.top));
  camera.setState({ ratio: 1 / scale });

  // The camera shows its (x, y) at the stage centre; to move the drawing by (dx, dy) px,
  // aim it at the point currently drawn (dx, dy) px before the centre.
  const box = drawnBox(renderer, discs);
  const dx = insets.left + freeWidth / 2 - (box.left + box.right) / 2;
  const dy = insets.top + freeHeight / 2 - (box.top + box.bottom) / 2;
  const target = renderer.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy });
  camera.setState({ x: target.x, y: target.y });
}
