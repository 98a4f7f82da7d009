// entity-panel: the selected node — kind, aliases, articles, first and last seen, relations grouped
// by type and direction with counts (each neighbour a button, each relation's sentences on demand).
import { type NewsGraph } from "../../core/index.js";
import { el, type Child } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import { articleCount, articlesOf, datesSeen, relationsOf, type Link, type RelationGroup } from "../state/selectors.js";
import type { Visibility } from "../state/visibility.js";
import { articleList, plural } from "./article-line.js";
import { entityEdits } from "../edits/edit-controls.js";
import type { Editor } from "../edits/editor.js";
import { nodeButton } from "./node-button.js";
import { quoteCardList } from "./quote-cards.js";

/** What the entity and relation panels need: the graph, what is visible, and the actions they trigger. */
export interface DetailsView {
  readonly graph: NewsGraph;
  readonly visibility: Visibility;
  readonly select: (node: string) => void;
  readonly selectEdge: (edge: string) => void;
  readonly clear: () => void;
  readonly focus: (node: string) => void;
  readonly pathFrom: (node: string) => void;
  readonly pathTo: (node: string) => void;
  /** Corrections made in the page (absent: the panels only show). */
  readonly editor?: Editor;
}

export function detailsHeader(view: DetailsView, badge: HTMLElement, title: Child, subtitle: Child): HTMLElement {
  const hint = "Clear selection (Esc)";
  const close = el("button", { className: "close", attrs: { type: "button", "aria-label": hint, title: hint }, onClick: view.clear }, "×");
  return el(
    "header",
    { className: "details-head" },
    el("div", { className: "details-head-row" }, badge, close),
    el("h2", { className: "details-title" }, title),
    subtitle && el("p", { className: "muted" }, subtitle),
  );
}

export function modalityBadge(modality: string | undefined): Child {
  return modality !== undefined && modality !== "asserted" && el("span", { className: `badge modality modality-${modality}` }, modality);
}

function linkItem(view: DetailsView, link: Link, arrow: string): HTMLLIElement {
  const { attributes } = link;
  const articles = articleCount(view.graph, link.edge);
  // The sentences are built when first opened: a hub can have hundreds of relations.
  const evidence = el("details", { className: "link-evidence" }, el("summary", {}, plural(attributes.evidence.length, "sentence")));
  evidence.addEventListener("toggle", () => {
    if (evidence.open && evidence.childElementCount === 1) evidence.append(quoteCardList(view.graph, link.edge));
  });
  const shown = view.visibility.edges.has(link.edge);
  return el(
    "li",
    { className: shown ? "link" : "link is-hidden", dataset: { edge: link.edge } },
    el(
      "div",
      { className: "link-head" },
      el("span", { className: "arrow", attrs: { "aria-hidden": "true" } }, arrow),
      nodeButton(view.graph, link.other, view.select),
      attributes.to && el("span", { className: "muted" }, `to ${attributes.to}`),
      modalityBadge(attributes.modality),
      el(
        "button",
        {
          className: "weight",
          attrs: { type: "button", title: "Show this relation and its evidence" },
          dataset: { edge: link.edge },
          onClick: () => view.selectEdge(link.edge),
        },
        plural(articles, "article"),
      ),
      !shown && el("span", { className: "muted" }, "(filtered out)"),
    ),
    evidence,
  );
}

function relationGroup(view: DetailsView, group: RelationGroup): HTMLElement {
  const count = group.outgoing.length + group.incoming.length;
  const list = (links: readonly Link[], direction: string, arrow: string) =>
    links.length > 0 &&
    el(
      "div",
      { className: "direction" },
      el("h5", { className: "direction-title" }, `${arrow} ${direction}`, el("span", { className: "legend-count" }, links.length)),
      el(
        "ul",
        { className: "links", attrs: { "aria-label": `${group.relation}, ${direction}` } },
        ...links.map((l) => linkItem(view, l, arrow)),
      ),
    );
  return el(
    "section",
    { className: "relation-group", dataset: { relation: group.relation } },
    el(
      "h4",
      { className: "relation-title" },
      el("span", { className: "swatch-line", vars: { "--swatch": RELATION_COLORS[group.relation] }, attrs: { "aria-hidden": "true" } }),
      group.relation,
      el("span", { className: "legend-count" }, count),
    ),
    list(group.outgoing, group.symmetric ? "both ways" : "outgoing", group.symmetric ? "↔" : "→"),
    list(group.incoming, "incoming", "←"),
  );
}

export function entityDetails(view: DetailsView, node: string): Child[] {
  const { graph } = view;
  const attrs = graph.getNodeAttributes(node);
  const aliases = attrs.aliases.filter((a) => a !== attrs.label);
  const articles = articlesOf(graph, node);
  const groups = relationsOf(graph, node);
  const { first, last } = datesSeen(graph, node);
  const action = (label: string, name: string, run: () => void, title: string) =>
    el("button", { className: "action", attrs: { type: "button", title }, dataset: { action: name }, onClick: run }, label);
  return [
    detailsHeader(
      view,
      el("span", { className: "badge kind", vars: { "--swatch": KIND_COLORS[attrs.kind] } }, attrs.kind),
      attrs.label,
      `${plural(attrs.mentions, "mention")} · ${plural(articles.length, "article")} · ${plural(graph.degree(node), "relation")}`,
    ),
    el(
      "dl",
      { className: "facts" },
      el("dt", {}, "kind"),
      el("dd", {}, attrs.kind),
      el("dt", {}, "articles"),
      el("dd", { dataset: { fact: "articles" } }, articles.length),
      el("dt", {}, "first seen"),
      el("dd", { dataset: { fact: "first-seen" } }, first ?? "unknown"),
      el("dt", {}, "last seen"),
      el("dd", { dataset: { fact: "last-seen" } }, last ?? "unknown"),
    ),
    el(
      "div",
      { className: "actions" },
      action("Focus on it", "focus", () => view.focus(node), "Show only what is within a few hops of it"),
      action("Path from here", "path-from", () => view.pathFrom(node), "How is it connected to another entity?"),
      action("Path to here", "path-to", () => view.pathTo(node), "How is another entity connected to it?"),
    ),
    aliases.length > 0 &&
      el("section", {}, el("h3", {}, "Also called"), el("ul", { className: "chips" }, ...aliases.map((a) => el("li", {}, a)))),
    el(
      "section",
      {},
      el("h3", {}, "Relations"),
      ...(groups.length > 0
        ? groups.map((g) => relationGroup(view, g))
        : [el("p", { className: "muted" }, "No relation found for this node.")]),
    ),
    el("section", {}, el("h3", {}, "Mentioned in"), articleList(articles)),
    view.editor && entityEdits(graph, node, view.editor),
  ];
}
