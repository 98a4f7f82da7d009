// The merge's relations on worker threads and from the relation cache: the graph is the one
// mergeFragments makes in this thread, whatever the jobs; an article is related again only when
// its resolution changed, and a corrupt cache entry is related again, never an error.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { toGraphJson, type Article } from "../../src/core/index.js";
import type { ArticleFragment } from "../../src/core/contract/fragment.js";
import { extractArticle, mergeFragments, mergeFragmentsWith } from "../../src/core/pipeline/run-pipeline.js";
import { build } from "../../src/cli/build-command.js";
import { readArticles } from "../../src/cli/read-articles.js";
import { relateDocs, type RelateOptions } from "../../src/cli/relate-docs.js";
import { makeTempDir } from "../helpers/core-tmp.js";
import { STORY_A, STORY_B, story } from "../helpers/robust-prose.js";

const SAMPLES = (await readArticles([resolve(import.meta.dirname, "../../articles")], {})).articles;
const ARTICLES: Article[] = [
  ...SAMPLES,
  { id: "a.txt", text: STORY_A },
  { id: "b.txt", text: STORY_B },
  ...Array.from({ length: 12 }, (_, i) => ({ id: `s${String(i).padStart(2, "0")}.txt`, text: story(i) + story(i + 40) })),
];
const NEW: Article = {
  id: "n.txt",
  text: "Chilean President Ana Ruiz met Norwegian Prime Minister Tomas Berg in Oslo. Norway exports salmon to Chile.",
};

const fragmentsOf = (articles: readonly Article[]): ArticleFragment[] => articles.map((a) => extractArticle(a, "test"));
const LAYOUT = { layout: false } as const;

/** The graph (JSON) merged with relateDocs(options), and what the run did. */
async function merged(articles: readonly Article[], options: RelateOptions) {
  const { relate, stats } = relateDocs(options);
  const graph = toGraphJson(await mergeFragmentsWith(fragmentsOf(articles), relate, LAYOUT));
  return { graph, stats: { ...stats } };
}

/** Every relation-cache pack under `dir`. */
const packs = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.parentPath.includes("relations-"))
    .map((e) => join(e.parentPath, e.name));

describe("relateDocs", () => {
  const expected = toGraphJson(mergeFragments(fragmentsOf(ARTICLES), LAYOUT));

  it("finds relations in the samples (else these tests prove little)", () => {
    expect(JSON.parse(expected).edges.length).toBeGreaterThan(20);
  });

  it("gives mergeFragments's graph on two worker threads and in this thread", async () => {
    const two = await merged(ARTICLES, { jobs: 2, minParallelChars: 0 });
    const one = await merged(ARTICLES, { jobs: 1 });
    expect(two.stats.workers).toBe(2);
    expect(one.stats.workers).toBe(0);
    expect(two.graph).toBe(expected);
    expect(one.graph).toBe(expected);
  });

  it("relates again only the articles whose resolution changed", async () => {
    const cacheDir = makeTempDir();
    const cold = await merged(ARTICLES, { jobs: 1, cacheDir });
    const warm = await merged(ARTICLES, { jobs: 2, minParallelChars: 0, cacheDir });
    expect([cold.stats.fromCache, cold.stats.computed]).toEqual([0, ARTICLES.length]);
    expect([warm.stats.fromCache, warm.stats.computed, warm.stats.workers]).toEqual([ARTICLES.length, 0, 0]);
    expect([cold.graph, warm.graph]).toEqual([expected, expected]);
    const more = await merged([...ARTICLES, NEW], { jobs: 1, cacheDir });
    expect(more.graph).toBe(toGraphJson(mergeFragments(fragmentsOf([...ARTICLES, NEW]), LAYOUT)));
    // the new article, and those sharing an entity whose label or kind it changed; not the rest
    expect(more.stats.computed).toBeGreaterThanOrEqual(1);
    expect(more.stats.computed).toBeLessThan(ARTICLES.length / 2);
    expect(more.stats.fromCache + more.stats.computed).toBe(ARTICLES.length + 1);
  });

  it("relates again only the new article when its id sorts first (entities numbered within each article, not globally)", async () => {
    const cacheDir = makeTempDir();
    await merged(ARTICLES, { jobs: 1, cacheDir });
    // names the stories' countries in the reverse of their first appearance, and changes no entity's label or kind
    const first: Article = {
      id: "0000.txt",
      text: "Envoys from Ghana, Poland, Brazil, Egypt, Canada, Peru, Kenya, Japan, Norway and Chile sat down in Geneva.\n",
    };
    const more = await merged([first, ...ARTICLES], { jobs: 1, cacheDir });
    expect([more.stats.computed, more.stats.fromCache]).toEqual([1, ARTICLES.length]);
    expect(more.graph).toBe(toGraphJson(mergeFragments(fragmentsOf([first, ...ARTICLES]), LAYOUT)));
  });

  it("relates again an article whose cache entry is corrupt", async () => {
    const cacheDir = makeTempDir();
    await merged(ARTICLES, { jobs: 1, cacheDir });
    const [pack] = packs(cacheDir);
    const lines = readFileSync(pack!, "utf8").split("\n");
    // a JSON the hash does not match, and a line whose hash matches but names an entity the article has not
    lines[0] = lines[0]!.replace(/\t\[/, '\t[[0,"met",0');
    const bad = JSON.stringify([[999, "met", 0, "asserted", 0, 1, 1]]);
    const { createHash } = await import("node:crypto");
    lines[1] = `${lines[1]!.slice(0, 64)}\t${createHash("sha256").update(bad).digest("hex").slice(0, 32)}\t${bad}`;
    writeFileSync(pack!, lines.join("\n"));
    const again = await merged(ARTICLES, { jobs: 1, cacheDir });
    expect([again.stats.computed, again.stats.fromCache]).toEqual([2, ARTICLES.length - 2]);
    expect(again.graph).toBe(expected);
  });

  it("is what build reports: relations of every article from the cache the second time", async () => {
    const dir = makeTempDir();
    const lines: string[] = [];
    const counts: { fromCache: number; computed: number }[] = [];
    const input = resolve(import.meta.dirname, "../../articles");
    for (let i = 0; i < 2; i++)
      await build([input], { out: join(dir, "out"), log: (l) => lines.push(l), jobs: 1, onDone: (r) => counts.push(r.relations) });
    expect(counts).toEqual([
      { fromCache: 0, computed: SAMPLES.length },
      { fromCache: SAMPLES.length, computed: 0 },
    ]);
    expect(lines[1]).toContain(`(${SAMPLES.length} from the cache), relations of ${SAMPLES.length} from the cache → `);
  });
});
