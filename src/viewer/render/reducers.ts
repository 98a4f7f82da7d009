// reducers: nodeReducer / edgeReducer = f(state, graph), the only place where looks change.
// They return display data for sigma and never write into the graph. Per call they only look keys
// up in sets derived once per state change (derive.ts): no work proportional to the graph per frame.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { RELATION_SIGNATURES, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../../core/index.js";
import { createDerive, type Derive, type Derived } from "../state/derive.js";
import type { ViewerState } from "../state/viewer-state.js";
import { parallelCurvatures } from "./parallel-edges.js";
import { LOOKS, RELATION_COLORS, THEMES, type Theme } from "./settings.js";

export interface Reducers {
  nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData>;
}

/** What the reducers read besides the state: all O(1) per call. */
export interface LookEnv {
  readonly theme: Theme;
  /** Zoomed in past LOOKS.edgeLabelZoomRatio: every edge carries its relation name. */
  readonly zoomedIn: boolean;
  /** Curvature of each parallel edge (others are straight). */
  readonly curvatures: ReadonlyMap<string, number>;
}

/** 1 article → 1.5px, 2 → 2.5px, 4 → 3.5px …, capped at LOOKS.edgeSize.max. */
export function edgeSizeFor(weight: number): number {
  const { min, perDoubling, max } = LOOKS.edgeSize;
  return Math.min(max, min + perDoubling * Math.log2(Math.max(1, weight)));
}

/** "signed", or "signed (planned)" when the text does not assert it. */
export function edgeLabelFor(data: EdgeAttributes): string {
  return data.modality && data.modality !== "asserted" ? `${data.relation} (${data.modality})` : data.relation;
}

/** Sigma program for an edge: arrows on directed relations, curves for parallel edges. */
export function edgeTypeFor(data: EdgeAttributes, curvature: number | undefined): string {
  const directed = !RELATION_SIGNATURES[data.relation].symmetric;
  if (curvature === undefined || curvature === 0) return directed ? "arrow" : "line";
  return directed ? "curvedArrow" : "curved";
}

/**
 * Hidden by a filter: not drawn. No focus: the node as stored (the selected one keeps its label box).
 * Focus: nodes outside it are grey and unlabelled; inside, labels are forced (the answer is readable).
 */
export function nodeLook(
  state: ViewerState,
  derived: Derived,
  node: string,
  data: NodeAttributes,
  theme: Theme = THEMES.light,
): Partial<NodeDisplayData> {
  if (!derived.visibility.nodes.has(node)) return { ...data, hidden: true, label: null, highlighted: false };
  // `highlighted` makes sigma draw the label in its hover box: the selected node stays marked.
  const selected = state.selectedNode === node;
  const { focus, path } = derived;
  if (!focus) return { ...data, highlighted: selected, zIndex: selected ? 2 : 0 };
  if (!focus.nodes.has(node)) return { ...data, color: theme.fadedNode, label: null, highlighted: false, zIndex: 0 };
  const pathEnd = path !== null && state.hoveredNode === null && (path.nodes[0] === node || path.nodes.at(-1) === node);
  const center = state.hoveredNode === node || selected || pathEnd;
  // Always labelled: the label layer (label-layer.ts) keeps the larger of two colliding labels.
  return { ...data, forceLabel: true, highlighted: center, zIndex: center ? 2 : 1 };
}

/**
 * Hidden by a filter: not drawn. No focus: relation colour (fainter when not asserted), thickness
 * from the number of articles, named when zoomed in. Focus: edges outside it are hidden; inside,
 * full colour, a bit thicker, named when few (or zoomed in).
 */
export function edgeLook(derived: Derived, edge: string, data: EdgeAttributes, env: LookEnv): Partial<EdgeDisplayData> {
  const curvature = env.curvatures.get(edge);
  const type = edgeTypeFor(data, curvature);
  const base = RELATION_COLORS[data.relation];
  const size = edgeSizeFor(data.weight);
  const shape = { type, ...(curvature !== undefined ? { curvature } : {}) };
  if (!derived.visibility.edges.has(edge)) return { ...data, ...shape, color: base, size, label: null, hidden: true, zIndex: 0 };
  const { focus } = derived;
  if (!focus) {
    const tentative = data.modality !== undefined && data.modality !== "asserted";
    const color = base + (tentative ? LOOKS.edgeAlpha.tentative : LOOKS.edgeAlpha.asserted);
    return { ...data, ...shape, color, size, label: env.zoomedIn ? edgeLabelFor(data) : null, forceLabel: false, hidden: false, zIndex: 0 };
  }
  if (!focus.edges.has(edge)) return { ...data, ...shape, color: base, size, label: null, hidden: true, zIndex: 0 };
  const named = focus.edges.size <= LOOKS.edgeLabelMaxEdges;
  const label = named || env.zoomedIn ? edgeLabelFor(data) : null;
  return { ...data, ...shape, color: base, size: size + LOOKS.focusEdgeBoost, label, forceLabel: named, hidden: false, zIndex: 1 };
}

/** Looks added on top of nodeLook / edgeLook by other modules (time window sizes, community colours): O(1) per call. */
export interface LookExtras {
  readonly node?: (
    state: ViewerState,
    node: string,
    data: NodeAttributes,
    look: Partial<NodeDisplayData>,
    theme: Theme,
  ) => Partial<NodeDisplayData>;
  readonly edge?: (
    state: ViewerState,
    edge: string,
    data: EdgeAttributes,
    look: Partial<EdgeDisplayData>,
    theme: Theme,
  ) => Partial<EdgeDisplayData>;
}

export interface ReducerOptions {
  readonly derive?: Derive;
  readonly getTheme?: () => Theme;
  readonly isZoomedIn?: () => boolean;
  readonly extras?: LookExtras;
  /** False while sigma has no curve programs yet (the first frame): parallel edges are drawn straight until then. */
  readonly curvesReady?: () => boolean;
}

const NO_CURVES: ReadonlyMap<string, number> = new Map();

/**
 * Reducers reading the current state through `getState`. Visibility, paths and focus come from
 * `derive`, memoized per state object; parallel-edge curvatures are computed once here.
 */
export function createReducers(graph: NewsGraph, getState: () => ViewerState, options: ReducerOptions = {}): Reducers {
  const derive = options.derive ?? createDerive(graph);
  const getTheme = options.getTheme ?? (() => THEMES.light);
  const isZoomedIn = options.isZoomedIn ?? (() => false);
  const curvatures = parallelCurvatures(graph);
  const extras = options.extras ?? {};
  const curvesReady = options.curvesReady ?? (() => true);
  return {
    nodeReducer(node, data) {
      const state = getState();
      const theme = getTheme();
      const look = nodeLook(state, derive(state), node, data, theme);
      return extras.node ? extras.node(state, node, data, look, theme) : look;
    },
    edgeReducer(edge, data) {
      const state = getState();
      const theme = getTheme();
      const look = edgeLook(derive(state), edge, data, {
        theme,
        zoomedIn: isZoomedIn(),
        curvatures: curvesReady() ? curvatures : NO_CURVES,
      });
      return extras.edge ? extras.edge(state, edge, data, look, theme) : look;
    },
  };
}
