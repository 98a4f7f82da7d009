// hash-codec: the URL hash ⇄ viewer state and camera — round trips, defaults left out, and bad hashes
// (unknown keys, kinds, dates, numbers, broken escapes) dropped part by part, never thrown.
import { describe, expect, it } from "vitest";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { applyHashState, decodeHash, encodeHash, hashStateOf, withoutCamera, type HashState } from "../../../src/viewer/url/hash-codec.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const initial = getInitialViewerState();

const FULL: HashState = {
  ...hashStateOf(initial, null),
  selectedNode: nodes.ana,
  query: "pact & co #1",
  filters: { hiddenKinds: ["country", "sector"], hiddenRelations: ["met"], minArticles: 2, hideIsolates: true, unconnected: "show" },
  focus: { node: nodes.bo, hops: 2 },
  path: { source: nodes.ana, target: nodes.wind, relations: ["signed", "covers"], active: 1 },
  time: { window: { from: "2026-03-01", to: "2026-03-02" }, newSince: "2026-03-02" },
  colorBy: "community",
  sizeBy: "pagerank",
  panel: "path",
  camera: { x: 0.4321, y: 0.5, ratio: 0.75, angle: 0 },
};

describe("encodeHash", () => {
  it("is empty for the initial view", () => {
    expect(encodeHash(hashStateOf(initial, null))).toBe("");
  });
  it("names each part that differs from the default", () => {
    const hash = encodeHash(FULL);
    for (const part of [
      "node=",
      "q=",
      "hide-kinds=country%2Csector",
      "hide-relations=met",
      "min-articles=2",
      "hide-isolates=1",
      "unconnected=show",
      "size=pagerank",
      "focus=2%7E",
      "path-from=",
      "path-to=",
      "path-relations=signed%2Ccovers",
      "path-shown=1",
      "window=2026-03-01%7E2026-03-02",
      "new-since=2026-03-02",
      "color=community",
      "tab=path",
      "cam=0.4321%2C0.5%2C0.75%2C0",
    ])
      expect(hash, part).toContain(part);
  });
  it("rounds the camera so that a still camera gives a stable hash", () => {
    expect(encodeHash({ ...FULL, camera: { x: 0.123456789, y: 1 / 3, ratio: 2, angle: 0 } })).toContain("cam=0.1235%2C0.3333%2C2%2C0");
  });
});

describe("decodeHash", () => {
  it("round-trips every part", () => {
    expect(decodeHash(encodeHash(FULL), graph)).toEqual(FULL);
  });
  it("round-trips an edge selection", () => {
    const state = { ...hashStateOf(initial, null), selectedEdge: edges.anaMetBo };
    expect(decodeHash(encodeHash(state), graph)).toEqual(state);
  });
  it.each([
    ["an empty hash", ""],
    ["a lone #", "#"],
    ["garbage", "#%%%zz&&&==="],
    ["unknown parameters", "#foo=bar&x"],
    ["a node the graph lacks", "#node=leader%3Anobody"],
    ["an edge the graph lacks", "#edge=nope"],
    ["unknown kinds and relations", "#hide-kinds=planet&hide-relations=loves"],
    ["bad numbers", "#min-articles=-3&path-shown=1e9"],
    ["a focus on nothing", "#focus=2~nobody"],
    ["a focus too deep", `#focus=99~${encodeURIComponent(nodes.ana)}`],
    ["a window that is not dates", "#window=soon~later"],
    ["a reversed window", "#window=2026-03-05~2026-03-01"],
    ["a bad new-since", "#new-since=yesterday"],
    ["an unknown colour mode and tab", "#color=rainbow&tab=secret"],
    ["a bad camera", "#cam=1,2,0,0"],
    ["a camera with NaN", "#cam=NaN,1,1,0"],
  ])("falls back to the defaults for %s", (_name, hash) => {
    expect(decodeHash(hash, graph)).toEqual(hashStateOf(initial, null));
  });
  it("keeps the good parts of a partly bad hash", () => {
    const decoded = decodeHash(`#node=nobody&hide-kinds=planet,place&window=2026-03-01~2026-03-02`, graph);
    expect(decoded.selectedNode).toBeNull();
    expect(decoded.filters.hiddenKinds).toEqual(["place"]);
    expect(decoded.time.window).toEqual({ from: "2026-03-01", to: "2026-03-02" });
  });
  it("keeps kinds in ontology order whatever the hash's order", () => {
    expect(decodeHash("#hide-kinds=sector,leader", graph).filters.hiddenKinds).toEqual(["leader", "sector"]);
  });
});

describe("applyHashState", () => {
  it("returns the same state object when the hash describes it (no store notification)", () => {
    const state: ViewerState = { ...initial, hoveredNode: nodes.bo };
    expect(applyHashState(decodeHash("", graph))(state)).toBe(state);
  });
  it("replaces everything but the hover", () => {
    const state: ViewerState = { ...initial, hoveredNode: nodes.bo, selectedNode: nodes.spain };
    const next = applyHashState(FULL)(state);
    expect(next.hoveredNode).toBe(nodes.bo);
    expect(withoutCamera(hashStateOf(next, null))).toBe(withoutCamera(FULL));
  });
});
