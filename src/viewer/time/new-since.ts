// new-since: relations first reported after a date — the earliest date of an edge's evidence is after it —
// and the nodes at their ends, to mark in the "new since <date>" view.
import type { NewsGraph } from "../../core/index.js";
import type { IsoDay, TimeIndex } from "./time-index.js";

export interface NewSinceView {
  readonly edges: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
}

/** The first day an edge was reported (undefined when none of its evidence is dated). */
export function firstReported(index: TimeIndex, edge: string): IsoDay | undefined {
  return index.edgeDays.get(edge)?.[0];
}

/** Edges whose first dated evidence is strictly after `since`; undated edges are never "new". */
export function newSinceView(graph: NewsGraph, index: TimeIndex, since: IsoDay): NewSinceView {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const [edge, days] of index.edgeDays) {
    const first = days[0];
    if (first !== undefined && first > since) {
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
  }
  return { edges, nodes };
}
