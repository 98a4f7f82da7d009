// test-hook: a frozen, read-only window.__newsgraph = { renderer, graph, getState, getDerived } for the e2e suite,
// plus data-state on #graph ("loading" | "ready" | "error"). Nothing in the viewer reads it back.
import type { NewsGraph } from "../core/index.js";
import type { NewsSigma } from "./render/create-renderer.js";
import type { Derived } from "./state/derive.js";
import type { ViewerState } from "./state/viewer-state.js";

export interface NewsgraphTestHook {
  readonly renderer: NewsSigma;
  readonly graph: NewsGraph;
  readonly getState: () => ViewerState;
  /** What the current state shows: visibility, paths, focus. */
  readonly getDerived?: () => Derived;
  /** True once the search index is built (it is built after the first frame, when the page is idle). */
  readonly isSearchReady?: () => boolean;
  /** The node labels the last frame drew (render/label-layer.ts). */
  readonly drawnLabels?: () => string[];
  /** Their boxes, in the canvas's CSS pixels. */
  readonly drawnLabelBoxes?: () => { label: string; left: number; top: number; right: number; bottom: number }[];
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphTestHook;
  }
}

/** Publishes the hook; returns the cleanup that withdraws it. */
export function exposeTestHook(hook: NewsgraphTestHook): () => void {
  window.__newsgraph = Object.freeze({ ...hook });
  return () => {
    delete window.__newsgraph;
  };
}
