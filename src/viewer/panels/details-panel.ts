// details-panel: the selected node (label, kind, aliases, articles, relations by type with evidence)
// or the selected edge (relation, source → target, modality, evidence). Text only, via el().
import { RELATION_SIGNATURES, type ArticleMeta, type EdgeAttributes, type NewsGraph } from "../../core/index.js";
import { el, toNodes, type Child } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import { clearSelection, selectNode } from "../state/actions.js";
import { articlesOf, evidenceFor, relationsOf, type Link, type RelationGroup } from "../state/selectors.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { splitOnTerms } from "./mark-terms.js";

/** What every part of the panel needs: the graph and the two actions it can trigger. */
interface View {
  readonly graph: NewsGraph;
  readonly select: (node: string) => void;
  readonly clear: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Only http(s) links are followed: a `javascript:` url in the data must never become a link. */
function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function articleLine(article: ArticleMeta): HTMLElement {
  const url = safeUrl(article.url);
  const title = article.title ?? article.id;
  const meta = [article.outlet, article.date, article.title ? article.id : undefined].filter(Boolean).join(" · ");
  const titleEl = url
    ? el("a", { className: "article-title", attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, title)
    : el("span", { className: "article-title" }, title);
  return el("span", { className: "article" }, titleEl, meta && el("span", { className: "muted" }, meta));
}

function articleList(articles: readonly ArticleMeta[]): HTMLOListElement {
  return el("ol", { className: "articles" }, ...articles.map((a) => el("li", {}, articleLine(a))));
}

function nodeButton(view: View, node: string): HTMLButtonElement {
  const { label, kind } = view.graph.getNodeAttributes(node);
  return el(
    "button",
    {
      className: "node-link",
      attrs: { type: "button", title: `Select ${label} (${kind})` },
      dataset: { node },
      vars: { "--swatch": KIND_COLORS[kind] },
      onClick: () => view.select(node),
    },
    label,
  );
}

function modalityBadge({ modality }: EdgeAttributes): Child {
  return modality !== undefined && modality !== "asserted" && el("span", { className: `badge modality modality-${modality}` }, modality);
}

/** Every name of both ends, to highlight in the evidence sentences. */
function namesOfEnds(graph: NewsGraph, edge: string): Set<string> {
  const names = new Set<string>();
  for (const node of graph.extremities(edge)) {
    const { label, aliases } = graph.getNodeAttributes(node);
    names.add(label);
    for (const alias of aliases) names.add(alias);
  }
  return names;
}

function evidenceList(view: View, edge: string): HTMLElement {
  const names = namesOfEnds(view.graph, edge);
  return el(
    "ul",
    { className: "evidence" },
    ...evidenceFor(view.graph, edge).map(({ evidence, article }) =>
      el(
        "li",
        { className: "evidence-item" },
        el("blockquote", { className: "evidence-sentence" }, ...splitOnTerms(evidence.sentence, names).map((p) => (p.marked ? el("mark", {}, p.text) : p.text))),
        el(
          "div",
          { className: "evidence-source" },
          articleLine(article),
          evidence.confidence !== undefined && el("span", { className: "muted" }, `confidence ${evidence.confidence.toFixed(2)}`),
        ),
      ),
    ),
  );
}

function linkItem(view: View, link: Link, arrow: string): HTMLLIElement {
  const { attributes } = link;
  return el(
    "li",
    { className: "link", dataset: { edge: link.edge } },
    el(
      "div",
      { className: "link-head" },
      el("span", { className: "arrow", attrs: { "aria-hidden": "true" } }, arrow),
      nodeButton(view, link.other),
      attributes.to && el("span", { className: "muted" }, `to ${attributes.to}`),
      modalityBadge(attributes),
      attributes.weight > 1 &&
        el("span", { className: "weight", attrs: { title: "weight: how many times this relation was found" } }, `×${attributes.weight}`),
    ),
    evidenceList(view, link.edge),
  );
}

function relationGroup(view: View, group: RelationGroup): HTMLElement {
  const count = group.outgoing.length + group.incoming.length;
  const list = (links: readonly Link[], direction: string, arrow: string) =>
    links.length > 0 &&
    el("ul", { className: "links", attrs: { "aria-label": `${group.relation}, ${direction}` } }, ...links.map((l) => linkItem(view, l, arrow)));
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

function header(view: View, badge: HTMLElement, title: Child, subtitle: Child): HTMLElement {
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

function nodeDetails(view: View, node: string): Child[] {
  const attrs = view.graph.getNodeAttributes(node);
  const aliases = attrs.aliases.filter((a) => a !== attrs.label);
  const articles = articlesOf(view.graph, node);
  const groups = relationsOf(view.graph, node);
  return [
    header(
      view,
      el("span", { className: "badge kind", vars: { "--swatch": KIND_COLORS[attrs.kind] } }, attrs.kind),
      attrs.label,
      `${plural(attrs.mentions, "mention")} · ${plural(articles.length, "article")} · ${plural(view.graph.degree(node), "relation")}`,
    ),
    aliases.length > 0 && el("section", {}, el("h3", {}, "Also called"), el("ul", { className: "chips" }, ...aliases.map((a) => el("li", {}, a)))),
    el("section", {}, el("h3", {}, "Mentioned in"), articleList(articles)),
    el(
      "section",
      {},
      el("h3", {}, "Relations"),
      ...(groups.length > 0 ? groups.map((g) => relationGroup(view, g)) : [el("p", { className: "muted" }, "No relation found for this node.")]),
    ),
  ];
}

function edgeDetails(view: View, edge: string): Child[] {
  const attrs = view.graph.getEdgeAttributes(edge);
  const [source, target] = view.graph.extremities(edge);
  const symmetric = RELATION_SIGNATURES[attrs.relation].symmetric;
  return [
    header(
      view,
      el("span", { className: "badge relation", vars: { "--swatch": RELATION_COLORS[attrs.relation] } }, "relation"),
      attrs.relation,
      `found ${plural(attrs.weight, "time")}`,
    ),
    // Source, then the arrow, then target, one per row: long labels never squeeze the arrow out.
    el(
      "div",
      { className: "edge-ends" },
      nodeButton(view, source),
      el("span", { className: "arrow", attrs: { "aria-label": symmetric ? "and" : "to" } }, symmetric ? "↕" : "↓"),
      nodeButton(view, target),
    ),
    el(
      "dl",
      { className: "facts" },
      el("dt", {}, "modality"),
      el("dd", {}, attrs.modality ?? "asserted"),
      attrs.to !== undefined && el("dt", {}, "to"),
      attrs.to !== undefined && el("dd", {}, attrs.to),
    ),
    el("section", {}, el("h3", {}, "Evidence"), evidenceList(view, edge)),
  ];
}

function emptyDetails(graph: NewsGraph): Child[] {
  const articles = graph.getAttribute("articles");
  return [
    el("h2", { className: "details-title" }, "Explore the graph"),
    el("p", { className: "muted" }, `${plural(graph.order, "node")} · ${plural(graph.size, "relation")} · ${plural(articles.length, "article")}`),
    el(
      "ul",
      { className: "hints" },
      el("li", {}, "Hover a node to see its neighbours."),
      el("li", {}, "Click a node or an edge to see the sentences it comes from."),
      el("li", {}, "Click the background or press Esc to clear."),
    ),
    articles.length > 0 && el("section", {}, el("h3", {}, "Articles"), articleList(articles)),
  ];
}

export function mountDetailsPanel(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph): () => void {
  const view: View = {
    graph,
    select: (node) => store.update(selectNode(node)),
    clear: () => store.update(clearSelection),
  };
  const render = (state: ViewerState) => {
    if (state.selectedNode !== null) root.replaceChildren(...toNodes(nodeDetails(view, state.selectedNode)));
    else if (state.selectedEdge !== null) root.replaceChildren(...toNodes(edgeDetails(view, state.selectedEdge)));
    else root.replaceChildren(...toNodes(emptyDetails(graph)));
    root.scrollTop = 0;
    root.dataset.showing = state.selectedNode !== null ? "node" : state.selectedEdge !== null ? "edge" : "none";
  };
  render(store.get());
  // Hover changes are frequent and do not concern the panel: redraw only when the selection changes.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge) render(state);
  });
  return () => {
    unsubscribe();
    root.replaceChildren();
  };
}
