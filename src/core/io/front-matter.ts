// An article's metadata header → its fields and where the story starts: YAML-style front matter
// between "---" lines, or a leading block of known "Key: value" lines ended by a blank line.
import type { ArticleMeta } from "../contract/graph-json.js";
import { toIsoDate } from "./iso-date.js";

/** The article fields a header can set. */
export type HeaderFields = Partial<Pick<ArticleMeta, "id" | "title" | "date" | "url" | "outlet">>;

/** Header keys (lower case) → the field they set: the names news tools and CMS exports use. */
export const HEADER_KEYS: ReadonlyMap<string, keyof HeaderFields> = new Map([
  ["id", "id"],
  ["title", "title"],
  ["headline", "title"],
  ["date", "date"],
  ["published", "date"],
  ["pubdate", "date"],
  ["url", "url"],
  ["link", "url"],
  ["canonical", "url"],
  ["outlet", "outlet"],
  ["source", "outlet"],
  ["publisher", "outlet"],
  ["site", "outlet"],
]);

export interface ArticleHeader {
  readonly fields: HeaderFields;
  /** Offset in the text where the story begins (0 when there is no header). */
  readonly bodyStart: number;
}

const FENCE = /^---[ \t]*$/;
const FENCE_END = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

interface Line {
  readonly text: string;
  /** Offset just after the line and its line break. */
  readonly next: number;
}

function* lines(text: string): Generator<Line> {
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    yield { text: text.slice(at, end).replace(/\r$/, ""), next: nl === -1 ? text.length : nl + 1 };
    at = end + 1;
  }
}

/** A YAML scalar as written on one line: quotes removed, escapes read, a trailing comment dropped. */
export function readScalar(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value.replace(/[ \t]+#.*$/, "");
}

/** Sets `field` from one header entry; a date that cannot be read is left out. */
function assign(fields: HeaderFields, key: string, raw: string): void {
  const field = HEADER_KEYS.get(key.toLowerCase());
  const value = readScalar(raw);
  if (!field || !value || fields[field] !== undefined) return;
  if (field === "date") {
    const date = toIsoDate(value);
    if (date) fields.date = date;
  } else fields[field] = value;
}

/** "---" front matter: flat "key: value" lines; nested YAML, lists and unknown keys are ignored. */
function frontMatter(text: string): ArticleHeader | undefined {
  const all = lines(text);
  const first = all.next();
  if (first.done || !FENCE.test(first.value.text)) return undefined;
  const fields: HeaderFields = {};
  for (const line of all) {
    if (FENCE_END.test(line.text)) return { fields, bodyStart: line.next };
    const m = /^\S/.test(line.text) ? KEY_VALUE.exec(line.text) : null;
    if (m) assign(fields, m[1]!, m[2] ?? "");
  }
  return undefined; // no closing fence: not front matter but the story itself
}

/** A leading block of known "Key: value" lines, ended by a blank line ("Title: …\nDate: …\n\n"). */
function keyValueBlock(text: string): ArticleHeader | undefined {
  const fields: HeaderFields = {};
  let entries = 0;
  for (const line of lines(text)) {
    if (!line.text.trim()) return entries ? { fields, bodyStart: line.next } : undefined;
    const m = KEY_VALUE.exec(line.text);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase()) || !m[2]) return undefined;
    assign(fields, m[1]!, m[2]);
    entries++;
  }
  return undefined; // a text made only of "Key: value" lines has no story to read
}

/** The header of `text`, if it has one; otherwise no fields and a body starting at 0. */
export function readArticleHeader(text: string): ArticleHeader {
  return frontMatter(text) ?? keyValueBlock(text) ?? { fields: {}, bodyStart: 0 };
}
