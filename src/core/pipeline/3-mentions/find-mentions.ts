// Stage 3: the typed mentions of a sentence. Vocabulary matches, traded goods and classified names
// are merged; where they overlap the longer span wins and keeps the shorter one as `inner`.
import type { Mention, Sentence } from "../types.js";
import { findGoods, type GoodsMatch } from "./find-goods.js";
import { findNames, surfaceOf, type NameMatch } from "./find-names.js";
import { matchVocabulary, sectorsWithin, type VocabularyMatch } from "./match-vocabulary.js";

type Candidate = (VocabularyMatch & { source: "vocabulary" }) | (GoodsMatch & { source: "goods" }) | (NameMatch & { source: "name" });

const length = (c: Candidate) => c.last - c.first;
/** A personal name, or a name that may be one: a town inside it ("Roger Douglas") is no mention of the town. */
const isPersonal = (c: Candidate) => c.source === "name" && (c.kind === "person" || c.kind === "leader" || c.kind === "name");
// at equal length a country or place from the vocabulary beats a classified name ("Soviet Union", "UAE")
const rank = (c: Candidate) =>
  c.source === "vocabulary" && (c.kind === "country" || c.kind === "place") ? 2 : c.source === "name" && c.kind !== "name" ? 1 : 0;

export function findMentions(sentence: Sentence): Mention[] {
  const { goods, blocked } = findGoods(sentence);
  // a sector word inside a traded object that is no good ("sold its oil unit") is no good either
  // ("trade union leaders": a sector word before "union" names the workers' body, not the sector)
  const vocab = matchVocabulary(sentence).filter(
    (v) =>
      v.kind !== "sector" ||
      (!blocked.some(([first, last]) => v.first >= first && v.last <= last) &&
        !/^unions?$|^unionists?$/.test(sentence.tokens[v.last]?.lower ?? "")),
  );
  const names = findNames(sentence, vocab);
  // a sector word in a title is the office's, not a mention of the sector: "Defense Secretary X", "Trade Representative X"
  const titles = names.flatMap((n) => (n.title ? [[n.title.first, n.title.last] as const] : []));
  const candidates: Candidate[] = [
    ...vocab
      .filter((v) => v.kind !== "sector" || !titles.some(([first, last]) => v.first >= first && v.last <= last))
      .map((v) => ({ ...v, source: "vocabulary" as const })),
    ...goods.map((g) => ({ ...g, source: "goods" as const })),
    ...names.map((n) => ({ ...n, source: "name" as const })),
  ].sort((a, b) => length(b) - length(a) || rank(b) - rank(a) || a.first - b.first);

  const taken: Candidate[] = [];
  const inner = new Map<Candidate, { kind: VocabularyMatch["kind"]; canonical: string }[]>();
  for (const c of candidates) {
    const host = taken.find((t) => c.first < t.last && t.first < c.last);
    if (!host) {
      taken.push(c);
      continue;
    }
    // the goods phrase names its good: "diesel" inside "diesel engines" is not mentioned
    // (an adjective of a region inside a name is no mention of it: "European Union", "Asian Development Bank")
    if (
      c.source === "vocabulary" &&
      host.source !== "goods" &&
      c.first >= host.first &&
      c.last <= host.last &&
      !(c.kind === "place" && (c.adjectival || isPersonal(host) || surnameInName(sentence.tokens, host, c))) &&
      // ("David M. Holland": a country's name as a surname)
      !(c.kind === "country" && isPersonal(host) && c.last === host.last)
    ) {
      const list = inner.get(host) ?? [];
      list.push({ kind: c.kind, canonical: c.canonical });
      inner.set(host, list);
    }
  }
  taken.sort((a, b) => a.first - b.first);
  // the goods a named agreement is named after: "International Coffee Agreement" is about coffee
  for (const c of taken) {
    if (c.source !== "name" || c.kind !== "agreement") continue;
    const goods = sectorsWithin(sentence.tokens, c.first, c.last).filter(
      (v) => !(inner.get(c) ?? []).some((x) => x.kind === "sector" && x.canonical === v.canonical),
    );
    if (goods.length) inner.set(c, [...(inner.get(c) ?? []), ...goods.map((v) => ({ kind: v.kind, canonical: v.canonical }))]);
  }

  const tokens = sentence.tokens;
  const mentions: Mention[] = taken.map((c) => {
    const start = tokens[c.first]!.start;
    const end = tokens[c.last - 1]!.end;
    const base = { doc: sentence.doc, sentence: sentence.index, first: c.first, last: c.last, start, end };
    const within = inner.get(c);
    if (c.source === "vocabulary") {
      return { ...base, kind: c.kind, name: surfaceOf(tokens, c.first, c.last), canonical: c.canonical, adjectival: c.adjectival };
    }
    if (c.source === "goods") return { ...base, kind: c.kind, name: surfaceOf(tokens, c.first, c.last), canonical: c.canonical };
    return { ...base, kind: c.kind, name: c.name, ...(within ? { inner: within } : {}) };
  });
  // titles: point the role at the mention that covers what the title is of
  taken.forEach((c, i) => {
    if (c.source !== "name" || !c.title) return;
    const of = c.of ? mentions.findIndex((m) => m.first <= c.of![0] && m.last >= c.of![1]) : -1;
    const alsoOf = c.alsoOf ? mentions.findIndex((m) => m.first <= c.alsoOf![0] && m.last >= c.alsoOf![1]) : -1;
    mentions[i]!.role = {
      title: c.title.title,
      leader: c.kind === "leader",
      ...(of >= 0 ? { of } : {}),
      ...(alsoOf >= 0 ? { alsoOf } : {}),
    };
  });
  return mentions;
}

/**
 * "McDonnell Douglas Corp", "Morgan Stanley and Co": a town's one-word name inside a longer name, after
 * another name word, is a surname there; a place opening the name or after "of" is the place
 * ("Texas Instruments", "Bank of New York").
 */
function surnameInName(tokens: Sentence["tokens"], host: { first: number; last: number }, place: { first: number; last: number }): boolean {
  if (place.first === host.first || place.last - place.first !== 1) return false;
  const before = tokens[place.first - 1]!;
  return before.word && before.cap && before.lower !== "of" && before.lower !== "the";
}
