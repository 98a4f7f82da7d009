// The actor of a visit or meeting trigger: the clause's subject (subjectBefore), unless reported
// speech stands between them ("Ana Ruiz said Tomas Berg met Lena Holm": Berg met, not Ruiz).
import type { NodeKind } from "../../contract/ontology.js";
import { REPORTING_VERBS } from "../../lexicon/relation-words.js";
import { coordinated, subjectBefore, type Frame, type Slot } from "./sentence-frame.js";

/**
 * subjectBefore, but after the last reporting verb between the subject and the trigger the
 * subject is the first slot of the wanted kinds that follows it, or none ("Ruiz said officials
 * would meet Berg": the officials, not Ruiz). "he" or "she" after the verb is the speaker ("Ruiz said she met Berg").
 */
export function actorBefore(frame: Frame, at: number, kinds: readonly NodeKind[]): Slot[] {
  const subjects = subjectBefore(frame, at, kinds);
  if (!subjects.length) return subjects;
  let reported = -1;
  for (let k = at - 1; k >= subjects[subjects.length - 1]!.last; k--) {
    // (passive "Ruiz was reported to have met Berg" keeps its subject)
    // ("explained the conditions during talks with Berg" has an object, not reported speech)
    if (
      REPORTING_VERBS.has(frame.tokens[k]!.lower) &&
      !/^(?:is|was|are|were|be|been|being)$/.test(frame.tokens[k - 1]?.lower ?? "") &&
      !(
        /^(?:the|a|an|its|his|her|their|this|these|those)$/.test(frame.tokens[k + 1]?.lower ?? "") &&
        !/^(?:said|says|say)$/.test(frame.tokens[k]!.lower)
      )
    ) {
      reported = k;
      break;
    }
  }
  if (reported < 0) return subjects;
  const idx = frame.slots.findIndex((s) => s.first > reported && s.first < at && kinds.includes(s.kind));
  // "Ruiz told reporters after meeting Berg": the speaker is the subject of the adverbial clause too
  if (idx < 0 && /^(?:after|before|during|following|when|while)$/.test(frame.tokens[at - 1]?.lower ?? "")) return subjects;
  if (idx < 0) return frame.tokens.slice(reported + 1, at).some((t) => t.lower === "he" || t.lower === "she") ? subjects : [];
  // "Ruiz said afterwards that she met Berg": "he" or "she" after the reporting verb is the speaker
  const first = frame.slots[idx]!;
  if (first.anaphoric && /^(?:he|she)$/.test(frame.tokens[first.first]!.lower)) return subjects;
  // "said on Monday that Berg …", "said in Lima Berg …": a slot after a preposition is not the subject
  if (/^(?:in|on|at|to|from|with|by|for|of|about)$/.test(frame.tokens[frame.slots[idx]!.first - 1]?.lower ?? "")) return [];
  return coordinated(frame, idx, kinds).filter((s) => s.first < at);
}
