// The shape of a relation rule: a function from a sentence frame to found relations.
import type { Modality, Relation } from "../../contract/ontology.js";
import type { Frame } from "./sentence-frame.js";

export interface Found {
  readonly source: number;
  readonly relation: Relation;
  readonly target: number;
  readonly modality: Modality;
  readonly confidence: number;
  readonly to?: number;
}

export type RelationRule = (frame: Frame) => Found[];

/** Indices of tokens whose lower-case text is in `words` (single words only). */
export function triggerIndices(frame: Frame, words: ReadonlySet<string>): number[] {
  const out: number[] = [];
  frame.tokens.forEach((t, i) => {
    if (words.has(t.lower) && !frame.slots.some((s) => i >= s.first && i < s.last && !s.anaphoric)) out.push(i);
  });
  return out;
}
