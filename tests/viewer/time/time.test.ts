// time: date index, window filter, windowed sizes, play steps and "new since", as pure functions over tiny graphs.
import { describe, expect, it } from "vitest";
import {
  clampWindow,
  countInRange,
  createTimeIndex,
  firstReported,
  fullWindow,
  mentionsInWindow,
  newSinceView,
  playStep,
  sizeForMentions,
  toIsoDay,
  windowView,
} from "../../../src/viewer/time/index.js";
import { addFixtureEdge, addFixtureNode, buildTinyGraph, createFixtureGraph } from "../../helpers/tiny-graph.js";

/**
 * Three dated articles and one undated: d1 (Jan 10), d2 (Feb 20), d3 (Mar 30), u (no date).
 * Ada —met→ Bruno reported in d1 and d3; Ada —visited→ Oslo only in d2; Bruno —leads→ Norland undated only.
 */
function datedGraph() {
  const graph = createFixtureGraph([
    { id: "d1", date: "2030-01-10" },
    { id: "d2", date: "2030-02-20T08:00:00Z" },
    { id: "d3", date: "2030-03-30" },
    { id: "u" },
  ]);
  const ada = addFixtureNode(graph, "leader", "Ada Quell", { mentions: 9, articles: ["d1", "d2", "d3"] });
  const bruno = addFixtureNode(graph, "person", "Bruno Vask", { mentions: 4, articles: ["d1", "d3", "u"] });
  const oslo = addFixtureNode(graph, "place", "Oslo", { mentions: 1, articles: ["d2"] });
  const norland = addFixtureNode(graph, "country", "Norland", { mentions: 2, articles: ["u"] });
  const met = addFixtureEdge(graph, ada, "met", bruno, {
    evidence: [
      { article: "d3", sentence: "Quell met Vask again." },
      { article: "d1", sentence: "Quell met Vask." },
    ],
  });
  const visited = addFixtureEdge(graph, ada, "visited", oslo, { evidence: [{ article: "d2", sentence: "Quell visited Oslo." }] });
  const leads = addFixtureEdge(graph, bruno, "leads", norland, { evidence: [{ article: "u", sentence: "Vask leads Norland." }] });
  return { graph, nodes: { ada, bruno, oslo, norland }, edges: { met, visited, leads } };
}

describe("toIsoDay", () => {
  it.each([
    ["2030-02-20", "2030-02-20"],
    ["2030-02-20T08:00:00Z", "2030-02-20"],
    ["20 Feb 2030", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => expect(toIsoDay(input)).toBe(expected));
});

describe("createTimeIndex", () => {
  it("lists the distinct article days, sorted, without undated articles", () => {
    expect(createTimeIndex(datedGraph().graph).days).toEqual(["2030-01-10", "2030-02-20", "2030-03-30"]);
  });
  it("sorts each edge's evidence days and leaves undated evidence out", () => {
    const { graph, edges } = datedGraph();
    const index = createTimeIndex(graph);
    expect(index.edgeDays.get(edges.met)).toEqual(["2030-01-10", "2030-03-30"]);
    expect(index.edgeDays.get(edges.leads)).toEqual([]);
  });
  it("falls back on the evidence's own date when the graph lists no articles (GEXF)", () => {
    const graph = createFixtureGraph([]);
    const a = addFixtureNode(graph, "country", "Norland", { articles: ["x"] });
    const b = addFixtureNode(graph, "sector", "timber", { articles: ["x"] });
    const e = addFixtureEdge(graph, a, "exports", b, {
      evidence: [{ article: "x", sentence: "Norland exports timber.", date: "2031-05-01" }],
    });
    const index = createTimeIndex(graph);
    expect(index.days).toEqual(["2031-05-01"]);
    expect(index.edgeDays.get(e)).toEqual(["2031-05-01"]);
    expect(index.nodeDays.get(a)).toEqual(["2031-05-01"]);
  });
  it("gives an empty extent to a graph without dates", () => {
    const graph = createFixtureGraph([{ id: "u" }]);
    expect(fullWindow(createTimeIndex(graph))).toBeNull();
  });
});

describe("countInRange", () => {
  const days = ["2030-01-10", "2030-01-10", "2030-02-20", "2030-03-30"];
  it.each([
    ["2030-01-01", "2030-12-31", 4],
    ["2030-01-10", "2030-01-10", 2],
    ["2030-01-11", "2030-03-29", 1],
    ["2030-03-30", "2030-03-30", 1],
    ["2030-04-01", "2030-05-01", 0],
    ["2030-03-30", "2030-01-01", 0],
  ])("[%s, %s] holds %i", (from, to, n) => expect(countInRange(days, from, to)).toBe(n));
});

describe("windowView", () => {
  it("keeps the relations with evidence in the window and the nodes mentioned in it", () => {
    const { graph, nodes, edges } = datedGraph();
    const view = windowView(graph, createTimeIndex(graph), { from: "2030-02-01", to: "2030-02-28" });
    expect([...view.edges]).toEqual([edges.visited]);
    expect([...view.nodes].sort()).toEqual([nodes.ada, nodes.oslo].sort());
  });
  it("keeps a relation if any one of its evidence items is in the window", () => {
    const { graph, edges } = datedGraph();
    const view = windowView(graph, createTimeIndex(graph), { from: "2030-03-01", to: "2030-03-31" });
    expect(view.edges.has(edges.met)).toBe(true);
    expect(view.edges.has(edges.visited)).toBe(false);
  });
  it("never keeps a relation whose evidence is undated", () => {
    const { graph, edges, nodes } = datedGraph();
    const view = windowView(graph, createTimeIndex(graph), { from: "2000-01-01", to: "2099-01-01" });
    expect(view.edges.has(edges.leads)).toBe(false);
    expect(view.nodes.has(nodes.norland)).toBe(false);
  });
  it("sizes nodes by their mentions inside the window, the biggest one at full size", () => {
    const { graph, nodes } = datedGraph();
    const view = windowView(graph, createTimeIndex(graph), { from: "2030-01-01", to: "2030-01-31" });
    // Ada: 9 mentions × 1/3 articles = 3; Bruno: 4 × 1/3 ≈ 1.33; Ada is the largest of the window.
    expect(view.sizes.get(nodes.ada)).toBeCloseTo(sizeForMentions(3, 3));
    expect(view.sizes.get(nodes.bruno)).toBeCloseTo(sizeForMentions(4 / 3, 3));
    expect(view.sizes.get(nodes.ada)!).toBeGreaterThan(view.sizes.get(nodes.bruno)!);
  });
  it("gives the sizes of the whole graph when the window covers every day", () => {
    const { graph } = buildTinyGraph();
    const index = createTimeIndex(graph);
    const view = windowView(graph, index, fullWindow(index)!);
    const max = Math.max(...graph.mapNodes((_n, a) => a.mentions));
    // Every article of the tiny graph is dated except "unlisted.txt" of the summit.
    for (const node of view.nodes) {
      const a = graph.getNodeAttributes(node);
      const share = index.nodeDays.get(node)!.length / a.articles.length;
      expect(view.sizes.get(node), node).toBeCloseTo(sizeForMentions(a.mentions * share, max));
    }
  });
});

describe("mentionsInWindow", () => {
  it.each([
    [12, 1, 4, 3],
    [12, 0, 4, 0],
    [5, 0, 0, 0],
  ])("%i mentions, %i of %i articles → %d", (m, inside, all, expected) => expect(mentionsInWindow(m, inside, all)).toBe(expected));
});

describe("clampWindow", () => {
  const index = createTimeIndex(datedGraph().graph);
  it.each([
    [
      { from: "2029-01-01", to: "2031-01-01" },
      { from: "2030-01-10", to: "2030-03-30" },
    ],
    [
      { from: "2030-03-01", to: "2030-02-01" },
      { from: "2030-02-01", to: "2030-03-01" },
    ],
    [{ from: "2031-01-01", to: "2031-02-01" }, null],
  ])("%j → %j", (window, expected) => expect(clampWindow(index, window)).toEqual(expected));
});

describe("playStep", () => {
  const index = createTimeIndex(datedGraph().graph);
  it("slides the window by one dated day, keeping its width", () => {
    expect(playStep(index, { from: "2030-01-10", to: "2030-01-10" })).toEqual({ from: "2030-02-20", to: "2030-02-20" });
    expect(playStep(index, { from: "2030-01-10", to: "2030-02-20" })).toEqual({ from: "2030-02-20", to: "2030-03-30" });
  });
  it("stops at the last day", () => {
    expect(playStep(index, { from: "2030-02-20", to: "2030-03-30" })).toBeNull();
  });
});

describe("newSinceView", () => {
  it("marks relations first reported after the date, and their ends", () => {
    const { graph, nodes, edges } = datedGraph();
    const index = createTimeIndex(graph);
    const view = newSinceView(graph, index, "2030-02-01");
    // met was first reported on Jan 10 (again on Mar 30): not new.
    expect([...view.edges]).toEqual([edges.visited]);
    expect([...view.nodes].sort()).toEqual([nodes.ada, nodes.oslo].sort());
    expect(firstReported(index, edges.met)).toBe("2030-01-10");
  });
  it("is strict: a relation first reported on the date itself is not new", () => {
    const { graph, edges } = datedGraph();
    expect(newSinceView(graph, createTimeIndex(graph), "2030-02-20").edges.has(edges.visited)).toBe(false);
  });
});
