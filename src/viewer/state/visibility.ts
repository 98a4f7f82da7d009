// visibility: which nodes and edges are shown, a pure function of (state, graph, filters), and a
// memoized selector that recomputes only when a filter's input changes (never on hover or per frame).
import type { NewsGraph } from "../../core/index.js";
import { GRAPH_FILTERS, type EdgeTest, type GraphFilter, type MutableVisibility, type NodeTest } from "./filters.js";
import type { ViewerState } from "./viewer-state.js";

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Runs every filter over the whole graph: O(nodes + edges). Call through a selector, on state change only. */
export function computeVisibility(state: ViewerState, graph: NewsGraph, filters: readonly GraphFilter[] = GRAPH_FILTERS): Visibility {
  const nodeTests = filters.flatMap((f) => f.node?.(state, graph) ?? []) as NodeTest[];
  const edgeTests = filters.flatMap((f) => f.edge?.(state, graph) ?? []) as EdgeTest[];
  const visible: MutableVisibility = { nodes: new Set(), edges: new Set() };
  graph.forEachNode((node, attributes) => {
    if (nodeTests.every((test) => test(node, attributes))) visible.nodes.add(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible.nodes.has(source) && visible.nodes.has(target) && edgeTests.every((test) => test(edge, attributes)))
      visible.edges.add(edge);
  });
  for (const filter of filters) filter.restrict?.(state, graph, visible);
  return visible;
}

/** True when nothing is hidden. */
export const showsEverything = (visibility: Visibility, graph: NewsGraph): boolean =>
  visibility.nodes.size === graph.order && visibility.edges.size === graph.size;

/**
 * (state) → Visibility, recomputed only when the input of some filter changed since the last call:
 * hovering or selecting returns the same object, so reducers and panels can compare by reference.
 */
export function createVisibilitySelector(
  graph: NewsGraph,
  filters: readonly GraphFilter[] = GRAPH_FILTERS,
): (state: ViewerState) => Visibility {
  let inputs: unknown[] | null = null;
  let last: Visibility | null = null;
  return (state) => {
    const next = filters.map((f) => f.input(state, graph));
    if (last === null || inputs === null || next.some((value, i) => !Object.is(value, inputs![i]))) {
      inputs = next;
      last = computeVisibility(state, graph, filters);
    }
    return last;
  };
}
