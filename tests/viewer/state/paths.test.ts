// paths: shortest path and the best few simple paths of up to 3 hops between two nodes, over the
// visible edges in either direction, optionally restricted to some relation types.
import { describe, expect, it } from "vitest";
import { setKindShown, setPathEnd, setPathRelation, showPath } from "../../../src/viewer/state/actions.js";
import { activePath, createPathSelector, findPaths, MAX_PATHS } from "../../../src/viewer/state/paths.js";
import type { Producer } from "../../../src/viewer/state/store.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { computeVisibility } from "../../../src/viewer/state/visibility.js";
import { addFixtureEdge, addFixtureNode, buildTinyGraph, createFixtureGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const apply = (...actions: Producer<ViewerState>[]) => actions.reduce((s, a) => a(s), getInitialViewerState());
const run = (...actions: Producer<ViewerState>[]) => {
  const s = apply(...actions);
  return findPaths(graph, computeVisibility(s, graph), s.path);
};
const nodePaths = (r: ReturnType<typeof findPaths>) => (r.status === "found" ? r.paths.map((p) => p.nodes) : r.status);

describe("findPaths", () => {
  it("is incomplete until both ends are chosen", () => {
    expect(run(setPathEnd("source", nodes.ana)).status).toBe("incomplete");
  });

  it("finds the shortest path first, walking edges against their direction", () => {
    // Spain ← Ana → pact ← Bo → Sweden: Spain to Sweden in 3 hops via the met edge.
    const r = run(setPathEnd("source", nodes.spain), setPathEnd("target", nodes.sweden));
    expect(nodePaths(r)).toEqual([
      [nodes.spain, nodes.ana, nodes.bo, nodes.sweden],
    ]);
  });

  it("lists other simple paths of up to 3 hops after the shortest, shortest first", () => {
    const r = run(setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind));
    expect(nodePaths(r)).toEqual([
      [nodes.ana, nodes.pact, nodes.wind],
      [nodes.ana, nodes.bo, nodes.pact, nodes.wind],
      [nodes.ana, nodes.bo, nodes.sweden, nodes.wind],
    ]);
  });

  it("tells each hop with the edges that join its two nodes", () => {
    const r = run(setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind));
    if (r.status !== "found") throw new Error(r.status);
    expect(r.paths[0]!.hops).toEqual([
      { from: nodes.ana, to: nodes.pact, edges: [edges.anaSignedPact] },
      { from: nodes.pact, to: nodes.wind, edges: [edges.pactCoversWind] },
    ]);
  });

  it("uses only the relation types allowed", () => {
    // Without `signed`, Ana reaches wind power only through Bo's country: Ana–Bo–Sweden–wind.
    const r = run(setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind), setPathRelation("signed", false));
    expect(nodePaths(r)).toEqual([[nodes.ana, nodes.bo, nodes.sweden, nodes.wind]]);
  });

  it("uses only visible nodes", () => {
    expect(run(setKindShown("agreement", false), setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind)).status).toBe("found");
    expect(nodePaths(run(setKindShown("agreement", false), setKindShown("country", false), setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind)))).toBe("none");
  });

  it.each([
    ["none when the target cannot be reached", nodes.summit, "none"],
    ["same when both ends are one node", nodes.ana, "same"],
  ])("is %s", (_name, target, status) => {
    expect(run(setPathEnd("source", nodes.ana), setPathEnd("target", target)).status).toBe(status);
  });

  it("keeps at most MAX_PATHS paths and ranks equal lengths by support", () => {
    const g = createFixtureGraph();
    const a = addFixtureNode(g, "country", "A");
    const b = addFixtureNode(g, "sector", "B");
    for (let i = 0; i < MAX_PATHS + 2; i++) {
      const mid = addFixtureNode(g, "organization", `Mid ${i}`);
      addFixtureEdge(g, mid, "represents", a, { weight: i + 1 });
      addFixtureEdge(g, mid, "exports", b);
    }
    const s = apply(setPathEnd("source", a), setPathEnd("target", b));
    const r = findPaths(g, computeVisibility(s, g), s.path);
    if (r.status !== "found") throw new Error(r.status);
    expect(r.paths).toHaveLength(MAX_PATHS);
    expect(r.paths.slice(1).map((p) => p.support)).toEqual([...r.paths.slice(1).map((p) => p.support)].sort((x, y) => y - x));
  });
});

describe("createPathSelector / activePath", () => {
  it("recomputes only when the query or visibility changes; showPath picks the drawn path", () => {
    const select = createPathSelector(graph);
    const s = apply(setPathEnd("source", nodes.ana), setPathEnd("target", nodes.wind));
    const v = computeVisibility(s, graph);
    const r = select(s, v);
    const s2 = showPath(1)(s);
    expect(select(s2, v)).toBe(r);
    expect(activePath(r, s2.path)!.nodes).toHaveLength(4);
    expect(activePath(r, showPath(9)(s).path)!.nodes).toHaveLength(3);
  });
});
