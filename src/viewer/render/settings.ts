// settings: sigma settings and the viewer's look constants, as data with defaults.
// Colours by kind and relation come from the core palette (the layout stage stores node colours with it).
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../core/index.js";

export { KIND_COLORS, RELATION_COLORS } from "../../core/index.js";

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Looks the reducers apply on top of the graph's own x, y, size and color. */
export const LOOKS = {
  /** Nodes outside the focus: light grey, no label. */
  fadedNodeColor: "#e3e6ea",
  /** Edge thickness in pixels grows by `perDoubling` each time the weight doubles: 1 → 1.5px, 2 → 2.5px, 4 → 3.5px…
   *  (thinner edges are hard to hit with the mouse). */
  edgeSize: { min: 1.5, perDoubling: 1, max: 6 },
  /** Above this many neighbours, their labels are not forced: sigma's label grid picks which to show. */
  forceLabelMaxNeighbours: 10,
  /** Above this many focused edges, relation names are not written on them (they would pile up). */
  edgeLabelMaxEdges: 6,
  /** A click this many pixels or fewer from an edge's line selects it (sigma alone needs a direct hit). */
  edgeClickTolerance: 4,
  /** Extra thickness of the edges in focus. */
  focusEdgeBoost: 1,
  /** Alpha suffixes (#RRGGBB + AA) for edges at rest: asserted, and planned/hedged/negated. */
  edgeAlpha: { asserted: "cc", tentative: "59" },
} as const;

export type ViewerSettings = Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>;

/**
 * Labels: one per 140px grid cell at most, only for nodes drawn at 6px or more, and a low density,
 * so that a crowded cluster shows its biggest names instead of a pile of overlapping text.
 */
export const SIGMA_SETTINGS: ViewerSettings = {
  defaultEdgeType: "arrow",
  enableEdgeEvents: true,
  renderEdgeLabels: true,
  zIndex: true,
  labelFont: FONT_STACK,
  labelSize: 12,
  labelWeight: "500",
  labelColor: { color: "#1f2933" },
  labelDensity: 0.15,
  labelGridCellSize: 140,
  labelRenderedSizeThreshold: 6,
  edgeLabelFont: FONT_STACK,
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#52606d" },
  stagePadding: 24,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};
