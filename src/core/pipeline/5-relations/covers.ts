// covers: an agreement and the sectors it is about, in the same clause
// ("a partnership that aims to boost co-operation on defence, energy, trade and technology"),
// and the sectors named in the agreement's own name ("grain agreement").
import { COVERS_TRIGGERS, NEGATIONS } from "../../lexicon/relation-words.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated } from "./sentence-frame.js";

/** Verbs that open a predicate of their own between an agreement and a sector. */
const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might"]);

export const covers: RelationRule = (frame) => {
  const out: Found[] = [];
  for (const a of frame.slots.filter((s) => s.kind === "agreement")) {
    for (const x of a.mention?.inner ?? []) {
      if (x.kind !== "sector" || x.entity === undefined) continue;
      out.push({ source: a.entity, relation: "covers", target: x.entity, modality: "asserted", confidence: 0.75 });
    }
    // the first sector group after the agreement, if a covering word stands between them
    const idx = frame.slots.findIndex((s) => s.first >= a.last && s.kind === "sector");
    if (idx < 0) continue;
    const first = frame.slots[idx]!;
    if (first.first - a.last > 20) continue;
    let trigger = false;
    let negated = false;
    // ("the deal … has given the club food for thought": a covering word must follow the last auxiliary)
    for (let i = a.last; i < first.first; i++) {
      if (COVERS_TRIGGERS.has(frame.tokens[i]!.lower)) trigger = true;
      if (NEGATIONS.has(frame.tokens[i]!.lower)) negated = true;
      if (AUXILIARIES.has(frame.tokens[i]!.lower)) trigger = false;
    }
    if (!trigger || negated) continue;
    // no other party or agreement between
    if (frame.slots.some((s) => s.first >= a.last && s.first < first.first && s.kind === "agreement" && s.entity !== a.entity)) continue;
    for (const s of coordinated(frame, idx, ["sector"])) {
      out.push({ source: a.entity, relation: "covers", target: s.entity, modality: "asserted", confidence: 0.7 });
    }
  }
  return out;
};
