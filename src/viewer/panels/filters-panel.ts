// filters-panel: the legend that filters — a checkbox per node kind and relation type with its colour
// and live count, "at least N articles", "hide isolates", "showing N of M nodes" and a reset button.
// Filtering hides, it never re-lays out: positions stay those of graph.json. When nodes are coloured by
// community, the legend lists the largest communities (colour, largest member, live count) instead of
// kind colours; the kind rows stay, as filters; by number of relations, it lists the bins of that scale.
// In a big graph the nodes without any relation are hidden by default, and the legend says so
// ("10,175 unconnected entities hidden — show").
import { type NewsGraph, type NodeKind, type Relation } from "../../core/index.js";
import { el, toNodes } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import {
  resetFilters,
  setHideIsolates,
  setKindShown,
  setMinArticles,
  setRelationShown,
  setUnconnected,
  showOnlyKind,
} from "../state/actions.js";
import { hidesUnconnected, unconnectedCount } from "../state/filters.js";
import { RELATION_BINS, relationBinCounts } from "../metrics/node-metrics.js";
import type { Derive } from "../state/derive.js";
import { kindCounts, maxWeight, relationCounts } from "../state/selectors.js";
import type { Store } from "../state/store.js";
import { getInitialFilters, type ViewerState } from "../state/viewer-state.js";
import { communityColorsOf, communityRows, type CommunityRow } from "../layout/communities.js";

interface Row {
  readonly item: HTMLLIElement;
  readonly box: HTMLInputElement;
  readonly count: HTMLElement;
  readonly total: number;
}

function row(swatchClass: string, color: string, name: string, total: number, onToggle: (on: boolean) => void, onOnly?: () => void): Row {
  const box = el("input", { attrs: { type: "checkbox", "aria-label": `Show ${name}` }, dataset: { name } });
  box.checked = true;
  box.addEventListener("change", () => onToggle(box.checked));
  const count = el("span", { className: "legend-count" }, total);
  const label = el(
    "label",
    { className: "legend-label" },
    box,
    el("span", { className: swatchClass, vars: { "--swatch": color }, attrs: { "aria-hidden": "true" } }),
    el("span", { className: "legend-name" }, name),
    count,
  );
  // A double click on a kind shows that kind alone.
  if (onOnly) label.addEventListener("dblclick", (e) => (e.preventDefault(), onOnly()));
  return { item: el("li", { className: "legend-row", dataset: { name } }, label), box, count, total };
}

export function mountFiltersPanel(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph, derive: Derive): () => void {
  const kinds = new Map<NodeKind, Row>(
    kindCounts(graph).map(([kind, n]) => [
      kind,
      row(
        "swatch-dot",
        KIND_COLORS[kind],
        kind,
        n,
        (on) => store.update(setKindShown(kind, on)),
        () => store.update(showOnlyKind(kind)),
      ),
    ]),
  );
  const relations = new Map<Relation, Row>(
    relationCounts(graph).map(([relation, n]) => [
      relation,
      row("swatch-line", RELATION_COLORS[relation], relation, n, (on) => store.update(setRelationShown(relation, on))),
    ]),
  );
  const top = maxWeight(graph);
  const minArticles = el("input", {
    className: "min-articles",
    attrs: { id: "min-articles", type: "range", min: "1", max: String(Math.max(2, top)), step: "1", value: "1" },
  });
  const minValue = el("output", { className: "legend-count", attrs: { for: "min-articles" } }, "1");
  const minUnit = el("span", {}, "article");
  minArticles.addEventListener("input", () => store.update(setMinArticles(Number(minArticles.value))));
  const isolates = el("input", { attrs: { type: "checkbox", id: "hide-isolates" } });
  isolates.addEventListener("change", () => store.update(setHideIsolates(isolates.checked)));
  const showing = el("p", { className: "showing", attrs: { role: "status", "aria-live": "polite" } });
  // Unconnected entities: how many, hidden or shown, and the button that turns it over.
  const unconnected = unconnectedCount(graph);
  const unconnectedText = el("span", {});
  const unconnectedButton = el("button", { className: "link-button", attrs: { type: "button" }, dataset: { role: "unconnected" } });
  const unconnectedNote = el(
    "p",
    { className: "legend-note unconnected-note", dataset: { role: "unconnected-note" } },
    unconnectedText,
    " — ",
    unconnectedButton,
  );
  unconnectedNote.hidden = unconnected === 0;
  unconnectedButton.addEventListener("click", () => store.update(setUnconnected(hidesUnconnected(store.get(), graph) ? "show" : "hide")));
  // Colour by relations: the bins of the scale, with live counts.
  const binCounts = RELATION_BINS.map(() => el("span", { className: "legend-count" }, "0"));
  const binSection = el(
    "div",
    { className: "legend-bins" },
    el("h2", { className: "legend-title" }, "Relations per node"),
    el(
      "ul",
      { className: "legend-list", attrs: { "aria-label": "Colours by number of relations" } },
      ...RELATION_BINS.map((bin, i) =>
        el(
          "li",
          { className: "legend-row bin-row", dataset: { bin: bin.label } },
          el(
            "span",
            { className: "legend-label" },
            el("span", { className: "swatch-dot", vars: { "--swatch": bin.color }, attrs: { "aria-hidden": "true" } }),
            el("span", { className: "legend-name" }, bin.label),
            binCounts[i]!,
          ),
        ),
      ),
    ),
  );
  binSection.hidden = true;
  const resetButton = el(
    "button",
    { className: "reset", attrs: { type: "button" }, onClick: () => store.update(resetFilters) },
    "Reset filters",
  );

  // Community mode: built the first time it is asked for (Louvain runs then, not at load).
  const communityList = el("ul", { className: "legend-list community-list", attrs: { "aria-label": "Communities" } });
  const communityNote = el("p", { className: "legend-note muted" });
  const communitySection = el(
    "div",
    { className: "legend-communities" },
    el("h2", { className: "legend-title" }, "Communities"),
    communityNote,
    communityList,
  );
  communitySection.hidden = true;
  let communityCounts: { rows: CommunityRow[]; counts: HTMLElement[]; of: ReadonlyMap<string, number> } | null = null;
  const showCommunities = (on: boolean, visible: ReadonlySet<string>) => {
    communitySection.hidden = !on;
    if (!on) return;
    if (!communityCounts) {
      const { communities } = communityColorsOf(graph);
      const rows = communityRows(graph, communities);
      const counts = rows.map((r) => el("span", { className: "legend-count" }, r.size));
      communityList.replaceChildren(
        ...rows.map((r, i) =>
          el(
            "li",
            {
              className: "legend-row community-row",
              dataset: { community: String(r.community), largest: r.largest },
              attrs: { title: `${r.size} nodes; the largest is ${r.label}` },
            },
            el(
              "span",
              { className: "legend-label" },
              el("span", { className: "swatch-dot", vars: { "--swatch": r.color }, attrs: { "aria-hidden": "true" } }),
              el("span", { className: "legend-name" }, r.label),
              counts[i]!,
            ),
          ),
        ),
      );
      const rest = communities.sizes.length - rows.length;
      communityNote.textContent = `${communities.sizes.length} communities (Louvain), each named by its largest member${rest > 0 ? `; the ${rest} smaller ones are grey` : ""}.`;
      communityCounts = { rows, counts, of: communities.of };
    }
    // Live counts: the members the filters leave.
    const live = new Array<number>(communityCounts.rows.length).fill(0);
    for (const node of visible) {
      const c = communityCounts.of.get(node);
      if (c !== undefined && c < live.length) live[c]!++;
    }
    communityCounts.counts.forEach((count, i) => (count.textContent = String(live[i])));
  };

  // On a phone the legend folds into a "Filters" toggle; open by default on larger screens.
  const body = el(
    "div",
    { className: "legend-body" },
    showing,
    unconnectedNote,
    communitySection,
    binSection,
    el("h2", { className: "legend-title" }, "Nodes"),
    el("ul", { className: "legend-list", attrs: { "aria-label": "Node kinds" } }, ...[...kinds.values()].map((r) => r.item)),
    relations.size > 0 && el("h2", { className: "legend-title" }, "Relations"),
    relations.size > 0 &&
      el("ul", { className: "legend-list", attrs: { "aria-label": "Relations" } }, ...[...relations.values()].map((r) => r.item)),
    el(
      "label",
      { className: "legend-control", attrs: { title: "Hide relations found in fewer articles" } },
      el("span", {}, "At least"),
      minArticles,
      minValue,
      minUnit,
    ),
    el("label", { className: "legend-control" }, isolates, el("span", {}, "Hide nodes without visible relations")),
    resetButton,
  );
  const toggle = el(
    "button",
    { className: "legend-toggle", attrs: { type: "button", "aria-expanded": "true", "aria-controls": "legend-body" } },
    "Filters",
  );
  body.id = "legend-body";
  toggle.addEventListener("click", () => {
    const open = root.classList.toggle("is-collapsed") === false;
    toggle.setAttribute("aria-expanded", String(open));
  });
  root.replaceChildren(...toNodes([toggle, body]));
  root.hidden = false;
  if (window.matchMedia?.("(max-width: 820px)").matches) {
    root.classList.add("is-collapsed");
    toggle.setAttribute("aria-expanded", "false");
  }

  const render = (state: ViewerState) => {
    const { visibility } = derive(state);
    const { filters } = state;
    const liveKinds = new Map(kindCounts(graph, visibility.nodes));
    const liveRelations = new Map(relationCounts(graph, visibility.edges));
    for (const [kind, r] of kinds) {
      const on = !filters.hiddenKinds.includes(kind);
      r.box.checked = on;
      // Off: the number it would bring back, greyed.
      r.count.textContent = String(on ? (liveKinds.get(kind) ?? 0) : r.total);
      r.item.classList.toggle("is-off", !on);
    }
    for (const [relation, r] of relations) {
      const on = !filters.hiddenRelations.includes(relation);
      r.box.checked = on;
      r.count.textContent = String(on ? (liveRelations.get(relation) ?? 0) : r.total);
      r.item.classList.toggle("is-off", !on);
    }
    minArticles.value = String(filters.minArticles);
    minValue.textContent = String(filters.minArticles);
    minUnit.textContent = filters.minArticles === 1 ? "article" : "articles";
    isolates.checked = filters.hideIsolates;
    showCommunities(state.colorBy === "community", visibility.nodes);
    root.dataset.colorBy = state.colorBy;
    binSection.hidden = state.colorBy !== "relations";
    if (state.colorBy === "relations")
      relationBinCounts(graph, visibility.nodes).forEach((n, i) => (binCounts[i]!.textContent = String(n)));
    const hiding = hidesUnconnected(state, graph);
    unconnectedText.textContent = `${unconnected.toLocaleString("en")} unconnected ${unconnected === 1 ? "entity" : "entities"} ${hiding ? "hidden" : "shown"}`;
    unconnectedButton.textContent = hiding ? "show" : "hide";
    unconnectedButton.setAttribute("aria-label", `${hiding ? "Show" : "Hide"} the ${unconnected} entities without any relation`);
    showing.textContent = `Showing ${visibility.nodes.size} of ${graph.order} nodes, ${visibility.edges.size} of ${graph.size} relations`;
    const pristine = JSON.stringify(filters) === JSON.stringify(getInitialFilters()) && state.focus === null;
    resetButton.disabled = pristine;
    root.dataset.filtered = String(!pristine);
  };
  let shown = derive(store.get()).visibility;
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const { visibility } = derive(state);
    if (state.filters === previous.filters && state.focus === previous.focus && state.colorBy === previous.colorBy && visibility === shown)
      return;
    // NOTE: a selected unconnected node changes the visibility, not the filters: the counts follow it.
    shown = visibility;
    render(state);
  });
  return () => {
    unsubscribe();
    root.replaceChildren();
    root.hidden = true;
  };
}
