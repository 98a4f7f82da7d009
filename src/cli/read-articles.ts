// Files and folders → articles. A folder is searched recursively for .txt files; an
// article's id is its path relative to the folder given (or its file name). Sorted by id.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";
import type { Article } from "../core/contract/article.js";
import { InputError } from "../core/errors.js";

export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([".txt"]);

export interface ReadResult {
  readonly articles: Article[];
  readonly skipped: { path: string; reason: string }[];
}

async function listFolder(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > 32) return;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name.startsWith(".")) continue;
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(path);
    }
  };
  await walk(root, 0);
  return out;
}

function decode(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined; // binary
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

export async function readArticles(inputs: readonly string[]): Promise<ReadResult> {
  const files: { path: string; id: string }[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(`"${input}" does not exist; pass .txt files or folders that contain them`);
    }
    if (info.isDirectory()) {
      for (const path of await listFolder(input)) files.push({ path, id: relative(input, path).split(sep).join("/") });
    } else files.push({ path: input, id: basename(input) });
  }
  const articles: Article[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const { path, id } of files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1))) {
    if (seen.has(id)) {
      skipped.push({ path, reason: `duplicate article id "${id}"` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      skipped.push({ path, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const text = decode(bytes);
    if (text === undefined) skipped.push({ path, reason: "not UTF-8 text" });
    else if (!text.trim()) skipped.push({ path, reason: "empty" });
    else {
      seen.add(id);
      articles.push({ id, text: text.replace(/^\uFEFF/, "") });
    }
  }
  return { articles, skipped };
}
