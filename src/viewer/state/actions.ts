// actions: producers (state → state) for everything the user can do; each returns the same
// object when nothing changes, so the store notifies no one (hovering the hovered node is free).
import type { Producer } from "./store.js";
import { getInitialViewerState, type ViewerState } from "./viewer-state.js";

export function hoverNode(node: string | null): Producer<ViewerState> {
  return (state) => (state.hoveredNode === node ? state : { ...state, hoveredNode: node });
}

/** Selects `node` (sticky) and drops any edge selection. */
export function selectNode(node: string): Producer<ViewerState> {
  return (state) =>
    state.selectedNode === node && state.selectedEdge === null ? state : { ...state, selectedNode: node, selectedEdge: null };
}

/** Selects `edge` (sticky) and drops any node selection. */
export function selectEdge(edge: string): Producer<ViewerState> {
  return (state) =>
    state.selectedEdge === edge && state.selectedNode === null ? state : { ...state, selectedNode: null, selectedEdge: edge };
}

/** Clears the selection (stage click, Esc); the hover, which follows the mouse, is kept. */
export const clearSelection: Producer<ViewerState> = (state) =>
  state.selectedNode === null && state.selectedEdge === null ? state : { ...state, selectedNode: null, selectedEdge: null };

export const reset: Producer<ViewerState> = () => getInitialViewerState();
