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

/** The countries the article is mostly about, most mentioned first (ties: first seen). */
function homeCountries(doc: DocSentences, entities: readonly Entity[]): number[] {
  const counts = new Map<number, number>();
  for (const ms of doc.mentions) for (const m of ms) {
    if (m.entity !== undefined && entities[m.entity]!.kind === "country") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

const NATIONAL_LEADER_TITLES = new Set(["prime minister", "president", "chancellor", "king", "queen", "pm", "emperor", "emir", "sultan", "taoiseach"]);

/**
 * "Prime Minister X" with no country named anywhere: in an article about one country
 * whose leader is not otherwise known, X leads it (the text implies it).
 */
function impliedLeads(docs: readonly DocSentences[], entities: readonly Entity[], found: readonly RelationCandidate[]): RelationCandidate[] {
  const leading = new Set(found.filter((c) => c.relation === "leads").map((c) => c.source));
  const led = new Set(found.filter((c) => c.relation === "leads").map((c) => c.target));
  const out: RelationCandidate[] = [];
  const done = new Set<number>();
  // a leader does not visit the country they lead
  const visitedBy = new Map<number, Set<number>>();
  for (const c of found) {
    if (c.relation !== "visited") continue;
    if (!visitedBy.has(c.source)) visitedBy.set(c.source, new Set());
    visitedBy.get(c.source)!.add(c.target);
  }
  for (const doc of docs) {
    const homes = homeCountries(doc, entities);
    const home = homes.find((h) => !led.has(h));
    if (home === undefined || homes[0] !== home && homes.indexOf(home) > 1) continue;
    doc.sentences.forEach((sentence, si) => {
      for (const m of doc.mentions[si]!) {
        if (m.entity === undefined || !m.role?.leader || !NATIONAL_LEADER_TITLES.has(m.role.title)) continue;
        if (leading.has(m.entity) || done.has(m.entity) || entities[m.entity]!.kind !== "leader") continue;
        if (visitedBy.get(m.entity)?.has(home)) continue;
        done.add(m.entity);
        led.add(home);
        out.push({ source: m.entity, relation: "leads", target: home, modality: "asserted", evidence: { doc: sentence.doc, start: sentence.start, end: sentence.end, confidence: 0.5 } });
      }
    });
  }
  return out;
}

export function extractRelations(docs: readonly DocSentences[], entities: readonly Entity[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const doc of docs) {
    const discourse: Discourse = { recent: [], salience: new Map(), homes: homeCountries(doc, entities) };
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
  out.push(...impliedLeads(docs, entities, out));
  return out;
}
