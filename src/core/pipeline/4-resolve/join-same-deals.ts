// Agreements described in lower case ("a long-term supply deal") are resolved within their article
// (resolveEntities gives them its `scope`): two articles' "trade deal" are two deals. Once the
// relations are found, the descriptions of one wording that the same parties signed, in several
// articles, are one deal again: a follow-up story's "supply deal" between the same two companies.
import type { Entity, RelationCandidate } from "../types.js";
import { normalizeName } from "./name-forms.js";

/** Moves `other`'s mentions and aliases into `host`, leaving `other` without mentions (no node). */
export function joinEntity(host: Entity, other: Entity): void {
  for (const m of other.mentions) {
    m.entity = host.id;
    host.mentions.push(m);
  }
  for (const [alias, n] of other.aliases) host.aliases.set(alias, (host.aliases.get(alias) ?? 0) + n);
  other.mentions.length = 0;
}

/** Who signed each agreement, as a sorted list of entity ids joined into one string. */
function signersOf(relations: readonly RelationCandidate[]): Map<number, string> {
  const sets = new Map<number, Set<number>>();
  for (const r of relations) {
    if (r.relation !== "signed") continue;
    let set = sets.get(r.target);
    if (!set) sets.set(r.target, (set = new Set()));
    set.add(r.source);
  }
  const out = new Map<number, string>();
  // (one signer says too little: a company signs many "supply deals")
  for (const [id, set] of sets) if (set.size >= 2) out.set(id, [...set].sort((a, b) => a - b).join(" "));
  return out;
}

/**
 * Joins the scoped agreements of one normalized description and one set of two or more signers into
 * the first of them (entities are in article order), and re-points the relations: the relations of
 * the joined entities, with the duplicates this makes kept (the graph merges their evidence).
 */
export function joinSameDeals(entities: readonly Entity[], relations: readonly RelationCandidate[]): readonly RelationCandidate[] {
  const signers = signersOf(relations);
  const hosts = new Map<string, Entity>();
  const joined = new Map<number, number>();
  for (const e of entities) {
    if (e.kind !== "agreement" || e.scope === undefined || !e.mentions.length) continue;
    const parties = signers.get(e.id);
    if (parties === undefined) continue;
    const key = `${normalizeName(e.label)}\u0000${parties}`;
    const host = hosts.get(key);
    if (!host) {
      hosts.set(key, e);
      continue;
    }
    joinEntity(host, e);
    joined.set(e.id, host.id);
  }
  if (!joined.size) return relations;
  const to = (id: number) => joined.get(id) ?? id;
  return relations.map((r) =>
    joined.has(r.source) || joined.has(r.target) || (r.to !== undefined && joined.has(r.to))
      ? { ...r, source: to(r.source), target: to(r.target), ...(r.to !== undefined ? { to: to(r.to) } : {}) }
      : r,
  );
}
