// time-filter: the time window as one more GraphFilter of the visibility selector (state/filters.ts):
// an edge test (evidence dated in the window) and a node test (mentioned in it, or the end of a kept edge).
// The graph's time index and the window's view are built once per graph / per window, never per frame.
import type { NewsGraph } from "../../core/index.js";
import type { GraphFilter } from "../state/filters.js";
import { createTimeIndex, type TimeIndex } from "./time-index.js";
import { windowView, type TimeWindow, type WindowView } from "./time-window.js";
import { newSinceView, type NewSinceView } from "./new-since.js";

const indexes = new WeakMap<NewsGraph, TimeIndex>();

/** The time index of `graph`, built on first use. */
export function timeIndexOf(graph: NewsGraph): TimeIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = createTimeIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** One-entry memo per graph: the filter's node test, edge test and the reducers all ask for the same window. */
const lastWindow = new WeakMap<NewsGraph, { window: TimeWindow; view: WindowView }>();

export function windowViewOf(graph: NewsGraph, window: TimeWindow): WindowView {
  const last = lastWindow.get(graph);
  if (last && last.window.from === window.from && last.window.to === window.to) return last.view;
  const view = windowView(graph, timeIndexOf(graph), window);
  lastWindow.set(graph, { window, view });
  return view;
}

const lastNewSince = new WeakMap<NewsGraph, { since: string; view: NewSinceView }>();

export function newSinceViewOf(graph: NewsGraph, since: string): NewSinceView {
  const last = lastNewSince.get(graph);
  if (last && last.since === since) return last.view;
  const view = newSinceView(graph, timeIndexOf(graph), since);
  lastNewSince.set(graph, { since, view });
  return view;
}

export const TIME_FILTER: GraphFilter = {
  name: "time",
  input: (s) => s.time.window,
  node: (s, graph) => {
    const window = s.time.window;
    if (window === null) return null;
    const view = windowViewOf(graph, window);
    return (node) => view.nodes.has(node);
  },
  edge: (s, graph) => {
    const window = s.time.window;
    if (window === null) return null;
    const view = windowViewOf(graph, window);
    return (edge) => view.edges.has(edge);
  },
};
