// fly-to: animates sigma's camera onto a node (search, list view), zooming in no further than needed.
import type { NewsSigma } from "./create-renderer.js";
import { LOOKS } from "./settings.js";

export function flyTo(renderer: NewsSigma, node: string): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, LOOKS.flyToRatio) }, { duration: LOOKS.flyDuration });
}
