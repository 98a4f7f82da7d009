// search-index: a MiniSearch index over every node's label and aliases, built once per graph;
// accent- and case-insensitive ("Société" = "societe"), prefix ("jap" → Japan) and small-typo tolerant.
import MiniSearch from "minisearch";
import { NODE_KINDS, type NewsGraph, type NodeKind } from "../../core/index.js";

/** Lower case without diacritics: NFD, then combining marks removed. e.g. "Łódź Café" → "łodz cafe". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

export interface SearchHit {
  readonly node: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** The alias that matched, when it is not the label (e.g. an acronym). */
  readonly alias: string | null;
  readonly score: number;
}

export interface SearchGroup {
  readonly kind: NodeKind;
  readonly hits: readonly SearchHit[];
}

export interface SearchIndex {
  /** Hits grouped by kind, the group with the best hit first, hits by score; at most `limit` hits in all. */
  search(query: string, limit?: number): SearchGroup[];
}

interface Doc {
  readonly id: string;
  readonly label: string;
  readonly aliases: string;
}

/** Hits listed at most, all kinds together. */
export const SEARCH_LIMIT = 24;

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

  return {
    search(query, limit = SEARCH_LIMIT) {
      const folded = foldText(query.trim());
      if (folded === "") return [];
      const hits: SearchHit[] = mini.search(query).slice(0, limit).map((r) => {
        const node = String(r.id);
        const { label, kind, aliases } = graph.getNodeAttributes(node);
        // An exact or prefix match on the label ranks first, whatever MiniSearch's score says.
        const foldedLabel = foldText(label);
        const bonus = foldedLabel === folded ? 1000 : foldedLabel.startsWith(folded) ? 100 : 0;
        const alias = bonus === 0 ? (aliases.find((x) => x !== label && foldText(x).includes(folded)) ?? null) : null;
        return { node, label, kind, alias, score: r.score + bonus };
      });
      const groups = NODE_KINDS.flatMap((kind) => {
        const of = hits.filter((h) => h.kind === kind).sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
        return of.length > 0 ? [{ kind, hits: of }] : [];
      });
      // The group holding the best hit comes first, so Enter on a fresh query takes the best match.
      return groups.sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
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
