// reveal: "show anyway" — brings back a node or edge that the filters hide: the legend's filters and
// focus mode first, then the time window if that was not enough. Positions and the rest of the view stay.
import type { ViewerState } from "../state/viewer-state.js";
import type { Store } from "../state/store.js";
import type { Derive } from "../state/derive.js";
import type { Visibility } from "../state/visibility.js";
import { resetFilters } from "../state/actions.js";
import { setTimeWindow } from "../time/time-state.js";

/** Makes `shown(visibility)` true by clearing as few filters as it can; does nothing when it already is. */
export function reveal(store: Store<ViewerState>, derive: Derive, shown: (visibility: Visibility) => boolean): void {
  const visible = () => shown(derive(store.get()).visibility);
  if (visible()) return;
  store.update(resetFilters);
  if (!visible()) store.update(setTimeWindow<ViewerState>(null));
}

/** True when the selected node or edge is hidden by the filters. */
export function selectionHidden(state: ViewerState, visibility: Visibility): boolean {
  if (state.selectedNode !== null) return !visibility.nodes.has(state.selectedNode);
  if (state.selectedEdge !== null) return !visibility.edges.has(state.selectedEdge);
  return false;
}
