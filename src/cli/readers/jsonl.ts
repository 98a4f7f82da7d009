// JSON lines (plain or gzip'd) → articles: one object per line with `text`, and `id`, `title`,
// `date`, `url`, `outlet` when present; a line without an id is "<file>:<line>". Streamed.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ArticleRecord } from "../../core/contract/article-record.js";
import type { Article } from "../../core/contract/article.js";
import { toIsoDate } from "../../core/io/iso-date.js";
import { sizeDetail, type ReadArticle, type ReadLimits, type Skipped } from "./read-result.js";

export interface JsonLinesRead {
  readonly read: ReadArticle[];
  readonly skipped: Skipped[];
}

/**
 * One line as an article, a reason to skip it, or undefined for a blank line.
 * e.g. `{"id": "bbc-1", "text": "…"}` → { article: { id: "bbc-1", text: "…" } }; `{"text": "…"}` on
 * line 3 of news.jsonl → { article: { id: "news.jsonl:3", … } }.
 */
export function readJsonLine(
  line: string,
  lineNumber: number,
  fileId: string,
  limits: ReadLimits,
): { article: Article } | { skip: Omit<Skipped, "path"> } | undefined {
  if (!line.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { skip: { reason: "not an article", detail: "not JSON" } };
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) return { skip: { reason: "not an article", detail: 'not an object with a "text" string' } };
  const { id, text, title, date, url, outlet } = parsed.data;
  if (!text.trim()) return { skip: { reason: "empty" } };
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.maxArticleBytes) return { skip: { reason: "too large", detail: sizeDetail(bytes, limits.maxArticleBytes) } };
  const isoDate = toIsoDate(date);
  const article: Article = {
    id: id ?? `${fileId}:${lineNumber}`,
    text,
    ...(title !== undefined ? { title } : {}),
    ...(isoDate !== undefined ? { date: isoDate } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
  };
  return { article };
}

/** Every line of `lines` read as an article or skipped; `path` names the source in messages. */
export async function readJsonLines(
  lines: AsyncIterable<string> | Iterable<string>,
  path: string,
  fileId: string,
  limits: ReadLimits,
): Promise<JsonLinesRead> {
  const read: ReadArticle[] = [];
  const skipped: Skipped[] = [];
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const result = readJsonLine(line, lineNumber, fileId, limits);
    if (result === undefined) continue;
    if ("skip" in result) skipped.push({ path: `${path}:${lineNumber}`, ...result.skip });
    else read.push({ path: `${path}:${lineNumber}`, article: result.article });
  }
  return { read, skipped };
}

/** A .jsonl or .jsonl.gz file, streamed line by line; a read or gunzip error rejects. */
export async function readJsonLinesFile(path: string, fileId: string, gzipped: boolean, limits: ReadLimits): Promise<JsonLinesRead> {
  const file = createReadStream(path);
  const input = gzipped ? file.pipe(createGunzip()) : file;
  // NOTE: pipe() does not forward errors: a file error must reach the line reader's consumer.
  if (gzipped) file.on("error", (err) => input.destroy(err));
  const lines = createInterface({ input: input.setEncoding("utf8"), crlfDelay: Infinity });
  const failed = new Promise<never>((_, reject) => input.on("error", reject));
  failed.catch(() => {}); // handled by the race below; avoids an unhandled rejection when all goes well
  return Promise.race([readJsonLines(lines, path, fileId, limits), failed]);
}
