// relation-panel: the selected edge and every other relation between the same two entities
// (parallel edges, both directions), each with its evidence as quote cards.
import { RELATION_SIGNATURES } from "../../core/index.js";
import { relationEdits } from "../edits/edit-controls.js";
import { el, type Child } from "../dom.js";
import { RELATION_COLORS } from "../render/settings.js";
import { articleCount, edgesBetween } from "../state/selectors.js";
import { plural } from "./article-line.js";
import { detailsHeader, modalityBadge, type DetailsView } from "./entity-panel.js";
import { nodeButton } from "./node-button.js";
import { quoteCardList } from "./quote-cards.js";

function relationSection(view: DetailsView, edge: string, selected: boolean): HTMLElement {
  const { graph } = view;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const symmetric = RELATION_SIGNATURES[attrs.relation].symmetric;
  const label = (n: string) => graph.getNodeAttribute(n, "label");
  return el(
    "section",
    { className: selected ? "relation-card is-selected" : "relation-card", dataset: { edge, relation: attrs.relation } },
    el(
      "h4",
      { className: "relation-title" },
      el("span", { className: "swatch-line", vars: { "--swatch": RELATION_COLORS[attrs.relation] }, attrs: { "aria-hidden": "true" } }),
      attrs.relation,
      modalityBadge(attrs.modality),
      el("span", { className: "legend-count" }, plural(articleCount(graph, edge), "article")),
    ),
    el(
      "p",
      { className: "muted relation-direction" },
      `${label(source)} ${symmetric ? "↔" : "→"} ${label(target)}`,
      attrs.to !== undefined ? ` (to ${attrs.to})` : "",
    ),
    quoteCardList(graph, edge),
  );
}

export function relationDetails(view: DetailsView, edge: string): Child[] {
  const { graph } = view;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const symmetric = RELATION_SIGNATURES[attrs.relation].symmetric;
  const all = edgesBetween(graph, source, target);
  const others = all.filter((e) => e !== edge);
  return [
    detailsHeader(
      view,
      el("span", { className: "badge relation", vars: { "--swatch": RELATION_COLORS[attrs.relation] } }, "relation"),
      attrs.relation,
      `${plural(articleCount(graph, edge), "article")} · ${plural(all.length, "relation")} between these two`,
    ),
    // Source, then the arrow, then target, one per row: long labels never squeeze the arrow out.
    el(
      "div",
      { className: "edge-ends" },
      nodeButton(graph, source, view.select),
      el("span", { className: "arrow", attrs: { "aria-label": symmetric ? "and" : "to" } }, symmetric ? "↕" : "↓"),
      nodeButton(graph, target, view.select),
    ),
    el(
      "dl",
      { className: "facts" },
      el("dt", {}, "modality"),
      el("dd", {}, attrs.modality ?? "asserted"),
      attrs.to !== undefined && el("dt", {}, "to"),
      attrs.to !== undefined && el("dd", {}, attrs.to),
    ),
    el("h3", {}, "Evidence"),
    relationSection(view, edge, true),
    others.length > 0 && el("h3", {}, `Also between them (${others.length})`),
    ...others.map((e) => relationSection(view, e, false)),
    view.editor && relationEdits(graph, edge, view.editor),
  ];
}
