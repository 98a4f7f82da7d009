// The storage under the build caches (fragments, relations): entries packed in a few files per
// code version, so that a warm build reads a handful of files and checks each entry by a hash
// instead of a schema. Under <dir>/<version>/, each build that computed something adds one pack
// (`<time>-<pid>.pack`, written whole: temporary file, then rename) of lines `<key>\t<hash>\t<JSON>`:
// the key is 64 hex digits (the caller's hash of what the entry was made from), the hash is of the
// JSON. A line whose hash does not match is a miss, never an error; packs of other versions of the
// same family are removed when a new pack is written, and past MAX_PACKS packs the entries are joined into one.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ensureFolder } from "./write-atomic.js";

/** More packs than this in a version's folder are joined into one when the next is written. */
const MAX_PACKS = 8;

const digest = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 32);

interface Entry {
  readonly hash: string;
  readonly json: string;
}

export interface PackStore {
  /** The JSON stored under `key` whose hash matches, or undefined. */
  get(key: string): string | undefined;
  /** Writes these entries as one new pack. Throws when the cache cannot be written. */
  save(added: readonly { readonly key: string; readonly json: string }[]): Promise<void>;
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

/**
 * Opens the packs of `version` in `dir` (reads them once). `family` matches the folder names of
 * every version of this kind of entry: only those are ever removed.
 */
export async function openPackStore(dir: string, version: string, family: RegExp): Promise<PackStore> {
  const versionDir = join(dir, version);
  const { entries, packs } = await readPacks(versionDir);
  return {
    get(key) {
      const entry = entries.get(key);
      return entry && digest(entry.json) === entry.hash ? entry.json : undefined;
    },
    async save(added) {
      if (!added.length) return;
      await ensureFolder(versionDir); // (not mkdir recursive, which spins forever under /proc)
      const line = (key: string, e: Entry) => `${key}\t${e.hash}\t${e.json}\n`;
      const fresh = added.map(({ key, json }) => ({ key, entry: { hash: digest(json), json } }));
      const name = `${Date.now().toString().padStart(15, "0")}-${process.pid}-${counter++}.pack`;
      if (packs.length + 1 > MAX_PACKS) {
        // join every pack into one, then remove the old ones (a reader meanwhile sees each entry at least once)
        for (const { key, entry } of fresh) entries.set(key, entry);
        await writeWhole(join(versionDir, name), [...entries].map(([k, e]) => line(k, e)).join(""));
        await Promise.all(packs.map((p) => rm(join(versionDir, p), { force: true }).catch(() => undefined)));
      } else {
        await writeWhole(join(versionDir, name), fresh.map(({ key, entry }) => line(key, entry)).join(""));
      }
      // packs of other versions cannot be used again by this code
      const others = (await readdir(dir).catch(() => [] as string[])).filter((n) => family.test(n) && n !== version);
      await Promise.all(others.map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)));
    },
  };
}
