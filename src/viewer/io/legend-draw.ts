// legend-draw: the exported picture's legend as data (LegendSpec) and its drawing on a 2D canvas,
// kept apart from sigma so it can be measured and tested without WebGL.
export interface LegendEntry {
  readonly mark: "dot" | "line";
  readonly color: string;
  readonly label: string;
}

export interface LegendSection {
  readonly heading: string;
  readonly entries: readonly LegendEntry[];
}

export interface LegendSpec {
  readonly title: string;
  readonly sections: readonly LegendSection[];
  /** Lines under the title, e.g. "filtered view: 40 of 88 nodes, 31 of 75 relations". */
  readonly caption: readonly string[];
}

export const LEGEND_STYLE = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  padding: 12,
  line: 18,
  swatch: 10,
  background: "rgba(255,255,255,0.92)",
  border: "#cbd2d9",
  text: "#1f2933",
  muted: "#52606d",
} as const;

/** The legend's box size in CSS pixels for `spec` (text widths measured by `measure`). */
export function legendBox(spec: LegendSpec, measure: (text: string, bold: boolean) => number): { width: number; height: number } {
  const s = LEGEND_STYLE;
  const widths = [measure(spec.title, true), ...spec.caption.map((c) => measure(c, false))];
  let lines = 1 + spec.caption.length;
  for (const section of spec.sections) {
    widths.push(measure(section.heading, true));
    for (const entry of section.entries) widths.push(s.swatch + 8 + measure(entry.label, false));
    lines += 1 + section.entries.length;
  }
  return { width: Math.ceil(Math.max(...widths)) + 2 * s.padding, height: lines * s.line + 2 * s.padding };
}

const legendFont = (bold: boolean) => `${bold ? "600 " : ""}12px ${LEGEND_STYLE.font}`;

/** legendBox measured with a 2D context's fonts. */
export function legendBoxOn(ctx: CanvasRenderingContext2D, spec: LegendSpec): { width: number; height: number } {
  return legendBox(spec, (text, bold) => {
    ctx.font = legendFont(bold);
    return ctx.measureText(text).width;
  });
}

/** Draws `spec` in a box at the top left of `ctx` (coordinates in CSS pixels × `scale`). */
export function drawLegend(ctx: CanvasRenderingContext2D, spec: LegendSpec, scale: number): void {
  const s = LEGEND_STYLE;
  ctx.save();
  ctx.scale(scale, scale);
  const font = legendFont;
  const box = legendBoxOn(ctx, spec);
  ctx.fillStyle = s.background;
  ctx.strokeStyle = s.border;
  ctx.fillRect(8, 8, box.width, box.height);
  ctx.strokeRect(8.5, 8.5, box.width - 1, box.height - 1);
  ctx.textBaseline = "middle";
  let y = 8 + s.padding + s.line / 2;
  const x = 8 + s.padding;
  const text = (t: string, bold: boolean, color: string, dx = 0) => {
    ctx.font = font(bold);
    ctx.fillStyle = color;
    ctx.fillText(t, x + dx, y);
    y += s.line;
  };
  text(spec.title, true, s.text);
  for (const line of spec.caption) text(line, false, s.muted);
  for (const section of spec.sections) {
    text(section.heading, true, s.text);
    for (const entry of section.entries) {
      ctx.fillStyle = entry.color;
      ctx.strokeStyle = entry.color;
      if (entry.mark === "dot") {
        ctx.beginPath();
        ctx.arc(x + s.swatch / 2, y, s.swatch / 2, 0, 2 * Math.PI);
        ctx.fill();
      } else {
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + s.swatch, y);
        ctx.stroke();
      }
      text(entry.label, false, s.text, s.swatch + 8);
    }
  }
  ctx.restore();
}
