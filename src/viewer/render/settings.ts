// settings: sigma settings, the viewer's look constants and its light and dark themes, as data.
// Colours by kind and relation come from the core palette (the layout stage stores node colours with it).
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "../../core/index.js";

export { KIND_COLORS, RELATION_COLORS } from "../../core/index.js";

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Looks the reducers apply on top of the graph's own x, y, size and color. */
export const LOOKS = {
  /** Nodes outside the focus, light theme: light grey, no label (the dark theme's is THEMES.dark.fadedNode). */
  fadedNodeColor: "#e3e6ea",
  /** Edge thickness in pixels grows by `perDoubling` each time the number of articles doubles: 1 → 1.5px, 2 → 2.5px, 4 → 3.5px…
   *  (thinner edges are hard to hit with the mouse). */
  edgeSize: { min: 1.5, perDoubling: 1, max: 6 },
  /** Above this many focused edges, relation names are not forced on them (they would pile up). */
  edgeLabelMaxEdges: 12,
  /** Zoomed in past this fraction of the framed view's ratio, every edge gets its relation name, drawn where both ends are labelled. */
  edgeLabelZoomRatio: 0.5,
  /** A click this many pixels or fewer from an edge's line selects it (sigma alone needs a direct hit). */
  edgeClickTolerance: 4,
  /** Extra thickness of the edges in focus. */
  focusEdgeBoost: 1,
  /** Alpha suffixes (#RRGGBB + AA) for edges at rest: asserted, and planned/hedged/negated. */
  edgeAlpha: { asserted: "cc", tentative: "59" },
  /** The closest the camera comes when it fits a selection (one node alone is not blown up to the whole stage). */
  fitMinRatio: 0.1,
  /** How long the camera takes to fit what the user asked for (ms). */
  flyDuration: 450,
  /** Zoom factor of the + and − buttons and keys. */
  zoomStep: 1.6,
} as const;

export interface Theme {
  readonly name: "light" | "dark";
  readonly fadedNode: string;
  readonly label: string;
  readonly edgeLabel: string;
  /** The box behind a hovered or selected node's label. */
  readonly hoverBox: string;
  readonly hoverShadow: string;
}

export const THEMES: Readonly<Record<Theme["name"], Theme>> = {
  light: {
    name: "light",
    fadedNode: LOOKS.fadedNodeColor,
    label: "#1f2933",
    edgeLabel: "#52606d",
    hoverBox: "#ffffff",
    hoverShadow: "rgba(0,0,0,0.35)",
  },
  dark: { name: "dark", fadedNode: "#2b3440", label: "#e4e7eb", edgeLabel: "#a9b4c0", hoverBox: "#1b222c", hoverShadow: "rgba(0,0,0,0.8)" },
};

/**
 * Above these sizes, sigma hides edges and labels while the camera moves (panning a big graph
 * stays smooth); below, everything stays drawn.
 */
export const MOVE_THRESHOLDS = { nodes: 1500, edges: 3000 } as const;

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
  labelColor: { color: THEMES.light.label },
  labelDensity: 0.15,
  labelGridCellSize: 140,
  labelRenderedSizeThreshold: 6,
  edgeLabelFont: FONT_STACK,
  edgeLabelSize: 11,
  edgeLabelColor: { color: THEMES.light.edgeLabel },
  stagePadding: 24,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

/** SIGMA_SETTINGS with the move-hiding chosen by graph size. */
export function settingsFor(graph: NewsGraph): ViewerSettings {
  const big = graph.order > MOVE_THRESHOLDS.nodes || graph.size > MOVE_THRESHOLDS.edges;
  return { ...SIGMA_SETTINGS, hideEdgesOnMove: big, hideLabelsOnMove: big };
}

/** The theme's label colours, as sigma settings. */
export function themeSettings(theme: Theme): ViewerSettings {
  return { labelColor: { color: theme.label }, edgeLabelColor: { color: theme.edgeLabel } };
}
