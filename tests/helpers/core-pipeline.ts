// core-pipeline: runs the pipeline (or its first stages) on short invented texts and
// reads the result as plain strings, so test tables can say "Ana Ruiz → Chile".
import { runPipeline, type NewsGraph, type NodeKind, type Relation } from "../../src/core/index.js";
import { cleanArticle } from "../../src/core/pipeline/1-clean/clean-article.js";
import { splitSentences } from "../../src/core/pipeline/2-segment/split-sentences.js";
import { findMentions } from "../../src/core/pipeline/3-mentions/find-mentions.js";

/** The graph of one or more texts (ids a.txt, b.txt, …), without layout. */
export function graphOf(...texts: string[]): NewsGraph {
  return runPipeline(
    texts.map((text, i) => ({ id: `${String.fromCharCode(97 + i)}.txt`, text })),
    { layout: false },
  );
}

/** Nodes as "kind:label", sorted. */
export function nodesOf(graph: NewsGraph): string[] {
  return graph.mapNodes((_, a) => `${a.kind}:${a.label}`).sort();
}

/** The node with this label (any kind), or undefined. */
export function nodeByLabel(graph: NewsGraph, label: string) {
  const key = graph.findNode((_, a) => a.label === label);
  return key === undefined ? undefined : graph.getNodeAttributes(key);
}

/**
 * Edges of one relation as "source → target" labels, sorted. `met` is symmetric and stored
 * once in either direction, so it is written "A ↔ B" with the labels in sorted order.
 * Only asserted edges by default (planned/hedged/negated ones carry a `modality`).
 */
export function edgesOf(graph: NewsGraph, relation: Relation, { asserted = true } = {}): string[] {
  const out: string[] = [];
  graph.forEachEdge((_, a, _s, _t, sa, ta) => {
    if (a.relation !== relation) return;
    if (asserted && a.modality !== undefined && a.modality !== "asserted") return;
    out.push(relation === "met" ? [sa.label, ta.label].sort().join(" ↔ ") : `${sa.label} → ${ta.label}`);
  });
  return out.sort();
}

export interface MentionView {
  readonly kind: NodeKind | "name";
  readonly name: string;
  readonly canonical?: string;
  readonly leader?: boolean;
}

/** Stages 1–3 on one text: the mentions of every sentence, flattened. */
export function mentionsOf(text: string): MentionView[] {
  const doc = cleanArticle({ id: "a.txt", text });
  return splitSentences(doc, 0).flatMap((s) =>
    findMentions(s).map((m) => ({
      kind: m.kind,
      name: m.name,
      ...(m.canonical !== undefined ? { canonical: m.canonical } : {}),
      ...(m.role ? { leader: m.role.leader } : {}),
    })),
  );
}

/** Stages 1–2 on one text: the sentences as strings. */
export function sentencesOf(text: string): string[] {
  const doc = cleanArticle({ id: "a.txt", text });
  return splitSentences(doc, 0).map((s) => text.slice(s.start, s.end));
}

/** Stage 1 on one text: the kept blocks and the dropped spans as strings, and the article read. */
export function cleaned(text: string) {
  const doc = cleanArticle({ id: "a.txt", text });
  return {
    article: doc.article,
    kept: doc.blocks.map(([a, b]) => text.slice(a, b)),
    dropped: doc.dropped.map(([a, b]) => text.slice(a, b).trim()),
  };
}
