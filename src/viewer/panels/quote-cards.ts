// quote-cards: an edge's evidence as cards — the sentence with both entities' names marked, then
// each article saying it (title, outlet, date) and the confidence; repeated sentences shown once.
import type { NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { quoteCards } from "../state/selectors.js";
import { articleLine, plural } from "./article-line.js";
import { splitOnTerms } from "./mark-terms.js";

/** Every name of both ends of `edge`, to mark in its sentences. */
export function namesOfEnds(graph: NewsGraph, edge: string): Set<string> {
  const names = new Set<string>();
  for (const node of graph.extremities(edge)) {
    const { label, aliases } = graph.getNodeAttributes(node);
    names.add(label);
    for (const alias of aliases) names.add(alias);
  }
  return names;
}

/** The sentence as text nodes, the names in <mark>. */
export function markedSentence(sentence: string, names: Iterable<string>): HTMLQuoteElement {
  return el(
    "blockquote",
    { className: "evidence-sentence" },
    ...splitOnTerms(sentence, names).map((p) => (p.marked ? el("mark", {}, p.text) : p.text)),
  );
}

/** At most this many cards are shown before "show all" (a relation can have hundreds of sentences). */
export const CARDS_SHOWN = 20;

export function quoteCardList(graph: NewsGraph, edge: string, limit = CARDS_SHOWN): HTMLElement {
  const names = namesOfEnds(graph, edge);
  const cards = quoteCards(graph, edge);
  const card = (c: (typeof cards)[number]) =>
    el(
      "li",
      { className: "evidence-item quote-card" },
      markedSentence(c.sentence, names),
      el(
        "div",
        { className: "evidence-source" },
        ...c.sources.map((article) => articleLine(article)),
        c.confidence !== undefined && el("span", { className: "muted confidence" }, `confidence ${c.confidence.toFixed(2)}`),
        c.sources.length > 1 && el("span", { className: "badge dup" }, `said in ${plural(c.sources.length, "article")}`),
      ),
    );
  const list = el("ul", { className: "evidence" }, ...cards.slice(0, limit).map(card));
  if (cards.length > limit) {
    const more = el("button", { className: "more", attrs: { type: "button" } }, `Show all ${cards.length} sentences`);
    more.addEventListener("click", () => {
      list.append(...cards.slice(limit).map(card));
      more.remove();
    });
    return el("div", {}, list, more);
  }
  return list;
}
