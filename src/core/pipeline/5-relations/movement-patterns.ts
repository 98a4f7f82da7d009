// Visits and meetings from the pattern table of lexicon/movement-patterns.ts: finds each
// pattern's trigger, then its actor and its other argument as the table says.
import { IRREGULAR_FORMS, MOVEMENT_PATTERNS, type Inflection, type MovementPattern } from "../../lexicon/movement-patterns.js";
import { TITLE_WORDS } from "../../lexicon/titles.js";
import { actorBefore } from "./actor-before.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated, modalityBetween, subjectBefore, type Frame, type Slot } from "./sentence-frame.js";

const PEOPLE = ["leader", "person"] as const;
const LOCATIONS = ["place", "country"] as const;
const isPerson = (s: Slot) => PEOPLE.includes(s.kind as "person");
const isLocation = (s: Slot) => LOCATIONS.includes(s.kind as "place") && !s.adjectival;

/** The forms of a lemma: "visit" → visit, visits, visited, visiting; "tour" (noun) → tour, tours. */
export function inflections(lemma: string, inflect: Inflection): string[] {
  if (inflect === "none") return [lemma];
  const plural = /(?:s|sh|ch|x|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  if (inflect === "noun") return [lemma, plural];
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const past = lemma.endsWith("e") ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  return [lemma, plural, past, `${stem}ing`, ...(IRREGULAR_FORMS.get(lemma) ?? [])];
}

/** Words that skip between a trigger and its places ("travelled back to the", "a tour which included"). */
const BEFORE_PLACE = /^(?:to|in|at|the|back|also|included|includes|including|which|briefly|on|for|a|an|official|state|two-day|three-day)$/;

/**
 * The places a trigger ending at `at` names: the coordinated places right after it
 * ("to Lima and Quito"), else the first "in <place>" a few words on in the same clause
 * ("visited the old harbour in Oslo").
 */
export function locationsFrom(frame: Frame, at: number, nearby = true): Slot[] {
  let k = at;
  while (k < frame.tokens.length && BEFORE_PLACE.test(frame.tokens[k]!.lower)) k++;
  const idx = frame.slots.findIndex((s) => s.first === k && isLocation(s));
  if (idx >= 0) return coordinated(frame, idx, LOCATIONS).filter((s) => !s.adjectival);
  if (!nearby) return [];
  for (let j = k; j < Math.min(frame.tokens.length, k + 10); j++) {
    const w = frame.tokens[j]!.lower;
    if (w === "," && frame.tokens[j + 1]?.lower === "the") continue; // an apposition: "a shrine, the Golden Temple in Amritsar"
    if (w === "," || w === ";" || w === "and" || w === "but" || w === "where" || w === "which" || w === "who") break;
    if (w !== "in") continue;
    const found = frame.slots.find((s) => s.first === j + 1 && isLocation(s));
    if (found) return [found];
  }
  return [];
}

const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "but", "who", "which", "while", "whereas", "because", "although"]);
const GAP = "…";

/** Token index just past the pattern's trigger starting at i, or -1. */
function matchTrigger(frame: Frame, p: MovementPattern, forms: ReadonlySet<string>, i: number): number {
  if (!forms.has(frame.tokens[i]!.lower)) return -1;
  let k = i + 1;
  for (let w = 1; w < p.trigger.length; w++) {
    const word = p.trigger[w]!;
    if (word !== GAP) {
      if (frame.tokens[k]?.lower !== word) return -1;
      k++;
      continue;
    }
    // "discussed the fishing quotas with": up to five words of the same clause, then the next trigger word
    const next = p.trigger[w + 1]!;
    let found = -1;
    for (let j = k; j < Math.min(frame.tokens.length, k + 6); j++) {
      const t = frame.tokens[j]!.lower;
      if (t === next) {
        found = j;
        break;
      }
      if (CLAUSE_BREAKS.has(t)) break;
    }
    if (found < 0) return -1;
    k = found;
  }
  return k;
}

/** Determiners, titles and capitalized words that may stand between a word and the person it introduces. */
const BEFORE_PERSON = new Set(["the", "his", "her", "their", "its", "former", "visiting", "new", "counterpart", "senator"]);

/** The first person from `at` on, when only titles, names and determiners come between ("by Foreign Minister Ruiz"). */
function personAt(frame: Frame, at: number): Slot | undefined {
  for (let k = at; k < Math.min(frame.tokens.length, at + 8); k++) {
    const s = frame.slots.find((x) => x.first === k && isPerson(x));
    if (s) return s;
    const t = frame.tokens[k]!;
    const inSlot = frame.slots.some((x) => x.first <= k && k < x.last);
    if (!(t.cap || inSlot || BEFORE_PERSON.has(t.lower) || TITLE_WORDS.has(t.lower) || (t.lower === "of" && frame.tokens[k - 1]?.cap)))
      return undefined;
  }
  return undefined;
}

/**
 * The country an actor's title in this sentence names: "Chilean Trade Minister Ana Ruiz" → Chile,
 * "Chilean Senate leader Ana Ruiz" → the country inside the body's name.
 */
function ownCountry(frame: Frame, actor: Slot): number | undefined {
  const of = actor.mention?.role?.of;
  if (of === undefined) return undefined;
  const target = frame.mentions[of];
  const country = frame.slots.find((s) => s.mention === target && s.kind === "country")?.entity;
  return country ?? target?.inner?.find((x) => x.kind === "country" && x.entity !== undefined)?.entity;
}

/**
 * "here" in wire copy is the dateline's place, which the text leaves out: taken to be the
 * article's most mentioned country other than the actor's own, and only when the actor's
 * title names that own country (a visitor from abroad).
 */
function hereFor(frame: Frame, actor: Slot): Slot[] {
  const own = ownCountry(frame, actor);
  if (own === undefined) return [];
  const home = frame.homes.find((c) => c !== own);
  if (home === undefined) return [];
  return [{ first: -1, last: -1, entity: home, kind: "country", anaphoric: true, adjectival: false }];
}

/**
 * A noun trigger owned by something that is not a person: "the band's tour of", "their 1988 tour of",
 * "the Lions tour of" (a team), "Chile's trade mission". Scans back over the noun's modifiers.
 */
function ownedByNonPerson(frame: Frame, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = frame.tokens[k]!;
    if (/^(?:a|an|the|his|her|this|that|on|of|in|during|after|before)$/.test(t.lower) || (!t.word && t.lower !== "'s" && t.lower !== "-"))
      return false;
    if (t.lower === "'s") return !frame.slots.some((s) => s.last === k && isPerson(s));
    if (t.lower === "their" || t.lower === "its") return true;
    if (t.cap && !frame.slots.some((s) => s.first <= k && k < s.last && isPerson(s))) return true;
  }
  return false;
}

function actorOf(frame: Frame, p: MovementPattern, i: number, end: number, argument: readonly Slot[]): Slot[] {
  if (p.actor === "subject") return actorBefore(frame, i, PEOPLE);
  if (p.actor === "after") {
    const s = personAt(frame, end);
    return s ? [s] : [];
  }
  // nearest: "a visit to Lima by Ana Ruiz" names the actor after the places
  const placesEnd = argument.length && argument[0]!.first >= 0 ? argument[argument.length - 1]!.last : -1;
  if (placesEnd >= 0 && frame.tokens[placesEnd]?.lower === "by") {
    const by = personAt(frame, placesEnd + 1);
    return by ? [by] : [];
  }
  // "Ruiz's tour of", "her tour of", the nearest person before; else "During a tour of Peru, Ruiz …"
  const owner = frame.slots.find((s) => isPerson(s) && s.last <= i && s.last >= i - 4 && frame.tokens[s.last]?.lower === "'s");
  if (owner) return [owner];
  const nearest = [...frame.slots].reverse().find((s) => s.last <= i && isPerson(s));
  if (nearest) return [nearest];
  const from = argument.length && argument[0]!.first >= 0 ? argument[argument.length - 1]!.last : end;
  // (the person opening the main clause: "On a visit to Peru, the old actor said Ruiz …" names no visitor)
  const comma = frame.tokens.findIndex((t, k) => k >= from && t.text === ",");
  const after = comma >= 0 ? personAt(frame, comma + 1) : undefined;
  return after ? coordinated(frame, frame.slots.indexOf(after), PEOPLE) : [];
}

function argumentOf(frame: Frame, p: MovementPattern, i: number, end: number): Slot[] {
  if (p.argument === "places") return locationsFrom(frame, end, false);
  if (p.argument === "subject") return subjectBefore(frame, i, p.relation === "met" ? PEOPLE : LOCATIONS).filter((s) => !s.adjectival);
  if (p.argument === "place-before") {
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      if (frame.tokens[j]!.lower !== "in") continue;
      const s = frame.slots.find((x) => x.first === j + 1 && isLocation(x));
      return s ? [s] : [];
    }
    return [];
  }
  if (p.argument === "people") {
    const s = personAt(frame, end);
    if (!s || frame.tokens[s.last]?.lower === "'s") return []; // "visited Ruiz's farm"
    return coordinated(frame, frame.slots.indexOf(s), PEOPLE).filter((x) => frame.tokens[x.last]?.lower !== "'s");
  }
  return []; // "here": found from the actor
}

const FORMS = new Map(
  MOVEMENT_PATTERNS.map((p) => [p, new Set(inflections(p.trigger[0]!, p.inflect).filter((f) => !p.exceptForms?.includes(f)))]),
);

/** What the patterns of `patterns` find in one sentence. */
export function matchMovementPatterns(frame: Frame, patterns: readonly MovementPattern[] = MOVEMENT_PATTERNS): Found[] {
  const out: Found[] = [];
  for (const p of patterns) {
    const forms = FORMS.get(p) ?? new Set(inflections(p.trigger[0]!, p.inflect));
    for (let i = 0; i < frame.tokens.length; i++) {
      const end = matchTrigger(frame, p, forms, i);
      if (end < 0) continue;
      if (frame.slots.some((s) => i >= s.first && i < s.last && !s.anaphoric)) continue;
      const before = frame.tokens[i - 1]?.lower ?? "";
      if (p.requireBefore && !p.requireBefore.includes(before)) continue;
      if (p.blockBefore?.includes(before)) continue;
      if (p.inflect === "noun" && p.actor === "nearest" && ownedByNonPerson(frame, i)) continue;
      let argument = argumentOf(frame, p, i, end);
      const actors = actorOf(frame, p, i, end, argument);
      if (!actors.length) continue;
      // "a visit by Ana Ruiz to Peru": the places follow the actor
      if (p.actor === "after" && p.argument === "places") argument = locationsFrom(frame, actors[actors.length - 1]!.last, false);
      if (p.argument === "here" || (p.orHere && !argument.length)) argument = hereFor(frame, actors[0]!);
      if (!argument.length) continue;
      const modality =
        p.actor === "subject" || p.argument === "subject"
          ? modalityBetween(frame, p.actor === "subject" ? actors[actors.length - 1]!.last : argument[argument.length - 1]!.last, i)
          : modalityBetween(frame, Math.max(0, i - 4), i);
      if (modality === "negated") continue;
      for (const a of actors)
        for (const b of argument) {
          if (a.entity === b.entity) continue;
          out.push({
            source: a.entity,
            relation: p.relation,
            target: b.entity,
            modality,
            confidence: a.anaphoric ? Math.min(0.6, p.confidence) : p.confidence,
          });
        }
    }
  }
  return out;
}

export const movementPatterns: RelationRule = (frame) => matchMovementPatterns(frame);
