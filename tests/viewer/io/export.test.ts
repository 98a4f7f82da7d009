// Export of the whole graph or the current view: the view sub-graph (filters and time window applied
// to nodes, edges and evidence) and the legend drawn into the PNG, as pure functions.
import { describe, expect, it } from "vitest";
import { toGraphJsonObject } from "../../../src/core/index.js";
import { legendBox } from "../../../src/viewer/io/legend-draw.js";
import { legendSpec } from "../../../src/viewer/io/legend-spec.js";
import { viewSubgraph } from "../../../src/viewer/io/view-subgraph.js";
import { getInitialTimeState } from "../../../src/viewer/time/time-state.js";
import { articleDays } from "../../../src/viewer/time/time-index.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

describe("viewSubgraph", () => {
  it("keeps the visible nodes and edges only, and still satisfies the contract", () => {
    const { graph, nodes, edges } = buildTinyGraph();
    const shown = new Set([nodes.ana, nodes.bo, nodes.spain]);
    const view = viewSubgraph(graph, { isNodeVisible: (n) => shown.has(n), isEdgeVisible: (e) => e !== edges.anaLeadsSpain });
    expect(view.nodes().sort()).toEqual([...shown].sort());
    expect(view.edges()).toEqual([edges.anaMetBo]);
    expect(() => toGraphJsonObject(view)).not.toThrow();
  });
  it("keeps only the evidence dated in the window, with the weight recounted", () => {
    const { graph, edges } = buildTinyGraph();
    const days = articleDays(graph);
    const view = viewSubgraph(graph, {
      isNodeVisible: () => true,
      isEdgeVisible: () => true,
      evidenceDay: { dayOf: (a) => days.get(a), from: "2026-03-03", to: "2026-03-03" },
    });
    expect(view.edges()).toEqual([edges.anaSignedPact]);
    expect(view.getEdgeAttribute(edges.anaSignedPact, "evidence").map((e) => e.article)).toEqual(["a2.txt"]);
    expect(view.getEdgeAttribute(edges.anaSignedPact, "weight")).toBe(1);
    expect(() => toGraphJsonObject(view)).not.toThrow();
  });
  it("never touches the loaded graph", () => {
    const { graph } = buildTinyGraph();
    const before = JSON.stringify(graph.export());
    const view = viewSubgraph(graph, { isNodeVisible: () => true, isEdgeVisible: () => true });
    view.setNodeAttribute(view.nodes()[0]!, "label", "changed");
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("legendSpec", () => {
  const { graph, nodes, edges } = buildTinyGraph();
  const visible = { nodes: new Set([nodes.ana, nodes.bo]), edges: new Set([edges.anaMetBo]) };
  it("describes the whole graph with every kind and relation", () => {
    const spec = legendSpec({ graph, scope: "whole", visible, colorBy: "kind", time: getInitialTimeState() });
    expect(spec.caption).toEqual([`whole graph: ${graph.order} nodes, ${graph.size} relations`]);
    expect(spec.sections[0]!.entries.map((e) => e.label)).toContain("leader (2)");
    expect(spec.sections[1]!.entries).toHaveLength(new Set(graph.mapEdges((_e, a) => a.relation)).size);
  });
  it("describes the filtered view, its counts and its time window", () => {
    const spec = legendSpec({
      graph,
      scope: "view",
      visible,
      colorBy: "kind",
      time: { window: { from: "2026-03-02", to: "2026-03-02" }, newSince: "2026-03-01" },
    });
    expect(spec.caption).toEqual([
      `filtered view: 2 of ${graph.order} nodes, 1 of ${graph.size} relations`,
      "articles dated 2026-03-02 to 2026-03-02",
      "thick: relations first reported after 2026-03-01",
    ]);
    expect(spec.sections[0]!.entries.map((e) => e.label)).toEqual(["leader (2)"]);
    expect(spec.sections[1]!.entries.map((e) => e.label)).toEqual(["met (1)"]);
  });
  it("lists communities instead of kinds when nodes are coloured by community", () => {
    const spec = legendSpec({ graph, scope: "whole", visible, colorBy: "community", time: getInitialTimeState() });
    expect(spec.sections[0]!.heading).toBe("Communities (Louvain)");
    const total = spec.sections[0]!.entries.reduce((n, e) => n + Number(/\((\d+) nodes\)/.exec(e.label)![1]), 0);
    expect(total).toBe(graph.order);
  });
  it("sizes its box to the longest line and the number of lines", () => {
    const spec = legendSpec({ graph, scope: "whole", visible, colorBy: "kind", time: getInitialTimeState() });
    const box = legendBox(spec, (text) => text.length * 6);
    const lines = 1 + spec.caption.length + spec.sections.reduce((n, s) => n + 1 + s.entries.length, 0);
    expect(box.height).toBe(lines * 18 + 24);
    expect(box.width).toBeGreaterThanOrEqual(spec.caption[0]!.length * 6 + 24);
  });
});
