// path-panel: "How are A and B connected?" — two entity pickers, the relation types allowed, then
// the shortest path and the best few of up to 3 hops, the drawn one told hop by hop with its evidence.
import { RELATIONS, RELATION_SIGNATURES, type NewsGraph } from "../../core/index.js";
import { el, toNodes, type Child } from "../dom.js";
import { RELATION_COLORS } from "../render/settings.js";
import { clearPath, selectEdge, selectNode, setPathEnd, setPathRelation, showPath, swapPathEnds } from "../state/actions.js";
import type { Derive } from "../state/derive.js";
import { MAX_PATH_HOPS, type FoundPath, type Hop } from "../state/paths.js";
import type { SearchIndex } from "../state/search-index.js";
import { quoteCards } from "../state/selectors.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { articleLine, plural } from "./article-line.js";
import { mountEntityPicker } from "./entity-picker.js";
import { nodeButton } from "./node-button.js";
import { markedSentence, namesOfEnds } from "./quote-cards.js";

export function mountPathPanel(
  root: HTMLElement,
  store: Store<ViewerState>,
  graph: NewsGraph,
  index: SearchIndex,
  derive: Derive,
): () => void {
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const select = (node: string) => store.update(selectNode(node));

  const end = (which: "source" | "target", title: string) => {
    const input = el("input", {
      className: "picker-input",
      attrs: { type: "search", id: `path-${which}`, placeholder: "Type a name…", "aria-label": `${title} entity` },
    });
    const list = el("div", { className: "picker-list", attrs: { id: `path-${which}-list` } });
    const unmount = mountEntityPicker({ input, list, index, keepText: true, onChoose: (node) => store.update(setPathEnd(which, node)) });
    input.addEventListener("change", () => {
      if (input.value.trim() === "") store.update(setPathEnd(which, null));
    });
    const box = el(
      "div",
      { className: "picker path-end" },
      el("label", { className: "path-end-label", attrs: { for: input.id } }, title),
      input,
      list,
    );
    return { input, box, unmount };
  };
  const from = end("source", "From");
  const to = end("target", "To");
  const swap = el(
    "button",
    { className: "action", attrs: { type: "button", title: "Swap the two ends" }, onClick: () => store.update(swapPathEnds) },
    "⇅ Swap",
  );
  const clear = el("button", { className: "action", attrs: { type: "button" }, onClick: () => store.update(clearPath) }, "Clear");
  const relationBoxes = new Map(
    RELATIONS.map((relation) => {
      const box = el("input", { attrs: { type: "checkbox" }, dataset: { relation } });
      box.addEventListener("change", () => store.update(setPathRelation(relation, box.checked)));
      return [relation, box] as const;
    }),
  );
  const relationsPresent = new Set(graph.mapEdges((_e, a) => a.relation));
  const results = el("div", { className: "path-results", attrs: { "aria-live": "polite" } });

  root.replaceChildren(
    el("h2", { className: "details-title" }, "How are they connected?"),
    el("p", { className: "muted" }, `The shortest path, then other paths of up to ${MAX_PATH_HOPS} hops, over the relations shown.`),
    el("div", { className: "path-ends" }, from.box, to.box, el("div", { className: "actions" }, swap, clear)),
    el(
      "fieldset",
      { className: "path-relations" },
      el("legend", {}, "Using relations"),
      ...RELATIONS.filter((r) => relationsPresent.has(r)).map((r) =>
        el(
          "label",
          { className: "chip-check" },
          relationBoxes.get(r)!,
          el("span", { className: "swatch-line", vars: { "--swatch": RELATION_COLORS[r] } }),
          r,
        ),
      ),
    ),
    results,
  );

  const hopLine = (hop: Hop): HTMLElement => {
    const best = hop.edges[0]!;
    const attrs = graph.getEdgeAttributes(best);
    const forward = graph.source(best) === hop.from;
    const symmetric = RELATION_SIGNATURES[attrs.relation].symmetric;
    const arrow = symmetric ? "↔" : forward ? "→" : "←";
    const card = quoteCards(graph, best)[0];
    const relationButtons = hop.edges.map((edge) => {
      const relation = graph.getEdgeAttribute(edge, "relation");
      return el(
        "button",
        {
          className: "relation-chip",
          attrs: { type: "button", title: "Show this relation's evidence" },
          dataset: { edge },
          vars: { "--swatch": RELATION_COLORS[relation] },
          onClick: () => store.update(selectEdge(edge)),
        },
        `${arrow} ${relation}`,
      );
    });
    return el(
      "li",
      { className: "hop", dataset: { from: hop.from, to: hop.to } },
      el("div", { className: "hop-head" }, nodeButton(graph, hop.from, select), ...relationButtons, nodeButton(graph, hop.to, select)),
      card && markedSentence(card.sentence, namesOfEnds(graph, best)),
      card && el("div", { className: "evidence-source" }, ...card.sources.slice(0, 1).map(articleLine)),
    );
  };

  const pathItem = (path: FoundPath, i: number, active: boolean): HTMLElement => {
    const summary = path.nodes.map(label).join(" → ");
    const head = el(
      "button",
      {
        className: "path-summary",
        attrs: { type: "button", "aria-pressed": String(active), title: "Draw this path on the graph" },
        dataset: { index: String(i) },
        onClick: () => store.update(showPath(i)),
      },
      el("span", { className: "badge" }, i === 0 ? "shortest" : `#${i + 1}`),
      el("span", {}, `${plural(path.hops.length, "hop")}: ${summary}`),
    );
    return el(
      "li",
      { className: active ? "path is-active" : "path" },
      head,
      active && el("ol", { className: "hops" }, ...path.hops.map(hopLine)),
    );
  };

  const render = (state: ViewerState) => {
    const { paths } = derive(state);
    const { source, target, relations } = state.path;
    if (document.activeElement !== from.input) from.input.value = source !== null && graph.hasNode(source) ? label(source) : "";
    if (document.activeElement !== to.input) to.input.value = target !== null && graph.hasNode(target) ? label(target) : "";
    for (const [relation, box] of relationBoxes) box.checked = relations.length === 0 || relations.includes(relation);
    let body: Child[];
    if (paths.status === "incomplete")
      body = [el("p", { className: "muted" }, "Choose two entities (or use “Path from here” in an entity's details).")];
    else if (paths.status === "same") body = [el("p", { className: "muted" }, "Both ends are the same entity.")];
    else if (paths.status === "none") body = [el("p", { className: "path-none" }, "No connection between them over the relations shown.")];
    else {
      const active = Math.min(state.path.active, paths.paths.length - 1);
      body = [
        el("p", { className: "muted" }, `${plural(paths.paths.length, "path")} found`),
        el("ol", { className: "paths" }, ...paths.paths.map((p, i) => pathItem(p, i, i === active))),
      ];
    }
    results.replaceChildren(...toNodes(body));
    root.dataset.status = paths.status;
  };
  let shown = derive(store.get()).paths;
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const { paths } = derive(state);
    if (state.path === previous.path && paths === shown) return;
    shown = paths;
    render(state);
  });
  return () => {
    unsubscribe();
    from.unmount();
    to.unmount();
    root.replaceChildren();
  };
}
