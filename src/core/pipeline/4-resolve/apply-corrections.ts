// Stage 4b: an analyst's corrections (contract/corrections.ts), applied after resolution so that
// they hold for every build. Entity entries (merge, rename, retype, hide, alias) change the entities
// before the relation rules read them: a merged entity's relations are found for the node it joined,
// a retyped one's by its new kind. Relation entries (hideRelation, hideEvidence) then remove what
// the rules found. Each group is applied in the file's order; an entry that matches nothing is
// reported stale, one that cannot be done refused with its reason, and neither stops the build.
import { mergeRefusal, type CorrectionReport, type Corrections } from "../../contract/corrections.js";
import { nodeKey } from "../../contract/keys.js";
import { RELATION_SIGNATURES } from "../../contract/ontology.js";
import type { Entity, Mention, RelationCandidate } from "../types.js";
import { joinEntity } from "./join-same-deals.js";
import { normalizeName } from "./name-forms.js";

export interface CorrectedDocs {
  readonly article: { readonly id: string };
  readonly mentions: readonly Mention[][];
}

/** What the entity entries did, for the relation entries and the graph. */
export interface EntityCorrections {
  readonly reports: CorrectionReport[];
  /** Ids of hidden entities: their nodes and relations are left out. */
  readonly hidden: ReadonlySet<number>;
}

const live = (e: Entity, hidden: ReadonlySet<number>) => e.mentions.length > 0 && !hidden.has(e.id);

/**
 * The entities `ref` names: those whose node key is `ref`, else whose label or an alias is `ref`
 * (case, accents and punctuation aside). Several entities of one node key are one node.
 */
function find(entities: readonly Entity[], ref: string, hidden: ReadonlySet<number>): Entity[] {
  const byKey = entities.filter((e) => live(e, hidden) && nodeKey(e.kind, e.label, e.scope) === ref);
  if (byKey.length) return byKey;
  const name = normalizeName(ref);
  return entities.filter(
    (e) => live(e, hidden) && (normalizeName(e.label) === name || [...e.aliases.keys()].some((a) => normalizeName(a) === name)),
  );
}

/** The one node `ref` names, or why not. */
function node(
  entities: readonly Entity[],
  ref: string,
  hidden: ReadonlySet<number>,
): Entity[] | { status: "stale" | "refused"; reason: string } {
  const found = find(entities, ref, hidden);
  if (!found.length) return { status: "stale", reason: `no entity "${ref}"` };
  const keys = [...new Set(found.map((e) => nodeKey(e.kind, e.label, e.scope)))].sort();
  if (keys.length > 1) return { status: "refused", reason: `"${ref}" names ${keys.length} entities (${keys.join(", ")}): use a node key` };
  return found;
}

/** Applies the entity entries of `corrections` to `entities` (and re-points the mentions of `docs`). */
export function correctEntities(docs: readonly CorrectedDocs[], entities: readonly Entity[], corrections: Corrections): EntityCorrections {
  const reports: CorrectionReport[] = [];
  const hidden = new Set<number>();
  const joined = new Map<number, number>(); // merged entity → the one it joined
  corrections.entries.forEach((c, entry) => {
    const report = (status: CorrectionReport["status"], reason?: string) =>
      reports.push({ entry, op: c.op, status, ...(reason ? { reason } : {}) });
    if (c.op === "hideRelation" || c.op === "hideEvidence") return;
    if (c.op === "merge") {
      const from = node(entities, c.from, hidden);
      const into = node(entities, c.into, hidden);
      if (!Array.isArray(from)) return report(from.status, from.reason);
      if (!Array.isArray(into)) return report(into.status, into.reason);
      const host = into[0]!;
      if (from.some((e) => into.includes(e))) return report("stale", `"${c.from}" and "${c.into}" are already one node`);
      const refusal = mergeRefusal(from[0]!.kind, host.kind);
      if (refusal) return report("refused", refusal);
      for (const e of [...from, ...into.slice(1)]) {
        joinEntity(host, e);
        joined.set(e.id, host.id);
      }
      return report("applied");
    }
    const target = node(entities, c.entity, hidden);
    if (!Array.isArray(target)) return report(target.status, target.reason);
    for (const e of target) {
      // (a renamed or retyped node takes the key of its new name, as correctGraph gives it)
      if (c.op === "rename" || c.op === "retype") {
        if (c.op === "rename") e.label = c.label;
        else e.kind = c.kind;
        delete e.scope;
      } else if (c.op === "hide") hidden.add(e.id);
      else if (c.op === "alias") e.aliases.set(c.alias, (e.aliases.get(c.alias) ?? 0) + 1);
    }
    report("applied");
  });
  // the mentions of merged entities inside longer names ("Chile" in "Chile-Peru Accord") follow them
  if (joined.size) {
    const final = (id: number): number => (joined.has(id) ? final(joined.get(id)!) : id);
    for (const d of docs)
      for (const ms of d.mentions)
        for (const m of ms) {
          if (m.entity !== undefined) m.entity = final(m.entity);
          for (const x of m.inner ?? []) if (x.entity !== undefined) x.entity = final(x.entity);
        }
  }
  return { reports, hidden };
}

/**
 * Applies the relation entries of `corrections` to what the rules found, leaves out the hidden
 * entities (emptying their mentions: no node), and returns the relations kept and every entry's report
 * in the file's order.
 */
export function correctRelations(
  docs: readonly CorrectedDocs[],
  entities: readonly Entity[],
  relations: readonly RelationCandidate[],
  corrections: Corrections,
  done: EntityCorrections,
): { relations: RelationCandidate[]; reports: CorrectionReport[] } {
  const reports = [...done.reports];
  let kept = relations.filter((r) => !done.hidden.has(r.source) && !done.hidden.has(r.target));
  corrections.entries.forEach((c, entry) => {
    const report = (status: CorrectionReport["status"], reason?: string) =>
      reports.push({ entry, op: c.op, status, ...(reason ? { reason } : {}) });
    if (c.op === "hideEvidence") {
      const before = kept.length;
      kept = kept.filter((r) => !(docs[r.evidence.doc]!.article.id === c.article && r.evidence.start === c.start));
      return kept.length < before ? report("applied") : report("stale", `no evidence in "${c.article}" at ${c.start}`);
    }
    if (c.op !== "hideRelation") return;
    const source = node(entities, c.source, done.hidden);
    const target = node(entities, c.target, done.hidden);
    if (!Array.isArray(source)) return report(source.status, source.reason);
    if (!Array.isArray(target)) return report(target.status, target.reason);
    const from = new Set(source.map((e) => e.id));
    const to = new Set(target.map((e) => e.id));
    const symmetric = RELATION_SIGNATURES[c.relation].symmetric;
    const before = kept.length;
    kept = kept.filter(
      (r) =>
        !(r.relation === c.relation && ((from.has(r.source) && to.has(r.target)) || (symmetric && from.has(r.target) && to.has(r.source)))),
    );
    return kept.length < before ? report("applied") : report("stale", `no ${c.relation} relation from "${c.source}" to "${c.target}"`);
  });
  for (const id of done.hidden) entities[id]!.mentions.length = 0;
  return { relations: kept, reports: reports.sort((a, b) => a.entry - b.entry) };
}
