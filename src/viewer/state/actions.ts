// actions: producers (state → state) for everything the user can do; each returns the same
// object when nothing changes, so the store notifies no one (hovering the hovered node is free).
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../core/index.js";
import type { Producer } from "./store.js";
import {
  getEmptyPathQuery,
  getInitialFilters,
  getInitialViewerState,
  type Filters,
  type PanelTab,
  type PathQuery,
  type UnconnectedMode,
  type ViewerState,
} from "./viewer-state.js";

/** Largest "N hops around X". */
export const MAX_FOCUS_HOPS = 5;

export function hoverNode(node: string | null): Producer<ViewerState> {
  return (state) => (state.hoveredNode === node ? state : { ...state, hoveredNode: node });
}

/** Selects `node` (sticky), drops any edge selection and shows its details. */
export function selectNode(node: string): Producer<ViewerState> {
  return (state) =>
    state.selectedNode === node && state.selectedEdge === null && state.panel !== "path"
      ? state
      : { ...state, selectedNode: node, selectedEdge: null, panel: state.panel === "path" ? "details" : state.panel };
}

/** Selects `edge` (sticky), drops any node selection and shows its details. */
export function selectEdge(edge: string): Producer<ViewerState> {
  return (state) =>
    state.selectedEdge === edge && state.selectedNode === null && state.panel !== "path"
      ? state
      : { ...state, selectedNode: null, selectedEdge: edge, panel: state.panel === "path" ? "details" : state.panel };
}

/** Clears the selection (stage click, Esc); the hover, which follows the mouse, is kept. */
export const clearSelection: Producer<ViewerState> = (state) =>
  state.selectedNode === null && state.selectedEdge === null ? state : { ...state, selectedNode: null, selectedEdge: null };

/** Esc: clears the selection first; pressed again, leaves focus mode, then the path view. */
export const escape: Producer<ViewerState> = (state) => {
  if (state.selectedNode !== null || state.selectedEdge !== null) return clearSelection(state);
  if (state.focus !== null) return { ...state, focus: null };
  if (state.panel === "path") return { ...state, panel: "details" };
  return state;
};

export function setQuery(query: string): Producer<ViewerState> {
  return (state) => (state.query === query ? state : { ...state, query });
}

export function showPanel(panel: PanelTab): Producer<ViewerState> {
  return (state) => (state.panel === panel ? state : { ...state, panel });
}

function setFilters(change: (filters: Filters) => Filters): Producer<ViewerState> {
  return (state) => {
    const filters = change(state.filters);
    return filters === state.filters ? state : { ...state, filters };
  };
}

/** `list` with `item` added or removed, in `order`. */
function toggled<T>(order: readonly T[], list: readonly T[], item: T, on: boolean): readonly T[] {
  return order.filter((x) => (x === item ? !on : list.includes(x)));
}

/** Shows (`on`) or hides the nodes of `kind`. */
export function setKindShown(kind: NodeKind, on: boolean): Producer<ViewerState> {
  return setFilters((f) => (f.hiddenKinds.includes(kind) !== on ? f : { ...f, hiddenKinds: toggled(NODE_KINDS, f.hiddenKinds, kind, on) }));
}

/** Shows (`on`) or hides the edges of `relation`. */
export function setRelationShown(relation: Relation, on: boolean): Producer<ViewerState> {
  return setFilters((f) =>
    f.hiddenRelations.includes(relation) !== on ? f : { ...f, hiddenRelations: toggled(RELATIONS, f.hiddenRelations, relation, on) },
  );
}

/** Only `kind` shown (a double click on a legend row). */
export function showOnlyKind(kind: NodeKind): Producer<ViewerState> {
  return setFilters((f) => ({ ...f, hiddenKinds: NODE_KINDS.filter((k) => k !== kind) }));
}

export function setMinArticles(n: number): Producer<ViewerState> {
  const minArticles = Math.max(1, Math.floor(Number.isFinite(n) ? n : 1));
  return setFilters((f) => (f.minArticles === minArticles ? f : { ...f, minArticles }));
}

export function setHideIsolates(on: boolean): Producer<ViewerState> {
  return setFilters((f) => (f.hideIsolates === on ? f : { ...f, hideIsolates: on }));
}

/** Shows or hides the nodes that have no relation at all ("auto": hidden in a big graph). */
export function setUnconnected(mode: UnconnectedMode): Producer<ViewerState> {
  return setFilters((f) => (f.unconnected === mode ? f : { ...f, unconnected: mode }));
}

/** The legend's reset: every filter back to "show all", focus mode left. */
export const resetFilters: Producer<ViewerState> = (state) => {
  const initial = getInitialFilters();
  const same = JSON.stringify(state.filters) === JSON.stringify(initial);
  return same && state.focus === null ? state : { ...state, filters: same ? state.filters : initial, focus: null };
};

/** "N hops around `node`" (1 to MAX_FOCUS_HOPS); selects the node too. */
export function focusOn(node: string, hops = 1): Producer<ViewerState> {
  const n = Math.max(1, Math.min(MAX_FOCUS_HOPS, Math.round(hops)));
  return (state) => (state.focus?.node === node && state.focus.hops === n ? state : { ...state, focus: { node, hops: n } });
}

/** + / − on the focus: one hop more or less (never below 1 or above MAX_FOCUS_HOPS). */
export function changeFocusHops(delta: number): Producer<ViewerState> {
  return (state) => (state.focus === null ? state : focusOn(state.focus.node, state.focus.hops + delta)(state));
}

export const leaveFocus: Producer<ViewerState> = (state) => (state.focus === null ? state : { ...state, focus: null });

function setPath(change: (path: PathQuery) => PathQuery): Producer<ViewerState> {
  return (state) => {
    const path = change(state.path);
    return path === state.path && state.panel === "path" ? state : { ...state, path, panel: "path" };
  };
}

/** Sets one end of the path query (null clears it) and opens the path tab; the drawn path goes back to the shortest. */
export function setPathEnd(end: "source" | "target", node: string | null): Producer<ViewerState> {
  return setPath((p) => (p[end] === node ? p : { ...p, [end]: node, active: 0 }));
}

export const swapPathEnds: Producer<ViewerState> = setPath((p) => ({ ...p, source: p.target, target: p.source, active: 0 }));

/** Allows (`on`) or forbids `relation` in paths; forbidding from "any" allows all the others. */
export function setPathRelation(relation: Relation, on: boolean): Producer<ViewerState> {
  return setPath((p) => {
    const allowed = p.relations.length === 0 ? RELATIONS : p.relations;
    if (allowed.includes(relation) === on) return p;
    const next = RELATIONS.filter((r) => (r === relation ? on : allowed.includes(r)));
    return { ...p, relations: next.length === RELATIONS.length ? [] : next, active: 0 };
  });
}

export function showPath(index: number): Producer<ViewerState> {
  return setPath((p) => (p.active === index ? p : { ...p, active: index }));
}

export const clearPath: Producer<ViewerState> = (state) =>
  state.path.source === null && state.path.target === null && state.path.relations.length === 0
    ? state
    : { ...state, path: getEmptyPathQuery() };

export const reset: Producer<ViewerState> = () => getInitialViewerState();
