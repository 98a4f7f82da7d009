// readArticles: files, folders and "-" → articles sorted by id, read by format (.txt, .md, .html,
// .jsonl, .jsonl.gz); unusable inputs are skipped with a reason and the rest is still read.
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readArticles, type ReadOptions } from "../../src/cli/read-articles.js";
import type { Article } from "../../src/core/index.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";

const STORY = "Ana Ruiz met Tomas Berg in Oslo.\n";
const jsonl = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
const HTML_PAGE = `<!doctype html><html><head><title>Oslo talks | Fjord Post</title>
<meta property="og:site_name" content="Fjord Post"><meta property="article:published_time" content="2026-03-06">
<link rel="canonical" href="https://fjord.example/oslo"></head>
<body><nav><a href="/">Front page</a> <a href="/sport">Sport</a></nav>
<article><h1>Oslo talks</h1><p>${STORY.trim()} They discussed fishing quotas and the price of salmon for an hour.</p></article>
<div class="comments"><p>What a waste of time and money.</p></div></body></html>`;

async function read(files: Record<string, string | Uint8Array>, inputs: (dir: string) => string[] = (d) => [d], options: ReadOptions = {}) {
  const dir = writeTree(makeTempDir(), files);
  return { dir, ...(await readArticles(inputs(dir), options)) };
}

const stdinOf = (content: string | Uint8Array) =>
  Readable.from([typeof content === "string" ? Buffer.from(content) : Buffer.from(content)]);

describe("readArticles finds articles", () => {
  it("in every format of a folder, recursively, ids relative to it, sorted", async () => {
    const { articles } = await read({
      "z.txt": STORY,
      "a/b.md": STORY,
      "a/a.TXT": STORY,
      "m.html": HTML_PAGE,
      "n.HTM": HTML_PAGE,
      "w/wire.jsonl": jsonl({ text: STORY }),
      "w/gz.jsonl.gz": gzipSync(jsonl({ id: "g-1", text: STORY })),
    });
    expect(articles.map((a) => a.id)).toEqual(["a/a.TXT", "a/b.md", "g-1", "m.html", "n.HTM", "w/wire.jsonl:1", "z.txt"]);
  });

  it.each<[string, Record<string, string>]>([
    ["hidden files", { ".draft.txt": STORY }],
    ["hidden folders", { ".git/notes.txt": STORY }],
    ["files with other extensions", { "data.json": "{}", "notes.pdf": STORY, "story.txt.bak": STORY, "table.csv": "a,b" }],
  ])("ignores %s in a folder", async (_name, files) => {
    expect((await read({ "keep.txt": STORY, ...files })).articles.map((a) => a.id)).toEqual(["keep.txt"]);
  });

  it("reads a file given by name whatever its extension, as text, with its file name as id", async () => {
    const { articles } = await read({ "deep/story.news": STORY }, (d) => [join(d, "deep/story.news")]);
    expect(articles).toEqual([{ id: "story.news", text: STORY }]);
  });

  it("strips a byte-order mark", async () => {
    expect((await read({ "a.txt": `\uFEFF${STORY}` })).articles[0]?.text).toBe(STORY);
  });
});

describe("readArticles reads each format", () => {
  // [format, file name, content, the article expected (its text checked with `startsWith`)]
  it.each<[string, string, string | Uint8Array, Partial<Article> & { text: string }]>([
    ["a plain .txt, whole", "a.txt", STORY, { id: "a.txt", text: STORY }],
    [
      "a .txt with a date line (stage 1 reads it), whole",
      "a.txt",
      `date 2026-03-06\n\n${STORY}`,
      { id: "a.txt", text: `date 2026-03-06\n\n${STORY}` },
    ],
    [
      "a .txt with front matter",
      "a.txt",
      `---\ntitle: Oslo talks\ndate: 2026-03-06\nurl: https://fjord.example/oslo\noutlet: Fjord Post\n---\n${STORY}`,
      { id: "a.txt", title: "Oslo talks", date: "2026-03-06", url: "https://fjord.example/oslo", outlet: "Fjord Post", text: STORY },
    ],
    [
      "a .txt with 'Key: value' lines",
      "a.txt",
      `Title: Oslo talks\nOutlet: Fjord Post\n\n${STORY}`,
      { id: "a.txt", title: "Oslo talks", outlet: "Fjord Post", text: STORY },
    ],
    ["a .txt whose front matter sets the id", "a.txt", `---\nid: oslo-1\n---\n${STORY}`, { id: "oslo-1", text: STORY }],
    [
      "a .md with front matter and markup",
      "a.md",
      `---\ntitle: Oslo talks\n---\n# Oslo talks\n\n**Ana Ruiz** met _Tomas Berg_ in Oslo.\n`,
      { id: "a.md", title: "Oslo talks", text: `Oslo talks\n\n${STORY}` },
    ],
    [
      "an .html page",
      "a.html",
      HTML_PAGE,
      {
        id: "a.html",
        title: "Oslo talks",
        date: "2026-03-06",
        url: "https://fjord.example/oslo",
        outlet: "Fjord Post",
        text: STORY.trim(),
      },
    ],
    [
      "a .jsonl line with metadata",
      "a.jsonl",
      jsonl({ id: "w-1", title: "Oslo talks", date: "2026-03-06", url: "https://w.example/1", outlet: "Wire", text: STORY }),
      { id: "w-1", title: "Oslo talks", date: "2026-03-06", url: "https://w.example/1", outlet: "Wire", text: STORY },
    ],
    ["a .jsonl line without an id", "a.jsonl", `\n\n${jsonl({ text: STORY })}`, { id: "a.jsonl:3", text: STORY }],
    ["a .jsonl.gz line", "a.jsonl.gz", gzipSync(jsonl({ id: "g-1", text: STORY })), { id: "g-1", text: STORY }],
  ])("%s", async (_name, file, content, expected) => {
    const { articles, skipped } = await read({ [file]: content });
    const [article] = articles;
    expect([articles.length, skipped]).toEqual([1, []]);
    expect({ ...article, text: article!.text.startsWith(expected.text) ? expected.text : article!.text }).toEqual(expected);
  });
});

describe("readArticles skips what it cannot use, and reads the rest", () => {
  // [case, the bad file, its content, the path skipped (relative), the reason]
  it.each<[string, string, string | Uint8Array, string, string]>([
    ["an empty file", "bad.txt", "", "bad.txt", "empty"],
    ["a whitespace-only file", "bad.txt", " \n\t\n", "bad.txt", "empty"],
    ["a file with front matter and no story", "bad.md", "---\ntitle: x\n---\n\n", "bad.md", "empty"],
    ["a binary file", "bad.txt", new Uint8Array([0x47, 0x00, 0x01, 0x02]), "bad.txt", "not text"],
    ["a file that is not UTF-8", "bad.txt", new Uint8Array([0x41, 0xff, 0xfe, 0x42]), "bad.txt", "not text"],
    ["a page without a story", "bad.html", "<html><body></body></html>", "bad.html", "empty"],
    ["a .jsonl.gz that is not gzip'd", "bad.jsonl.gz", jsonl({ text: STORY }), "bad.jsonl.gz", "unreadable"],
    ["a JSON line that is not JSON", "bad.jsonl", `${jsonl({ id: "ok", text: STORY })}{oops\n`, "bad.jsonl:2", "not an article"],
    ["a JSON line without text", "bad.jsonl", jsonl({ id: "ok", text: STORY }, { id: "no-text" }), "bad.jsonl:2", "not an article"],
    ["a JSON line with an empty text", "bad.jsonl", jsonl({ id: "ok", text: STORY }, { text: "" }), "bad.jsonl:2", "empty"],
  ])("skips %s with a reason", async (_name, file, content, path, reason) => {
    const { dir, articles, skipped } = await read({ "good.txt": STORY, [file]: content });
    expect(skipped.map((s) => ({ path: s.path, reason: s.reason }))).toEqual([{ path: join(dir, path), reason }]);
    expect(articles.map((a) => a.id)).toContain("good.txt");
  });

  it.each<[string, string, string]>([
    ["a .txt over the article limit", "big.txt", "x".repeat(2000)],
    ["a .jsonl text over the article limit", "big.jsonl", jsonl({ text: "x".repeat(2000) })],
    ["an .html page over the page limit", "big.html", `<p>${"x".repeat(5000)}</p>`],
  ])("skips %s as too large, saying the size and the limit", async (_name, file, content) => {
    const { articles, skipped } = await read({ "good.txt": STORY, [file]: content }, undefined, {
      limits: { maxArticleBytes: 1000, maxPageBytes: 4000 },
    });
    expect([articles.length, skipped.map((s) => s.reason)]).toEqual([1, ["too large"]]);
    expect(skipped[0]!.detail).toMatch(/MB; the limit is .* MB per (article|page)/);
  });

  it("skips a second article with the same id, keeping the one with the smaller path, in any argument order", async () => {
    const one = writeTree(makeTempDir(), { "a.txt": STORY });
    const two = writeTree(makeTempDir(), { "a.txt": "Another story.\n" });
    const kept = one < two ? STORY : "Another story.\n";
    for (const order of [
      [one, two],
      [two, one],
    ]) {
      const { articles, skipped } = await readArticles(order);
      expect([articles.map((a) => a.text), skipped.map((s) => s.reason)]).toEqual([[kept], ["duplicate id"]]);
    }
  });

  it("keeps the first of two JSON lines with the same id", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({ id: "same", text: `Story ${i + 1}.` }));
    const { articles } = await read({ "a.jsonl": jsonl(...lines) });
    expect(articles.map((a) => a.text)).toEqual(["Story 1."]);
  });

  it("throws an InputError for a path that does not exist", async () => {
    await expect(readArticles([join(makeTempDir(), "missing")])).rejects.toMatchObject({ name: "InputError" });
  });
});

describe("readArticles reads standard input for '-'", () => {
  it.each<[string, string | Uint8Array, Partial<Article>[]]>([
    ["one text article, id 'stdin'", STORY, [{ id: "stdin", text: STORY }]],
    [
      "a text article with front matter",
      `---\ntitle: Oslo talks\nid: oslo\n---\n${STORY}`,
      [{ id: "oslo", title: "Oslo talks", text: STORY }],
    ],
    [
      "JSON lines, ids from the records or stdin:<line>",
      jsonl({ id: "w-1", text: STORY }, { text: STORY }),
      [
        { id: "stdin:2", text: STORY },
        { id: "w-1", text: STORY },
      ],
    ],
    ["gzip'd JSON lines", gzipSync(jsonl({ id: "g-1", text: STORY })), [{ id: "g-1", text: STORY }]],
    ["an HTML page", HTML_PAGE, [{ id: "stdin", title: "Oslo talks", outlet: "Fjord Post" }]],
  ])("reads %s", async (_name, content, expected) => {
    const { articles } = await readArticles(["-"], { stdin: stdinOf(content) });
    expect(articles).toMatchObject(expected);
  });

  it.each<[string, string | Uint8Array, string]>([
    ["empty input", "", "empty"],
    ["binary input", new Uint8Array([0x00, 0x01, 0x02]), "not text"],
  ])("skips %s with a reason", async (_name, content, reason) => {
    expect((await readArticles(["-"], { stdin: stdinOf(content) })).skipped).toMatchObject([{ path: "(stdin)", reason }]);
  });

  it("reads standard input beside files", async () => {
    const dir = writeTree(makeTempDir(), { "a.txt": STORY });
    const { articles } = await readArticles([dir, "-"], { stdin: stdinOf(jsonl({ id: "b", text: STORY })) });
    expect(articles.map((a) => a.id)).toEqual(["a.txt", "b"]);
  });

  it.each<[string, string[], ReadOptions]>([
    ["'-' given twice", ["-", "-"], { stdin: stdinOf(STORY) }],
    ["no standard input to read", ["-"], {}],
  ])("throws an InputError for %s", async (_name, inputs, options) => {
    await expect(readArticles(inputs, options)).rejects.toMatchObject({ name: "InputError" });
  });
});
