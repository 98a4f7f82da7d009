// represents, from a title whose body the sentence gives without naming it beside the title:
// "X, president of the company," / "the company's chairman, X" (the article's company), "Nordvik
// said its chairman X …" (the speaker's), "Nordvik said chief executive X will retire" (a firm's
// own announcement of its officer), and a firm's officer with no body said at all ("X, chairman and
// chief executive, said", "managing director X said"): the article's most mentioned organization.
// The title must be an employer's ("chairman", "spokesman"), so that "Tass said President X" or
// "the agency said Foreign Minister X" gives nothing; with no body said, a firm's officer's.
import { EMPLOYER_TITLES, HONORIFICS, OFFICER_TITLES, UNAFFILIATED_TITLES } from "../../lexicon/titles.js";
import { titleAfter, titleBefore, type TitlePhrase } from "../3-mentions/find-titles.js";
import type { Found, RelationRule } from "./rule.js";
import type { Frame, Slot } from "./sentence-frame.js";

/** Verbs of a body's own announcement, after which it names its officer. */
const ANNOUNCING = new Set(["said", "says", "announced", "announces", "added", "named", "appointed"]);

const isBody = (s: Slot | undefined): s is Slot => !!s && s.kind === "organization" && !s.adjectival;

/** The body slot at `k`, or at `k + 1` after "the" (an anaphor's slot starts at "the"). */
function bodyAt(frame: Frame, k: number): Slot | undefined {
  return frame.slots.find((s) => isBody(s) && (s.first === k || (s.first === k - 1 && frame.tokens[k - 1]?.lower === "the")));
}

/** An employer's title: "senior vice-president", "chief executive", and "president" where the body is said. */
const employerTitle = (title: string) => EMPLOYER_TITLES.has(title) && !UNAFFILIATED_TITLES.has(title);

/** A firm's officer's title, written in lower case (after a sentence's first word): "chairman and chief executive". */
export function officerTitle(frame: Frame, t: TitlePhrase): boolean {
  const words = frame.tokens.slice(t.first, t.last);
  if (words.some((w, k) => w.cap && !(k === 0 && t.first === 0))) return false;
  const phrase = words.map((w) => w.lower).join(" ");
  return [...OFFICER_TITLES].some((o) => ` ${phrase} `.includes(` ${o} `));
}

/** What may close a bare title in apposition: "X, chairman, said", "X, chairman and chief executive." */
const APPOSITION_END = new Set([",", ".", "said", "says", "told", "added", ";"]);

export const employer: RelationRule = (frame) => {
  const { tokens, slots } = frame;
  const out: Found[] = [];
  // the body each officer was given, for the next one in a list ("… its chairman X and treasurer Y")
  const bodyOf = new Map<number, number>();
  const add = (who: Slot, body: number, confidence: number) => {
    if (body === who.entity) return;
    out.push({ source: who.entity, relation: "represents", target: body, modality: "asserted", confidence });
    bodyOf.set(who.entity, body);
  };
  // ("Nordvik said …, X, chairman": a body the sentence names is the one it is about)
  const named = slots.filter((s) => isBody(s) && !s.anaphoric);
  const topic = named.length ? undefined : frame.topicBody;
  for (const who of slots) {
    if (who.anaphoric || who.adjectival || (who.kind !== "person" && who.kind !== "leader")) continue;
    const role = who.mention?.role;
    // a complement already found is roles' to give
    if (role?.of !== undefined) continue;
    // "X, president of the company," / "X, the company's chairman," / "X, chairman, said"
    if (tokens[who.last]?.text === ",") {
      let k = who.last + 1;
      // "Nordvik said X, its president and chief executive, resigned": the body announcing; with none, the article's
      const its = tokens[k]?.lower === "its" ? titleAfter(tokens, k + 1) : undefined;
      if (its && employerTitle(its.title)) {
        let v = who.first - 1;
        if (tokens[v]?.lower === "that") v--;
        const speaker = ANNOUNCING.has(tokens[v]?.lower ?? "") ? slots.find((s) => isBody(s) && s.last === v) : undefined;
        if (speaker) add(who, speaker.entity, 0.65);
        else if (topic !== undefined && officerTitle(frame, its)) add(who, topic, 0.55);
        continue;
      }
      if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? "") && !bodyAt(frame, k)) k++;
      const owner = bodyAt(frame, k);
      const owned = owner?.anaphoric && tokens[owner.last]?.lower === "'s" ? titleAfter(tokens, owner.last + 1) : undefined;
      if (owner && owned && employerTitle(owned.title)) {
        add(who, owner.entity, 0.65);
        continue;
      }
      const t = titleAfter(tokens, k);
      const body =
        t && employerTitle(t.title) && /^(?:of|at|for)$/.test(tokens[t.last]?.lower ?? "") ? bodyAt(frame, t.last + 1) : undefined;
      if (body?.anaphoric) {
        add(who, body.entity, 0.65);
        continue;
      }
      // ("X, chairman and chief executive officer, said": the article's company)
      let joined = t;
      while (joined && tokens[joined.last]?.lower === "and") joined = titleAfter(tokens, joined.last + 1) ?? undefined;
      const whole = t && joined ? { ...t, last: joined.last } : undefined;
      if (
        whole &&
        topic !== undefined &&
        k === who.last + 1 &&
        APPOSITION_END.has(tokens[whole.last]?.lower ?? "") &&
        officerTitle(frame, whole)
      ) {
        add(who, topic, 0.55);
        continue;
      }
    }
    // a title right before the name: "the company's president X", "Nordvik said its chairman X"
    // ("the company's president, X": the title may stand apart by a comma)
    // ("its chairman, Sir X": a form of address between the title and the name)
    const start = HONORIFICS.has(tokens[who.first - 1]?.lower ?? "") ? who.first - 1 : who.first;
    const comma = tokens[start - 1]?.text === ",";
    const t = titleBefore(tokens, comma ? start - 1 : start);
    if (!t || !employerTitle(t.title)) continue;
    let k = t.first - 1;
    if (tokens[k]?.lower === "'s") {
      const owner = slots.find((s) => isBody(s) && s.anaphoric && s.last === k);
      if (owner) add(who, owner.entity, 0.65);
      continue;
    }
    const its = tokens[k]?.lower === "its";
    // "Nordvik … the resignation of its chairman, Sir X": the body "its" stands for, the sentence's last one before it;
    // after a verb of saying, the one who says it ("Nordvik, which owns Vestra, said its chairman, X, …")
    if (comma && its && !t.leader) {
      const said = tokens.slice(0, k).some((x) => ANNOUNCING.has(x.lower));
      const before = slots.filter((s) => isBody(s) && !s.anaphoric && s.last <= k);
      const owner = said ? before[0] : before[before.length - 1];
      if (owner) add(who, owner.entity, 0.55);
      continue;
    }
    // (a head of state's title after a speaker: "Tass said President X")
    if (t.leader || comma) continue;
    // "Nordvik, its chief executive X and chief financial officer Y": "its" after the body's name
    // ("… X and chief financial officer Y": the second officer is the first one's body's too)
    const owner = its ? slots.find((s) => isBody(s) && !s.anaphoric && tokens[k - 1]?.text === "," && s.last === k - 1) : undefined;
    if (owner) {
      add(who, owner.entity, 0.65);
      continue;
    }
    if (tokens[k]?.lower === "and") {
      const before = [...slots].reverse().find((s) => s.last === k && (s.kind === "person" || s.kind === "leader"));
      const body = before ? bodyOf.get(before.entity) : undefined;
      if (body !== undefined) {
        add(who, body, 0.6);
        continue;
      }
    }
    if (its) k--;
    if (tokens[k]?.lower === "that") k--;
    // "Nordvik said (that) (its) chairman X", "The company said president X": the body announcing names its officer
    const speaker = ANNOUNCING.has(tokens[k]?.lower ?? "") ? slots.find((s) => isBody(s) && s.last === k) : undefined;
    if (speaker) {
      add(who, speaker.entity, 0.65);
      continue;
    }
    // "Managing director X said": the article's company, when the sentence names no other body
    const opens = t.first === 0 || /^(?:said|says|and|by|,)$/.test(tokens[t.first - 1]?.lower ?? "");
    if (topic !== undefined && !its && opens && officerTitle(frame, t)) add(who, topic, 0.55);
  }
  return out;
};
