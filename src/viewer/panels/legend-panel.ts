// legend-panel: each node kind with its colour and count, then each relation with its own (absent ones left out).
// Static: it depends on the graph only, so it renders once; returns the cleanup that empties it.
import type { NewsGraph } from "../../core/index.js";
import { el, toNodes } from "../dom.js";
import { KIND_COLORS, RELATION_COLORS } from "../render/settings.js";
import { kindCounts, relationCounts } from "../state/selectors.js";

function row(swatchClass: string, color: string, name: string, count: number): HTMLLIElement {
  return el(
    "li",
    { className: "legend-row", dataset: { name } },
    el("span", { className: swatchClass, vars: { "--swatch": color }, attrs: { "aria-hidden": "true" } }),
    el("span", { className: "legend-name" }, name),
    el("span", { className: "legend-count" }, count),
  );
}

export function mountLegendPanel(root: HTMLElement, graph: NewsGraph): () => void {
  const kinds = kindCounts(graph);
  const relations = relationCounts(graph);
  const kindRows = kinds.map(([kind, n]) => row("swatch-dot", KIND_COLORS[kind], kind, n));
  const relationRows = relations.map(([relation, n]) => row("swatch-line", RELATION_COLORS[relation], relation, n));
  root.replaceChildren(
    ...toNodes([
      el("h2", { className: "legend-title" }, "Nodes"),
      el("ul", { className: "legend-list", attrs: { "aria-label": "Node kinds" } }, ...kindRows),
      relations.length > 0 && el("h2", { className: "legend-title" }, "Relations"),
      relations.length > 0 && el("ul", { className: "legend-list", attrs: { "aria-label": "Relations" } }, ...relationRows),
    ]),
  );
  root.hidden = false;
  return () => {
    root.replaceChildren();
    root.hidden = true;
  };
}
