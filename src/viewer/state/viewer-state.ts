// viewer-state: what the user is looking at (hovered node, sticky selection), never how it looks.
// Looks are derived from this state in render/reducers.ts; the graph itself is never changed.

export interface ViewerState {
  /** The node under the mouse, if any. */
  readonly hoveredNode: string | null;
  /** The clicked node; at most one of selectedNode / selectedEdge is set. */
  readonly selectedNode: string | null;
  /** The clicked edge; at most one of selectedNode / selectedEdge is set. */
  readonly selectedEdge: string | null;
}

export function getInitialViewerState(): ViewerState {
  return { hoveredNode: null, selectedNode: null, selectedEdge: null };
}
