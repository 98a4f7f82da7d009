// extra-looks: what the time window, "new since", the size mode and the colour modes (community,
// relations) change on top of the looks of render/reducers.ts, as pure functions of (state, graph, key,
// look, theme). Every per-call step is a map or set lookup: the maps are built once per window / date /
// graph / metric (time/time-filter.ts, communities.ts, metrics/node-metrics.ts).
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { NewsGraph } from "../../core/index.js";
import type { ViewerState } from "../state/viewer-state.js";
import { metricSizesOf, relationColorsOf } from "../metrics/node-metrics.js";
import { THEMES, type Theme } from "../render/settings.js";
import { newSinceViewOf, windowViewOf } from "../time/time-filter.js";
import { communityColorsOf } from "./communities.js";

/** How "new since" marks relations: new ones thicker, the others faint, in each theme's own greys (dimmer than the new ones). */
export const NEW_SINCE_LOOKS = {
  newEdgeBoost: 1.5,
  old: {
    light: { edge: "#9aa5b155", node: "#c5ccd3" },
    dark: { edge: "#5b677355", node: "#3a4450" },
  },
} as const;

/**
 * Node: sized by the chosen metric (mentions: as stored, or by its mentions inside the time window);
 * coloured by community or by number of relations when asked (a node the focus faded stays faded);
 * in "new since", nodes touching no new relation are greyed.
 */
export function nodeExtras(
  state: ViewerState,
  graph: NewsGraph,
  node: string,
  data: { color?: string },
  look: Partial<NodeDisplayData>,
  theme: Theme = THEMES.light,
): Partial<NodeDisplayData> {
  if (look.hidden) return look;
  let out = look;
  const { window, newSince } = state.time;
  const sizes = metricSizesOf(graph, state.sizeBy);
  if (sizes !== null) {
    const size = sizes.get(node);
    if (size !== undefined) out = { ...out, size };
  } else if (window !== null) {
    const size = windowViewOf(graph, window).sizes.get(node);
    if (size !== undefined) out = { ...out, size };
  }
  const untouched = look.color === data.color;
  if (state.colorBy !== "kind" && untouched) {
    const color = state.colorBy === "community" ? communityColorsOf(graph).colors.get(node) : relationColorsOf(graph).get(node);
    if (color !== undefined) out = { ...out, color };
  }
  if (newSince !== null && untouched && !newSinceViewOf(graph, newSince).nodes.has(node))
    out = { ...out, color: NEW_SINCE_LOOKS.old[theme.name].node };
  return out;
}

/** Edge: in "new since", relations first reported after the date are thicker and the others faint. */
export function edgeExtras(
  state: ViewerState,
  graph: NewsGraph,
  edge: string,
  look: Partial<EdgeDisplayData>,
  theme: Theme = THEMES.light,
): Partial<EdgeDisplayData> {
  const since = state.time.newSince;
  if (since === null || look.hidden) return look;
  if (newSinceViewOf(graph, since).edges.has(edge)) return { ...look, size: (look.size ?? 1) + NEW_SINCE_LOOKS.newEdgeBoost, zIndex: 1 };
  return { ...look, color: NEW_SINCE_LOOKS.old[theme.name].edge, zIndex: 0 };
}

/** The extras for render/create-renderer's `extras` option, bound to `graph`. */
export function createLookExtras(graph: NewsGraph) {
  return {
    node: (state: ViewerState, node: string, data: { color?: string }, look: Partial<NodeDisplayData>, theme?: Theme) =>
      nodeExtras(state, graph, node, data, look, theme),
    edge: (state: ViewerState, edge: string, _data: unknown, look: Partial<EdgeDisplayData>, theme?: Theme) =>
      edgeExtras(state, graph, edge, look, theme),
  };
}
