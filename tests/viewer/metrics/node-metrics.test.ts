// node-metrics: what "size by" and "colour by relations" derive from the graph, never written to it.
import { describe, expect, it } from "vitest";
import {
  metricSizesOf,
  metricValues,
  RELATION_BINS,
  relationBin,
  relationColorsOf,
  sizesFrom,
} from "../../../src/viewer/metrics/node-metrics.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes } = buildTinyGraph();

describe("node metrics", () => {
  it("degree counts relations; articles the node's articles; mentions as stored", () => {
    expect(metricValues(graph, "degree").get(nodes.pact)).toBe(graph.degree(nodes.pact));
    expect(metricValues(graph, "articles").get(nodes.ana)).toBe(graph.getNodeAttribute(nodes.ana, "articles").length);
    expect(metricValues(graph, "mentions").get(nodes.ana)).toBe(graph.getNodeAttribute(nodes.ana, "mentions"));
  });

  it("PageRank sums to 1 and ranks highest a node that relations point at", () => {
    const ranks = metricValues(graph, "pagerank");
    expect([...ranks.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const top = [...ranks].sort((a, b) => b[1] - a[1])[0]![0];
    expect(graph.inDegree(top)).toBeGreaterThan(0);
  });

  it("sizes go from 4 (zero) to 18 (the largest), as the build sizes by mentions; mentions keep the stored sizes", () => {
    expect([
      ...sizesFrom(
        new Map([
          ["a", 0],
          ["b", 25],
          ["c", 100],
        ]),
      ).values(),
    ]).toEqual([4, 11, 18]);
    expect(metricSizesOf(graph, "mentions")).toBeNull();
    expect(metricSizesOf(graph, "pagerank")).toBe(metricSizesOf(graph, "pagerank"));
    expect(graph.getNodeAttribute(nodes.ana, "size")).toBe(buildTinyGraph().graph.getNodeAttribute(nodes.ana, "size"));
  });

  it("bins the number of relations on a sequential scale", () => {
    expect([0, 1, 2, 3, 4, 9, 10, 29, 30, 500].map(relationBin)).toEqual([0, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(relationColorsOf(graph).get(nodes.summit)).toBe(RELATION_BINS[0].color);
  });
});
