// overlay-insets: the stage's edges the graph must keep clear of — the legend (top left), the bottom
// bar, room on the right for labels — for framing and fitting the camera (frame-camera.ts). On a wide
// stage the graph goes right of the legend; on a narrow one (a phone, the legend folded into "Filters")
// below it, whichever leaves the larger free area.
import type { Insets } from "./frame-camera.js";

/** Room kept right of the right-most node, so its label is not cut by the edge of the stage (less on a narrow stage). */
export const LABEL_ROOM_PX = 110;
/** Gap kept between the graph and the legend or the stage's other edges. */
export const GAP_PX = 16;

/** The legend's box (stage pixels) and the bottom bar's height → insets for a `width` × `height` stage. */
export function insetsAround(
  legend: { right: number; bottom: number } | null,
  toolbarHeight: number,
  width: number,
  height: number,
): Insets {
  const right = Math.min(LABEL_ROOM_PX, Math.round(width * 0.2));
  const bottom = GAP_PX + toolbarHeight;
  if (!legend) return { top: GAP_PX, right, bottom, left: GAP_PX };
  const beside = { top: GAP_PX, right, bottom, left: legend.right + GAP_PX };
  const below = { top: legend.bottom + GAP_PX, right, bottom, left: GAP_PX };
  const area = (i: Insets) => Math.max(0, width - i.left - i.right) * Math.max(0, height - i.top - i.bottom);
  return area(below) > area(beside) ? below : beside;
}

/**
 * The insets of the stage as the page lays it out. Before the legend and the bar are mounted (the first
 * frame), from the CSS alone: the legend's fixed `left` + `width` and the bar's reserved height
 * (`--toolbar-reserve`, toolbar.css), so that the first frame needs neither of them.
 */
export function overlayInsets(stage: HTMLElement, legend: HTMLElement, toolbar: HTMLElement, mounted: boolean): Insets {
  const width = stage.clientWidth;
  const height = stage.clientHeight;
  if (mounted) {
    const shown = !legend.hidden && legend.offsetWidth > 0;
    const box = shown ? { right: legend.offsetLeft + legend.offsetWidth, bottom: legend.offsetTop + legend.offsetHeight } : null;
    return insetsAround(box, toolbar.offsetHeight, width, height);
  }
  const legendCss = getComputedStyle(legend);
  const right = parseFloat(legendCss.left) + parseFloat(legendCss.width);
  const bottom = parseFloat(getComputedStyle(toolbar).getPropertyValue("--toolbar-reserve"));
  return insetsAround(Number.isFinite(right) ? { right, bottom: 0 } : null, bottom || 0, width, height);
}
