// graph → a plain-text account of what was found in one article: its entities by kind and
// each relation with the sentence that says it, so a reader can see why an edge exists.
import { NODE_KINDS } from "../contract/ontology.js";
import type { NewsGraph } from "../contract/news-graph.js";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function explainArticle(graph: NewsGraph, articleId: string): string {
  const meta = graph.getAttribute("articles").find((a) => a.id === articleId);
  const lines: string[] = [`# ${articleId}${meta?.title ? ` — ${meta.title}` : ""}${meta?.date ? ` (${meta.date})` : ""}`];
  for (const kind of NODE_KINDS) {
    const nodes = graph
      .filterNodes((_, a) => a.kind === kind && a.articles.includes(articleId))
      .map((n) => graph.getNodeAttributes(n))
      .sort((a, b) => (a.label < b.label ? -1 : 1));
    if (!nodes.length) continue;
    lines.push(`${kind}:`);
    for (const a of nodes) {
      const others = a.aliases.filter((x) => x !== a.label);
      lines.push(`  ${a.label}${others.length ? `  (also: ${others.join(", ")})` : ""}`);
    }
  }
  const relations: string[] = [];
  graph.forEachEdge((_, a, _s, _t, sa, ta) => {
    const here = a.evidence.filter((e) => e.article === articleId);
    if (!here.length) return;
    const modality = a.modality && a.modality !== "asserted" ? ` [${a.modality}]` : "";
    relations.push(`  ${sa.label} -${a.relation}-> ${ta.label}${a.to ? ` (to ${a.to})` : ""}${modality}`);
    for (const e of here)
      relations.push(`      "${oneLine(e.sentence)}"${e.confidence !== undefined ? ` (confidence ${e.confidence})` : ""}`);
  });
  lines.push(relations.length ? "relations:" : "relations: none found", ...relations);
  return lines.join("\n") + "\n";
}
