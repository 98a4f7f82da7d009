// toGraphJson: byte-stable text (sorted nodes, edges and keys) that graphology restores as is.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { parseGraphJson, toGraphJson, type NewsGraph } from "../../../src/core/index.js";
import { SAMPLE_EDGES, SAMPLE_NODES, buildGraph, sampleGraph, type EdgeSpec, type NodeSpec } from "../../helpers/core-graph.js";

/** The same specs with every object's keys in reverse order (so attributes are inserted backwards). */
const reverseKeys = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
const reversedNodes: NodeSpec[] = [...SAMPLE_NODES]
  .reverse()
  .map((n) => ({ ...n, ...(n.attributes ? { attributes: reverseKeys(n.attributes) } : {}) }));
const reversedEdges: EdgeSpec[] = [...SAMPLE_EDGES]
  .reverse()
  .map((e) => ({ ...e, ...(e.attributes ? { attributes: reverseKeys(e.attributes) } : {}) }));

const sorted = (xs: string[]) => [...xs].sort();

describe("toGraphJson", () => {
  it.each<[string, () => NewsGraph]>([
    ["nodes and edges inserted in reverse order", () => buildGraph(reversedNodes, reversedEdges)],
    ["edges inserted in reverse order only", () => buildGraph(SAMPLE_NODES, [...SAMPLE_EDGES].reverse())],
    ["nodes rotated by three", () => buildGraph([...SAMPLE_NODES.slice(3), ...SAMPLE_NODES.slice(0, 3)], SAMPLE_EDGES)],
  ])("is byte-identical for the same graph with %s", (_name, other) => {
    expect(toGraphJson(other())).toBe(toGraphJson(sampleGraph()));
  });

  it("is byte-identical when called twice on one graph", () => {
    const graph = sampleGraph();
    expect(toGraphJson(graph)).toBe(toGraphJson(graph));
  });

  it("lists nodes and edges sorted by key", () => {
    const json = JSON.parse(toGraphJson(buildGraph(reversedNodes, reversedEdges))) as {
      nodes: { key: string }[];
      edges: { key: string }[];
    };
    const nodeKeys = json.nodes.map((n) => n.key);
    const edgeKeys = json.edges.map((e) => e.key);
    expect(nodeKeys).toEqual(sorted(nodeKeys));
    expect(edgeKeys).toEqual(sorted(edgeKeys));
  });

  it("ends with a newline", () => {
    expect(toGraphJson(sampleGraph()).endsWith("}\n")).toBe(true);
  });

  it("throws a ContractError for a graph that breaks the contract", () => {
    const graph = sampleGraph();
    graph.setNodeAttribute(graph.nodes()[0]!, "kind", "planet" as never);
    expect(() => toGraphJson(graph)).toThrow(expect.objectContaining({ name: "ContractError" }));
  });
});

describe("graph.json read back", () => {
  const original = sampleGraph();
  const text = toGraphJson(original);

  it.each<[string, (g: Graph) => unknown]>([
    ["order", (g) => g.order],
    ["size", (g) => g.size],
    ["type and multi flags", (g) => [g.type, g.multi, g.allowSelfLoops]],
    ["graph attributes", (g) => g.getAttributes()],
    ["node keys", (g) => sorted(g.nodes())],
    ["node attributes", (g) => Object.fromEntries(g.mapNodes((k, a) => [k, a]))],
    ["edge keys", (g) => sorted(g.edges())],
    ["edge extremities", (g) => Object.fromEntries(g.mapEdges((k, _a, s, t) => [k, [s, t]]))],
    ["edge attributes", (g) => Object.fromEntries(g.mapEdges((k, a) => [k, a]))],
  ])("Graph.from(JSON.parse(text)) restores the %s", (_name, view) => {
    const restored = Graph.from(JSON.parse(text));
    expect(view(restored)).toEqual(view(original as unknown as Graph));
  });

  it("parseGraphJson then toGraphJson gives the same text", () => {
    expect(toGraphJson(parseGraphJson(text))).toBe(text);
  });
});
