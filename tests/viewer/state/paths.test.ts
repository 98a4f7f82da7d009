// paths: shortest path and the best few simple paths of up to 3 hops between two nodes, over the
// visible edges in either direction, optionally restricted to some relation types.
import { describe, expect, it } from "vitest";
import { setKindShown, setPathEnd, setPathRelation, showPath } from "../../../src/viewer/state/actions.js";
import { UndirectedGraph } from "graphology";
import {
  activePath,
  boundedSimplePaths,
  createPathSelector,
  findPaths,
  MAX_CANDIDATE_PATHS,
  MAX_PATH_HOPS,
  MAX_PATHS,
} from "../../../src/viewer/state/paths.js";
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
    expect(nodePaths(r)).toEqual([[nodes.spain, nodes.ana, nodes.bo, nodes.sweden]]);
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
    expect(
      nodePaths(
        run(
          setKindShown("agreement", false),
          setKindShown("country", false),
          setPathEnd("source", nodes.ana),
          setPathEnd("target", nodes.wind),
        ),
      ),
    ).toBe("none");
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

describe("bounded path search on hubs", () => {
  // Two hubs joined through 60 × 60 middle nodes: 60 two-hop paths and 3,600 three-hop paths, and
  // far more partial paths, which an unbounded search (allSimplePaths) would walk and list.
  const hubGraph = () => {
    const g = createFixtureGraph();
    const from = addFixtureNode(g, "country", "Hubland");
    const to = addFixtureNode(g, "country", "Farland");
    const left = Array.from({ length: 60 }, (_, i) => addFixtureNode(g, "leader", `Left ${i}`));
    const right = Array.from({ length: 60 }, (_, i) => addFixtureNode(g, "leader", `Right ${i}`));
    for (const l of left) addFixtureEdge(g, l, "leads", from);
    for (const r of right) addFixtureEdge(g, r, "leads", to);
    for (const l of left) for (const r of right) addFixtureEdge(g, l, "met", r);
    // Two-hop paths too: the first 5 left nodes also visited Farland.
    for (const l of left.slice(0, 5)) addFixtureEdge(g, l, "visited", to);
    return { g, from, to };
  };

  it("stops after MAX_CANDIDATE_PATHS candidates, shortest first, each a simple path of at most 3 hops", () => {
    const { g, from, to } = hubGraph();
    const links = new UndirectedGraph();
    g.forEachNode((n) => links.addNode(n));
    g.forEachEdge((_e, _a, s, t) => links.mergeEdge(s, t));
    const found = boundedSimplePaths(links, from, to, MAX_PATH_HOPS, MAX_CANDIDATE_PATHS);
    expect(found).toHaveLength(MAX_CANDIDATE_PATHS);
    expect(found.slice(0, 5).every((p) => p.length === 3)).toBe(true);
    expect(found.slice(5).every((p) => p.length === 4)).toBe(true);
    for (const p of found) {
      expect([p[0], p.at(-1)]).toEqual([from, to]);
      expect(new Set(p).size).toBe(p.length);
      for (let i = 1; i < p.length; i++) expect(links.hasEdge(p[i - 1]!, p[i]!)).toBe(true);
    }
    // From the other end: the same cap, paths still reported from source to target.
    const back = boundedSimplePaths(links, to, from, MAX_PATH_HOPS, MAX_CANDIDATE_PATHS);
    expect(back).toHaveLength(MAX_CANDIDATE_PATHS);
    for (const p of back) expect([p[0], p.at(-1)]).toEqual([to, from]);
  });

  it("finds every path when there are fewer than the cap", () => {
    const { g, from, to } = hubGraph();
    const links = new UndirectedGraph();
    g.forEachNode((n) => links.addNode(n));
    g.forEachEdge((_e, _a, s, t) => links.mergeEdge(s, t));
    // 5 two-hop paths (Hubland – left i – Farland) and 60 × 60 three-hop ones (Hubland – left i – right j – Farland).
    expect(boundedSimplePaths(links, from, to, 2, 10_000)).toHaveLength(5);
    expect(boundedSimplePaths(links, from, to, 3, 10_000)).toHaveLength(5 + 60 * 60);
  });

  it("findPaths on the hub graph lists MAX_PATHS paths, the shortest first", () => {
    const { g, from, to } = hubGraph();
    const s = apply(setPathEnd("source", from), setPathEnd("target", to));
    const r = findPaths(g, computeVisibility(s, g), s.path);
    expect(r.status).toBe("found");
    if (r.status !== "found") return;
    expect(r.paths).toHaveLength(MAX_PATHS);
    expect(r.paths.map((p) => p.nodes.length)).toEqual([3, 3, 3, 3, 3]);
  });
});
