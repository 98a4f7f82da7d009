// hash-codec: the shareable part of the viewer state (selection, search, filters, focus, path query,
// time window, colour and size modes, open tab) and the camera ⇄ the URL hash, as pure functions.
// e.g. #node=leader%3Aana-ruiz&hide-kinds=place&window=2026-03-01~2026-03-31&cam=0.51,0.48,0.8,0
// Defaults are left out (the bare page has an empty hash); anything unreadable is dropped, never thrown.
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../core/index.js";
import { COLOR_MODES, type ColorMode } from "../layout/color-mode.js";
import { MAX_FOCUS_HOPS } from "../state/actions.js";
import { SIZE_MODES, type SizeMode } from "../metrics/size-mode.js";
import {
  PANEL_TABS,
  UNCONNECTED_MODES,
  getInitialViewerState,
  type PanelTab,
  type UnconnectedMode,
  type ViewerState,
} from "../state/viewer-state.js";

export interface CameraState {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
  readonly angle: number;
}

/** What the hash holds: the viewer state without the hover, plus the camera. */
export type HashState = Omit<ViewerState, "hoveredNode"> & { readonly camera: CameraState | null };

/** The keys the decoder may accept: a hash naming a node or edge the graph lacks drops it. */
export interface GraphKeys {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function hashStateOf(state: ViewerState, camera: CameraState | null): HashState {
  const { hoveredNode: _hover, ...rest } = state;
  return { ...rest, camera };
}

/** The hash (with its "#", or "" for the default view) of a state and camera. */
export function encodeHash(state: HashState): string {
  const p = new URLSearchParams();
  const initial = getInitialViewerState();
  if (state.selectedNode !== null) p.set("node", state.selectedNode);
  if (state.selectedEdge !== null) p.set("edge", state.selectedEdge);
  if (state.query !== "") p.set("q", state.query);
  const f = state.filters;
  if (f.hiddenKinds.length > 0) p.set("hide-kinds", f.hiddenKinds.join(","));
  if (f.hiddenRelations.length > 0) p.set("hide-relations", f.hiddenRelations.join(","));
  if (f.minArticles !== initial.filters.minArticles) p.set("min-articles", String(f.minArticles));
  if (f.hideIsolates) p.set("hide-isolates", "1");
  if (f.unconnected !== initial.filters.unconnected) p.set("unconnected", f.unconnected);
  if (state.focus !== null) p.set("focus", `${state.focus.hops}~${state.focus.node}`);
  const path = state.path;
  if (path.source !== null) p.set("path-from", path.source);
  if (path.target !== null) p.set("path-to", path.target);
  if (path.relations.length > 0) p.set("path-relations", path.relations.join(","));
  if (path.active !== 0) p.set("path-shown", String(path.active));
  if (state.time.window !== null) p.set("window", `${state.time.window.from}~${state.time.window.to}`);
  if (state.time.newSince !== null) p.set("new-since", state.time.newSince);
  if (state.colorBy !== initial.colorBy) p.set("color", state.colorBy);
  if (state.sizeBy !== initial.sizeBy) p.set("size", state.sizeBy);
  if (state.panel !== initial.panel) p.set("tab", state.panel);
  const c = state.camera;
  if (c !== null) p.set("cam", [round(c.x, 4), round(c.y, 4), round(c.ratio, 4), round(c.angle, 4)].join(","));
  const text = p.toString();
  return text === "" ? "" : `#${text}`;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (value === null) return [];
  const wanted = new Set(value.split(","));
  // NOTE: kept in the ontology's order, as the actions keep them, so equal filters compare equal.
  return allowed.filter((item) => wanted.has(item));
}

function intIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function cameraOf(value: string | null): CameraState | null {
  if (value === null) return null;
  const parts = value.split(",").map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return ratio > 0 && Math.abs(x) < 1e6 && Math.abs(y) < 1e6 && ratio < 1e6 ? { x, y, ratio, angle } : null;
}

/**
 * The state a hash describes, every missing or unreadable part at its default.
 * e.g. "#node=nowhere&hide-kinds=planet,place&window=soon" → no selection, places hidden, no window.
 */
export function decodeHash(hash: string, graph: GraphKeys): HashState {
  const initial = getInitialViewerState();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return { ...hashStateOf(initial, null) };
  }
  const node = p.get("node");
  const edge = p.get("edge");
  const selectedNode = node !== null && graph.hasNode(node) ? node : null;
  const selectedEdge = selectedNode === null && edge !== null && graph.hasEdge(edge) ? edge : null;

  const focusMatch = /^(\d{1,2})~(.+)$/s.exec(p.get("focus") ?? "");
  const focusHops = focusMatch ? intIn(focusMatch[1]!, 1, MAX_FOCUS_HOPS) : null;
  const focus = focusMatch && focusHops !== null && graph.hasNode(focusMatch[2]!) ? { node: focusMatch[2]!, hops: focusHops } : null;

  const source = p.get("path-from");
  const target = p.get("path-to");
  const windowMatch = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/.exec(p.get("window") ?? "");
  const newSince = p.get("new-since");
  const color = p.get("color");
  const size = p.get("size");
  const unconnected = p.get("unconnected");
  const tab = p.get("tab");

  return {
    selectedNode,
    selectedEdge,
    query: (p.get("q") ?? "").slice(0, 200),
    filters: {
      hiddenKinds: listOf<NodeKind>(p.get("hide-kinds"), NODE_KINDS),
      hiddenRelations: listOf<Relation>(p.get("hide-relations"), RELATIONS),
      minArticles: intIn(p.get("min-articles"), 1, 1_000_000) ?? initial.filters.minArticles,
      hideIsolates: p.get("hide-isolates") === "1",
      unconnected: UNCONNECTED_MODES.includes(unconnected as UnconnectedMode)
        ? (unconnected as UnconnectedMode)
        : initial.filters.unconnected,
    },
    focus,
    path: {
      source: source !== null && graph.hasNode(source) ? source : null,
      target: target !== null && graph.hasNode(target) ? target : null,
      relations: listOf<Relation>(p.get("path-relations"), RELATIONS),
      active: intIn(p.get("path-shown"), 0, 1000) ?? 0,
    },
    time: {
      window: windowMatch && windowMatch[1]! <= windowMatch[2]! ? { from: windowMatch[1]!, to: windowMatch[2]! } : null,
      newSince: newSince !== null && DAY.test(newSince) ? newSince : null,
    },
    colorBy: COLOR_MODES.includes(color as ColorMode) ? (color as ColorMode) : initial.colorBy,
    sizeBy: SIZE_MODES.includes(size as SizeMode) ? (size as SizeMode) : initial.sizeBy,
    panel: PANEL_TABS.includes(tab as PanelTab) ? (tab as PanelTab) : initial.panel,
    camera: cameraOf(p.get("cam")),
  };
}

/** The part of the hash that is not the camera: a change there is a step in history, a camera move is not. */
export function withoutCamera(state: HashState): string {
  return encodeHash({ ...state, camera: null });
}

/** Producer: the viewer state a decoded hash describes (the hover is kept; the same object when nothing changes). */
export function applyHashState(hash: HashState): (state: ViewerState) => ViewerState {
  return (state) => {
    const { camera: _camera, ...rest } = hash;
    const next: ViewerState = { ...rest, hoveredNode: state.hoveredNode };
    return withoutCamera(hashStateOf(state, null)) === withoutCamera(hashStateOf(next, null)) ? state : next;
  };
}
