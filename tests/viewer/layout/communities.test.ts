// communities: Louvain over the undirected projection, ordered by size, seeded, and never written into the graph.
import { describe, expect, it } from "vitest";
import {
  COMMUNITY_PALETTE,
  OTHER_COMMUNITY_COLOR,
  communityColor,
  communityColorsOf,
  communityRows,
  computeCommunities,
  undirectedProjection,
} from "../../../src/viewer/layout/communities.js";
import { addFixtureEdge, addFixtureNode, buildTinyGraph, createFixtureGraph } from "../../helpers/tiny-graph.js";

/** Two triangles of countries joined by one thin edge: two communities of three. */
function twoClusters() {
  const graph = createFixtureGraph();
  const [a, b, c, d, e, f] = ["Aland", "Belmar", "Corvia", "Dunmor", "Estra", "Fennic"].map((name) =>
    addFixtureNode(graph, "country", name),
  ) as [string, string, string, string, string, string];
  for (const [s, t] of [
    [a, b],
    [b, c],
    [c, a],
    [d, e],
    [e, f],
    [f, d],
  ] as const)
    addFixtureEdge(graph, s, "visited", t, { weight: 5 });
  addFixtureEdge(graph, c, "met", d);
  const lonely = addFixtureNode(graph, "event", "Gala");
  return { graph, left: [a, b, c], right: [d, e, f], lonely };
}

describe("computeCommunities", () => {
  it("finds the two clusters and gives an isolated node its own community", () => {
    const { graph, left, right, lonely } = twoClusters();
    const { of, sizes } = computeCommunities(graph);
    const community = (n: string) => of.get(n);
    expect(new Set(left.map(community)).size).toBe(1);
    expect(new Set(right.map(community)).size).toBe(1);
    expect(community(left[0]!)).not.toBe(community(right[0]!));
    expect(sizes).toEqual([3, 3, 1]);
    expect(community(lonely)).toBe(2);
  });
  it("gives the same communities on every run (seeded)", () => {
    const { graph } = buildTinyGraph();
    expect([...computeCommunities(graph).of]).toEqual([...computeCommunities(graph).of]);
  });
  it("sums parallel and opposite edges into one undirected weight", () => {
    const { graph, nodes } = buildTinyGraph();
    addFixtureEdge(graph, nodes.spain, "visited", nodes.ana);
    const simple = undirectedProjection(graph);
    expect(simple.getEdgeAttribute(simple.edge(nodes.ana, nodes.spain), "weight")).toBe(2);
  });
  it("never writes into the graph", () => {
    const { graph } = twoClusters();
    const before = JSON.stringify(graph.export());
    communityColorsOf(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("communityColor", () => {
  it.each([
    [0, COMMUNITY_PALETTE[0]],
    [COMMUNITY_PALETTE.length - 1, COMMUNITY_PALETTE[COMMUNITY_PALETTE.length - 1]],
    [COMMUNITY_PALETTE.length, OTHER_COMMUNITY_COLOR],
  ])("community %i → %s", (c, color) => expect(communityColor(c)).toBe(color));
});

describe("communityRows (the legend in community mode)", () => {
  it("lists communities biggest first, each with its colour, size and the member drawn biggest", () => {
    const { graph, left, right, lonely } = twoClusters();
    graph.setNodeAttribute(left[1]!, "size", 20);
    graph.setNodeAttribute(right[2]!, "size", 15);
    const communities = computeCommunities(graph);
    const rows = communityRows(graph, communities);
    expect(rows.map((r) => r.size)).toEqual([3, 3, 1]);
    expect(rows.map((r) => r.color)).toEqual(COMMUNITY_PALETTE.slice(0, 3));
    expect(new Set(rows.slice(0, 2).map((r) => r.largest))).toEqual(new Set([left[1], right[2]]));
    expect(rows[2]).toMatchObject({ largest: lonely, label: graph.getNodeAttribute(lonely, "label") });
    expect(communityRows(graph, communities, 1)).toHaveLength(1);
  });
});
