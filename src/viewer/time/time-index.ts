// time-index: the dates of a graph, indexed once: each article's date, each edge's evidence dates and
// each node's article dates (sorted), so that a time window is answered by binary search, not by a scan.
import type { NewsGraph } from "../../core/index.js";

/** An ISO day, "YYYY-MM-DD" (a longer ISO date-time is cut to its day). */
export type IsoDay = string;

export interface TimeIndex {
  /** Every distinct article date, sorted; empty when no article is dated (the time controls are then hidden). */
  readonly days: readonly IsoDay[];
  /** Dates of each edge's evidence items, sorted (undated items left out). */
  readonly edgeDays: ReadonlyMap<string, readonly IsoDay[]>;
  /** Dates of the articles that mention each node, sorted (undated articles left out). */
  readonly nodeDays: ReadonlyMap<string, readonly IsoDay[]>;
  /** How many articles each node lists, dated or not (the denominator of its windowed mentions). */
  readonly nodeArticleCount: ReadonlyMap<string, number>;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** "2026-03-06T10:00:00Z" → "2026-03-06"; anything not starting with an ISO day → undefined. */
export function toIsoDay(date: string | undefined): IsoDay | undefined {
  const match = date === undefined ? null : DAY.exec(date);
  return match ? match[0] : undefined;
}

/**
 * The date of each article id: the graph's `articles` list first, then what evidence items say of
 * their own article (GEXF files carry no `articles` list, only dated evidence).
 */
export function articleDays(graph: NewsGraph): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  for (const article of graph.getAttribute("articles") ?? []) {
    const day = toIsoDay(article.date);
    if (day !== undefined) days.set(article.id, day);
  }
  graph.forEachEdge((_edge, attributes) => {
    for (const item of attributes.evidence) {
      if (days.has(item.article)) continue;
      const day = toIsoDay(item.date);
      if (day !== undefined) days.set(item.article, day);
    }
  });
  return days;
}

const sorted = (values: IsoDay[]): IsoDay[] => values.sort();

export function createTimeIndex(graph: NewsGraph): TimeIndex {
  const byArticle = articleDays(graph);
  const edgeDays = new Map<string, IsoDay[]>();
  graph.forEachEdge((edge, attributes) => {
    const days: IsoDay[] = [];
    for (const item of attributes.evidence) {
      const day = byArticle.get(item.article) ?? toIsoDay(item.date);
      if (day !== undefined) days.push(day);
    }
    edgeDays.set(edge, sorted(days));
  });
  const nodeDays = new Map<string, IsoDay[]>();
  const nodeArticleCount = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    const days: IsoDay[] = [];
    for (const article of attributes.articles) {
      const day = byArticle.get(article);
      if (day !== undefined) days.push(day);
    }
    nodeDays.set(node, sorted(days));
    nodeArticleCount.set(node, attributes.articles.length);
  });
  return { days: [...new Set(byArticle.values())].sort(), edgeDays, nodeDays, nodeArticleCount };
}

/** Index of the first element ≥ `day` in the sorted `days` (days.length if none). */
export function lowerBound(days: readonly IsoDay[], day: IsoDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted `days` fall in [from, to] (both inclusive). */
export function countInRange(days: readonly IsoDay[], from: IsoDay, to: IsoDay): number {
  if (from > to) return 0;
  // The first index past `to`: the lower bound of the smallest string greater than every "to…" day.
  return lowerBound(days, to + "\uffff") - lowerBound(days, from);
}
