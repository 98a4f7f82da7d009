// One article once resolved, written down for the relation rules of stage 5 alone: its text,
// sentences and mentions (as in a fragment) with the entity each mention was resolved to, and a
// table of just those entities. Entities are numbered 0.. within the article in order of first
// mention, never by their global id: the rules read an entity's kind and label, nothing else, so
// they find in it what they find in the whole corpus, and the doc (the CLI's relation-cache key)
// does not change when other articles renumber the corpus; `ids` maps the numbers back. Two
// articles with equal resolved docs have equal relations.
import type { NodeKind, Relation, Modality } from "../../contract/ontology.js";
import { FRAGMENT_VERSION, type MentionRecord, type SentenceRecord } from "../../contract/fragment.js";
import { docRelations } from "../5-relations/extract-relations.js";
import type { Entity, Mention, RelationCandidate } from "../types.js";
import { fromFragment, type FragmentDoc } from "./from-fragment.js";
import { toMentionRecord } from "./to-fragment.js";

export type ResolvedMention = Omit<MentionRecord, "inner"> & {
  /** The entity (number within the article) the mention was resolved to. */
  readonly entity?: number;
  readonly inner?: readonly { readonly kind: NodeKind; readonly canonical: string; readonly entity?: number }[];
};

export interface ResolvedDoc {
  readonly text: string;
  readonly sentences: readonly SentenceRecord[];
  readonly mentions: readonly (readonly ResolvedMention[])[];
  /** [kind, label] of the article's entities, by number. */
  readonly entities: readonly (readonly [NodeKind, string])[];
}

/** A relation found in a resolved doc: [source, relation, target, modality, start, end, confidence, to?] (entities by number within the doc). */
export type PackedCandidate = [number, Relation, number, Modality, number, number, number, number?];

/** `doc` (resolved) as a ResolvedDoc, and `ids`: the global id of each of its entity numbers. */
export function toResolvedDoc(doc: FragmentDoc, entities: readonly Entity[]): { readonly resolved: ResolvedDoc; readonly ids: number[] } {
  const used = new Set<number>(); // (in order of first mention)
  for (const ms of doc.mentions)
    for (const m of ms) {
      if (m.entity !== undefined) used.add(m.entity);
      for (const x of m.inner ?? []) if (x.entity !== undefined) used.add(x.entity);
    }
  const ids = [...used];
  const local = new Map(ids.map((id, i) => [id, i]));
  const mention = (m: Mention): ResolvedMention => {
    const { inner, ...record } = toMentionRecord(m);
    return {
      ...record,
      ...(m.entity !== undefined ? { entity: local.get(m.entity)! } : {}),
      ...(inner
        ? {
            inner: inner.map((x, i) => ({
              ...x,
              ...(m.inner![i]!.entity !== undefined ? { entity: local.get(m.inner![i]!.entity!)! } : {}),
            })),
          }
        : {}),
    };
  };
  return {
    resolved: {
      text: doc.article.text,
      sentences: doc.sentences.map((s): SentenceRecord => [s.start, s.end, s.tokens[0]?.spaceBefore === false ? 1 : 0]),
      mentions: doc.mentions.map((ms) => ms.map(mention)),
      entities: ids.map((id) => [entities[id]!.kind, entities[id]!.label] as const),
    },
    ids,
  };
}

/** The relations the rules find in one resolved doc (entities by number within it). */
export function relateResolvedDoc(resolved: ResolvedDoc): PackedCandidate[] {
  const doc = fromFragment(
    {
      fragment: FRAGMENT_VERSION,
      extractor: "",
      article: { id: "", text: resolved.text },
      sentences: [...resolved.sentences],
      mentions: resolved.mentions as MentionRecord[][],
    },
    0,
  );
  doc.mentions.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      const r = resolved.mentions[si]![mi]!;
      if (r.entity !== undefined) m.entity = r.entity;
      r.inner?.forEach((x, i) => {
        if (x.entity !== undefined) m.inner![i]!.entity = x.entity;
      });
    }),
  );
  const entities = resolved.entities.map(([kind, label], id): Entity => ({ id, kind, label, aliases: new Map(), mentions: [] }));
  return docRelations(doc, entities).map((c): PackedCandidate => {
    const packed: PackedCandidate = [c.source, c.relation, c.target, c.modality, c.evidence.start, c.evidence.end, c.evidence.confidence];
    if (c.to !== undefined) packed.push(c.to);
    return packed;
  });
}

/** Packed relations of document `doc` back as candidates with global ids (`ids` from `toResolvedDoc`). */
export function unpackCandidates(packed: readonly PackedCandidate[], doc: number, ids: readonly number[]): RelationCandidate[] {
  return packed.map(
    ([source, relation, target, modality, start, end, confidence, to]): RelationCandidate => ({
      source: ids[source]!,
      relation,
      target: ids[target]!,
      modality,
      evidence: { doc, start, end, confidence },
      ...(to !== undefined ? { to: ids[to]! } : {}),
    }),
  );
}
