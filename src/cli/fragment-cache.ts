// The extraction cache: fragments packed in a few files per extractor version, so that a warm build
// reads a handful of files and checks each entry by a hash instead of a schema. Under <dir>/<extractor>/,
// each build that extracted something adds one pack (`<time>-<pid>.pack`, written whole: temporary
// file, then rename) of lines `<key>\t<hash>\t<fragment JSON>`: the key is a hash of the article and of
// the extractor, the hash is of the JSON. A line whose hash, version or article does not match is a
// miss, never an error; packs of other extractor versions are removed when a new pack is written,
// and past MAX_PACKS packs the entries are joined into one.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../core/contract/article.js";
import { FRAGMENT_VERSION, type ArticleFragment } from "../core/contract/fragment.js";
import { ensureFolder } from "./write-atomic.js";

/** More packs than this in a version's folder are joined into one when the next is written. */
const MAX_PACKS = 8;
/** The folder names extractor versions have ("f1-0123456789abcdef"): only these are ever removed. */
const VERSION_DIR = /^f\d+-[0-9a-f]{16}$/;

/** The cache key of an article for an extractor: sha256 over both, as hex. */
export function fragmentKey(article: Article, extractor: string): string {
  const { id, title, date, url, outlet, text } = article;
  return createHash("sha256").update(JSON.stringify([extractor, id, title ?? null, date ?? null, url ?? null, outlet ?? null, text])).digest("hex");
}

const digest = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 32);

interface Entry {
  readonly hash: string;
  readonly json: string;
}

export interface FragmentCache {
  /** The fragment cached for `article`, or undefined when there is none that this extractor made for this very article. */
  get(article: Article): ArticleFragment | undefined;
  /** Writes the fragments of these articles (their JSON) as one new pack. Throws when the cache cannot be written. */
  save(added: readonly { readonly article: Article; readonly json: string }[]): Promise<void>;
}

/** The entries of every pack in `versionDir` (a missing or unreadable folder or pack is empty). */
async function readPacks(versionDir: string): Promise<{ entries: Map<string, Entry>; packs: string[] }> {
  const entries = new Map<string, Entry>();
  const packs = (await readdir(versionDir).catch(() => [] as string[])).filter((n) => n.endsWith(".pack")).sort();
  for (const name of packs) {
    let text: string;
    try {
      text = await readFile(join(versionDir, name), "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      const a = line.indexOf("\t");
      const b = line.indexOf("\t", a + 1);
      if (a !== 64 || b !== a + 33) continue;
      entries.set(line.slice(0, a), { hash: line.slice(a + 1, b), json: line.slice(b + 1) });
    }
  }
  return { entries, packs };
}

/** Checks an entry without a schema: its hash, then its version, extractor and article. */
function decode(entry: Entry | undefined, article: Article, extractor: string): ArticleFragment | undefined {
  if (!entry || digest(entry.json) !== entry.hash) return undefined;
  try {
    const f = JSON.parse(entry.json) as ArticleFragment;
    // a line under the right key but made from something else (copied, tampered with) is not used
    if (f?.fragment !== FRAGMENT_VERSION || f.extractor !== extractor || f.article?.id !== article.id || f.article.text !== article.text) return undefined;
    if (!Array.isArray(f.sentences) || !Array.isArray(f.mentions) || f.sentences.length !== f.mentions.length) return undefined;
    return f;
  } catch {
    return undefined;
  }
}

let counter = 0;

/** Writes `text` to `path` whole: a temporary file beside it, then a rename. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Opens the cache in `dir` for `extractor`: reads its packs once. */
export async function openFragmentCache(dir: string, extractor: string): Promise<FragmentCache> {
  const versionDir = join(dir, extractor);
  const { entries, packs } = await readPacks(versionDir);
  return {
    get: (article) => decode(entries.get(fragmentKey(article, extractor)), article, extractor),
    async save(added) {
      if (!added.length) return;
      await ensureFolder(versionDir); // (not mkdir recursive, which spins forever under /proc)
      const line = (key: string, e: Entry) => `${key}\t${e.hash}\t${e.json}\n`;
      const fresh = added.map(({ article, json }) => ({ key: fragmentKey(article, extractor), entry: { hash: digest(json), json } }));
      const name = `${Date.now().toString().padStart(15, "0")}-${process.pid}-${counter++}.pack`;
      if (packs.length + 1 > MAX_PACKS) {
        // join every pack into one, then remove the old ones (a reader meanwhile sees each entry at least once)
        for (const { key, entry } of fresh) entries.set(key, entry);
        await writeWhole(join(versionDir, name), [...entries].map(([k, e]) => line(k, e)).join(""));
        await Promise.all(packs.map((p) => rm(join(versionDir, p), { force: true }).catch(() => undefined)));
      } else {
        await writeWhole(join(versionDir, name), fresh.map(({ key, entry }) => line(key, entry)).join(""));
      }
      // packs of other extractor versions cannot be used again by this code
      const others = (await readdir(dir).catch(() => [] as string[])).filter((n) => VERSION_DIR.test(n) && n !== extractor);
      await Promise.all(others.map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)));
    },
  };
}
