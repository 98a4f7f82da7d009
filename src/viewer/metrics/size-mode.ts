// size-mode: what node sizes mean — mentions (as stored in the graph), articles, relations (degree) or
// PageRank (graphology-metrics); the sizes themselves are derived in node-metrics.ts, never stored.
export const SIZE_MODES = ["mentions", "articles", "degree", "pagerank"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** The words the "size by" menu and the legend use. */
export const SIZE_MODE_NAMES: Readonly<Record<SizeMode, string>> = {
  mentions: "mentions",
  articles: "articles",
  degree: "relations (degree)",
  pagerank: "PageRank",
};

export function setSizeMode<S extends { readonly sizeBy: SizeMode }>(sizeBy: SizeMode): (state: S) => S {
  return (state) => (state.sizeBy === sizeBy ? state : { ...state, sizeBy });
}
