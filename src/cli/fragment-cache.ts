// The extraction cache: one file per article fragment, named by a hash of the article (id, metadata,
// text) and of the extractor version, under <dir>/<2 hex>/<hash>.json. Each file is written whole
// (temporary file, then rename); an unreadable, corrupt or foreign entry is a miss, never an error.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../core/contract/article.js";
import { ArticleFragment } from "../core/contract/fragment.js";

/** The cache key of an article for an extractor: sha256 over both, as hex. */
export function fragmentKey(article: Article, extractor: string): string {
  const { id, title, date, url, outlet, text } = article;
  return createHash("sha256").update(JSON.stringify([extractor, id, title ?? null, date ?? null, url ?? null, outlet ?? null, text])).digest("hex");
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The fragment cached for `article`, or undefined when there is none that this extractor made for this very article. */
export async function readCachedFragment(dir: string, article: Article, extractor: string): Promise<ArticleFragment | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(dir, fragmentKey(article, extractor)), "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = ArticleFragment.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const f = parsed.data;
    // a file under the right name but made from something else (copied, tampered with) is not used
    if (f.extractor !== extractor || f.article.id !== article.id || f.article.text !== article.text) return undefined;
    return f;
  } catch {
    return undefined;
  }
}

let counter = 0;

/** Writes one entry whole: a temporary file beside it, then a rename. */
export async function writeCachedFragment(dir: string, article: Article, extractor: string, json: string): Promise<void> {
  const path = entryPath(dir, fragmentKey(article, extractor));
  await mkdir(join(dir, fragmentKey(article, extractor).slice(0, 2)), { recursive: true });
  const temp = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    await writeFile(temp, json, "utf8");
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Runs `task` over `items` with at most `limit` at a time; results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}
