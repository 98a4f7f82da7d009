// looks beyond hover and selection: filters hide (never re-lay out), parallel edges curve apart with
// arrows only on directed relations, edge names when zoomed in, the dark theme, extras from other modules.
import { describe, expect, it } from "vitest";
import { drawsDifferently } from "../../../src/viewer/render/draws-differently.js";
import { CURVATURE_STEP, parallelCurvatures } from "../../../src/viewer/render/parallel-edges.js";
import { createReducers, edgeSizeFor, edgeTypeFor } from "../../../src/viewer/render/reducers.js";
import { THEMES } from "../../../src/viewer/render/settings.js";
import { focusOn, hoverNode, setKindShown, setMinArticles, setPathEnd, setQuery } from "../../../src/viewer/state/actions.js";
import type { Producer } from "../../../src/viewer/state/store.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { exploreGraph } from "../../helpers/viewer-page.js";

const { graph, nodes, edges } = exploreGraph();
const apply = (...actions: Producer<ViewerState>[]) => actions.reduce((s, a) => a(s), getInitialViewerState());

function looksFor(s: ViewerState, options: Parameters<typeof createReducers>[2] = {}) {
  const { nodeReducer, edgeReducer } = createReducers(graph, () => s, options);
  return {
    node: (n: string) => nodeReducer(n, graph.getNodeAttributes(n)),
    edge: (e: string) => edgeReducer(e, graph.getEdgeAttributes(e)),
  };
}

describe("filters in the reducers", () => {
  it("hides the nodes of an unticked kind and their edges, keeping every position", () => {
    const looks = looksFor(apply(setKindShown("sector", false)));
    expect(looks.node(nodes.salmon)).toMatchObject({ hidden: true, x: graph.getNodeAttribute(nodes.salmon, "x") });
    expect(looks.edge(edges.exports).hidden).toBe(true);
    expect(looks.node(nodes.zoe).hidden).toBeUndefined();
    for (const n of graph.nodes())
      expect([looks.node(n).x, looks.node(n).y]).toEqual([graph.getNodeAttribute(n, "x"), graph.getNodeAttribute(n, "y")]);
  });

  it("hides edges under the minimum of articles", () => {
    const looks = looksFor(apply(setMinArticles(2)));
    expect(
      graph
        .edges()
        .filter((e) => !looks.edge(e).hidden)
        .sort(),
    ).toEqual([edges.met, edges.exports].sort());
  });

  it("shows only the focus's hops", () => {
    const looks = looksFor(apply(focusOn(nodes.salmon, 1)));
    expect(
      graph
        .nodes()
        .filter((n) => !looks.node(n).hidden)
        .sort(),
    ).toEqual([nodes.salmon, nodes.nordvik, nodes.accord].sort());
  });

  it("draws a path's nodes in colour and fades the rest while the path tab shows it", () => {
    const looks = looksFor(apply(setPathEnd("source", nodes.emile), setPathEnd("target", nodes.salmon)));
    const coloured = graph.nodes().filter((n) => looks.node(n).color !== THEMES.light.fadedNode);
    expect(coloured.sort()).toEqual([nodes.emile, nodes.nordvik, nodes.salmon].sort());
  });
});

describe("parallel edges", () => {
  it("curves each pair apart, symmetric around the straight line", () => {
    const c = parallelCurvatures(graph);
    expect(c.get(edges.leads)).toBeCloseTo(-c.get(edges.zoeVisited)!);
    expect(Math.abs(c.get(edges.exports)!)).toBeCloseTo(CURVATURE_STEP / 2);
    expect(c.has(edges.met)).toBe(false);
  });

  it.each([
    ["leads", undefined, "arrow"],
    ["met", undefined, "line"],
    ["leads", 0.2, "curvedArrow"],
    ["met", -0.2, "curved"],
  ] as const)("%s with curvature %s → %s", (relation, curvature, type) => {
    expect(edgeTypeFor({ relation, weight: 1, evidence: [] }, curvature)).toBe(type);
  });

  it("gives the reducers' edges their curvature and type, and thickness by articles", () => {
    const looks = looksFor(getInitialViewerState());
    expect(looks.edge(edges.exports)).toMatchObject({ type: "curvedArrow", size: edgeSizeFor(2) });
    expect(looks.edge(edges.met)).toMatchObject({ type: "line" });
  });
});

describe("edge names, theme and extras", () => {
  it("names every edge when zoomed in, none at rest", () => {
    expect(looksFor(getInitialViewerState()).edge(edges.covers).label).toBeNull();
    expect(looksFor(getInitialViewerState(), { isZoomedIn: () => true }).edge(edges.covers).label).toBe("covers");
  });

  it("fades with the dark theme's colour", () => {
    const looks = looksFor(apply(hoverNode(nodes.festival)), { getTheme: () => THEMES.dark });
    expect(looks.node(nodes.zoe).color).toBe(THEMES.dark.fadedNode);
  });

  it("lets another module add looks on top", () => {
    const looks = looksFor(getInitialViewerState(), { extras: { node: (_s, _n, _d, look) => ({ ...look, size: 99 }) } });
    expect(looks.node(nodes.zoe).size).toBe(99);
  });
});

describe("drawsDifferently", () => {
  it("skips the refresh for the search text alone, not for a new field such as a time window", () => {
    const s = getInitialViewerState();
    expect(drawsDifferently(setQuery("abc")(s), s)).toBe(false);
    expect(drawsDifferently(hoverNode("x")(s), s)).toBe(true);
    expect(drawsDifferently({ ...s, someNewFilter: { from: "2026-01-01" } } as unknown as ViewerState, s)).toBe(true);
  });
});
