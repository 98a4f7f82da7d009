// Stages 1-3 of one article, written down: the cleaned article, its sentences as spans and its
// mentions as plain records (no tokens: `fromFragment` cuts them again from the spans).
import { FRAGMENT_VERSION, type ArticleFragment, type MentionRecord, type SentenceRecord } from "../../contract/fragment.js";
import type { CleanDoc, Mention, Sentence } from "../types.js";

export function toMentionRecord(m: Mention): MentionRecord {
  return {
    first: m.first,
    last: m.last,
    start: m.start,
    end: m.end,
    kind: m.kind,
    name: m.name,
    ...(m.canonical !== undefined ? { canonical: m.canonical } : {}),
    ...(m.adjectival !== undefined ? { adjectival: m.adjectival } : {}),
    ...(m.role
      ? {
          role: {
            title: m.role.title,
            leader: m.role.leader,
            ...(m.role.of !== undefined ? { of: m.role.of } : {}),
            ...(m.role.alsoOf !== undefined ? { alsoOf: m.role.alsoOf } : {}),
          },
        }
      : {}),
    ...(m.inner ? { inner: m.inner.map((x) => ({ kind: x.kind, canonical: x.canonical })) } : {}),
  };
}

export function toFragment(
  clean: CleanDoc,
  sentences: readonly Sentence[],
  mentions: readonly (readonly Mention[])[],
  extractor: string,
): ArticleFragment {
  return {
    fragment: FRAGMENT_VERSION,
    extractor,
    article: clean.article,
    sentences: sentences.map((s): SentenceRecord => [s.start, s.end, s.tokens[0]!.spaceBefore ? 0 : 1]),
    mentions: mentions.map((ms) => ms.map(toMentionRecord)),
  };
}
