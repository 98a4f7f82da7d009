// draws-differently: does a state change alter what the canvas draws? Decides whether sigma refreshes
// (a full pass over the graph's reducers), so typing in the search box costs no redraw.
import type { ViewerState } from "../state/viewer-state.js";

/** State fields that never change what the canvas draws: a change of only these skips the refresh. */
const NOT_DRAWN: ReadonlySet<string> = new Set<keyof ViewerState>(["query"]);

/** Does a state change alter what is drawn? Any field counts (a filter added later too), except NOT_DRAWN. */
export function drawsDifferently(state: ViewerState, previous: ViewerState): boolean {
  const now = state as unknown as Record<string, unknown>;
  const before = previous as unknown as Record<string, unknown>;
  return Object.keys(now).some((key) => !NOT_DRAWN.has(key) && !Object.is(now[key], before[key]));
}
