// met: "X met (with) Y", "X held talks with Y", "X hosted Y", "X and Y met",
// "talks between X and Y", "in talks with X, Y asked …". Symmetric.
import { MET_TRIGGERS } from "../../lexicon/relation-words.js";
import { TITLE_WORDS } from "../../lexicon/titles.js";
import { actorBefore } from "./actor-before.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated, type Frame, modalityBetween, objectsAfter, type Slot } from "./sentence-frame.js";

const PEOPLE = ["leader", "person"] as const;

/** Triggers that can be said of both sides at once ("X and Y met"; not "X and Y received letters"). */
const RECIPROCAL = new Set(["met", "meet", "meets", "talked", "conferred", "dined", "spoke", "sat", "discussed"]);
/** Triggers whose object is the guest, right after them ("hosted Ana Ruiz"). */
const GUEST_TRIGGERS = new Set(["received", "receives", "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "greeted"]);
/** Words that may stand between such a trigger and its guest ("welcomed his visiting Chilean counterpart"). */
const GUEST_WORDS = new Set([
  "the",
  "his",
  "her",
  "their",
  "its",
  "visiting",
  "new",
  "former",
  "counterpart",
  "counterparts",
  "and",
  "both",
  "by",
]);
const PHRASES = [...MET_TRIGGERS].map((t) => t.split(" ")).sort((a, b) => b.length - a.length);
/** The phrases by first word, longest first: only these can start at a token. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const words of PHRASES) PHRASES_BY_FIRST.set(words[0]!, [...(PHRASES_BY_FIRST.get(words[0]!) ?? []), words]);

/** Length in tokens of the met trigger at i ("met" → 1, "sat down with" → 3), or 0. */
function triggerLength(frame: Frame, i: number): number {
  const candidates = PHRASES_BY_FIRST.get(frame.tokens[i]!.lower);
  if (!candidates) return 0;
  for (const words of candidates) if (words.every((w, k) => frame.tokens[i + k]?.lower === w)) return words.length;
  return 0;
}

/** Only titles, names, demonyms and a few words ("his visiting") between a guest trigger and its guest. */
function guestFollows(frame: Frame, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = frame.tokens[k]!;
    if (t.cap || !t.word || GUEST_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower) || frame.slots.some((s) => s.first <= k && k < s.last))
      continue;
    return false;
  }
  return true;
}

export const met: RelationRule = (frame) => {
  const out: Found[] = [];
  const pair = (a: Slot, b: Slot, modality: Found["modality"], confidence: number) => {
    if (a.entity !== b.entity) out.push({ source: a.entity, relation: "met", target: b.entity, modality, confidence });
  };
  for (let i = 0; i < frame.tokens.length; i++) {
    const length = triggerLength(frame, i);
    if (!length) continue;
    const w = frame.tokens[i]!.lower;
    if (frame.slots.some((s) => i >= s.first && i < s.last && !s.anaphoric)) continue;
    // "meeting"/"talks"/"discussed" need a "with" or "between" to name the other side
    const next = length > 1 ? "with" : frame.tokens[i + 1]?.lower;
    const nominal = w === "meeting" || w === "talks" || w === "discussed" || w === "discussing" || w === "discusses";
    // "Ruiz and Berg held talks in Lima": talks held by both sides, with nobody else named
    const heldTalks =
      w === "talks" && /^(?:held|hold|holds|holding)$/.test(frame.tokens[i - 1]?.lower ?? "") && next !== "with" && next !== "between";
    if (nominal && next !== "with" && next !== "between" && !heldTalks) continue;
    const subjects = actorBefore(frame, i, PEOPLE);
    const objects = objectsAfter(frame, i + length, PEOPLE).filter((o) => !subjects.includes(o));
    const firstObject = objects[0];
    // "received Foreign Minister Ana Ruiz", not "received a proposal from Ana Ruiz": these take their guest as object
    // "met a cool reception", "met the deadline": an object that is a thing, not a person
    if (
      /^(?:met|meet|meets)$/.test(w) &&
      /^(?:a|an|the|its|their|his|her)$/.test(frame.tokens[i + 1]?.lower ?? "") &&
      firstObject &&
      !guestFollows(frame, i + 1, firstObject.first)
    )
      continue;
    // ("welcomed Ana Ruiz's decision" welcomes a decision)
    if (
      GUEST_TRIGGERS.has(w) &&
      firstObject &&
      (!guestFollows(frame, i + length, firstObject.first) || frame.tokens[firstObject.last]?.lower === "'s")
    )
      continue;
    const objectGroup = firstObject ? coordinated(frame, frame.slots.indexOf(firstObject), PEOPLE) : [];
    const modality = subjects.length
      ? modalityBetween(frame, subjects[subjects.length - 1]!.last, i)
      : modalityBetween(frame, Math.max(0, i - 4), i);
    if (modality === "negated") continue;
    if (heldTalks) {
      for (let a = 0; a < subjects.length; a++)
        for (let b = a + 1; b < subjects.length; b++) pair(subjects[a]!, subjects[b]!, modality, 0.75);
      continue;
    }
    if (next === "between" && objectGroup.length >= 2) {
      for (let a = 0; a < objectGroup.length; a++)
        for (let b = a + 1; b < objectGroup.length; b++) pair(objectGroup[a]!, objectGroup[b]!, modality, 0.8);
      continue;
    }
    if (subjects.length && objectGroup.length) {
      for (const s of subjects) for (const o of objectGroup) pair(s, o, modality, 0.85);
      // the participants of one meeting all met each other
      // (a planned meeting with two hosts says nothing about the hosts meeting each other)
      if (modality === "asserted")
        for (let a = 0; a < objectGroup.length; a++)
          for (let b = a + 1; b < objectGroup.length; b++) pair(objectGroup[a]!, objectGroup[b]!, modality, 0.6);
    } else if (subjects.length >= 2 && RECIPROCAL.has(w)) {
      for (let a = 0; a < subjects.length; a++)
        for (let b = a + 1; b < subjects.length; b++) pair(subjects[a]!, subjects[b]!, modality, 0.75);
    } else if (
      !subjects.length &&
      next === "with" &&
      objectGroup.length &&
      (i === 0 || /^(?:in|during|after|following|,)$/.test(frame.tokens[i - 1]!.lower))
    ) {
      // "In talks with Ruiz, Berg and Holm asked …": the other side is the main clause's subject
      const after = objectsAfter(frame, objectGroup[objectGroup.length - 1]!.last, PEOPLE).filter((o) => !objectGroup.includes(o));
      for (const a of objectGroup.slice(0, 1)) for (const b of after) pair(a, b, modality, 0.7);
      for (let a = 0; a < after.length; a++) for (let b = a + 1; b < after.length; b++) pair(after[a]!, after[b]!, modality, 0.6);
    }
  }
  return out;
};
