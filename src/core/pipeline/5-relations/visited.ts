// visited: "X visited Tokyo", "travelled to", "arrived in", "landed in", "a visit to",
// "after landing in Tokyo, X …", "the prime minister's trip, which included India and Australia".
import { VISIT_TRIGGERS } from "../../lexicon/relation-words.js";
import { actorBefore } from "./actor-before.js";
import type { Found, RelationRule } from "./rule.js";
import { locationsFrom } from "./movement-patterns.js";
import { coordinated, modalityBetween } from "./sentence-frame.js";

const PEOPLE = ["leader", "person"] as const;
const LOCATIONS = ["place", "country"] as const;
const NOUNS = new Set(["trip", "stop", "tour", "visit", "visits", "mission", "stopover", "return"]);
const RETURNS = new Set(["returned", "returns", "returning", "return"]);
const PRESENCE = new Set(["is", "was", "are", "were"]);
const DETERMINERS = new Set(["a", "the", "'s", "his", "her", "their", "this", "last", "first", "diplomatic", "official", "surprise"]);

export const visited: RelationRule = (frame) => {
  const out: Found[] = [];
  // "X met leaders in Baghdad": whoever meets someone in a place is there
  for (let i = 0; i < frame.tokens.length; i++) {
    const w = frame.tokens[i]!.lower;
    if (w !== "met" && !(w === "talks" && frame.tokens[i - 1]?.lower === "held")) continue;
    const who = actorBefore(frame, i, PEOPLE);
    if (!who.length) continue;
    const modality = modalityBetween(frame, who[who.length - 1]!.last, i);
    if (modality === "negated") continue;
    for (let j = i + 1; j < Math.min(frame.tokens.length, i + 12); j++) {
      const t = frame.tokens[j]!.lower;
      if (t === ";" || t === "but" || t === "while") break;
      if (t !== "in") continue;
      const where = frame.slots.find((s) => s.first === j + 1 && LOCATIONS.includes(s.kind as "place") && !s.adjectival);
      if (where) for (const p of who) out.push({ source: p.entity, relation: "visited", target: where.entity, modality, confidence: 0.55 });
      break;
    }
  }
  // "X is in the United Arab Emirates to discuss …": presence of the subject right before
  for (let i = 1; i < frame.tokens.length - 1; i++) {
    if (!PRESENCE.has(frame.tokens[i]!.lower) || frame.tokens[i + 1]!.lower !== "in") continue;
    const who = frame.slots.find((s) => s.last === i && PEOPLE.includes(s.kind as "person"));
    const where = locationsFrom(frame, i + 1);
    if (!who || !where.length) continue;
    for (const p of where) out.push({ source: who.entity, relation: "visited", target: p.entity, modality: "asserted", confidence: 0.6 });
  }
  for (let i = 0; i < frame.tokens.length; i++) {
    const w = frame.tokens[i]!.lower;
    if (!VISIT_TRIGGERS.has(w)) continue;
    // "a visit", "a brief stop": a determiner, perhaps one adjective, then the noun
    const determinerAt = (k: number) => DETERMINERS.has(frame.tokens[k]?.lower ?? "");
    const noun =
      (NOUNS.has(w) && (determinerAt(i - 1) || (determinerAt(i - 2) && !!frame.tokens[i - 1]?.word && !frame.tokens[i - 1]!.cap))) ||
      /^(?:trip|tour|mission)$/.test(w);
    // "returned from Moscow": the place left behind was visited; "returned to Ottawa" is going home
    // "stop" is a visit only as "stop in"/"stopped at"/"a stop in" ("to stop Greece's drilling" is not)
    if (/^(?:stop|stops|stopped)$/.test(w) && !/^(?:in|at|over)$/.test(frame.tokens[i + 1]?.lower ?? "")) continue;
    const fromAt = RETURNS.has(w) ? frame.tokens.findIndex((t, k) => k > i && k <= i + 6 && t.lower === "from") : -1;
    let places = RETURNS.has(w) ? (fromAt > 0 ? locationsFrom(frame, fromAt + 1) : []) : locationsFrom(frame, i + 1);
    if (noun && !places.length) {
      // "trip which also included India and Australia"
      const inc = frame.tokens.findIndex((t, k) => k > i && k < i + 6 && /^(?:included|includes|including)$/.test(t.lower));
      if (inc > 0) places = locationsFrom(frame, inc + 1);
    }
    if (!places.length) continue;
    let travellers = actorBefore(frame, i, PEOPLE);
    if (noun) {
      // "an Iranian trade mission to Tokyo": a country's mission, not a person's trip
      if (frame.slots.some((s) => s.adjectival && s.last <= i && s.last >= i - 2)) continue;
      // "Peru's trade mission to Chile": a country's or a company's, likewise
      if (
        frame.slots.some(
          (s) => !PEOPLE.includes(s.kind as "person") && s.last < i && s.last >= i - 3 && frame.tokens[s.last]?.lower === "'s",
        )
      )
        continue;
      // "X is expected to make a brief stop in Japan": the nearest person before the noun
      const nearest = [...frame.slots].reverse().find((s) => s.last <= i && PEOPLE.includes(s.kind as "person"));
      if (nearest) travellers = [nearest];
      // "the prime minister's trip": the possessor travels
      const owner = frame.slots.find(
        (s) => PEOPLE.includes(s.kind as "person") && s.last <= i && s.last >= i - 4 && frame.tokens[s.last]?.lower === "'s",
      );
      // "a visit to London by King Fahd": the traveller follows "by"
      const byAt = frame.tokens.findIndex(
        (t, k) => k > places[places.length - 1]!.last - 1 && k <= places[places.length - 1]!.last + 1 && t.lower === "by",
      );
      const by =
        byAt > 0 ? frame.slots.find((s) => s.first > byAt && s.first <= byAt + 4 && PEOPLE.includes(s.kind as "person")) : undefined;
      if (by) travellers = [by];
      else if (owner) travellers = [owner];
      else if (!travellers.length) continue;
      // "Tokyo was the last stop on … trip"
      const subjectPlace = frame.slots.find((s) => s.first === 0 && LOCATIONS.includes(s.kind as "place") && !s.adjectival);
      if (subjectPlace && !places.includes(subjectPlace)) places = [subjectPlace, ...places];
    }
    if (!travellers.length) {
      // "After landing in Tokyo, X …"
      const after = frame.slots.find((s) => s.first > places[places.length - 1]!.last && PEOPLE.includes(s.kind as "person"));
      if (after && frame.tokens.slice(places[places.length - 1]!.last, after.first).some((t) => t.text === ",")) {
        travellers = coordinated(frame, frame.slots.indexOf(after), PEOPLE);
      }
    }
    if (!travellers.length) continue;
    const modality = modalityBetween(frame, travellers[travellers.length - 1]!.last, i);
    if (modality === "negated") continue;
    for (const t of travellers)
      for (const p of places) {
        out.push({ source: t.entity, relation: "visited", target: p.entity, modality, confidence: t.anaphoric ? 0.6 : 0.8 });
      }
  }
  return out;
};
