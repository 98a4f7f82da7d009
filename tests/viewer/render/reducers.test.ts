// reducers: looks as a function of (state, graph): faded vs highlighted nodes, hidden vs shown edges,
// edge colour and thickness from relation and weight — and the graph itself is never written.
import { describe, expect, it } from "vitest";
import { RELATION_COLORS } from "../../../src/core/index.js";
import { createReducers, edgeLabelFor, edgeSizeFor } from "../../../src/viewer/render/reducers.js";
import { LOOKS } from "../../../src/viewer/render/settings.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { addFixtureEdge, addFixtureNode, buildTinyGraph, createFixtureGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const state = (partial: Partial<ViewerState> = {}): ViewerState => ({ ...getInitialViewerState(), ...partial });

function looksFor(s: ViewerState, g = graph) {
  const { nodeReducer, edgeReducer } = createReducers(g, () => s);
  return {
    node: (n: string) => nodeReducer(n, g.getNodeAttributes(n)),
    edge: (e: string) => edgeReducer(e, g.getEdgeAttributes(e)),
  };
}

describe("nodeReducer", () => {
  it("draws every node as stored when nothing is hovered or selected", () => {
    const looks = looksFor(state());
    for (const n of graph.nodes()) {
      expect(looks.node(n)).toMatchObject({
        color: graph.getNodeAttribute(n, "color"),
        label: graph.getNodeAttribute(n, "label"),
        highlighted: false,
      });
    }
  });

  it("keeps the hovered node and its neighbours in colour, with labels", () => {
    const looks = looksFor(state({ hoveredNode: nodes.ana }));
    for (const n of [nodes.ana, nodes.bo, nodes.spain, nodes.pact]) {
      expect(looks.node(n), n).toMatchObject({
        color: graph.getNodeAttribute(n, "color"),
        label: graph.getNodeAttribute(n, "label"),
        forceLabel: true,
      });
    }
    expect(looks.node(nodes.ana)).toMatchObject({ highlighted: true, zIndex: 2 });
    expect(looks.node(nodes.bo)).toMatchObject({ highlighted: false, zIndex: 1 });
  });

  it.each([
    ["a node two steps away", nodes.sweden],
    ["a sector", nodes.wind],
    ["a node without edges", nodes.summit],
  ])("fades %s (grey, no label) while a node is hovered", (_name, node) => {
    expect(looksFor(state({ hoveredNode: nodes.ana })).node(node)).toMatchObject({ color: LOOKS.fadedNodeColor, label: null, zIndex: 0 });
  });

  it("fades all but the two ends of a selected edge", () => {
    const looks = looksFor(state({ selectedEdge: edges.pactCoversWind }));
    const colourful = graph.nodes().filter((n) => looks.node(n).color !== LOOKS.fadedNodeColor);
    expect(colourful.sort()).toEqual([nodes.pact, nodes.wind].sort());
  });

  it("keeps the selected node highlighted while another node is hovered", () => {
    expect(looksFor(state({ hoveredNode: nodes.bo, selectedNode: nodes.ana })).node(nodes.ana)).toMatchObject({ highlighted: true });
  });

  it("forces the labels of every neighbour of a hub, however many (issue 12: the answer is readable on the canvas)", () => {
    const star = createFixtureGraph();
    const hub = addFixtureNode(star, "country", "Hub");
    const spokes = Array.from({ length: 40 }, (_, i) => addFixtureNode(star, "sector", `sector ${i}`));
    for (const spoke of spokes) addFixtureEdge(star, hub, "exports", spoke);
    for (const spoke of spokes)
      expect(looksFor(state({ selectedNode: hub }), star).node(spoke)).toMatchObject({
        forceLabel: true,
        label: star.getNodeAttribute(spoke, "label"),
      });
  });
});

describe("edgeReducer", () => {
  it("colours each edge by relation and sizes it by weight", () => {
    const looks = looksFor(state());
    expect(looks.edge(edges.anaSignedPact)).toMatchObject({
      color: RELATION_COLORS.signed + LOOKS.edgeAlpha.asserted,
      size: edgeSizeFor(2),
      hidden: false,
    });
    expect(looks.edge(edges.anaLeadsSpain)).toMatchObject({
      color: RELATION_COLORS.leads + LOOKS.edgeAlpha.asserted,
      size: edgeSizeFor(1),
    });
  });

  it("draws a planned relation fainter than an asserted one", () => {
    expect(looksFor(state()).edge(edges.boSignedPact).color).toBe(RELATION_COLORS.signed + LOOKS.edgeAlpha.tentative);
  });

  it("hides edges that do not touch the hovered node and labels those that do", () => {
    const looks = looksFor(state({ hoveredNode: nodes.ana }));
    const shown = graph.edges().filter((e) => looks.edge(e).hidden !== true);
    expect(shown.sort()).toEqual([edges.anaLeadsSpain, edges.anaMetBo, edges.anaSignedPact].sort());
    expect(looks.edge(edges.anaSignedPact)).toMatchObject({
      label: "signed",
      color: RELATION_COLORS.signed,
      size: edgeSizeFor(2) + LOOKS.focusEdgeBoost,
    });
  });

  it("shows only the selected edge, labelled with its relation and modality", () => {
    const looks = looksFor(state({ selectedEdge: edges.boSignedPact }));
    expect(graph.edges().filter((e) => looks.edge(e).hidden !== true)).toEqual([edges.boSignedPact]);
    expect(looks.edge(edges.boSignedPact).label).toBe("signed (planned)");
  });
});

describe("edgeSizeFor / edgeLabelFor", () => {
  it.each([
    [1, LOOKS.edgeSize.min],
    [2, LOOKS.edgeSize.min + LOOKS.edgeSize.perDoubling],
    [4, LOOKS.edgeSize.min + 2 * LOOKS.edgeSize.perDoubling],
    [1_000_000, LOOKS.edgeSize.max],
  ])("weight %i → %f px", (weight, size) => {
    expect(edgeSizeFor(weight)).toBeCloseTo(size);
  });

  it.each([
    [{ relation: "met", modality: undefined }, "met"],
    [{ relation: "met", modality: "asserted" }, "met"],
    [{ relation: "signed", modality: "negated" }, "signed (negated)"],
  ] as const)("%o → %s", (attrs, label) => {
    expect(edgeLabelFor({ ...attrs, weight: 1, evidence: [{ article: "a", sentence: "s" }] })).toBe(label);
  });
});

describe("purity", () => {
  it("never writes into the graph, whatever the state", () => {
    const before = JSON.stringify(graph.export());
    for (const s of [
      state(),
      state({ hoveredNode: nodes.ana }),
      state({ selectedNode: nodes.pact }),
      state({ selectedEdge: edges.anaMetBo }),
    ]) {
      const looks = looksFor(s);
      graph.forEachNode((n) => looks.node(n));
      graph.forEachEdge((e) => looks.edge(e));
    }
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("computes the focus once per state, not once per node", () => {
    let reads = 0;
    const s = state({ hoveredNode: nodes.ana });
    const forEachEdge = graph.forEachEdge.bind(graph) as (...args: unknown[]) => void;
    const spy = Object.assign(Object.create(graph) as typeof graph, {
      // Walking one node's edges: what the focus (a neighbourhood) costs.
      forEachEdge: (...args: unknown[]) => {
        if (typeof args[0] === "string") reads += 1;
        return forEachEdge(...args);
      },
    });
    const counted = createReducers(spy, () => s);
    graph.forEachNode((n, a) => counted.nodeReducer(n, a));
    graph.forEachEdge((e, a) => counted.edgeReducer(e, a));
    expect(reads).toBe(1);
  });
});
