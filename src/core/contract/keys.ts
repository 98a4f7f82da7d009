// Stable keys derived from content: the same input always gives the same keys.
import type { NodeKind, Relation } from "./ontology.js";

/** "Prime Minister's Office" → "prime-ministers-office"; accents folded. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The key of a node; one scoped to an article (a described agreement) names that article too. */
export function nodeKey(kind: NodeKind, label: string, scope?: string): string {
  return `${kind}:${slug(label) || "x"}${scope === undefined ? "" : `@${slug(scope) || "x"}`}`;
}

export function edgeKey(source: string, relation: Relation, target: string): string {
  return `${source}|${relation}|${target}`;
}
