// Extraction in parallel and from the cache: worker threads give the fragments one thread gives,
// and the cache gives back what it stored, ignoring entries that are corrupt or not this article's.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

/** Every cache file (pack) under `dir`. */
const entries = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

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
    const changed = [
      ...ARTICLES.slice(1),
      { ...ARTICLES[0]!, text: STORY_A + "Lena Novak visited Lima.\n" },
      { id: "new.txt", text: story(99) },
    ];
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

  it("ignores a valid fragment of another article stored under this one's key, with a right hash", async () => {
    const cacheDir = makeTempDir();
    const cold = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    const foreign = JSON.stringify(cold.fragments[0]);
    const hash = createHash("sha256").update(foreign).digest("hex").slice(0, 32);
    for (const file of entries(cacheDir)) {
      const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
      writeFileSync(file, lines.map((l) => `${l.split("\t")[0]}\t${hash}\t${foreign}\n`).join(""));
    }
    const again = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    expect(again.extracted).toBe(ARTICLES.length - 1); // only a.txt's own entry is still right
    expect(again.fragments).toEqual(cold.fragments);
  });

  it("uses the whole lines of a truncated pack and extracts the rest again", async () => {
    const cacheDir = makeTempDir();
    const cold = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    const [file] = entries(cacheDir);
    const text = readFileSync(file!, "utf8");
    const cut = text.indexOf("\n", Math.floor(text.length / 2)) - 10; // inside a line
    writeFileSync(file!, text.slice(0, cut));
    const kept = text.slice(0, cut).split("\n").length - 1;
    const again = await extractFragments(ARTICLES, { jobs: 1, cacheDir });
    expect([again.fromCache, again.extracted]).toEqual([kept, ARTICLES.length - kept]);
    expect(again.fragments).toEqual(cold.fragments);
  });

  it("adds one pack per build, joins them past eight, and drops other extractor versions", async () => {
    const cacheDir = makeTempDir();
    mkdirSync(join(cacheDir, "f1-0123456789abcdef"));
    writeFileSync(join(cacheDir, "f1-0123456789abcdef", "old.pack"), "stale");
    writeFileSync(join(cacheDir, "notes.txt"), "not ours: kept");
    for (let n = 1; n <= 10; n++) await extractFragments(ARTICLES.slice(0, n), { jobs: 1, cacheDir });
    const packs = entries(cacheDir).filter((f) => f.endsWith(".pack"));
    expect(packs.length).toBeLessThanOrEqual(8);
    expect(readdirSync(cacheDir).sort()).toEqual([expect.stringMatching(/^f\d+-[0-9a-f]{16}$/), "notes.txt"]);
    const warm = await extractFragments(ARTICLES.slice(0, 10), { jobs: 1, cacheDir });
    expect([warm.fromCache, warm.extracted]).toEqual([10, 0]);
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
