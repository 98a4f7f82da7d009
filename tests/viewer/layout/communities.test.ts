// communities: Louvain over the undirected projection, ordered by size, seeded, and never written into the graph.
import { describe, expect, it } from "vitest";
import { COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR, communityColor, communityColorsOf, computeCommunities, undirectedProjection } from "../../../src/viewer/layout/communities.js";
import { addFixtureEdge, addFixtureNode, buildTinyGraph, createFixtureGraph } from "../../helpers/tiny-graph.js";

/** Two triangles of countries joined by one thin edge: two communities of three. */
function twoClusters() {
  const graph = createFixtureGraph();
  const [a, b, c, d, e, f] = ["Aland", "Belmar", "Corvia", "Dunmor", "Estra", "Fennic"].map((name) => addFixtureNode(graph, "country", name)) as [string, string, string, string, string, string];
  for (const [s, t] of [[a, b], [b, c], [c, a], [d, e], [e, f], [f, d]] as const) addFixtureEdge(graph, s, "visited", t, { weight: 5 });
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
