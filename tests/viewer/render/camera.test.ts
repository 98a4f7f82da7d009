// camera: what the camera fits after each change (camera-follow.ts), and the insets it keeps clear
// (overlay-insets.ts): beside the legend on a wide stage, below it on a phone.
import { describe, expect, it } from "vitest";
import { clearSelection, focusOn, hoverNode, selectEdge, selectNode, setKindShown } from "../../../src/viewer/state/actions.js";
import { createDerive } from "../../../src/viewer/state/derive.js";
import { getInitialViewerState } from "../../../src/viewer/state/viewer-state.js";
import { followTarget } from "../../../src/viewer/render/camera-follow.js";
import { insetsAround, LABEL_ROOM_PX } from "../../../src/viewer/render/overlay-insets.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const derive = createDerive(graph);
const initial = getInitialViewerState();
const target = (next: typeof initial, previous = initial) => {
  const t = followTarget(graph, next, previous, derive);
  return t === null ? null : [...t].sort();
};

describe("followTarget", () => {
  it("a selected node: it and its neighbours; an edge: its two ends", () => {
    expect(target(selectNode(nodes.ana)(initial))).toEqual([nodes.ana, ...graph.neighbors(nodes.ana)].sort());
    expect(target(selectEdge(edges.anaLeadsSpain)(initial))).toEqual([nodes.ana, nodes.spain].sort());
  });

  it("a filter: what is left (or the selection in it); a focus: the focus", () => {
    const filtered = setKindShown("agreement", false)(initial);
    expect(target(filtered)).toEqual(
      graph
        .nodes()
        .filter((n) => n !== nodes.pact)
        .sort(),
    );
    const focused = focusOn(nodes.bo, 1)(selectNode(nodes.bo)(initial));
    expect(target(focused, selectNode(nodes.bo)(initial))).toEqual([nodes.bo, ...graph.neighbors(nodes.bo)].sort());
  });

  it("nothing for a hover, or for clearing the selection (the user's pan stays)", () => {
    expect(target(hoverNode(nodes.ana)(initial))).toBeNull();
    const selected = selectNode(nodes.ana)(initial);
    expect(target(clearSelection(selected), selected)).toBeNull();
  });
});

describe("insetsAround", () => {
  it("keeps the graph right of the legend on a wide stage", () => {
    expect(insetsAround({ right: 226, bottom: 640 }, 60, 900, 750)).toEqual({ top: 16, right: LABEL_ROOM_PX, bottom: 76, left: 242 });
  });
  it("below the folded legend on a phone, with less room for labels", () => {
    expect(insetsAround({ right: 110, bottom: 56 }, 44, 390, 480)).toEqual({ top: 72, right: 78, bottom: 60, left: 16 });
  });
});
