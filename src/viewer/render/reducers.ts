// reducers: nodeReducer / edgeReducer = f(state, graph), the only place where looks change.
// They return display data for sigma and never write into the graph (hover and selection live in the store).
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../core/index.js";
import { focusOf, type Focus } from "../state/selectors.js";
import type { ViewerState } from "../state/viewer-state.js";
import { LOOKS, RELATION_COLORS } from "./settings.js";

export interface Reducers {
  nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData>;
}

/** 1 → 1.5px, 2 → 2.5px, 4 → 3.5px …, capped at LOOKS.edgeSize.max. */
export function edgeSizeFor(weight: number): number {
  const { min, perDoubling, max } = LOOKS.edgeSize;
  return Math.min(max, min + perDoubling * Math.log2(Math.max(1, weight)));
}

/** "signed", or "signed (planned)" when the text does not assert it. */
export function edgeLabelFor(data: EdgeAttributes): string {
  return data.modality && data.modality !== "asserted" ? `${data.relation} (${data.modality})` : data.relation;
}

/**
 * No focus: the node as stored (the selected one keeps its label box).
 * Focus: nodes outside it are grey and unlabelled; inside, labels are forced unless there are many.
 */
export function nodeLook(state: ViewerState, focus: Focus | null, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  // `highlighted` makes sigma draw the label in its hover box: the selected node stays marked.
  const selected = state.selectedNode === node;
  if (!focus) return { ...data, highlighted: selected, zIndex: selected ? 2 : 0 };
  if (!focus.nodes.has(node)) return { ...data, color: LOOKS.fadedNodeColor, label: null, highlighted: false, zIndex: 0 };
  const center = state.hoveredNode === node || selected;
  const forceLabel = focus.nodes.size - 1 <= LOOKS.forceLabelMaxNeighbours;
  return { ...data, forceLabel, highlighted: center, zIndex: center ? 2 : 1 };
}

/**
 * No focus: relation colour (fainter when not asserted), thickness from weight.
 * Focus: edges outside it are hidden; inside, full colour, a bit thicker, named when few.
 */
export function edgeLook(focus: Focus | null, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  const base = RELATION_COLORS[data.relation];
  const size = edgeSizeFor(data.weight);
  if (!focus) {
    const tentative = data.modality !== undefined && data.modality !== "asserted";
    return { ...data, color: base + (tentative ? LOOKS.edgeAlpha.tentative : LOOKS.edgeAlpha.asserted), size, label: null, hidden: false, zIndex: 0 };
  }
  if (!focus.edges.has(edge)) return { ...data, color: base, size, label: null, hidden: true, zIndex: 0 };
  const label = focus.edges.size <= LOOKS.edgeLabelMaxEdges ? edgeLabelFor(data) : null;
  return { ...data, color: base, size: size + LOOKS.focusEdgeBoost, label, forceLabel: label !== null, hidden: false, zIndex: 1 };
}

/**
 * Reducers reading the current state through `getState`. The focus (a neighbourhood) is computed
 * once per state object, not once per node: sigma calls the reducers for every node and edge.
 */
export function createReducers(graph: NewsGraph, getState: () => ViewerState): Reducers {
  let lastState: ViewerState | null = null;
  let lastFocus: Focus | null = null;
  const currentFocus = (state: ViewerState): Focus | null => {
    if (state !== lastState) {
      lastState = state;
      lastFocus = focusOf(state, graph);
    }
    return lastFocus;
  };
  return {
    nodeReducer(node, data) {
      const state = getState();
      return nodeLook(state, currentFocus(state), node, data);
    },
    edgeReducer(edge, data) {
      return edgeLook(currentFocus(getState()), edge, data);
    },
  };
}
