// list-panel: the List tab — the visible nodes and relations as buttons, for keyboard and screen-reader
// users: Tab or ↑/↓ move, Enter selects (and the canvas follows); the canvas's selection is marked here.
import { RELATION_SIGNATURES, type NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import { selectEdge, selectNode } from "../state/actions.js";
import type { Derive } from "../state/derive.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";

/** Rows listed per section before "Show more" (a big graph has thousands). */
export const LIST_PAGE = 200;

export function mountListPanel(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph, derive: Derive, onPick: (target: { node?: string; edge?: string }) => void): () => void {
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  let shownNodes = LIST_PAGE;
  let shownEdges = LIST_PAGE;
  const rowsByKey = new Map<string, HTMLButtonElement>();

  const nodeRow = (node: string) => {
    const { kind, mentions } = graph.getNodeAttributes(node);
    const b = el(
      "button",
      { className: "list-row", attrs: { type: "button" }, dataset: { node }, vars: { "--swatch": KIND_COLORS[kind] }, onClick: () => (store.update(selectNode(node)), onPick({ node })) },
      el("span", { className: "list-dot", attrs: { "aria-hidden": "true" } }),
      el("span", { className: "list-label" }, label(node)),
      el("span", { className: "muted" }, `${kind} · ${mentions}`),
    );
    rowsByKey.set(`n:${node}`, b);
    return el("li", {}, b);
  };
  const edgeRow = (edge: string) => {
    const { relation } = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    const arrow = RELATION_SIGNATURES[relation].symmetric ? "↔" : "→";
    const b = el(
      "button",
      { className: "list-row", attrs: { type: "button" }, dataset: { edge }, vars: { "--swatch": RELATION_COLORS[relation] }, onClick: () => (store.update(selectEdge(edge)), onPick({ edge })) },
      el("span", { className: "list-line", attrs: { "aria-hidden": "true" } }),
      el("span", { className: "list-label" }, `${label(s)} ${arrow} ${label(t)}`),
      el("span", { className: "muted" }, relation),
    );
    rowsByKey.set(`e:${edge}`, b);
    return el("li", {}, b);
  };

  const render = (state: ViewerState) => {
    const { visibility } = derive(state);
    rowsByKey.clear();
    const nodes = [...visibility.nodes].sort((a, b) => label(a).localeCompare(label(b)) || (a < b ? -1 : 1));
    const edges = [...visibility.edges].sort((a, b) => {
      const [as, at] = graph.extremities(a);
      const [bs, bt] = graph.extremities(b);
      return label(as).localeCompare(label(bs)) || label(at).localeCompare(label(bt)) || (a < b ? -1 : 1);
    });
    const more = (left: number, onMore: () => void) =>
      left > 0 && el("button", { className: "more", attrs: { type: "button" }, onClick: () => (onMore(), render(store.get())) }, `Show ${Math.min(left, LIST_PAGE)} more (${left} left)`);
    root.replaceChildren(
      el("h2", { className: "details-title" }, "Visible nodes and relations"),
      el("p", { className: "muted" }, "↑ and ↓ move through the list, Enter selects; the graph follows."),
      el("h3", { attrs: { id: "list-nodes-title" } }, `Nodes (${nodes.length})`),
      el("ul", { className: "list", attrs: { "aria-labelledby": "list-nodes-title" } }, ...nodes.slice(0, shownNodes).map(nodeRow)),
      ...[more(nodes.length - shownNodes, () => (shownNodes += LIST_PAGE))].filter((x): x is HTMLButtonElement => !!x),
      el("h3", { attrs: { id: "list-edges-title" } }, `Relations (${edges.length})`),
      el("ul", { className: "list", attrs: { "aria-labelledby": "list-edges-title" } }, ...edges.slice(0, shownEdges).map(edgeRow)),
      ...[more(edges.length - shownEdges, () => (shownEdges += LIST_PAGE))].filter((x): x is HTMLButtonElement => !!x),
    );
    mark(state);
  };

  /** Marks the canvas's selection in the list and brings its row into view. */
  const mark = (state: ViewerState) => {
    for (const row of root.querySelectorAll(".list-row[aria-current]")) row.removeAttribute("aria-current");
    const key = state.selectedNode !== null ? `n:${state.selectedNode}` : state.selectedEdge !== null ? `e:${state.selectedEdge}` : null;
    const row = key === null ? undefined : rowsByKey.get(key);
    if (!row) return;
    row.setAttribute("aria-current", "true");
    if (!root.hidden && document.activeElement !== row) row.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const rows = [...root.querySelectorAll<HTMLButtonElement>(".list-row")];
    const i = rows.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)))]?.focus();
  };
  root.addEventListener("keydown", onKeyDown);

  let shown: unknown = null;
  const update = (state: ViewerState, previous?: ViewerState) => {
    // Built when the tab is first opened, then kept in step with the visibility and the selection.
    if (state.panel !== "list" && shown === null) return;
    const { visibility } = derive(state);
    if (visibility !== shown || !previous) {
      shown = visibility;
      render(state);
    } else if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge || state.panel !== previous.panel) mark(state);
  };
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => update(state, previous));
  return () => {
    unsubscribe();
    root.removeEventListener("keydown", onKeyDown);
    root.replaceChildren();
  };
}
