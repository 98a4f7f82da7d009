// readArticles: files and folders → articles sorted by id; unusable files are skipped with a reason.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../../src/cli/read-articles.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";

const STORY = "Ana Ruiz met Tomas Berg in Oslo.\n";

describe("readArticles", () => {
  it("reads .txt files of a folder recursively, ids relative to it, sorted", async () => {
    const dir = writeTree(makeTempDir(), { "z.txt": STORY, "a/b.txt": STORY, "a/a.TXT": STORY, "m.txt": STORY });
    const { articles } = await readArticles([dir]);
    expect(articles.map((a) => a.id)).toEqual(["a/a.TXT", "a/b.txt", "m.txt", "z.txt"]);
  });

  it.each<[string, Record<string, string>]>([
    ["hidden files", { ".draft.txt": STORY }],
    ["hidden folders", { ".git/notes.txt": STORY }],
    ["files with other extensions", { "notes.md": STORY, "page.html": STORY, "story.txt.bak": STORY }],
  ])("ignores %s in a folder", async (_name, files) => {
    const dir = writeTree(makeTempDir(), { "keep.txt": STORY, ...files });
    expect((await readArticles([dir])).articles.map((a) => a.id)).toEqual(["keep.txt"]);
  });

  it("strips a byte-order mark", async () => {
    const dir = writeTree(makeTempDir(), { "a.txt": `\uFEFF${STORY}` });
    expect((await readArticles([dir])).articles[0]?.text).toBe(STORY);
  });

  it.each<[string, string | Uint8Array, string]>([
    ["an empty file", "", "empty"],
    ["a whitespace-only file", " \n\t\n", "empty"],
    ["a binary file", new Uint8Array([0x47, 0x00, 0x01, 0x02]), "not UTF-8 text"],
    ["a file that is not UTF-8", new Uint8Array([0x41, 0xff, 0xfe, 0x42]), "not UTF-8 text"],
  ])("skips %s with a reason", async (_name, content, reason) => {
    const dir = writeTree(makeTempDir(), { "bad.txt": content });
    expect(await readArticles([dir])).toEqual({ articles: [], skipped: [{ path: join(dir, "bad.txt"), reason }] });
  });

  it("skips a second article with the same id", async () => {
    const one = writeTree(makeTempDir(), { "a.txt": STORY });
    const two = writeTree(makeTempDir(), { "a.txt": "Another story.\n" });
    const { articles, skipped } = await readArticles([one, two]);
    expect([articles.length, skipped.map((s) => s.reason)]).toEqual([1, ['duplicate article id "a.txt"']]);
  });

  it("throws an InputError for a path that does not exist", async () => {
    await expect(readArticles([join(makeTempDir(), "missing")])).rejects.toMatchObject({ name: "InputError" });
  });
});
