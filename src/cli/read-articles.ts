// Files, folders and "-" (standard input) → articles, read by format (.txt, .md, .html, .jsonl,
// .jsonl.gz); a folder is searched recursively; unusable inputs are skipped with a reason. Sorted by id.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Article } from "../core/contract/article.js";
import { InputError } from "../core/errors.js";
import { decodeText } from "./readers/decode-text.js";
import { readHtmlArticle } from "./readers/html.js";
import { readJsonLines, readJsonLinesFile } from "./readers/jsonl.js";
import { readMarkdownArticle } from "./readers/markdown.js";
import { DEFAULT_READ_LIMITS, sizeDetail, type ReadArticle, type ReadLimits, type Skipped } from "./readers/read-result.js";
import { readTextArticle } from "./readers/text.js";

export type InputFormat = "text" | "markdown" | "html" | "jsonl" | "jsonl.gz";

/** File name endings → format, longest first (".jsonl.gz" before ".gz"). Folders are searched for these. */
export const INPUT_FORMATS: readonly (readonly [string, InputFormat])[] = [
  [".jsonl.gz", "jsonl.gz"],
  [".jsonl", "jsonl"],
  [".txt", "text"],
  [".md", "markdown"],
  [".markdown", "markdown"],
  [".html", "html"],
  [".htm", "html"],
];

/** The name standing for standard input, and the id and path its article gets. */
export const STDIN = "-";
const STDIN_ID = "stdin";
const STDIN_PATH = "(stdin)";

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Standard input, read when an input is "-" (main.ts passes process.stdin). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export interface ReadResult {
  readonly articles: Article[];
  readonly skipped: Skipped[];
}

interface FileSource {
  readonly path: string;
  /** The article id: the path relative to the folder given, or the file name. */
  readonly id: string;
  readonly format: InputFormat;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function formatOf(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  return INPUT_FORMATS.find(([ending]) => lower.endsWith(ending))?.[1];
}

async function listFolder(root: string): Promise<FileSource[]> {
  const out: FileSource[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > 32) return;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name.startsWith(".")) continue;
      const format = formatOf(e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && format) out.push({ path, id: relative(root, path).split(sep).join("/"), format });
    }
  };
  await walk(root, 0);
  return out.sort((a, b) => byString(a.id, b.id)); // readdir's order depends on the file system
}

/** One file as articles (JSON lines give many) and skipped inputs. */
async function readFileSource(source: FileSource, limits: ReadLimits): Promise<{ read: ReadArticle[]; skipped: Skipped[] }> {
  const { path, id, format } = source;
  const skip = (reason: Skipped["reason"], detail?: string) => ({ read: [], skipped: [{ path, reason, ...(detail ? { detail } : {}) }] });
  try {
    if (format === "jsonl" || format === "jsonl.gz") return await readJsonLinesFile(path, id, format === "jsonl.gz", limits);
    const max = format === "html" ? limits.maxPageBytes : limits.maxArticleBytes;
    const { size } = await stat(path);
    if (size > max) return skip("too large", sizeDetail(size, max, format === "html" ? "per page" : "per article"));
    const text = decodeText(await readFile(path));
    if (text === undefined) return skip("not text", "binary or not UTF-8");
    const article = readArticleText(text.replace(/^\uFEFF/, ""), id, format);
    const why = checkArticle(article, limits, format);
    return why ? skip(...why) : { read: [{ path, article: article! }], skipped: [] };
  } catch (err) {
    // a system error says its code (EACCES, EISDIR); others, such as a bad gzip stream, their message
    const code = (err as NodeJS.ErrnoException).code;
    return skip("unreadable", code?.startsWith("E") ? code : (err as Error).message.split("\n")[0]);
  }
}

function readArticleText(text: string, id: string, format: Exclude<InputFormat, "jsonl" | "jsonl.gz">): Article | undefined {
  if (format === "html") return readHtmlArticle(text, id);
  if (format === "markdown") return readMarkdownArticle(text, id);
  return readTextArticle(text, id);
}

/** Why an article read from one text cannot be used, or undefined when it can. */
function checkArticle(article: Article | undefined, limits: ReadLimits, format: InputFormat): [Skipped["reason"], string?] | undefined {
  if (!article || !article.text.trim()) return ["empty", format === "html" ? "no article text found in the page" : undefined];
  const bytes = Buffer.byteLength(article.text, "utf8");
  if (bytes > limits.maxArticleBytes) return ["too large", sizeDetail(bytes, limits.maxArticleBytes)];
  return undefined;
}

/**
 * Standard input: JSON lines (plain or gzip'd) when it starts with "{" or the gzip magic bytes,
 * an HTML page when it starts like one, otherwise one text article (with an optional header).
 */
async function readStdin(
  stdin: AsyncIterable<Uint8Array | string>,
  limits: ReadLimits,
): Promise<{ read: ReadArticle[]; skipped: Skipped[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  let bytes = Buffer.concat(chunks);
  const skip = (reason: Skipped["reason"], detail?: string) => ({
    read: [],
    skipped: [{ path: STDIN_PATH, reason, ...(detail ? { detail } : {}) }],
  });
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      return skip("unreadable", `not gzip data: ${(err as Error).message}`);
    }
  }
  const text = decodeText(bytes)?.replace(/^\uFEFF/, "");
  if (text === undefined) return skip("not text", "binary or not UTF-8");
  if (!text.trim()) return skip("empty");
  const start = text.trimStart();
  if (gzipped || start.startsWith("{")) return readJsonLines(text.split(/\r?\n/), STDIN_ID, STDIN_ID, limits);
  const format = /^(?:<!doctype html|<html|<head|<body)/i.test(start) ? "html" : "text";
  if (format === "text" && bytes.length > limits.maxArticleBytes)
    return skip("too large", sizeDetail(bytes.length, limits.maxArticleBytes));
  if (format === "html" && bytes.length > limits.maxPageBytes)
    return skip("too large", sizeDetail(bytes.length, limits.maxPageBytes, "per page"));
  const article = readArticleText(text, STDIN_ID, format);
  const why = checkArticle(article, limits, format);
  return why ? skip(...why) : { read: [{ path: STDIN_PATH, article: article! }], skipped: [] };
}

/**
 * Reads every input. A path that does not exist is an InputError (a typo should stop the build);
 * a file that cannot be used is skipped with a reason, and reading goes on with the rest.
 */
export async function readArticles(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const sources: (FileSource | typeof STDIN)[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      if (sources.includes(STDIN)) throw new InputError(`"-" (standard input) is given twice; it can be read once`);
      sources.push(STDIN);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(
        `"${input}" does not exist; pass article files (.txt, .md, .html, .jsonl, .jsonl.gz), folders that contain them, or - for standard input`,
      );
    }
    if (info.isDirectory()) {
      for (const source of await listFolder(input)) sources.push(source);
      continue;
    }
    // (reading a FIFO or a device would block, or never end)
    if (!info.isFile())
      throw new InputError(
        `"${input}" is not a regular file (a FIFO, socket or device); pass article files, folders that contain them, or - for standard input`,
      );
    sources.push({ path: input, id: basename(input), format: formatOf(input) ?? "text" });
  }
  const read: ReadArticle[] = [];
  const skipped: Skipped[] = [];
  for (const source of sources) {
    if (source === STDIN && !options.stdin) throw new InputError('"-" reads standard input, but none is available here');
    const result = source === STDIN ? await readStdin(options.stdin!, limits) : await readFileSource(source, limits);
    // (a loop, not push(...spread): one JSON-lines file may hold more articles than a call's arguments)
    for (const r of result.read) read.push(r);
    for (const r of result.skipped) skipped.push(r);
  }
  // sorted by id, then by path: of two articles with one id the one with the smaller path is kept,
  // whatever the order of the arguments
  read.sort((a, b) => byString(a.article.id, b.article.id) || byString(a.path, b.path));
  const articles: Article[] = [];
  for (const { path, article } of read) {
    if (articles.length && articles[articles.length - 1]!.id === article.id)
      skipped.push({ path, reason: "duplicate id", detail: `another article has the id "${article.id}"` });
    else articles.push(article);
  }
  return { articles, skipped };
}
