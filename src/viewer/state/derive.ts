// derive: everything the page shows that follows from (state, graph) — visibility, paths, the focus
// to highlight — computed once per state object and shared by the renderer and the panels.
import type { NewsGraph } from "../../core/index.js";
import { activePath, createPathSelector, type FoundPath, type PathResult } from "./paths.js";
import { focusOf, type Focus } from "./selectors.js";
import type { ViewerState } from "./viewer-state.js";
import { createVisibilitySelector, type Visibility } from "./visibility.js";

export interface Derived {
  readonly visibility: Visibility;
  readonly paths: PathResult;
  /** The path drawn on the canvas, when the path tab shows one. */
  readonly path: FoundPath | null;
  /** What to highlight (hover, path, selection), or null. */
  readonly focus: Focus | null;
}

export type Derive = (state: ViewerState) => Derived;

/**
 * (state) → Derived, memoized on the state object; visibility and paths are memoized on their own
 * inputs, so a hover recomputes only the focus (the hovered node's neighbourhood).
 */
export function createDerive(graph: NewsGraph): Derive {
  const visibilityOf = createVisibilitySelector(graph);
  const pathsOf = createPathSelector(graph);
  let lastState: ViewerState | null = null;
  let last: Derived | null = null;
  return (state) => {
    if (state === lastState && last) return last;
    const visibility = visibilityOf(state);
    const paths = pathsOf(state, visibility);
    const path = state.panel === "path" ? activePath(paths, state.path) : null;
    last = { visibility, paths, path, focus: focusOf(state, graph, visibility, path) };
    lastState = state;
    return last;
  };
}
