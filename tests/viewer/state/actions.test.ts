// actions: each producer's effect on the viewer state, and that no-op actions return the same object.
import { describe, expect, it } from "vitest";
import { clearSelection, hoverNode, reset, selectEdge, selectNode } from "../../../src/viewer/state/actions.js";
import type { Producer } from "../../../src/viewer/state/store.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";

const state = (partial: Partial<ViewerState> = {}): ViewerState => ({ ...getInitialViewerState(), ...partial });

describe("actions", () => {
  it.each<[string, ViewerState, Producer<ViewerState>, ViewerState]>([
    ["hoverNode sets the hovered node", state(), hoverNode("a"), state({ hoveredNode: "a" })],
    [
      "hoverNode(null) clears the hover, keeps the selection",
      state({ hoveredNode: "a", selectedNode: "b" }),
      hoverNode(null),
      state({ selectedNode: "b" }),
    ],
    ["selectNode selects and drops an edge selection", state({ selectedEdge: "e" }), selectNode("a"), state({ selectedNode: "a" })],
    ["selectNode keeps the hover", state({ hoveredNode: "h" }), selectNode("a"), state({ hoveredNode: "h", selectedNode: "a" })],
    ["selectEdge selects and drops a node selection", state({ selectedNode: "a" }), selectEdge("e"), state({ selectedEdge: "e" })],
    [
      "clearSelection clears node and edge, keeps the hover",
      state({ hoveredNode: "h", selectedNode: "a" }),
      clearSelection,
      state({ hoveredNode: "h" }),
    ],
    ["reset returns the initial state", state({ hoveredNode: "h", selectedEdge: "e" }), reset, getInitialViewerState()],
  ])("%s", (_name, before, action, after) => {
    expect(action(before)).toEqual(after);
  });

  it.each<[string, ViewerState, Producer<ViewerState>]>([
    ["hovering the hovered node", state({ hoveredNode: "a" }), hoverNode("a")],
    ["un-hovering when nothing is hovered", state(), hoverNode(null)],
    ["selecting the selected node", state({ selectedNode: "a" }), selectNode("a")],
    ["selecting the selected edge", state({ selectedEdge: "e" }), selectEdge("e")],
    ["clearing an empty selection", state({ hoveredNode: "h" }), clearSelection],
  ])("returns the same object (no change, no redraw) when %s", (_name, before, action) => {
    expect(action(before)).toBe(before);
  });

  it("never mutates the state it is given", () => {
    const before = Object.freeze(state({ selectedNode: "a" }));
    expect(() => selectEdge("e")(before)).not.toThrow();
    expect(before.selectedNode).toBe("a");
  });
});
