// details-panel: the Details tab — the selected node (entity-panel), the selected edge with every
// relation between its two ends (relation-panel), or an overview. Text only, via el().
import type { NewsGraph } from "../../core/index.js";
import type { Editor } from "../edits/editor.js";
import { el, toNodes, type Child } from "../dom.js";
import { clearSelection, focusOn, selectEdge, selectNode, setPathEnd } from "../state/actions.js";
import type { Derive } from "../state/derive.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { articleList, plural } from "./article-line.js";
import { entityDetails, type DetailsView } from "./entity-panel.js";
import { relationDetails } from "./relation-panel.js";
import { reveal, selectionHidden } from "./reveal.js";

function emptyDetails(graph: NewsGraph): Child[] {
  const articles = graph.getAttribute("articles");
  return [
    el("h2", { className: "details-title" }, "Explore the graph"),
    el(
      "p",
      { className: "muted" },
      `${plural(graph.order, "node")} · ${plural(graph.size, "relation")} · ${plural(articles.length, "article")}`,
    ),
    el(
      "ul",
      { className: "hints" },
      el("li", {}, "Press / to search a name; Enter flies to it."),
      el("li", {}, "Hover a node to see its neighbours; click it to keep them."),
      el("li", {}, "Click an edge to read the sentences it comes from."),
      el("li", {}, "Untick kinds and relations in the legend to filter."),
      el("li", {}, "Click the background or press Esc to clear."),
    ),
    articles.length > 0 && el("section", {}, el("h3", {}, "Articles"), articleList(articles)),
  ];
}

export function mountDetailsPanel(
  root: HTMLElement,
  store: Store<ViewerState>,
  graph: NewsGraph,
  derive: Derive,
  editor?: Editor,
): () => void {
  const render = (state: ViewerState) => {
    const view: DetailsView = {
      graph,
      visibility: derive(state).visibility,
      select: (node) => store.update(selectNode(node)),
      selectEdge: (edge) => store.update(selectEdge(edge)),
      clear: () => store.update(clearSelection),
      focus: (node) => store.update(focusOn(node, 1)),
      pathFrom: (node) => store.update(setPathEnd("source", node)),
      pathTo: (node) => store.update(setPathEnd("target", node)),
      ...(editor ? { editor } : {}),
    };
    const node = state.selectedNode !== null && graph.hasNode(state.selectedNode) ? state.selectedNode : null;
    const edge = state.selectedEdge !== null && graph.hasEdge(state.selectedEdge) ? state.selectedEdge : null;
    // Selected but hidden by the filters (e.g. a shared link with filters on): say so, offer to show it.
    const hidden = (node !== null || edge !== null) && selectionHidden(state, view.visibility);
    const note =
      hidden &&
      el(
        "div",
        { className: "hidden-note", attrs: { role: "status" } },
        el("span", {}, `This ${node !== null ? "entity" : "relation"} is hidden by the current filters.`),
        el(
          "button",
          {
            className: "show-anyway",
            attrs: { type: "button" },
            onClick: () => reveal(store, derive, (v) => !selectionHidden(store.get(), v)),
          },
          "Show anyway",
        ),
      );
    const body = node !== null ? entityDetails(view, node) : edge !== null ? relationDetails(view, edge) : emptyDetails(graph);
    root.replaceChildren(...toNodes([note, ...body]));
    root.scrollTop = 0;
    root.dataset.showing = node !== null ? "node" : edge !== null ? "edge" : "none";
    root.dataset.hidden = String(hidden);
  };
  let shown = derive(store.get()).visibility;
  render(store.get());
  // Hover changes are frequent and do not concern the panel: redraw when the selection or the filters change.
  const unsubscribe = store.subscribe((state, previous) => {
    const { visibility } = derive(state);
    if (state.selectedNode === previous.selectedNode && state.selectedEdge === previous.selectedEdge && visibility === shown) return;
    shown = visibility;
    render(state);
  });
  return () => {
    unsubscribe();
    root.replaceChildren();
  };
}
