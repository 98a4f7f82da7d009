// What the relation rules see of one sentence: its tokens and its slots (resolved
// mentions plus pronouns and descriptions bound to earlier entities), with helpers
// for coordination ("Canada and Japan"), subjects and modality.
import type { NodeKind } from "../../contract/ontology.js";
import { ANAPHORS, HOME_COUNTRY_PHRASES, NEGATIONS, PLANNED } from "../../lexicon/relation-words.js";
import type { Modality } from "../../contract/ontology.js";
import type { Entity, Mention, Sentence, Token } from "../types.js";
import { TITLE_WORDS } from "../../lexicon/titles.js";

/** Entries of a list by their first word, in list order: only these can match at a token. */
function byFirstWord<T>(list: readonly T[], words: (item: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of list) {
    const first = words(item)[0]!;
    if (!index.has(first)) index.set(first, []);
    index.get(first)!.push(item);
  }
  return index;
}
const ANAPHORS_BY_FIRST = byFirstWord(ANAPHORS, (a) => a.words);
const HOME_PHRASES_BY_FIRST = byFirstWord(HOME_COUNTRY_PHRASES, (p) => p);
const NONE: readonly never[] = [];

export interface Slot {
  readonly first: number;
  readonly last: number;
  readonly entity: number;
  readonly kind: NodeKind;
  readonly mention?: Mention;
  /** Bound by a pronoun or description rather than named. */
  readonly anaphoric: boolean;
  readonly adjectival: boolean;
  /** A description bound only as the body of a title ("president of the company"): `employer` reads it, no other rule. */
  readonly titleBody?: true;
}

export interface Frame {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  /** The sentence's mentions, in order (what `Role.of` indexes). */
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly homes: readonly number[];
  /** The article's most mentioned organization before this sentence: whose officer a bare "chairman X" is. */
  readonly topicBody?: number;
}

/** Per-document memory of recent entities, for pronouns and descriptions. */
export interface Discourse {
  recent: { entity: number; kind: NodeKind }[];
  /** Mentions so far per entity: descriptions ("the prime minister") pick the most salient. */
  salience: Map<number, number>;
  /** Bodies the article quotes its news from ("told the BBC", "according to Tass"): what the story is told by, not about. */
  sources?: Set<number>;
  /** The article's main countries, most mentioned first ("the government" is the first). */
  homes: number[];
}

export function buildFrame(sentence: Sentence, mentions: readonly Mention[], entities: readonly Entity[], discourse: Discourse): Frame {
  const tokens = sentence.tokens;
  const slots: Slot[] = [];
  for (const m of mentions) {
    if (m.entity === undefined) continue;
    const e = entities[m.entity]!;
    slots.push({ first: m.first, last: m.last, entity: e.id, kind: e.kind, mention: m, anaphoric: false, adjectival: !!m.adjectival });
  }
  const covered = (i: number) => slots.some((s) => i >= s.first && i < s.last);
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    for (const a of ANAPHORS_BY_FIRST.get(tokens[i]!.lower) ?? NONE) {
      if (!a.words.every((w, k) => tokens[i + k]?.lower === w)) continue;
      // "the agreement" followed by a capitalized name is that name, not an anaphor
      const end = i + a.words.length;
      if (tokens[end]?.cap && tokens[end]!.word) continue;
      const found: number[] = [];
      const pronoun = a.words.length === 1;
      if (pronoun || a.count === 2 || a.kinds.includes("agreement")) {
        for (let r = discourse.recent.length - 1; r >= 0 && found.length < a.count; r--) {
          const c = discourse.recent[r]!;
          if ((a.kinds as readonly string[]).includes(c.kind) && !found.includes(c.entity)) found.push(c.entity);
        }
      } else {
        // "the prime minister": the most mentioned leader so far
        // ("the company": the one the article is about, if any)
        const best = a.titleBody ? dominantBody(discourse, entities, 1) : mostSalient(discourse, entities, a.kinds);
        if (best !== undefined) found.push(best);
      }
      if (found.length === a.count) {
        for (const id of found)
          slots.push({
            first: i,
            last: end,
            entity: id,
            kind: entities[id]!.kind,
            anaphoric: true,
            adjectival: false,
            ...(a.titleBody ? { titleBody: true as const } : {}),
          });
      }
      i = end - 1;
      break;
    }
    const home = discourse.homes[0];
    if (home !== undefined) {
      for (const p of HOME_PHRASES_BY_FIRST.get(tokens[i]!.lower) ?? NONE) {
        if (p.every((w, k) => tokens[i + k]?.lower === w) && !covered(i)) {
          slots.push({ first: i, last: i + p.length, entity: home, kind: "country", anaphoric: true, adjectival: false });
        }
      }
    }
  }
  // (stable: slots that start together stay in the order found — text order, or the discourse's — never by id)
  slots.sort((a, b) => a.first - b.first);
  const topicBody = dominantBody(discourse, entities, 2);
  return { sentence, tokens, slots, mentions, entities, homes: discourse.homes, ...(topicBody !== undefined ? { topicBody } : {}) };
}

/** The entity of one of `kinds` mentioned most so far (ties: the first mentioned). */
function mostSalient(
  discourse: Discourse,
  entities: readonly Entity[],
  kinds: readonly NodeKind[],
  except?: ReadonlySet<number>,
): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [id, n] of discourse.salience)
    if (kinds.includes(entities[id]!.kind) && n > bestCount && !except?.has(id)) [best, bestCount] = [id, n];
  return best;
}

/**
 * The organization the article is about so far: named at least `min` times, and twice as often as any
 * other (a story of two clubs or two firms has none), leaving out those it quotes its news from.
 */
function dominantBody(discourse: Discourse, entities: readonly Entity[], min: number): number | undefined {
  let [best, first, second] = [undefined as number | undefined, 0, 0];
  for (const [id, n] of discourse.salience) {
    if (entities[id]!.kind !== "organization" || discourse.sources?.has(id)) continue;
    if (n > first) [best, first, second] = [id, n, first];
    else if (n > second) second = n;
  }
  return first >= min && first >= 2 * second ? best : undefined;
}

/** "told the BBC", "according to Tass", "in an interview with Nordvik Radio": the name at `first` is a source. */
function toldBy(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "the") k--;
  const w = tokens[k]?.lower ?? "";
  const before = tokens[k - 1]?.lower ?? "";
  return (
    w === "told" ||
    (w === "to" && (before === "according" || before === "speaking" || before === "talking")) ||
    (w === "with" && before === "interview")
  );
}

/** Remembers the sentence's named entities (in order) for later pronouns. */
export function remember(discourse: Discourse, frame: Frame): void {
  for (const s of frame.slots) {
    if (s.anaphoric) continue;
    if (s.kind === "organization" && toldBy(frame.tokens, s.first)) (discourse.sources ??= new Set()).add(s.entity);
    discourse.recent.push({ entity: s.entity, kind: s.kind });
    discourse.salience.set(s.entity, (discourse.salience.get(s.entity) ?? 0) + 1);
  }
  if (discourse.recent.length > 60) discourse.recent.splice(0, discourse.recent.length - 60);
}

const QUANTITY_WORDS = new Set([
  "of",
  "about",
  "some",
  "around",
  "nearly",
  "almost",
  "up",
  "to",
  "tonnes",
  "tons",
  "tonne",
  "ton",
  "barrels",
  "bushels",
  "bales",
  "bags",
  "kg",
  "kilos",
  "lbs",
  "pounds",
  "mln",
  "million",
  "billion",
  "bln",
  "dlrs",
  "dollars",
  "worth",
  "pct",
  "per",
  "cent",
  "percent",
  "%",
  "$",
  "metric",
  "short",
  "long",
  "more",
  "than",
  "over",
  "under",
  "-",
  "a",
  "year",
  "including",
  "each",
  "especially",
  "notably",
  "mainly",
  "mostly",
  "such",
  "least",
  "at",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozen",
  "hundred",
  "thousand",
  "hundreds",
  "thousands",
  "millions",
  "several",
  "half",
]);
const SEPARATORS = new Set([",", "and", "&", "or", "as", "well", "both", "the", "its"]);

/** The slots coordinated with `slot` ("Ruiz and Berg", "defence, energy, trade and technology"). */
export function coordinated(frame: Frame, index: number, kinds: readonly NodeKind[]): Slot[] {
  const group = [frame.slots[index]!];
  const ok = (s: Slot) => kinds.includes(s.kind);
  const people = kinds.includes("person") || kinds.includes("leader");
  const goods = kinds.length === 1 && kinds[0] === "sector";
  const gapOk = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const w = frame.tokens[i]!.lower;
      if (SEPARATORS.has(w)) continue;
      // "55,000 tonnes of corn and 126,000 tonnes of wheat": quantities between goods
      if (goods && (QUANTITY_WORDS.has(w) || /^\d/.test(w))) continue;
      if (
        people &&
        (TITLE_WORDS.has(w) ||
          w === "'s" ||
          frame.slots.some((s) => s.adjectival && i >= s.first && i < s.last) ||
          frame.slots.some((s) => s.kind === "country" && i >= s.first && i < s.last && frame.tokens[s.last]?.lower === "'s"))
      )
        continue;
      return false;
    }
    return true;
  };
  for (let j = index + 1; j < frame.slots.length; j++) {
    const prev = group[group.length - 1]!;
    const s = frame.slots[j]!;
    if (s.first === prev.first) {
      if (ok(s)) group.push(s);
      continue;
    }
    if (!ok(s) && people && (s.adjectival || frame.tokens[s.last]?.lower === "'s") && s.kind === "country") continue;
    if (!ok(s) || !gapOk(prev.last, s.first)) break;
    group.push(s);
  }
  for (let j = index - 1; j >= 0; j--) {
    const next = group[0]!;
    const s = frame.slots[j]!;
    if (s.first === next.first) {
      if (ok(s)) group.unshift(s);
      continue;
    }
    if (!ok(s) || !gapOk(s.last, next.first)) break;
    // "During her visit to Norway, Ana Ruiz signed": the object of a preposition is no coordinated subject
    if (
      next.first - s.last === 1 &&
      frame.tokens[s.last]!.text === "," &&
      PREPOSITIONS.has(frame.tokens[s.first - 1]?.lower ?? "") &&
      frame.tokens[s.first - 1]!.lower !== "between"
    )
      break;
    // "French businessman X": a demonym before a title is the person's nationality, not a second party
    if (s.adjectival && s.kind === "country" && frame.tokens.slice(s.last, next.first).some((t) => TITLE_WORDS.has(t.lower))) break;
    group.unshift(s);
  }
  return group;
}

const PREPOSITIONS = new Set([
  "to",
  "of",
  "from",
  "with",
  "in",
  "by",
  "for",
  "than",
  "at",
  "into",
  "on",
  "about",
  "between",
  "over",
  "under",
  "against",
  "like",
]);

/**
 * The subject of a trigger at token `at`: the first slot of the wanted kinds in the clause
 * before it that does not follow a preposition, with its coordinated group.
 */
export function subjectBefore(frame: Frame, at: number, kinds: readonly NodeKind[]): Slot[] {
  let clauseStart = 0;
  for (let i = at - 1; i >= 0; i--) {
    const t = frame.tokens[i]!.lower;
    if (t === ";" || t === "while" || t === "whereas" || t === "but" || t === "although" || t === "because" || t === "though") {
      clauseStart = i + 1;
      break;
    }
  }
  for (let j = 0; j < frame.slots.length; j++) {
    const s = frame.slots[j]!;
    if (s.first < clauseStart || s.first >= at) continue;
    if (!kinds.includes(s.kind)) continue;
    let p = s.first - 1;
    while (p >= 0 && (frame.tokens[p]!.lower === "the" || frame.tokens[p]!.lower === "both")) p--;
    if (p >= 0 && PREPOSITIONS.has(frame.tokens[p]!.lower) && !(frame.tokens[p]!.lower === "on" && s.kind === "country")) continue;
    // ("economists told Reuters that …": whom someone speaks to does nothing in what is said)
    if (p >= 0 && /^(?:told|tells|telling|informed)$/.test(frame.tokens[p]!.lower)) continue;
    // "Chilean mining giant Cobre Andino signed": the named actor after the description is the subject
    if (s.kind === "country") {
      const named = frame.slots.findIndex(
        (x) =>
          x.first > s.last &&
          x.first <= s.last + 4 &&
          x.first < at &&
          kinds.includes(x.kind) &&
          x.kind !== "country" &&
          frame.tokens
            .slice(s.last, x.first)
            .every((t, k) => (k === 0 && t.lower === "'s") || (t.word && !t.cap && !PREPOSITIONS.has(t.lower) && t.lower !== "and")) &&
          // ("Brazil's state oil company Petrobras": a possessor, a description, then the name; "Uganda's Ministry" owns no description)
          !(frame.tokens[s.last]?.lower === "'s" && x.first - s.last < 2),
      );
      if (named >= 0 && frame.slots[named]!.first > s.last) return coordinated(frame, named, kinds).filter((x) => x.first < at);
    }
    // "NFC member Norway": the member is the subject
    if (/^(?:member|members|ally|partner)$/.test(frame.tokens[s.last]?.lower ?? "")) {
      const member = frame.slots.findIndex((x) => x.first === s.last + 1 && kinds.includes(x.kind));
      if (member >= 0 && frame.slots[member]!.first < at) return coordinated(frame, member, kinds).filter((x) => x.first < at);
    }
    return coordinated(frame, j, kinds).filter((x) => x.first < at);
  }
  return [];
}

/** Slots of the wanted kinds after `at`, up to the end of the clause. */
export function objectsAfter(frame: Frame, at: number, kinds: readonly NodeKind[], stopAtKinds: readonly NodeKind[] = []): Slot[] {
  const out: Slot[] = [];
  let end = frame.tokens.length;
  for (let i = at; i < frame.tokens.length; i++) {
    const t = frame.tokens[i]!.lower;
    if (t === ";" || t === "while" || t === "whereas" || t === "but" || t === "although" || t === "which" || t === "who") {
      end = i;
      break;
    }
  }
  for (const s of frame.slots) {
    if (s.first < at || s.first >= end) continue;
    if (stopAtKinds.includes(s.kind) && out.length) break;
    if (kinds.includes(s.kind)) out.push(s);
  }
  return out;
}

/** Modality of the statement whose subject ends at `from` and whose trigger is at `at`. */
export function modalityBetween(frame: Frame, from: number, at: number): Modality {
  let planned = false;
  for (let i = Math.max(0, Math.min(from, at - 4)); i < at; i++) {
    const w = frame.tokens[i]!.lower;
    if (NEGATIONS.has(w)) return "negated";
    if (PLANNED.has(w)) planned = true;
  }
  const trigger = frame.tokens[at]!.lower;
  if (frame.tokens[at - 1]?.lower === "to" && !["agreed", "has", "have"].includes(frame.tokens[at - 2]?.lower ?? "")) planned = true;
  if (/^(?:sign|meet|visit|buy|sell|import|export|supply|travel)$/.test(trigger) && !planned) {
    // a bare infinitive or present plural is usually a plan in news copy ("will sign", "to meet")
    const prev = frame.tokens[at - 1]?.lower ?? "";
    const agreedTo = prev === "to" && ["agreed", "has", "have", "had"].includes(frame.tokens[at - 2]?.lower ?? "");
    if (["to", "will", "would", "could", "may", "might", "should"].includes(prev) && !agreedTo) planned = true;
  }
  return planned ? "planned" : "asserted";
}
