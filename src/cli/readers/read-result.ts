// What reading inputs yields: articles, and the inputs skipped with a reason from a fixed list
// ("empty", "not text", …) so that tests check the reason and users read the detail.
import type { Article } from "../../core/contract/article.js";

export const SKIP_REASONS = ["empty", "not text", "unreadable", "too large", "not an article", "duplicate id"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Skipped {
  /** The file, "file:line" for one line of JSON lines, or "(stdin)". */
  readonly path: string;
  readonly reason: SkipReason;
  /** e.g. "7.2 MB; the limit is 5 MB per article", "EACCES", "no \"text\" string". */
  readonly detail?: string;
}

/** An article read from `path`, before the articles of all inputs are sorted and de-duplicated. */
export interface ReadArticle {
  readonly path: string;
  readonly article: Article;
}

export interface ReadLimits {
  /** The largest article text, in UTF-8 bytes; larger ones are skipped as "too large". */
  readonly maxArticleBytes: number;
  /** The largest HTML page read (pages carry scripts and markup besides the story). */
  readonly maxPageBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = { maxArticleBytes: 5 * MB, maxPageBytes: 20 * MB };

/** "7.2 MB; the limit is 5 MB" */
export function sizeDetail(bytes: number, limit: number, what = "per article"): string {
  const mb = (n: number) => `${Number((n / MB).toFixed(n < MB ? 3 : 1))} MB`;
  return `${mb(bytes)}; the limit is ${mb(limit)} ${what}`;
}

/** The line printed on stderr for a skipped input. */
export function describeSkip(s: Skipped): string {
  return `newsgraph: skipped ${s.path}: ${s.reason}${s.detail ? ` (${s.detail})` : ""}`;
}

/** The stderr lines for skipped inputs: one each, up to `max`, then one line for the rest. */
export function skippedLines(skipped: readonly Skipped[], max = 50): string[] {
  const lines = skipped.slice(0, max).map(describeSkip);
  if (skipped.length > max) lines.push(`newsgraph: … and ${skipped.length - max} more skipped`);
  return lines;
}

/** The one-line reason of a read that left no article: the inputs and up to three skips. */
export function nothingUsable(inputs: readonly string[], skipped: readonly Skipped[]): string {
  const why = skipped.length
    ? ` (${skipped.length} skipped: ${skipped
        .slice(0, 3)
        .map((s) => `${s.path} is ${s.reason}`)
        .join("; ")}${skipped.length > 3 ? "; …" : ""})`
    : "";
  return `no usable articles in ${inputs.map((i) => `"${i}"`).join(", ")}${why}; pass .txt, .md, .html, .jsonl or .jsonl.gz files, folders that contain them, or - for standard input`;
}
