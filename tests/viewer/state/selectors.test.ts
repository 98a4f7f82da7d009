// selectors: neighbourhood, focus, relations grouped by type (outgoing / incoming / symmetric),
// evidence and articles with their metadata, counts per kind and relation — on the tiny fixture graph.
import { describe, expect, it } from "vitest";
import {
  articlesOf,
  evidenceFor,
  focusOf,
  kindCounts,
  neighborhood,
  relationCounts,
  relationsOf,
} from "../../../src/viewer/state/selectors.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { computeVisibility, createVisibilitySelector } from "../../../src/viewer/state/visibility.js";
import { focusOn, selectNode } from "../../../src/viewer/state/actions.js";
import type { ArticleMeta, Evidence } from "../../../src/core/index.js";
import { addFixtureEdge, buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const state = (partial: Partial<ViewerState> = {}): ViewerState => ({ ...getInitialViewerState(), ...partial });

/** Relations of `node` as plain data: relation → { out: other keys, in: other keys }. */
function shape(node: string) {
  return Object.fromEntries(
    relationsOf(graph, node).map((g) => [g.relation, { out: g.outgoing.map((l) => l.other), in: g.incoming.map((l) => l.other) }]),
  );
}

describe("neighborhood", () => {
  it.each([
    ["a leader: itself, its country, the leader it met, the pact", nodes.ana, [nodes.ana, nodes.spain, nodes.bo, nodes.pact]],
    ["follows edges both ways (the pact is a target)", nodes.pact, [nodes.pact, nodes.ana, nodes.bo, nodes.wind]],
    ["a node without edges: only itself", nodes.summit, [nodes.summit]],
  ])("%s", (_name, node, expected) => {
    expect([...neighborhood(graph, node)].sort()).toEqual([...expected].sort());
  });
});

describe("focusOf", () => {
  it("is null when nothing is hovered or selected", () => {
    expect(focusOf(state(), graph)).toBeNull();
  });

  it("focuses on a hovered node's neighbourhood and incident edges", () => {
    const focus = focusOf(state({ hoveredNode: nodes.ana }), graph)!;
    expect([...focus.nodes].sort()).toEqual([nodes.ana, nodes.bo, nodes.pact, nodes.spain].sort());
    expect([...focus.edges].sort()).toEqual([edges.anaLeadsSpain, edges.anaMetBo, edges.anaSignedPact].sort());
  });

  it("lets the hover win over the selected node", () => {
    const focus = focusOf(state({ hoveredNode: nodes.wind, selectedNode: nodes.ana }), graph)!;
    expect(focus.nodes.has(nodes.wind)).toBe(true);
    expect(focus.nodes.has(nodes.ana)).toBe(false);
  });

  it("focuses on the selected node when nothing is hovered", () => {
    expect(focusOf(state({ selectedNode: nodes.summit }), graph)).toEqual({ nodes: new Set([nodes.summit]), edges: new Set() });
  });

  it("highlights nothing when the selected node or edge is hidden by the filters (the canvas stays as filtered)", () => {
    const hideLeaders = state({ filters: { ...getInitialViewerState().filters, hiddenKinds: ["leader"] } });
    const visibility = computeVisibility(hideLeaders, graph);
    expect(visibility.nodes.has(nodes.ana)).toBe(false);
    expect(focusOf({ ...hideLeaders, selectedNode: nodes.ana }, graph, visibility)).toBeNull();
    expect(focusOf({ ...hideLeaders, selectedEdge: edges.anaSignedPact }, graph, visibility)).toBeNull();
    // Still visible: focused as before.
    expect(focusOf({ ...hideLeaders, selectedNode: nodes.pact }, graph, visibility)?.nodes.has(nodes.pact)).toBe(true);
  });

  it("focuses on a selected edge and its two ends", () => {
    expect(focusOf(state({ selectedEdge: edges.boSignedPact }), graph)).toEqual({
      nodes: new Set([nodes.bo, nodes.pact]),
      edges: new Set([edges.boSignedPact]),
    });
  });
});

describe("relationsOf", () => {
  it("groups a node's edges by relation, in ontology order", () => {
    expect(relationsOf(graph, nodes.ana).map((g) => g.relation)).toEqual(["signed", "met", "leads"]);
  });

  it.each([
    [
      "outgoing edges are under `out`",
      nodes.ana,
      { signed: { out: [nodes.pact], in: [] }, met: { out: [nodes.bo], in: [] }, leads: { out: [nodes.spain], in: [] } },
    ],
    [
      "incoming edges are under `in`, sorted by the other node's label",
      nodes.pact,
      { signed: { out: [], in: [nodes.ana, nodes.bo] }, covers: { out: [nodes.wind], in: [] } },
    ],
    [
      "a symmetric relation stored the other way (`met`) is still under `out`",
      nodes.bo,
      { signed: { out: [nodes.pact], in: [] }, met: { out: [nodes.ana], in: [] }, leads: { out: [nodes.sweden], in: [] } },
    ],
    ["a node without edges has no group", nodes.summit, {}],
  ])("%s", (_name, node, expected) => {
    expect(shape(node)).toEqual(expected);
  });

  it("marks symmetric groups and carries each link's edge and attributes", () => {
    const met = relationsOf(graph, nodes.bo).find((g) => g.relation === "met")!;
    expect(met.symmetric).toBe(true);
    expect(met.outgoing[0]!.edge).toBe(edges.anaMetBo);
    expect(met.outgoing[0]!.attributes.evidence[0]!.sentence).toBe("Ruiz met Lind in Madrid on Monday.");
  });
});

describe("evidenceFor", () => {
  it("pairs each sentence with its article's title and date", () => {
    expect(evidenceFor(graph, edges.anaSignedPact).map((e) => [e.evidence.sentence, e.article])).toEqual([
      [
        "President Ruiz signed the Iberian–Nordic Energy Pact.",
        { id: "a1.txt", title: "Spain and Sweden sign an energy pact", date: "2026-03-02" },
      ],
      ["The pact Ruiz signed last week takes effect in May.", { id: "a2.txt", date: "2026-03-03" }],
    ]);
  });

  it("keeps offsets and confidence", () => {
    expect(evidenceFor(graph, edges.anaMetBo)[0]!.evidence).toMatchObject({ start: 0, end: 34, confidence: 0.9 });
  });

  // [case, the evidence item, the article shown with it]
  it.each<[string, Evidence, ArticleMeta]>([
    [
      "an article the graph does not list: the item's own title, date, url and outlet",
      { article: "wire-9", sentence: "Lind met Ruiz.", title: "Talks", date: "2026-03-04", url: "https://wire.example/9", outlet: "Wire" },
      { id: "wire-9", title: "Talks", date: "2026-03-04", url: "https://wire.example/9", outlet: "Wire" },
    ],
    ["an unlisted article with nothing known: its id", { article: "wire-10", sentence: "Lind met Ruiz." }, { id: "wire-10" }],
    [
      "an article the graph lists: the graph's entry",
      { article: "a2.txt", sentence: "Lind met Ruiz.", title: "Other title" },
      { id: "a2.txt", date: "2026-03-03" },
    ],
  ])("shows %s", (_name, evidence, article) => {
    const local = buildTinyGraph();
    const edge = addFixtureEdge(local.graph, local.nodes.bo, "visited", local.nodes.spain, { evidence: [evidence] });
    expect(evidenceFor(local.graph, edge)[0]!.article).toEqual(article);
  });
});

describe("articlesOf", () => {
  it("falls back to the bare id for an article the graph does not list", () => {
    expect(articlesOf(graph, nodes.summit)).toEqual([{ id: "a2.txt", date: "2026-03-03" }, { id: "unlisted.txt" }]);
  });
});

describe("counts", () => {
  it("counts nodes per kind in ontology order, leaving out absent kinds", () => {
    expect(kindCounts(graph)).toEqual([
      ["leader", 2],
      ["country", 2],
      ["agreement", 1],
      ["sector", 1],
      ["event", 1],
    ]);
  });

  it("counts edges per relation in ontology order, leaving out absent relations", () => {
    expect(relationCounts(graph)).toEqual([
      ["signed", 2],
      ["met", 1],
      ["exports", 1],
      ["leads", 2],
      ["covers", 1],
    ]);
  });
});

describe("quote cards, dates, pairs and live counts", () => {
  it("collapses a sentence said in two articles into one card citing both, keeping the highest confidence", async () => {
    const { quoteCards } = await import("../../../src/viewer/state/selectors.js");
    const local = buildTinyGraph();
    const edge = addFixtureEdge(local.graph, local.nodes.bo, "visited", local.nodes.spain, {
      evidence: [
        { article: "a1.txt", sentence: "Lind visited Spain.", confidence: 0.6 },
        { article: "a2.txt", sentence: "Lind  visited spain.", confidence: 0.9 },
        { article: "a2.txt", sentence: "Lind visited Spain.", confidence: 0.7 },
        { article: "a2.txt", sentence: "Lind toured Madrid." },
      ],
    });
    const cards = quoteCards(local.graph, edge);
    expect(cards.map((c) => [c.sentence, c.sources.map((s) => s.id), c.confidence])).toEqual([
      ["Lind visited Spain.", ["a1.txt", "a2.txt"], 0.9],
      ["Lind toured Madrid.", ["a2.txt"], undefined],
    ]);
  });

  it("first and last seen: the node's articles and its evidence dates", async () => {
    const { datesSeen } = await import("../../../src/viewer/state/selectors.js");
    expect(datesSeen(graph, nodes.ana)).toEqual({ first: "2026-03-02", last: "2026-03-03" });
    expect(datesSeen(graph, nodes.spain)).toEqual({ first: "2026-03-02", last: "2026-03-02" });
  });

  it("lists every edge between two nodes, both directions, once each", async () => {
    const { edgesBetween } = await import("../../../src/viewer/state/selectors.js");
    expect(edgesBetween(graph, nodes.bo, nodes.ana)).toEqual([edges.anaMetBo]);
    expect(edgesBetween(graph, nodes.pact, nodes.ana)).toEqual([edges.anaSignedPact]);
  });

  it("counts only what is visible when given the visible sets", () => {
    expect(kindCounts(graph, new Set([nodes.ana, nodes.spain]))).toEqual([
      ["leader", 1],
      ["country", 1],
      ["agreement", 0],
      ["sector", 0],
      ["event", 0],
    ]);
    expect(relationCounts(graph, new Set([edges.anaMetBo]))).toEqual([
      ["signed", 0],
      ["met", 1],
      ["exports", 0],
      ["leads", 0],
      ["covers", 0],
    ]);
  });
});

describe("focusOf in focus mode (issue 12)", () => {
  const { graph: g, nodes: n } = buildTinyGraph();
  const visibilityOf = createVisibilitySelector(g);
  it("highlights the whole focus when its centre is selected, or when nothing is", () => {
    for (const state of [focusOn(n.ana, 2)(selectNode(n.ana)(getInitialViewerState())), focusOn(n.ana, 2)(getInitialViewerState())]) {
      const visibility = visibilityOf(state);
      expect(focusOf(state, g, visibility)?.nodes).toBe(visibility.nodes);
    }
  });
});
