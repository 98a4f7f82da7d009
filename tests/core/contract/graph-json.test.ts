// The zod graph contract: a graph built with createNewsGraph passes; each kind of
// violation (unknown kind or relation, missing evidence, newer contract) is refused.
import { describe, expect, it } from "vitest";
import {
  CONTRACT_VERSION,
  EdgeAttributes,
  GraphJson,
  NODE_KINDS,
  NodeAttributes,
  RELATIONS,
  type NewsGraph,
} from "../../../src/core/index.js";
import { nodeAttributes, edgeAttributes, sampleGraph } from "../../helpers/core-graph.js";

/** graphology's export of `graph` as the plain object graph.json holds. */
const exported = (graph: NewsGraph) =>
  JSON.parse(JSON.stringify(graph.export())) as Record<string, unknown> & {
    attributes: Record<string, unknown>;
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key: string; attributes: Record<string, unknown> }[];
  };

describe("GraphJson schema", () => {
  it("accepts a graph built with createNewsGraph", () => {
    const result = GraphJson.safeParse(exported(sampleGraph()));
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it("accepts an empty graph with no articles", () => {
    const json = exported(sampleGraph());
    json.nodes = [];
    json.edges = [];
    expect(GraphJson.safeParse(json).success).toBe(true);
  });

  type Mutation = (json: ReturnType<typeof exported>) => void;
  it.each<[string, Mutation]>([
    ["a node of an unknown kind", (j) => void (j.nodes[0]!.attributes.kind = "planet")],
    [
      "a node whose kind is the sigma-reserved `type` instead of `kind`",
      (j) => {
        const a = j.nodes[0]!.attributes;
        a.type = a.kind;
        delete a.kind;
      },
    ],
    ["an edge with an unknown relation", (j) => void (j.edges[0]!.attributes.relation = "admired")],
    ["an edge without evidence", (j) => void delete j.edges[0]!.attributes.evidence],
    ["an edge with an empty evidence list", (j) => void (j.edges[0]!.attributes.evidence = [])],
    ["an evidence item without its article", (j) => void (j.edges[0]!.attributes.evidence = [{ sentence: "A sentence." }])],
    [
      "an evidence confidence above 1",
      (j) => void (j.edges[0]!.attributes.evidence = [{ article: "a.txt", sentence: "S.", confidence: 1.5 }]),
    ],
    ["a graph from a future contract version (contract = 99)", (j) => void (j.attributes.contract = 99)],
    ["a graph without its articles list", (j) => void delete j.attributes.articles],
    ["an article date that is not ISO 8601", (j) => void (j.attributes.articles = [{ id: "a.txt", date: "March 6, 2026" }])],
    ["an undirected graph", (j) => void ((j.options as Record<string, unknown>).type = "undirected")],
    ["a simple (non-multi) graph", (j) => void ((j.options as Record<string, unknown>).multi = false)],
    ["a node with a zero size", (j) => void (j.nodes[0]!.attributes.size = 0)],
    ["a node without a label", (j) => void (j.nodes[0]!.attributes.label = "")],
    ["an edge with a fractional weight", (j) => void (j.edges[0]!.attributes.weight = 1.5)],
  ])("rejects %s", (_name, mutate) => {
    const json = exported(sampleGraph());
    mutate(json);
    expect(GraphJson.safeParse(json).success).toBe(false);
  });

  it("accepts the current contract version", () => {
    const json = exported(sampleGraph());
    json.attributes.contract = CONTRACT_VERSION;
    expect(GraphJson.safeParse(json).success).toBe(true);
  });
});

describe("NodeAttributes schema", () => {
  it.each(NODE_KINDS.map((k) => [k]))("accepts kind %s", (kind) => {
    expect(NodeAttributes.safeParse(nodeAttributes(kind, "Something")).success).toBe(true);
  });

  it.each([["Leader"], ["city"], [""]])("rejects kind %j", (kind) => {
    expect(NodeAttributes.safeParse({ ...nodeAttributes("person", "Ana Ruiz"), kind }).success).toBe(false);
  });
});

describe("EdgeAttributes schema", () => {
  it.each(RELATIONS.map((r) => [r]))("accepts relation %s", (relation) => {
    expect(EdgeAttributes.safeParse(edgeAttributes(relation)).success).toBe(true);
  });

  it.each([["Signed"], ["met_with"], ["visits"]])("rejects relation %j", (relation) => {
    expect(EdgeAttributes.safeParse({ ...edgeAttributes("met"), relation }).success).toBe(false);
  });

  it("keeps extra attributes (other detail may be added to an edge)", () => {
    const parsed = EdgeAttributes.parse({ ...edgeAttributes("exports"), port: "Bergen" });
    expect(parsed).toMatchObject({ port: "Bergen" });
  });
});
