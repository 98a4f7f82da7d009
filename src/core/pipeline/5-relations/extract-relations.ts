// Stage 5: sentences + resolved entities → relation candidates. Runs every rule on every
// sentence (with pronouns bound per document) and keeps what fits the ontology.
import { fitsSignature } from "../../contract/ontology.js";
import { TITLE_WORDS } from "../../lexicon/titles.js";
import type { Entity, Mention, RelationCandidate, Sentence } from "../types.js";
import { covers } from "./covers.js";
import { met } from "./met.js";
import { movementPatterns } from "./movement-patterns.js";
import { appointed } from "./appointed.js";
import { employer } from "./employer.js";
import { tradeForms } from "./trade-forms.js";
import { roles } from "./roles.js";
import type { RelationRule } from "./rule.js";
import { buildFrame, remember, type Discourse } from "./sentence-frame.js";
import { signed } from "./signed.js";
import { exportsRule, importsRule } from "./trade.js";
import { visited } from "./visited.js";

export const RELATION_RULES: readonly RelationRule[] = [
  roles,
  appointed,
  employer,
  met,
  signed,
  covers,
  exportsRule,
  importsRule,
  tradeForms,
  visited,
  movementPatterns,
];

export interface DocSentences {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[][];
}

/** The countries the article is mostly about, most mentioned first (ties: first seen). */
function homeCountries(doc: DocSentences, entities: readonly Entity[]): number[] {
  const counts = new Map<number, number>();
  for (const ms of doc.mentions)
    for (const m of ms) {
      if (m.entity !== undefined && entities[m.entity]!.kind === "country") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

const TOPIC_PREPOSITIONS = new Set([
  "in",
  "to",
  "on",
  "about",
  "over",
  "with",
  "against",
  "into",
  "from",
  "toward",
  "towards",
  "for",
  "at",
  "of",
]);

// ("chancellor" is left out: without a country it may be a finance minister)
const NATIONAL_LEADER_TITLES = new Set(["prime minister", "president", "king", "queen", "pm", "emperor", "emir", "sultan", "taoiseach"]);

/**
 * "Prime Minister X" with no country named anywhere: X leads the country that shares the
 * most sentences with X across all articles, when one clearly does, it is not led by someone
 * else, and X did not visit it (a leader does not visit the country they lead).
 */
function impliedLeads(
  docs: readonly DocSentences[],
  entities: readonly Entity[],
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const leading = new Set(found.filter((c) => c.relation === "leads").map((c) => c.source));
  const led = new Set(found.filter((c) => c.relation === "leads").map((c) => c.target));
  const visitedBy = new Map<number, Set<number>>();
  for (const c of found) {
    if (c.relation !== "visited") continue;
    if (!visitedBy.has(c.source)) visitedBy.set(c.source, new Set());
    visitedBy.get(c.source)!.add(c.target);
  }
  // leader → country → sentences they share (the first one is the evidence)
  const shared = new Map<number, Map<number, Sentence[]>>();
  for (const doc of docs) {
    doc.sentences.forEach((sentence, si) => {
      const ms = doc.mentions[si]!;
      const leaders = ms.filter((m) => m.entity !== undefined && entities[m.entity]!.kind === "leader" && !leading.has(m.entity));
      if (!leaders.length) return;
      // a country after a preposition is what is talked about ("a summit on Iraq"), not whose leader it is
      const countries = new Set(
        ms
          .filter(
            (m) =>
              m.entity !== undefined &&
              entities[m.entity]!.kind === "country" &&
              !TOPIC_PREPOSITIONS.has(sentence.tokens[m.first - 1]?.lower ?? ""),
          )
          .map((m) => m.entity!),
      );
      for (const l of leaders) {
        if (!shared.has(l.entity!)) shared.set(l.entity!, new Map());
        const byCountry = shared.get(l.entity!)!;
        for (const c of countries) byCountry.set(c, [...(byCountry.get(c) ?? []), sentence]);
      }
    });
  }
  const titled = new Set<number>();
  for (const doc of docs)
    for (const ms of doc.mentions)
      for (const m of ms) {
        if (m.entity !== undefined && m.role?.leader && NATIONAL_LEADER_TITLES.has(m.role.title)) titled.add(m.entity);
      }
  const out: RelationCandidate[] = [];
  for (const [leader, byCountry] of [...shared].sort(([a], [b]) => a - b)) {
    if (!titled.has(leader)) continue;
    const ranked = [...byCountry]
      .filter(([c]) => !led.has(c) && !visitedBy.get(leader)?.has(c))
      .sort((x, y) => y[1].length - x[1].length || x[0] - y[0]);
    const [best, second] = ranked;
    if (!best || best[1].length < 2 || (second && second[1].length >= best[1].length)) continue;
    const sentence = best[1][0]!;
    led.add(best[0]);
    out.push({
      source: leader,
      relation: "leads",
      target: best[0],
      modality: "asserted",
      evidence: { doc: sentence.doc, start: sentence.start, end: sentence.end, confidence: 0.5 },
    });
  }
  return out;
}

/** Offices of a national government: their holder serves a country even where the title names none. */
const GOVERNMENT_OFFICE = /(?:^|\s)(?:minister|secretary|trade representative|under-secretary|undersecretary|chancellor of the exchequer)$/;

/**
 * "Trade minister X told his colleagues …" in an article about New Zealand: a holder of a
 * government office whose title names no country, and who is said to represent nothing anywhere,
 * represents the country their article is about (most mentioned, clearly ahead of the next) — unless
 * they visited it, lead elsewhere, or that country is named only as the topic ("talks on Iraq").
 */
/** Currencies named after a country ("U.S. dollar", "Japanese yen"). */
const CURRENCIES = new Set([
  "dollar",
  "dollars",
  "dlr",
  "dlrs",
  "yen",
  "franc",
  "francs",
  "mark",
  "marks",
  "pound",
  "pounds",
  "sterling",
  "lira",
  "peseta",
  "pesetas",
  "currency",
  "crown",
  "crowns",
  "peso",
  "pesos",
  "rupee",
  "rupees",
  "won",
  "yuan",
  "rouble",
  "roubles",
  "ruble",
  "rubles",
  "guilder",
  "guilders",
  "schilling",
  "schillings",
  "krona",
  "krone",
  "bond",
  "bonds",
]);

function impliedRepresents(
  docs: readonly DocSentences[],
  entities: readonly Entity[],
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const serving = new Set(found.filter((c) => c.relation === "represents" || c.relation === "leads").map((c) => c.source));
  const visitedBy = new Set(found.filter((c) => c.relation === "visited").map((c) => `${c.source}>${c.target}`));
  // the office holders of each article whose title names whom they serve
  const named = new Set<number>();
  for (const doc of docs)
    for (const ms of doc.mentions) for (const m of ms) if (m.entity !== undefined && m.role?.of !== undefined) named.add(m.entity);
  const out: RelationCandidate[] = [];
  const done = new Set<number>();
  for (const doc of docs) {
    const counts = new Map<number, number>();
    doc.sentences.forEach((sentence, si) => {
      for (const m of doc.mentions[si]!) {
        // (an adjective, "French officials", says whose something else is)
        if (
          m.entity === undefined ||
          m.adjectival ||
          entities[m.entity]!.kind !== "country" ||
          TOPIC_PREPOSITIONS.has(sentence.tokens[m.first - 1]?.lower ?? "") ||
          // ("a U.S. dollar below 150 yen": a currency's country is not what the article is about)
          CURRENCIES.has(sentence.tokens[m.last]?.lower ?? "")
        )
          continue;
        // (the opening sentences, headline and lead, say what the article is about: they count three times)
        counts.set(m.entity, (counts.get(m.entity) ?? 0) + (si <= 1 ? 3 : 1));
      }
    });
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (!first || first[1] < 3 || (second && second[1] + 2 > first[1])) continue;
    doc.sentences.forEach((sentence, si) => {
      for (const m of doc.mentions[si]!) {
        const p = m.entity;
        if (
          p === undefined ||
          entities[p]!.kind !== "person" ||
          !m.role ||
          m.role.of !== undefined ||
          !GOVERNMENT_OFFICE.test(m.role.title)
        )
          continue;
        if (serving.has(p) || named.has(p) || done.has(p) || visitedBy.has(`${p}>${first[0]}`)) continue;
        // ("X, Deputy Trade Minister at the Soviet embassy", "X, associate secretary for the bank": the sentence says whose)
        if (sentence.tokens[m.last]?.text === ",") {
          const close = sentence.tokens.findIndex((t, k) => k > m.last && (t.text === "," || t.text === "."));
          const end = close < 0 ? sentence.tokens.length : close;
          if (
            doc.mentions[si]!.some(
              (x) =>
                x.first > m.last &&
                x.first < end &&
                x.entity !== undefined &&
                x.entity !== first[0] &&
                entities[x.entity]!.kind === "country",
            )
          )
            continue;
        }
        if (
          sentence.tokens
            .slice(m.last, m.last + 8)
            .some(
              (t, k, all) =>
                /^(?:of|for|at)$/.test(t.lower) &&
                (k === 0 || all.slice(0, k).every((u) => !u.word || /^(?:a|an|the)$/.test(u.lower) || TITLE_WORDS.has(u.lower) || u.cap)),
            )
        )
          continue;
        done.add(p);
        out.push({
          source: p,
          relation: "represents",
          target: first[0],
          modality: "asserted",
          evidence: { doc: sentence.doc, start: sentence.start, end: sentence.end, confidence: 0.45 },
        });
      }
    });
  }
  return out;
}

/**
 * The relations one article states on its own (every rule on every sentence, pronouns bound within
 * the article). Reads only the entities its mentions refer to, by kind and label: never their ids'
 * order, which the relation cache numbers within the article (fragment/resolved-doc).
 */
export function docRelations(doc: DocSentences, entities: readonly Entity[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const discourse: Discourse = { recent: [], salience: new Map(), homes: homeCountries(doc, entities) };
  doc.sentences.forEach((sentence, si) => {
    const frame = buildFrame(sentence, doc.mentions[si]!, entities, discourse);
    // ("the company" stands for a body only as a title's: the other rules see the sentence without it)
    const general = frame.slots.some((s) => s.titleBody) ? { ...frame, slots: frame.slots.filter((s) => !s.titleBody) } : frame;
    for (const rule of RELATION_RULES) {
      for (const f of rule(rule === employer ? frame : general)) {
        if (f.source === f.target) continue;
        if (!fitsSignature(f.relation, entities[f.source]!.kind, entities[f.target]!.kind)) continue;
        out.push({
          source: f.source,
          relation: f.relation,
          target: f.target,
          modality: f.modality,
          evidence: { doc: sentence.doc, start: sentence.start, end: sentence.end, confidence: f.confidence },
          ...(f.to !== undefined ? { to: f.to } : {}),
        });
      }
    }
    remember(discourse, frame);
  });
  return out;
}

/** The relations of every article (`perDoc[i]`: `docRelations` of `docs[i]`), then those only all articles together imply. */
export function joinRelations(
  docs: readonly DocSentences[],
  entities: readonly Entity[],
  perDoc: readonly (readonly RelationCandidate[])[],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const found of perDoc) for (const c of found) out.push(c);
  for (const c of impliedLeads(docs, entities, out)) out.push(c);
  for (const c of impliedRepresents(docs, entities, out)) out.push(c);
  return out;
}

export function extractRelations(docs: readonly DocSentences[], entities: readonly Entity[]): RelationCandidate[] {
  return joinRelations(
    docs,
    entities,
    docs.map((doc) => docRelations(doc, entities)),
  );
}
