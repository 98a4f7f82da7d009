// Stage 7, layout: seeded and deterministic positions, finite coordinates, positive sizes.
import { describe, expect, it } from "vitest";
import { runPipeline, type NewsGraph } from "../../../src/core/index.js";
import { applyLayout, LARGE_GRAPH } from "../../../src/core/pipeline/7-layout/apply-layout.js";
import { sampleGraph } from "../../helpers/core-graph.js";

const STORY =
  "President Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday. " +
  "Chile and Norway signed the Blue Harbour Agreement, which covers fishing and energy. " +
  "Norway exports natural gas to Chile, and Chile sells copper to Norway. Ruiz later visited Tokyo.";

const laidOut = () => runPipeline([{ id: "a.txt", text: STORY }]);
const positions = (g: NewsGraph) => Object.fromEntries(g.mapNodes((k, a) => [k, [a.x, a.y, a.size]]));

describe("applyLayout", () => {
  it("gives identical positions for the same input twice", () => {
    expect(positions(laidOut())).toEqual(positions(laidOut()));
  });

  it("gives identical positions when run twice on copies of one graph", () => {
    const a = sampleGraph();
    const b = sampleGraph();
    applyLayout(a);
    applyLayout(b);
    expect(positions(a)).toEqual(positions(b));
  });

  const graphs: [string, () => NewsGraph][] = [
    ["a pipeline graph", laidOut],
    ["a single-node graph", () => runPipeline([{ id: "a.txt", text: "Officials in Norway said so." }])],
    [
      "the sample graph",
      () => {
        const g = sampleGraph();
        applyLayout(g, { iterations: 20 });
        return g;
      },
    ],
  ];

  it.each(graphs)("gives every node of %s finite x and y", (_name, make) => {
    const graph = make();
    expect(graph.order).toBeGreaterThan(0);
    expect(graph.filterNodes((_, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y))).toEqual([]);
  });

  it.each(graphs)("gives every node of %s a finite size > 0", (_name, make) => {
    expect(make().filterNodes((_, a) => !(Number.isFinite(a.size) && a.size > 0))).toEqual([]);
  });

  it("spreads nodes out (no two at the same position)", () => {
    const xy = laidOut().mapNodes((_, a) => `${a.x},${a.y}`);
    expect(new Set(xy).size).toBe(xy.length);
  });

  it("sizes a more mentioned node at least as large", () => {
    const graph = laidOut();
    const nodes = graph.mapNodes((_, a) => a).sort((p, q) => p.mentions - q.mentions);
    const sizes = nodes.map((a) => a.size);
    expect(sizes).toEqual([...sizes].sort((p, q) => p - q));
  });

  it("rounds coordinates to three decimals (byte-stable text)", () => {
    const graph = laidOut();
    expect(graph.filterNodes((_, a) => Math.round(a.x * 1000) / 1000 !== a.x || Math.round(a.y * 1000) / 1000 !== a.y)).toEqual([]);
  });

  it("leaves an empty graph empty", () => {
    const graph = runPipeline([{ id: "a.txt", text: "nothing to see here." }]);
    expect(graph.order).toBe(0);
  });

  it("is skipped with layout: false (positions stay at the origin)", () => {
    const graph = runPipeline([{ id: "a.txt", text: STORY }], { layout: false });
    expect(graph.filterNodes((_, a) => a.x !== 0 || a.y !== 0)).toEqual([]);
  });
});

describe("applyLayout with previous positions", () => {
  it("keeps every previous position, and places a new node beside its placed neighbour", () => {
    const graph = laidOut();
    const previous = new Map(graph.mapNodes((k, a) => [k, { x: a.x, y: a.y }] as const));
    const [kept] = graph.nodes();
    const removed = graph.nodes().find((n) => graph.degree(n) === 1 && n !== kept)!;
    const neighbour = graph.neighbors(removed)[0]!;
    previous.delete(removed);
    const again = laidOut();
    applyLayout(again, { previous });
    for (const [key, p] of previous) expect([again.getNodeAttribute(key, "x"), again.getNodeAttribute(key, "y")]).toEqual([p.x, p.y]);
    const d = Math.hypot(
      again.getNodeAttribute(removed, "x") - previous.get(neighbour)!.x,
      again.getNodeAttribute(removed, "y") - previous.get(neighbour)!.y,
    );
    expect(d).toBeLessThanOrEqual(20);
  });

  it("rings a large graph's unconnected nodes outside its connected ones", () => {
    const graph = sampleGraph();
    for (let i = 0; i < LARGE_GRAPH; i++) {
      graph.addNode(`place:p${i}`, {
        label: `P${i}`,
        kind: "place",
        aliases: [],
        mentions: 1 + (i % 3),
        articles: ["a"],
        x: 0,
        y: 0,
        size: 1,
        color: "#000",
      });
    }
    applyLayout(graph);
    const connected = graph.filterNodes((n) => graph.degree(n) > 0);
    const cx = connected.reduce((s, n) => s + graph.getNodeAttribute(n, "x"), 0) / connected.length;
    const cy = connected.reduce((s, n) => s + graph.getNodeAttribute(n, "y"), 0) / connected.length;
    const r = (n: string) => Math.hypot(graph.getNodeAttribute(n, "x") - cx, graph.getNodeAttribute(n, "y") - cy);
    const inner = Math.max(...connected.map(r));
    expect(graph.filterNodes((n) => graph.degree(n) === 0 && r(n) <= inner)).toEqual([]);
    const xy = graph.mapNodes((_, a) => `${a.x},${a.y}`);
    expect(new Set(xy).size).toBe(xy.length);
  });
});
