// Quick clicks in the viewer: sigma reports a click that comes within its double-click delay of the
// previous one as a double click only, wherever it lands. bindEvents turns such a "double click" on
// something else than the selection into a click (and stops sigma's zoom); a real double click zooms.
// Found by the hostile-graph e2e case, which clicks node after node; checked here on a fake renderer.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { bindEvents } from "../../src/viewer/render/bind-events.js";
import type { NewsSigma } from "../../src/viewer/render/create-renderer.js";
import { createStore } from "../../src/viewer/state/store.js";
import { getInitialViewerState, type ViewerState } from "../../src/viewer/state/viewer-state.js";

type Handler = (payload: unknown) => void;

/**
 * The part of sigma that bindEvents uses: events, the container, and for edgeNear one edge "e" drawn
 * from (0, 0) to (100, 0), graph and viewport coordinates being the same.
 */
function fakeRenderer() {
  const handlers = new Map<string, Set<Handler>>();
  const graph = new Graph();
  graph.addNode("A", { x: 0, y: 0 });
  graph.addNode("B", { x: 100, y: 0 });
  graph.addEdgeWithKey("e", "A", "B");
  const renderer = {
    on: (event: string, h: Handler) => void (handlers.get(event) ?? handlers.set(event, new Set()).get(event)!).add(h),
    off: (event: string, h: Handler) => void handlers.get(event)?.delete(h),
    getContainer: () => ({ style: { cursor: "" } }),
    getGraph: () => graph,
    getEdgeDisplayData: () => ({ hidden: false, size: 1 }),
    graphToViewport: (p: { x: number; y: number }) => p,
    scaleSize: (size: number) => size,
  };
  /** Emits `event` like sigma, at `at` (default: far from the edge); returns whether sigma's default (the zoom) was prevented. */
  const emit = (event: string, payload: Record<string, unknown>, at = { x: 50, y: 60 }): boolean => {
    let prevented = false;
    for (const h of handlers.get(event) ?? []) h({ ...payload, event: at, preventSigmaDefault: () => (prevented = true) });
    return prevented;
  };
  return { renderer: renderer as unknown as NewsSigma, emit };
}

type Step = [event: string, payload: Record<string, unknown>, at?: { x: number; y: number }];

const NEAR_E = { x: 50, y: 2 };

const selection = (s: ViewerState) => s.selectedNode ?? s.selectedEdge ?? null;

describe("bindEvents with quick successive clicks", () => {
  it.each<[string, Step[], string | null, boolean]>([
    ["a click on node A selects A", [["clickNode", { node: "A" }]], "A", false],
    [
      "a quick second click on node B selects B, without zooming",
      [
        ["clickNode", { node: "A" }],
        ["doubleClickNode", { node: "B" }],
      ],
      "B",
      true,
    ],
    [
      "a double click on node A keeps A and zooms",
      [
        ["clickNode", { node: "A" }],
        ["doubleClickNode", { node: "A" }],
      ],
      "A",
      false,
    ],
    [
      "a quick second click on edge f selects f, without zooming",
      [
        ["clickEdge", { edge: "e" }],
        ["doubleClickEdge", { edge: "f" }],
      ],
      "f",
      true,
    ],
    [
      "a double click on edge e keeps e and zooms",
      [
        ["clickEdge", { edge: "e" }],
        ["doubleClickEdge", { edge: "e" }],
      ],
      "e",
      false,
    ],
    [
      "a quick click on a node, then an edge, selects the edge",
      [
        ["clickNode", { node: "A" }],
        ["doubleClickEdge", { edge: "e" }],
      ],
      "e",
      true,
    ],
    [
      "a quick click on the background after a node clears the selection",
      [
        ["clickNode", { node: "A" }],
        ["doubleClickStage", {}],
      ],
      null,
      true,
    ],
    [
      "a double click on the background with nothing selected zooms",
      [
        ["clickStage", {}],
        ["doubleClickStage", {}],
      ],
      null,
      false,
    ],
    [
      "a quick click beside edge e (sigma: the background) after a node selects e",
      [
        ["clickNode", { node: "A" }],
        ["doubleClickStage", {}, NEAR_E],
      ],
      "e",
      true,
    ],
    [
      "a quick click beside edge e after another click on the background selects e",
      [
        ["clickStage", {}],
        ["doubleClickStage", {}, NEAR_E],
      ],
      "e",
      true,
    ],
    [
      "a double click beside the selected edge e keeps e and zooms",
      [
        ["clickStage", {}, NEAR_E],
        ["doubleClickStage", {}, NEAR_E],
      ],
      "e",
      false,
    ],
  ])("%s", (_name, steps, selected, zoomPrevented) => {
    const { renderer, emit } = fakeRenderer();
    const store = createStore(getInitialViewerState());
    bindEvents(renderer, store, new EventTarget() as unknown as Window);
    const prevented = steps.map(([event, payload, at]) => emit(event, payload, at));
    expect([selection(store.get()), prevented.at(-1)]).toEqual([selected, zoomPrevented]);
  });

  it("unbinds the double-click handlers on cleanup", () => {
    const { renderer, emit } = fakeRenderer();
    const store = createStore(getInitialViewerState());
    const cleanup = bindEvents(renderer, store, new EventTarget() as unknown as Window);
    emit("clickNode", { node: "A" });
    cleanup();
    emit("doubleClickNode", { node: "B" });
    expect(store.get().selectedNode).toBe("A");
  });
});
