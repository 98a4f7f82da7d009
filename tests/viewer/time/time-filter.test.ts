// time-filter: the time window joins the visibility selector as one more filter (no separate code path),
// combines with the other filters, and is recomputed only when the window changes.
import { describe, expect, it } from "vitest";
import { computeVisibility, createVisibilitySelector } from "../../../src/viewer/state/visibility.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { setNewSince, setTimeWindow } from "../../../src/viewer/time/time-state.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

// The tiny graph's articles: a1.txt on 2026-03-02, a2.txt on 2026-03-03. Every edge cites a1.txt,
// and "Ana signed the pact" cites a2.txt as well.
const at = (day: string): ViewerState => setTimeWindow<ViewerState>({ from: day, to: day })(getInitialViewerState());

describe("the time window in the visibility selector", () => {
  it("shows every edge when no window is set", () => {
    const { graph } = buildTinyGraph();
    expect(computeVisibility(getInitialViewerState(), graph).edges.size).toBe(graph.size);
  });
  it("keeps only the edges with evidence inside the window, and their ends", () => {
    const { graph, nodes, edges } = buildTinyGraph();
    const visible = computeVisibility(at("2026-03-03"), graph);
    expect([...visible.edges]).toEqual([edges.anaSignedPact]);
    // a2.txt also mentions Sweden, wind power and the summit: they stay, as nodes mentioned in the window.
    expect([...visible.nodes].sort()).toEqual([nodes.ana, nodes.pact, nodes.sweden, nodes.wind, nodes.summit].sort());
  });
  it("hides everything outside the dated extent", () => {
    const { graph } = buildTinyGraph();
    const visible = computeVisibility(at("2027-01-01"), graph);
    expect([visible.nodes.size, visible.edges.size]).toEqual([0, 0]);
  });
  it("combines with the relation filter", () => {
    const { graph, edges } = buildTinyGraph();
    const state: ViewerState = { ...at("2026-03-02"), filters: { ...getInitialViewerState().filters, hiddenRelations: ["leads"] } };
    const visible = computeVisibility(state, graph);
    expect(visible.edges.has(edges.anaLeadsSpain)).toBe(false);
    expect(visible.edges.has(edges.anaMetBo)).toBe(true);
  });
  it("is recomputed when the window changes, not when the hover or 'new since' does", () => {
    const { graph } = buildTinyGraph();
    const select = createVisibilitySelector(graph);
    const first = at("2026-03-02");
    const a = select(first);
    expect(select({ ...first, hoveredNode: "x" })).toBe(a);
    expect(select(setNewSince<ViewerState>("2026-03-02")(first))).toBe(a);
    expect(select(setTimeWindow<ViewerState>({ from: "2026-03-02", to: "2026-03-03" })(first))).not.toBe(a);
  });
  it("never writes into the graph", () => {
    const { graph } = buildTinyGraph();
    const before = JSON.stringify(graph.export());
    computeVisibility(at("2026-03-03"), graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
