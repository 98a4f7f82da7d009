// legend-spec: what the exported picture's legend says, as data: node colours (kinds with counts, or
// the largest communities), the relations shown, and a caption for the scope and the time settings.
import { KIND_COLORS, NODE_KINDS, RELATIONS, RELATION_COLORS, type NewsGraph } from "../../core/index.js";
import { COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR, communityColorsOf, communityRows } from "../layout/communities.js";
import type { ColorMode } from "../layout/color-mode.js";
import type { TimeState } from "../time/time-state.js";
import type { LegendEntry, LegendSpec } from "./legend-draw.js";
import { RELATION_BINS, relationBinCounts } from "../metrics/node-metrics.js";

export type ExportScope = "whole" | "view";

export interface LegendInput {
  readonly graph: NewsGraph;
  readonly scope: ExportScope;
  /** What the view shows (ignored for the whole graph). */
  readonly visible: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly colorBy: ColorMode;
  readonly time: TimeState;
}

export function legendSpec({ graph, scope, visible, colorBy, time }: LegendInput): LegendSpec {
  const whole = scope === "whole";
  const nodeShown = (n: string) => whole || visible.nodes.has(n);
  const edgeShown = (e: string) => whole || visible.edges.has(e);
  const kinds = new Map<string, number>();
  let nodes = 0;
  graph.forEachNode((node, a) => {
    if (!nodeShown(node)) return;
    nodes++;
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  });
  const relations = new Map<string, number>();
  let edges = 0;
  graph.forEachEdge((edge, a) => {
    if (!edgeShown(edge)) return;
    edges++;
    relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1);
  });

  const caption = [
    whole
      ? `whole graph: ${graph.order} nodes, ${graph.size} relations`
      : `filtered view: ${nodes} of ${graph.order} nodes, ${edges} of ${graph.size} relations`,
  ];
  if (!whole && time.window !== null) caption.push(`articles dated ${time.window.from} to ${time.window.to}`);
  if (!whole && time.newSince !== null) caption.push(`thick: relations first reported after ${time.newSince}`);

  let nodeSection;
  if (colorBy === "community") {
    const { communities } = communityColorsOf(graph);
    // As on the page's legend: each community named by its largest member.
    const entries: LegendEntry[] = communityRows(graph, communities).map((r) => ({
      mark: "dot" as const,
      color: r.color,
      label: `${r.label} (${r.size} nodes)`,
    }));
    if (communities.sizes.length > COMMUNITY_PALETTE.length)
      entries.push({
        mark: "dot",
        color: OTHER_COMMUNITY_COLOR,
        label: `${communities.sizes.length - COMMUNITY_PALETTE.length} smaller communities`,
      });
    nodeSection = { heading: "Communities (Louvain)", entries };
  } else if (colorBy === "relations") {
    const shown = whole ? graph.nodes() : [...visible.nodes];
    const counts = relationBinCounts(graph, shown);
    nodeSection = {
      heading: "Relations per node",
      entries: RELATION_BINS.flatMap((bin, i) =>
        counts[i]! > 0 ? [{ mark: "dot" as const, color: bin.color, label: `${bin.label} (${counts[i]})` }] : [],
      ),
    };
  } else {
    nodeSection = {
      heading: "Nodes",
      entries: NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({
        mark: "dot" as const,
        color: KIND_COLORS[k],
        label: `${k} (${kinds.get(k)})`,
      })),
    };
  }
  const relationSection = {
    heading: "Relations",
    entries: RELATIONS.filter((r) => relations.has(r)).map((r) => ({
      mark: "line" as const,
      color: RELATION_COLORS[r],
      label: `${r} (${relations.get(r)})`,
    })),
  };
  return { title: "newsgraph", caption, sections: [nodeSection, ...(relationSection.entries.length > 0 ? [relationSection] : [])] };
}
