// visibility: the filters as a pure function of (state, graph) — kinds, relations, minimum articles,
// focus hops, isolates — and the selector that recomputes only when a filter's input changes.
import { describe, expect, it } from "vitest";
import {
  changeFocusHops,
  focusOn,
  hoverNode,
  selectNode,
  setHideIsolates,
  setKindShown,
  setMinArticles,
  setRelationShown,
  setUnconnected,
} from "../../../src/viewer/state/actions.js";
import { unconnectedCount, type GraphFilter } from "../../../src/viewer/state/filters.js";
import type { Producer } from "../../../src/viewer/state/store.js";
import { getInitialViewerState, UNCONNECTED_HIDDEN_FROM, type ViewerState } from "../../../src/viewer/state/viewer-state.js";
import { computeVisibility, createVisibilitySelector } from "../../../src/viewer/state/visibility.js";
import { addFixtureNode, buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes, edges } = buildTinyGraph();
const apply = (...actions: Producer<ViewerState>[]) => actions.reduce((s, a) => a(s), getInitialViewerState());
const sorted = (set: ReadonlySet<string>) => [...set].sort();
const all = { nodes: graph.nodes().sort(), edges: graph.edges().sort() };
const without = (list: string[], ...out: string[]) => list.filter((x) => !out.includes(x));

describe("computeVisibility", () => {
  it.each<[string, Producer<ViewerState>[], { nodes: string[]; edges: string[] }]>([
    ["shows everything by default", [], all],
    [
      "hides a kind and the edges touching it",
      [setKindShown("agreement", false)],
      { nodes: without(all.nodes, nodes.pact), edges: without(all.edges, edges.anaSignedPact, edges.boSignedPact, edges.pactCoversWind) },
    ],
    [
      "hides a relation's edges, keeps their nodes",
      [setRelationShown("leads", false)],
      { nodes: all.nodes, edges: without(all.edges, edges.anaLeadsSpain, edges.boLeadsSweden) },
    ],
    ["keeps only edges with at least 2 supporting articles", [setMinArticles(2)], { nodes: all.nodes, edges: [edges.anaSignedPact] }],
    ["hides isolates (the summit has no edge)", [setHideIsolates(true)], { nodes: without(all.nodes, nodes.summit), edges: all.edges }],
    [
      "hides the nodes an edge filter left alone, with isolates hidden",
      [setMinArticles(2), setHideIsolates(true)],
      { nodes: [nodes.ana, nodes.pact].sort(), edges: [edges.anaSignedPact] },
    ],
    [
      "focus: 1 hop around the pact",
      [focusOn(nodes.pact, 1)],
      {
        nodes: [nodes.pact, nodes.ana, nodes.bo, nodes.wind].sort(),
        edges: [edges.anaSignedPact, edges.boSignedPact, edges.pactCoversWind, edges.anaMetBo].sort(),
      },
    ],
    [
      "focus: + adds a hop",
      [focusOn(nodes.spain, 1), changeFocusHops(1)],
      {
        nodes: [nodes.spain, nodes.ana, nodes.bo, nodes.pact].sort(),
        edges: [edges.anaLeadsSpain, edges.anaMetBo, edges.anaSignedPact, edges.boSignedPact].sort(),
      },
    ],
    [
      "focus walks only visible edges",
      [setRelationShown("met", false), setRelationShown("signed", false), focusOn(nodes.ana, 3)],
      { nodes: [nodes.ana, nodes.spain].sort(), edges: [edges.anaLeadsSpain] },
    ],
  ])("%s", (_name, actions, expected) => {
    const v = computeVisibility(apply(...actions), graph);
    expect({ nodes: sorted(v.nodes), edges: sorted(v.edges) }).toEqual({
      nodes: [...expected.nodes].sort(),
      edges: [...expected.edges].sort(),
    });
  });

  it("joins an extra filter from the registry (as a time window would)", () => {
    const onlyA2: GraphFilter = {
      name: "only-a2",
      input: () => "fixed",
      edge: () => (_e, a) => a.evidence.some((ev) => ev.article === "a2.txt"),
    };
    const v = computeVisibility(getInitialViewerState(), graph, [onlyA2]);
    expect(sorted(v.edges)).toEqual([edges.anaSignedPact]);
  });
});

describe("createVisibilitySelector", () => {
  it("returns the same object on hover and selection, a new one when a filter changes", () => {
    const select = createVisibilitySelector(graph);
    const s0 = getInitialViewerState();
    const v0 = select(s0);
    expect(select(hoverNode(nodes.ana)(s0))).toBe(v0);
    expect(select(selectNode(nodes.bo)(s0))).toBe(v0);
    const v1 = select(setKindShown("sector", false)(s0));
    expect(v1).not.toBe(v0);
    expect(v1.nodes.has(nodes.wind)).toBe(false);
  });

  it("computes once per filter change, not once per call", () => {
    let built = 0;
    const counting: GraphFilter = { name: "count", input: (s) => s.filters, node: () => ((built += 1), null) };
    const select = createVisibilitySelector(graph, [counting]);
    let s = getInitialViewerState();
    for (let i = 0; i < 10; i++) select((s = hoverNode(i % 2 ? nodes.ana : null)(s)));
    expect(built).toBe(1);
  });
});

describe("unconnected entities (issue 12)", () => {
  const big = buildTinyGraph().graph;
  // Padded past UNCONNECTED_HIDDEN_FROM with nodes that have no relation.
  for (let i = 0; big.order < UNCONNECTED_HIDDEN_FROM; i++) addFixtureNode(big, "person", `Lonely ${i}`);
  const lonely = "person:lonely-7";
  const linked = big.filterNodes((n) => big.degree(n) > 0);

  it("are hidden by default in a big graph, shown in a small one", () => {
    expect(sorted(computeVisibility(getInitialViewerState(), big).nodes)).toEqual([...linked].sort());
    expect(computeVisibility(getInitialViewerState(), graph).nodes.size).toBe(graph.order);
    expect(unconnectedCount(big)).toBe(big.order - linked.length);
  });

  it("are shown or hidden as asked, whatever the size", () => {
    expect(computeVisibility(apply(setUnconnected("show")), big).nodes.size).toBe(big.order);
    expect(computeVisibility(apply(setUnconnected("hide")), graph).nodes.has(nodes.summit)).toBe(false);
  });

  it("show the selected one (the search finds them), and selecting a connected node recomputes nothing", () => {
    expect(computeVisibility(apply(selectNode(lonely)), big).nodes.has(lonely)).toBe(true);
    const select = createVisibilitySelector(big);
    const base = getInitialViewerState();
    const first = select(base);
    expect(select(selectNode(linked[0]!)(base))).toBe(first);
    expect(select(selectNode(lonely)(base)).nodes.has(lonely)).toBe(true);
  });
});
