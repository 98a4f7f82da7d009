// represents, from appointments: "X has been named president and chief executive of Nordvik Corp",
// "Nordvik named X chairman of its Vestra unit", "X was elected chairman of Vestra Bank". Who is
// named to a body's post serves that body (a head of state's title of a country: leads it).
import type { NodeKind } from "../../contract/ontology.js";
import { titleAfter } from "../3-mentions/find-titles.js";
import { triggerIndices, type Found, type RelationRule } from "./rule.js";
import { officerTitle } from "./employer.js";
import { modalityBetween, subjectBefore, type Frame, type Slot } from "./sentence-frame.js";

const APPOINT_VERBS = new Set([
  "named",
  "names",
  "name",
  "appointed",
  "appoints",
  "appoint",
  "elected",
  "elects",
  "elect",
  "re-elected",
  "reelected",
  "promoted",
  "nominated",
  "hired",
  "chosen",
]);
const PEOPLE: readonly NodeKind[] = ["person", "leader"];
/** Words between the verb and the title: "named as", "promoted to", "elected to the post of". */
const BEFORE_TITLE = new Set(["as", "to", "the", "post", "position", "job", "of", "new", "its", "a"]);

const AUXILIARIES = new Set(["has", "have", "had", "also", "today", "yesterday", "will", "would", "formally"]);

/**
 * Who appoints: "Nordvik (has) named", "Nordvik said (that) it (has) named"; in the passive, the body
 * that announces it: "Nordvik said X was named".
 */
function appointer(frame: Frame, verb: number, who: Slot, active: boolean): number | undefined {
  const { tokens, slots } = frame;
  let k = active ? verb - 1 : who.first - 1;
  if (!active) {
    if (tokens[k]?.lower === "that") k--;
    if (!/^(?:said|says|announced)$/.test(tokens[k]?.lower ?? "")) return undefined;
    return slots.find((s) => s.last === k && s.kind === "organization" && !s.adjectival && !s.anaphoric)?.entity;
  }
  while (AUXILIARIES.has(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower === "it") {
    k--;
    if (tokens[k]?.lower === "that") k--;
    if (!/^(?:said|says|announced)$/.test(tokens[k]?.lower ?? "")) return undefined;
    k--;
  }
  return slots.find((s) => s.last === k + 1 && s.kind === "organization" && !s.adjectival && !s.anaphoric)?.entity;
}

/** The article's company, when the sentence names no body of its own. */
function topicOf(frame: Frame): number | undefined {
  return frame.slots.some((s) => s.kind === "organization" && !s.anaphoric) ? undefined : frame.topicBody;
}

export const appointed: RelationRule = (frame) => {
  const out: Found[] = [];
  const { tokens } = frame;
  const person = (s: Slot | undefined) => !!s && PEOPLE.includes(s.kind) && !s.adjectival;
  for (const i of triggerIndices(frame, APPOINT_VERBS)) {
    let k = i + 1;
    // active: "Nordvik named Ana Ruiz president of …"; passive: "Ana Ruiz was named president of …"
    const object = frame.slots.find((s) => s.first === k);
    let who: Slot | undefined;
    if (person(object)) {
      who = object;
      k = object!.last;
      if (tokens[k]?.text === ",") continue; // ("named Ana Ruiz, who …": no title follows)
    } else {
      // the nearest person before the verb in its clause: "X was named …, and Y has been named …"
      // ("He succeeds X, who is promoted to …": the relative clause's person)
      const clause = Math.max(
        -1,
        ...tokens.slice(0, i).flatMap((t, n) => (t.text === ";" || t.lower === "and" || t.lower === "while" ? [n] : [])),
      );
      who = [...frame.slots].reverse().find((s) => s.last <= i && s.first > clause && person(s) && !s.anaphoric);
      who ??= subjectBefore(frame, i, PEOPLE).find((s) => !s.adjectival);
    }
    if (!who) continue;
    while (k < tokens.length && k - i < 6 && BEFORE_TITLE.has(tokens[k]!.lower) && !titleAfter(tokens, k)) k++;
    // one or more titles: "president and chief operating officer", "chairman, president and chief executive"
    let title = titleAfter(tokens, k, (x) => tokens[x]!.word && !tokens[x]!.cap);
    if (!title) continue;
    let leader = title.leader;
    k = title.last;
    while (tokens[k]?.lower === "and" || tokens[k]?.text === ",") {
      const next = titleAfter(tokens, k + 1, (x) => tokens[x]!.word && !tokens[x]!.cap);
      if (!next) break;
      title = next;
      leader ||= next.leader;
      k = next.last;
    }
    if (!/^(?:of|at|for)$/.test(tokens[k]?.lower ?? "")) {
      // "Nordvik said it named X president", "Nordvik has appointed X chief executive": the body that appoints;
      // "X was named chairman" in an article about a firm (a firm's officer only): that firm
      const body = appointer(frame, i, who, object === who) ?? (officerTitle(frame, title) ? topicOf(frame) : undefined);
      if (body !== undefined && body !== who.entity && !/^(?:by|from)$/.test(tokens[k]?.lower ?? ""))
        out.push({
          source: who.entity,
          relation: "represents",
          target: body,
          modality: modalityBetween(frame, Math.max(0, i - 3), i),
          confidence: 0.6,
        });
      continue;
    }
    k++;
    if (tokens[k]?.lower === "the") k++;
    const body = frame.slots.find((s) => s.first === k && !s.adjectival && (s.kind === "organization" || s.kind === "country"));
    if (!body || body.entity === who.entity) continue;
    const modality = modalityBetween(frame, who.last < i ? who.last : Math.max(0, i - 3), i);
    if (modality === "negated") continue;
    const relation = body.kind === "country" && leader ? "leads" : "represents";
    if (relation === "leads" && who.kind !== "leader") continue;
    out.push({ source: who.entity, relation, target: body.entity, modality, confidence: 0.75 });
  }
  return out;
};
