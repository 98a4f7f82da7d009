// search-index: a MiniSearch index over every node's label and aliases, built once per graph;
// accent- and case-insensitive ("Société" = "societe"), prefix ("jap" → Japan) and small-typo tolerant,
// ranked by how the query matches (exact name or alias, word prefix, fuzzy), then by mentions.
import MiniSearch from "minisearch";
import { NODE_KINDS, type NewsGraph, type NodeKind } from "../../core/index.js";

/** Lower case without diacritics: NFD, then combining marks removed. e.g. "Łódź Café" → "łodz cafe". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export interface SearchHit {
  readonly node: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** The alias that matched, when it is not the label (e.g. an acronym). */
  readonly alias: string | null;
  /** How the query matched: 3 the whole label or an alias, 2 the start of one of their words, 1 a fuzzy match. */
  readonly tier: MatchTier;
  /** The node's mentions: what ranks hits within a tier (the user most likely means the entity the articles name most). */
  readonly mentions: number;
}

export type MatchTier = 1 | 2 | 3;

export interface SearchGroup {
  readonly kind: NodeKind;
  readonly hits: readonly SearchHit[];
}

export interface SearchIndex {
  /** Hits grouped by kind, the group with the best hit first, hits best first; at most `limit` hits in all. */
  search(query: string, limit?: number): SearchGroup[];
}

interface Doc {
  readonly id: string;
  readonly label: string;
  readonly aliases: string;
}

/** Hits listed at most, all kinds together. */
export const SEARCH_LIMIT = 24;

/** The form two names are compared in for an exact match: folded, dots dropped, spaces collapsed ("U.S." = "us"). */
export function exactKey(text: string): string {
  return foldText(text).replace(/\./g, "").replace(/\s+/g, " ").trim();
}

/** Better first: the tier, then mentions, then the label (stable). */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.tier - a.tier || b.mentions - a.mentions || a.label.localeCompare(b.label) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

/**
 * Ranks by what the user most likely means: an exact label or alias match first ("UK" → United
 * Kingdom, "blair" → Tony Blair, whose alias it is), then names with a word starting with the query,
 * then fuzzy matches (a typo); within each, the most mentioned first.
 */
export function createSearchIndex(graph: NewsGraph): SearchIndex {
  const mini = new MiniSearch<Doc>({
    fields: ["label", "aliases"],
    processTerm: (term) => foldText(term),
    searchOptions: {
      boost: { label: 2 },
      prefix: true,
      // One typo in a word of 4 letters or more, two from 10 letters.
      fuzzy: (term) => (term.length < 4 ? false : term.length < 10 ? 1 : 2),
      combineWith: "AND",
    },
  });
  mini.addAll(graph.mapNodes((node, a) => ({ id: node, label: a.label, aliases: a.aliases.filter((x) => x !== a.label).join(" ; ") })));
  // Exact names: MiniSearch cuts "U.S." into "u" and "s", and its scores favour short names over the one meant.
  const exact = new Map<string, string[]>();
  graph.forEachNode((node, a) => {
    for (const name of new Set([a.label, ...a.aliases].map(exactKey))) {
      const list = exact.get(name);
      if (list) list.push(node);
      else exact.set(name, [node]);
    }
  });

  const hitOf = (node: string, query: string, key: string, tierFromIndex: MatchTier | null): SearchHit | null => {
    const { label, kind, aliases, mentions } = graph.getNodeAttributes(node);
    const names = [label, ...aliases.filter((x) => x !== label)];
    const whole = names.find((x) => foldText(x) === query) ?? names.find((x) => exactKey(x) === key);
    // A word of a name starts with the query (or the name itself does): "jap" → Japan, "nordic en" → Iberian–Nordic Energy.
    const words = (x: string) => foldText(x).split(/[^\p{L}\p{N}]+/u);
    const startsWord = (x: string) => exactKey(x).startsWith(key) || (!key.includes(" ") && words(x).some((w) => w.startsWith(query)));
    const prefixed = whole === undefined ? names.find(startsWord) : undefined;
    const tier: MatchTier | null = whole !== undefined ? 3 : prefixed !== undefined ? 2 : tierFromIndex;
    if (tier === null) return null;
    const matched = whole ?? prefixed ?? names.find((x) => foldText(x).includes(query)) ?? null;
    return { node, label, kind, alias: matched !== null && matched !== label ? matched : null, tier, mentions };
  };

  return {
    search(query, limit = SEARCH_LIMIT) {
      const folded = foldText(query.trim());
      if (folded === "") return [];
      const key = exactKey(query);
      const hits = new Map<string, SearchHit>();
      for (const node of exact.get(key) ?? []) {
        const hit = hitOf(node, folded, key, 3);
        if (hit) hits.set(node, hit);
      }
      // Every candidate MiniSearch finds is ranked here, not only its best few: the one meant may score low there.
      for (const result of mini.search(query)) {
        const node = String(result.id);
        if (hits.has(node)) continue;
        const hit = hitOf(node, folded, key, 1);
        if (hit) hits.set(node, hit);
      }
      const best = [...hits.values()].sort(compareHits).slice(0, limit);
      const groups = NODE_KINDS.flatMap((kind) => {
        const of = best.filter((h) => h.kind === kind);
        return of.length > 0 ? [{ kind, hits: of }] : [];
      });
      // The group holding the best hit comes first, so Enter on a fresh query takes the best match.
      return groups.sort((a, b) => compareHits(a.hits[0]!, b.hits[0]!));
    },
  };
}

/** The hits of `groups` in display order (for arrow keys). */
export const flatHits = (groups: readonly SearchGroup[]): SearchHit[] => groups.flatMap((g) => g.hits);

/** A SearchIndex built on demand: by `build()` (the page calls it when idle) or by the first search, whichever comes first. */
export interface DeferredSearchIndex extends SearchIndex {
  /** Builds the index now if it is not built yet. */
  build(): void;
  isBuilt(): boolean;
}

/**
 * The search index without its cost at load time: building it over a big graph (MiniSearch over
 * every label and alias) takes as long as drawing it, so the page draws first and builds it after.
 */
export function createDeferredSearchIndex(graph: NewsGraph): DeferredSearchIndex {
  let index: SearchIndex | null = null;
  const built = () => (index ??= createSearchIndex(graph));
  return {
    build: () => void built(),
    isBuilt: () => index !== null,
    search: (query, limit) => built().search(query, limit),
  };
}
