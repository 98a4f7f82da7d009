// Stage 5: sentences + resolved entities → relation candidates. Runs every rule on every
// sentence (with pronouns bound per document) and keeps what fits the ontology.
import { fitsSignature } from "../../contract/ontology.js";
import type { Entity, Mention, RelationCandidate, Sentence } from "../types.js";
import { covers } from "./covers.js";
import { met } from "./met.js";
import { roles } from "./roles.js";
import type { RelationRule } from "./rule.js";
import { buildFrame, remember, type Discourse } from "./sentence-frame.js";
import { signed } from "./signed.js";
import { exportsRule, importsRule } from "./trade.js";
import { visited } from "./visited.js";

export const RELATION_RULES: readonly RelationRule[] = [roles, met, signed, covers, exportsRule, importsRule, visited];

export interface DocSentences {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[][];
}

/** The country the article is mostly about: the most mentioned one (ties: first seen). */
function homeCountry(doc: DocSentences, entities: readonly Entity[]): number | undefined {
  const counts = new Map<number, number>();
  for (const ms of doc.mentions) for (const m of ms) {
    if (m.entity !== undefined && entities[m.entity]!.kind === "country") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [e, n] of counts) if (n > bestCount) [best, bestCount] = [e, n];
  return best;
}

export function extractRelations(docs: readonly DocSentences[], entities: readonly Entity[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const doc of docs) {
    const home = homeCountry(doc, entities);
    const discourse: Discourse = { recent: [], ...(home !== undefined ? { home } : {}) };
    doc.sentences.forEach((sentence, si) => {
      const frame = buildFrame(sentence, doc.mentions[si]!, entities, discourse);
      for (const rule of RELATION_RULES) {
        for (const f of rule(frame)) {
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
  }
  return out;
}
