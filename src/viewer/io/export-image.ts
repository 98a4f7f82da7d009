// export-image: the canvas as a PNG (@sigma/export-image draws sigma's layers on one canvas), with
// the legend drawn into the picture: node colours (kinds or communities), relations, and a caption
// saying what the picture shows (whole graph, or the filtered view and its time window).
import { drawOnCanvas } from "@sigma/export-image";
import { drawDiscNodeLabel } from "sigma/rendering";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { drawLegend, legendBoxOn, type LegendSpec } from "./legend-draw.js";

export type { LegendSpec } from "./legend-draw.js";

export interface PngOptions {
  readonly legend: LegendSpec;
  /** Settings that replace the page's for the picture (e.g. reducers without filters, for the whole graph). */
  readonly sigmaSettings?: Partial<Settings>;
  /** The camera of the picture: the page's when absent (the current view); sigma's home for the whole graph. */
  readonly camera?: { x: number; y: number; ratio: number; angle: number };
  readonly backgroundColor?: string;
}

/** The PNG of the graph as `sigma` draws it (or with `sigmaSettings` / `camera`), with the legend in a column on its left. */
export async function renderPng(sigma: Sigma, options: PngOptions): Promise<Blob> {
  const canvas = await drawOnCanvas(sigma, {
    backgroundColor: options.backgroundColor ?? "#ffffff",
    // The page's label layer places labels on its own canvas after each frame; the picture's renderer draws them directly.
    sigmaSettings: { defaultDrawNodeLabel: drawDiscNodeLabel, ...(options.sigmaSettings ?? {}) },
    cameraState: options.camera ?? null,
  });
  // The legend gets its own column left of the graph, so it hides no node.
  const scale = window.devicePixelRatio || 1;
  const measureCtx = document.createElement("canvas").getContext("2d");
  const box = measureCtx ? legendBoxOn(measureCtx, options.legend) : { width: 0, height: 0 };
  const out = document.createElement("canvas");
  out.width = Math.ceil((box.width + 16) * scale) + canvas.width;
  out.height = Math.max(canvas.height, Math.ceil((box.height + 16) * scale));
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("the browser has no 2D canvas");
  ctx.fillStyle = options.backgroundColor ?? "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, out.width - canvas.width, 0);
  drawLegend(ctx, options.legend, scale);
  const canvasOut = out;
  return new Promise((resolve, reject) =>
    canvasOut.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
}
