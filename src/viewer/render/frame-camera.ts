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

/** The viewport box covering every drawn node disc, for the current camera. */
function drawnBox(renderer: NewsSigma): Box {
  let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
  renderer.getGraph().forEachNode((node, attributes) => {
    const p = renderer.graphToViewport(attributes);
    const r = renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? attributes.size);
    left = Math.min(left, p.x - r);
    right = Math.max(right, p.x + r);
    top = Math.min(top, p.y - r);
    bottom = Math.max(bottom, p.y + r);
  });
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
  camera.setState({ x: 0.5, y: 0.5, angle: 0, ratio: 1 });
  const fitted = drawnBox(renderer);
  const scale = Math.min(1, freeWidth / (fitted.right - fitted.left), freeHeight / (fitted.bottom - fitted.top));
  camera.setState({ ratio: 1 / scale });

  // The camera shows its (x, y) at the stage centre; to move the drawing by (dx, dy) px,
  // aim it at the point currently drawn (dx, dy) px before the centre.
  const box = drawnBox(renderer);
  const dx = insets.left + freeWidth / 2 - (box.left + box.right) / 2;
  const dy = insets.top + freeHeight / 2 - (box.top + box.bottom) / 2;
  const target = renderer.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy });
  camera.setState({ x: target.x, y: target.y });
}
