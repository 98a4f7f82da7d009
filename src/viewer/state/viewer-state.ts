// viewer-state: what the user is looking at (hover, selection, search, filters, focus, path query,
// open tab), never how it looks. A plain serializable object: URL sync and tests can JSON it.
// Looks are derived from it in render/reducers.ts; the graph itself is never changed.
// How to add a filter (e.g. a time window): see state/README.md and state/filters.ts.
import type { NodeKind, Relation } from "../../core/index.js";
import type { ColorMode } from "../layout/color-mode.js";
import type { SizeMode } from "../metrics/size-mode.js";
import { getInitialTimeState, type TimeState } from "../time/time-state.js";

/** Filters that double as the legend. Lists are kept sorted (ontology order) so equal filters compare equal. */
export interface Filters {
  /** Node kinds switched off in the legend. */
  readonly hiddenKinds: readonly NodeKind[];
  /** Relation types switched off in the legend. */
  readonly hiddenRelations: readonly Relation[];
  /** Edges supported by fewer distinct articles (their weight) are hidden; 1 keeps all. */
  readonly minArticles: number;
  /** Hide nodes left without a visible edge. */
  readonly hideIsolates: boolean;
  /**
   * Nodes without any relation in the graph: "auto" hides them in a big graph (UNCONNECTED_HIDDEN_FROM
   * nodes or more) and shows them in a small one; "show" and "hide" are the user's choice. A selected
   * unconnected node is shown whatever this says (the search finds them).
   */
  readonly unconnected: UnconnectedMode;
}

export const UNCONNECTED_MODES = ["auto", "show", "hide"] as const;
export type UnconnectedMode = (typeof UNCONNECTED_MODES)[number];

/** From this many nodes on, unconnected nodes are hidden by default: the page opens on the connected core. */
export const UNCONNECTED_HIDDEN_FROM = 2000;

/** "N hops around X": only nodes within `hops` visible edges of `node` are shown. */
export interface FocusQuery {
  readonly node: string;
  readonly hops: number;
}

/** "How are A and B connected?" */
export interface PathQuery {
  readonly source: string | null;
  readonly target: string | null;
  /** Relation types the paths may use; empty: any. */
  readonly relations: readonly Relation[];
  /** Which of the paths found is drawn on the canvas (0: the shortest). */
  readonly active: number;
}

/** The side panel's tabs. */
export const PANEL_TABS = ["details", "path", "list", "edits"] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface ViewerState {
  /** The node under the mouse, if any. */
  readonly hoveredNode: string | null;
  /** The clicked node; at most one of selectedNode / selectedEdge is set. */
  readonly selectedNode: string | null;
  /** The clicked edge; at most one of selectedNode / selectedEdge is set. */
  readonly selectedEdge: string | null;
  /** The search box's text. */
  readonly query: string;
  readonly filters: Filters;
  readonly focus: FocusQuery | null;
  readonly path: PathQuery;
  readonly panel: PanelTab;
  /** Time window and "new since" date (src/viewer/time/). */
  readonly time: TimeState;
  /** Node colours: by kind (stored), by Louvain community (src/viewer/layout/) or by number of relations. */
  readonly colorBy: ColorMode;
  /** Node sizes: by mentions (stored), articles, degree or PageRank (src/viewer/metrics/). */
  readonly sizeBy: SizeMode;
}

export function getInitialFilters(): Filters {
  return { hiddenKinds: [], hiddenRelations: [], minArticles: 1, hideIsolates: false, unconnected: "auto" };
}

export function getEmptyPathQuery(): PathQuery {
  return { source: null, target: null, relations: [], active: 0 };
}

export function getInitialViewerState(): ViewerState {
  return {
    hoveredNode: null,
    selectedNode: null,
    selectedEdge: null,
    query: "",
    filters: getInitialFilters(),
    focus: null,
    path: getEmptyPathQuery(),
    panel: "details",
    time: getInitialTimeState(),
    colorBy: "kind",
    sizeBy: "mentions",
  };
}
