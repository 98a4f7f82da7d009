// label-layer: places node labels once per frame instead of one by one. Sigma hands every label it
// would draw (its label grid's picks and every forced label) to drawLabel, which only collects them;
// after the frame, flush() draws them most important first (highlighted, then forced, then larger),
// each right of its node or, where that does not fit, left of, above or below it (or a line off), and leaves out a label that would
// cover one already placed, run past the canvas edge or under an overlay (the legend, the bottom bar).
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../core/index.js";

/** A rectangle in the canvas's CSS pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A label to place: where its node is drawn (viewport px), its radius, text and rank. */
export interface LabelCandidate {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly label: string;
  readonly forced: boolean;
  /** Drawn by sigma's hover layer (hovered or selected): its place is kept, its text not drawn twice. */
  readonly highlighted: boolean;
}

export interface Placed {
  readonly candidate: LabelCandidate;
  /** Where the text starts (left edge) and its baseline. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

/** Gap between a node's disc and its label, as sigma draws it. */
const GAP = 3;
/** Labels keep this far from the canvas edges. */
const EDGE_MARGIN = 2;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Highlighted first, then forced, then larger, then by label (stable from frame to frame). */
export function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
  return (
    Number(b.highlighted) - Number(a.highlighted) ||
    Number(b.forced) - Number(a.forced) ||
    b.size - a.size ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

/**
 * Places the labels of `candidates` on a `width` × `height` canvas, best first: right of the node, else
 * left, above or below it; a label that overlaps a placed one or an obstacle, or leaves the canvas, is
 * dropped. A highlighted label (drawn by sigma's hover layer, in a box around its disc) keeps that box.
 * `measure` gives a text's width in px; `fontSize` is the label size.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { width: number; height: number; fontSize: number; obstacles: readonly Box[]; measure: (text: string) => number },
): Placed[] {
  const { width, height, fontSize, obstacles, measure } = options;
  const placed: Placed[] = [];
  const fits = (box: Box) =>
    box.left >= EDGE_MARGIN &&
    box.right <= width - EDGE_MARGIN &&
    box.top >= EDGE_MARGIN &&
    box.bottom <= height - EDGE_MARGIN &&
    !obstacles.some((o) => overlaps(o, box)) &&
    !placed.some((p) => overlaps(p.box, box));
  for (const candidate of [...candidates].sort(compareCandidates)) {
    const textWidth = measure(candidate.label);
    const half = fontSize / 2 + 1;
    const { x, y, size } = candidate;
    if (candidate.highlighted) {
      // Sigma's hover layer draws it in a box around the disc: keep that whole box.
      const r = Math.max(size, fontSize / 2) + 2;
      const box = { left: x - r, top: y - Math.max(r, half), right: x + size + GAP + textWidth + 5, bottom: y + Math.max(r, half) };
      placed.push({ candidate, x: x + size + GAP, y: y + fontSize / 3, box });
      continue;
    }
    // Right of the node (as sigma draws it), else left of it, else above or below it, else a line up or down on either side.
    const line = 2 * half;
    const rightOf = (dy: number) => ({
      left: x + size + GAP,
      top: y - half + dy,
      right: x + size + GAP + textWidth,
      bottom: y + half + dy,
    });
    const leftOf = (dy: number) => ({ left: x - size - GAP - textWidth, top: y - half + dy, right: x - size - GAP, bottom: y + half + dy });
    const spots: Box[] = [
      rightOf(0),
      leftOf(0),
      { left: x - textWidth / 2, top: y - size - 1 - line, right: x + textWidth / 2, bottom: y - size - 1 },
      { left: x - textWidth / 2, top: y + size + 1, right: x + textWidth / 2, bottom: y + size + 1 + line },
      rightOf(-line),
      rightOf(line),
      leftOf(-line),
      leftOf(line),
    ];
    const box = spots.find(fits);
    if (box) placed.push({ candidate, x: box.left, y: (box.top + box.bottom) / 2 + fontSize / 3, box });
  }
  return placed;
}

type N = NodeAttributes;
type E = EdgeAttributes;
type G = GraphAttributes;
type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

export interface LabelLayer {
  /** sigma's defaultDrawNodeLabel: collects the label for flush(). */
  readonly drawLabel: NodeLabelDrawingFunction<N, E, G>;
  /** Call on sigma's beforeRender: forgets the last frame's labels. */
  begin(): void;
  /** Call on sigma's afterRender: places and draws the frame's labels. */
  flush(): void;
  /** The labels drawn by the last flush (for tests and the e2e suite). */
  drawn(): readonly Placed[];
}

/** `getObstacles` gives the overlays' boxes in the canvas's CSS pixels; `getSize` the canvas size. */
export function createLabelLayer(getObstacles: () => readonly Box[], getSize: () => { width: number; height: number }): LabelLayer {
  let pending: { candidate: LabelCandidate; color: string }[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let settings: Settings<N, E, G> | null = null;
  let last: Placed[] = [];
  const widths = new Map<string, number>();
  let widthFont = "";

  return {
    drawLabel(ctx, data: LabelData, s) {
      if (!data.label) return;
      context = ctx;
      settings = s;
      const color = s.labelColor.attribute
        ? (data as unknown as Record<string, string>)[s.labelColor.attribute] || s.labelColor.color || "#000"
        : (s.labelColor.color ?? "#000");
      pending.push({
        candidate: {
          x: data.x,
          y: data.y,
          size: data.size,
          label: data.label,
          forced: data.forceLabel === true,
          highlighted: data.highlighted === true,
        },
        color,
      });
    },
    begin() {
      pending = [];
    },
    flush() {
      const ctx = context;
      const s = settings;
      const frame = pending;
      pending = [];
      if (!ctx || !s || frame.length === 0) {
        last = [];
        return;
      }
      const font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
      ctx.font = font;
      if (font !== widthFont) {
        widths.clear();
        widthFont = font;
      }
      const measure = (text: string) => {
        let w = widths.get(text);
        if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
        return w;
      };
      const colors = new Map(frame.map((p) => [p.candidate, p.color]));
      const { width, height } = getSize();
      last = placeLabels(
        frame.map((p) => p.candidate),
        { width, height, fontSize: s.labelSize, obstacles: getObstacles(), measure },
      );
      for (const p of last) {
        if (p.candidate.highlighted) continue;
        ctx.fillStyle = colors.get(p.candidate) ?? "#000";
        ctx.fillText(p.candidate.label, p.x, p.y);
      }
    },
    drawn: () => last,
  };
}

/** The boxes of `elements` (those shown) relative to `container`, for the layer's obstacles. */
export function overlayBoxes(container: HTMLElement, elements: readonly (HTMLElement | null)[]): Box[] {
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of elements) {
    if (!element || element.hidden || element.offsetParent === null) continue;
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
  }
  return boxes;
}
