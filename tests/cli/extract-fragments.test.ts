// Extraction in parallel and from the cache: worker threads give the fragments one thread gives,
// and the cache gives back what it stored, ignoring entries that are corrupt or not this article's.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/core/index.js";
import { extractFragments } from "../../src/cli/extract-fragments.js";
import { makeTempDir } from "../helpers/core-tmp.js";
import { STORY_A, STORY_B, story } from "../helpers/robust-prose.js";

const ARTICLES: Article[] = [
  { id: "a.txt", text: STORY_A },
  { id: "b.txt", text: STORY_B },
  ...Array.from({ length: 30 }, (_, i) => ({ id: `s${String(i).padStart(2, "0")}.txt`, text: story(i) + story(i + 40) })),
];

/** Every cache entry file under `dir`. */
const entries = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe("extractFragments", () => {
  it("gives the same fragments on two worker threads as in this thread", async () => {
    const one = await extractFragments(ARTICLES, { jobs: 1 });
    const two = await extractFragments(ARTICLES, { jobs: 2, minParallelChars: 0 });
    expect(two.fragments).toEqual(one.fragments);
    expect(two.fragments.map((f) => f.article.id)).toEqual(ARTICLES.map((a) => a.id));
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await extractFragments(ARTICLES, { jobs: 2, minParallelChars: 0, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("extracts nothing the second time with a cache", async () => {
    const cacheDir = makeTempDir();
    const cold = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    const warm = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    expect([cold.extracted, warm.extracted, warm.fromCache]).toEqual([ARTICLES.length, 0, ARTICLES.length]);
    expect(warm.fragments).toEqual(cold.fragments);
  });

  it("extracts only a new or changed article", async () => {
    const cacheDir = makeTempDir();
    await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    const changed = [...ARTICLES.slice(1), { ...ARTICLES[0]!, text: STORY_A + "Lena Novak visited Lima.\n" }, { id: "new.txt", text: story(99) }];
    const again = await extractFragments(changed, { jobs: 1, cacheDir });
    expect([again.extracted, again.fromCache]).toEqual([2, ARTICLES.length - 1]);
  });

  it.each([
    ["not JSON", () => "{ half a fragm"],
    ["JSON of another shape", () => JSON.stringify({ fragment: 1, hello: "world" })],
    ["an empty file", () => ""],
  ])("ignores an entry that is %s and extracts again", async (_name, content) => {
    const cacheDir = makeTempDir();
    const cold = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    for (const file of entries(cacheDir)) writeFileSync(file, content());
    const again = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    expect([again.extracted, again.fromCache]).toEqual([ARTICLES.length, 0]);
    expect(again.fragments).toEqual(cold.fragments);
  });

  it("ignores a valid fragment of another article stored under this one's name", async () => {
    const cacheDir = makeTempDir();
    const cold = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    const files = entries(cacheDir);
    const foreign = JSON.stringify(cold.fragments[0]);
    for (const file of files) writeFileSync(file, foreign);
    const again = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    expect(again.extracted).toBe(ARTICLES.length - 1); // only a.txt's own entry is still right
    expect(again.fragments).toEqual(cold.fragments);
  });

  it("warns and goes on when the cache cannot be written", async () => {
    const dir = makeTempDir();
    const cacheDir = join(dir, "a-file");
    writeFileSync(cacheDir, "not a folder");
    const lines: string[] = [];
    const result = await extractFragments(ARTICLES.slice(0, 3), { jobs: 1, cacheDir, log: (l) => lines.push(l) });
    expect(result.fragments).toHaveLength(3);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsgraph: warning: the cache .* could not be written/);
  });
});
