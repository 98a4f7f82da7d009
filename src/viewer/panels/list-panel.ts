// list-panel: the List tab — the visible entities and relations as two sortable tables (entities: name,
// kind, mentions, articles, degree (relations); relations: source, relation, target, weight, first date). Each
// row's name is a button, for keyboard and screen-reader users: Tab or ↑/↓ move, Enter selects and the
// canvas follows; a click on a column's header sorts by it (again: the other way). The canvas's
// selection is marked here.
import { RELATION_SIGNATURES, type NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import { selectEdge, selectNode } from "../state/actions.js";
import type { Derive } from "../state/derive.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { firstReported } from "../time/new-since.js";
import { timeIndexOf } from "../time/time-filter.js";

/** Rows listed per table before "Show more" (a big graph has thousands). */
export const LIST_PAGE = 200;

type Value = string | number;

/** One column of a table: its header, how to read a row's value, and its first sort direction. */
export interface Column<K> {
  readonly key: string;
  readonly title: string;
  readonly value: (key: K) => Value;
  readonly numeric: boolean;
}

export interface Sort {
  readonly column: string;
  readonly descending: boolean;
}

/** Rows sorted by `sort` (numbers largest first when descending; text A→Z ascending, accent-aware), then by key. */
export function sortRows<K extends string>(keys: readonly K[], columns: readonly Column<K>[], sort: Sort): K[] {
  const column = columns.find((c) => c.key === sort.column) ?? columns[0]!;
  const sign = sort.descending ? -1 : 1;
  const values = new Map(keys.map((k) => [k, column.value(k)] as const));
  return [...keys].sort((a, b) => {
    const x = values.get(a)!;
    const y = values.get(b)!;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sign * order || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/** The next sort after a click on `column`: the same column flips, another starts largest-first (numbers) or A→Z (text). */
export function nextSort(current: Sort, column: Column<string>): Sort {
  return current.column === column.key
    ? { column: column.key, descending: !current.descending }
    : { column: column.key, descending: column.numeric };
}

export function mountListPanel(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph, derive: Derive): () => void {
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  let shownNodes = LIST_PAGE;
  let shownEdges = LIST_PAGE;
  const rowsByKey = new Map<string, HTMLButtonElement>();
  const days = timeIndexOf(graph);

  const nodeColumns: Column<string>[] = [
    { key: "label", title: "Name", value: label, numeric: false },
    { key: "kind", title: "Kind", value: (n) => graph.getNodeAttribute(n, "kind"), numeric: false },
    { key: "mentions", title: "Mentions", value: (n) => graph.getNodeAttribute(n, "mentions"), numeric: true },
    { key: "articles", title: "Articles", value: (n) => graph.getNodeAttribute(n, "articles").length, numeric: true },
    { key: "degree", title: "Degree", value: (n) => graph.degree(n), numeric: true },
  ];
  const edgeColumns: Column<string>[] = [
    { key: "source", title: "Source", value: (e) => label(graph.source(e)), numeric: false },
    { key: "relation", title: "Relation", value: (e) => graph.getEdgeAttribute(e, "relation"), numeric: false },
    { key: "target", title: "Target", value: (e) => label(graph.target(e)), numeric: false },
    { key: "weight", title: "Weight", value: (e) => graph.getEdgeAttribute(e, "weight"), numeric: true },
    { key: "first", title: "First date", value: (e) => firstReported(days, e) ?? "", numeric: false },
  ];
  let nodeSort: Sort = { column: "mentions", descending: true };
  let edgeSort: Sort = { column: "weight", descending: true };

  const nodeRow = (node: string) => {
    const { kind, mentions, articles } = graph.getNodeAttributes(node);
    const b = el(
      "button",
      {
        className: "list-row",
        attrs: { type: "button" },
        dataset: { node },
        vars: { "--swatch": KIND_COLORS[kind] },
        onClick: () => store.update(selectNode(node)),
      },
      el("span", { className: "list-dot", attrs: { "aria-hidden": "true" } }),
      el("span", { className: "list-label" }, label(node)),
    );
    rowsByKey.set(`n:${node}`, b);
    return el(
      "tr",
      { dataset: { node } },
      el("td", {}, b),
      el("td", { className: "muted" }, kind),
      el("td", { className: "num" }, mentions),
      el("td", { className: "num" }, articles.length),
      el("td", { className: "num" }, graph.degree(node)),
    );
  };
  const edgeRow = (edge: string) => {
    const { relation, weight } = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    const arrow = RELATION_SIGNATURES[relation].symmetric ? "↔" : "→";
    const b = el(
      "button",
      {
        className: "list-row",
        attrs: { type: "button", "aria-label": `${label(s)} ${relation} ${label(t)}` },
        dataset: { edge },
        vars: { "--swatch": RELATION_COLORS[relation] },
        onClick: () => store.update(selectEdge(edge)),
      },
      el("span", { className: "list-line", attrs: { "aria-hidden": "true" } }),
      el("span", { className: "list-label" }, label(s)),
    );
    rowsByKey.set(`e:${edge}`, b);
    return el(
      "tr",
      { dataset: { edge } },
      el("td", {}, b),
      el("td", { className: "muted" }, `${arrow} ${relation}`),
      el("td", {}, label(t)),
      el("td", { className: "num" }, weight),
      el("td", { className: "num" }, firstReported(days, edge) ?? "–"),
    );
  };

  const table = (name: string, caption: string, columns: Column<string>[], sort: Sort, onSort: (next: Sort) => void, rows: HTMLElement[]) =>
    el(
      "table",
      { className: "table", dataset: { table: name } },
      el("caption", {}, caption),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...columns.map((c) =>
            el(
              "th",
              {
                className: c.numeric ? "num" : "",
                attrs: { scope: "col", "aria-sort": sort.column === c.key ? (sort.descending ? "descending" : "ascending") : "none" },
              },
              el(
                "button",
                { className: "sort", attrs: { type: "button" }, dataset: { sort: c.key }, onClick: () => onSort(nextSort(sort, c)) },
                c.title,
              ),
            ),
          ),
        ),
      ),
      el("tbody", {}, ...rows),
    );

  const render = (state: ViewerState) => {
    const { visibility } = derive(state);
    rowsByKey.clear();
    const nodes = sortRows([...visibility.nodes], nodeColumns, nodeSort);
    const edges = sortRows([...visibility.edges], edgeColumns, edgeSort);
    const more = (left: number, onMore: () => void) =>
      left > 0
        ? [
            el(
              "button",
              { className: "more", attrs: { type: "button" }, onClick: () => (onMore(), render(store.get())) },
              `Show ${Math.min(left, LIST_PAGE)} more (${left} left)`,
            ),
          ]
        : [];
    root.replaceChildren(
      el("h2", { className: "details-title" }, "Visible entities and relations"),
      el("p", { className: "muted" }, "A click on a column sorts by it. ↑ and ↓ move through the names, Enter selects; the graph follows."),
      table(
        "nodes",
        `Entities (${nodes.length})`,
        nodeColumns,
        nodeSort,
        (next) => ((nodeSort = next), render(store.get())),
        nodes.slice(0, shownNodes).map(nodeRow),
      ),
      ...more(nodes.length - shownNodes, () => (shownNodes += LIST_PAGE)),
      table(
        "edges",
        `Relations (${edges.length})`,
        edgeColumns,
        edgeSort,
        (next) => ((edgeSort = next), render(store.get())),
        edges.slice(0, shownEdges).map(edgeRow),
      ),
      ...more(edges.length - shownEdges, () => (shownEdges += LIST_PAGE)),
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
    } else if (
      state.selectedNode !== previous.selectedNode ||
      state.selectedEdge !== previous.selectedEdge ||
      state.panel !== previous.panel
    )
      mark(state);
  };
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => update(state, previous));
  return () => {
    unsubscribe();
    root.removeEventListener("keydown", onKeyDown);
    root.replaceChildren();
  };
}
