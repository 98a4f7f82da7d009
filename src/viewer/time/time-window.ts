// time-window: what a time window [from, to] keeps — relations with evidence dated inside it, nodes
// mentioned inside it (or at the end of a kept relation) — and each node's size from its mentions there.
// Computed once per window (O(nodes + edges) binary searches), never per frame.
import type { NewsGraph } from "../../core/index.js";
import { countInRange, lowerBound, type IsoDay, type TimeIndex } from "./time-index.js";

/** Both ends inclusive, ISO days. */
export interface TimeWindow {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

export interface WindowView {
  readonly edges: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
  /** Node size for the mentions that fall inside the window (only for kept nodes). */
  readonly sizes: ReadonlyMap<string, number>;
}

/** The whole extent of the index as a window, or null when no article is dated. */
export function fullWindow(index: TimeIndex): TimeWindow | null {
  const first = index.days[0];
  const last = index.days[index.days.length - 1];
  return first !== undefined && last !== undefined ? { from: first, to: last } : null;
}

/** A window with its ends put in order and clamped to the index's extent; null if it misses the extent entirely or no day is dated. */
export function clampWindow(index: TimeIndex, window: TimeWindow): TimeWindow | null {
  const full = fullWindow(index);
  if (!full) return null;
  const from = window.from <= window.to ? window.from : window.to;
  const to = window.from <= window.to ? window.to : window.from;
  if (to < full.from || from > full.to) return null;
  return { from: from < full.from ? full.from : from, to: to > full.to ? full.to : to };
}

/** Sizes follow the layout stage's scale (4 + 14·√(m / max)), so the full window gives back the stored sizes' shape. */
export function sizeForMentions(mentions: number, maxMentions: number): number {
  return 4 + 14 * Math.sqrt(Math.max(0, mentions) / Math.max(1, maxMentions));
}

/**
 * Mentions of a node inside the window. Mentions are counted per graph, not per article, so they are
 * shared out by article: mentions × (its articles dated in the window / all its articles).
 * e.g. 12 mentions over 4 articles, 1 of them in the window → 3.
 */
export function mentionsInWindow(mentions: number, articlesInWindow: number, articles: number): number {
  return articles === 0 ? 0 : (mentions * articlesInWindow) / articles;
}

export function windowView(graph: NewsGraph, index: TimeIndex, window: TimeWindow): WindowView {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const [edge, days] of index.edgeDays) {
    if (countInRange(days, window.from, window.to) > 0) {
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
  }
  const windowMentions = new Map<string, number>();
  let maxMentions = 1;
  for (const [node, days] of index.nodeDays) {
    const inWindow = countInRange(days, window.from, window.to);
    if (inWindow === 0 && !nodes.has(node)) continue;
    nodes.add(node);
    const m = mentionsInWindow(graph.getNodeAttribute(node, "mentions"), inWindow, index.nodeArticleCount.get(node) ?? 0);
    windowMentions.set(node, m);
    if (m > maxMentions) maxMentions = m;
  }
  // NOTE: the largest node of the window gets the largest size, as the largest of the graph does at rest.
  const sizes = new Map<string, number>();
  for (const [node, m] of windowMentions) sizes.set(node, sizeForMentions(m, maxMentions));
  return { edges, nodes, sizes };
}

/** The day `steps` days of the index after (or before, if negative) `day`, clamped to the extent. */
export function stepDay(index: TimeIndex, day: IsoDay, steps: number): IsoDay {
  const at = Math.min(lowerBound(index.days, day), index.days.length - 1);
  return index.days[Math.max(0, Math.min(index.days.length - 1, at + steps))] ?? day;
}

/**
 * The next frame of "play": the window slides forward by `step` dated days, keeping its width in days of the index.
 * At the end it returns null (the player stops).
 */
export function playStep(index: TimeIndex, window: TimeWindow, step = 1): TimeWindow | null {
  const last = index.days.length - 1;
  const fromAt = lowerBound(index.days, window.from);
  const toAt = Math.min(lowerBound(index.days, window.to + "\uffff") - 1, last);
  if (toAt >= last) return null;
  const width = Math.max(0, toAt - fromAt);
  const nextTo = Math.min(last, toAt + step);
  const nextFrom = Math.max(0, nextTo - width);
  return { from: index.days[nextFrom]!, to: index.days[nextTo]! };
}
