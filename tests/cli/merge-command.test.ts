// newsgraph extract --jsonl and newsgraph merge: the two halves of build. Merging the fragments
// gives build's graph byte for byte, in any order of the fragments and files; bad fragments get
// one line and exit 2, and leave nothing written.
// The CLI runs in this process (in-process-cli.ts: the bin's main function, the same exit code and output,
// without a Node start per case); main.test.ts and compiled-cli.test.ts run the spawned, compiled command.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";
import { STORY_A, STORY_B, story } from "../helpers/robust-prose.js";

const FILES = {
  "a.txt": STORY_A,
  "b.txt": STORY_B,
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`s${i}.txt`, story(i) + story(i + 20)])),
};
const OUTPUTS = ["graph.json", "graph.graphml"];
const read = (dir: string) => OUTPUTS.map((f) => readFileSync(join(dir, f), "utf8"));

describe("newsgraph extract --jsonl, then merge", () => {
  let root: string;
  let lines: string[];

  beforeAll(async () => {
    root = makeTempDir();
    writeTree(join(root, "in"), FILES);
    const built = await runCliInProcess(["build", join(root, "in"), "--out", join(root, "built")]);
    const extracted = await runCliInProcess(["extract", join(root, "in"), "--jsonl", join(root, "all.jsonl")]);
    expect([built.status, extracted.status]).toEqual([0, 0]);
    lines = readFileSync(join(root, "all.jsonl"), "utf8").split("\n").filter(Boolean);
  });

  it("writes one fragment per article, in order of id", () => {
    const ids = lines.map((l) => (JSON.parse(l) as { article: { id: string } }).article.id);
    expect(ids).toEqual(Object.keys(FILES).sort());
  });

  it("merges into the graph build writes, byte for byte", async () => {
    const run = await runCliInProcess(["merge", join(root, "all.jsonl"), "--out", join(root, "merged")]);
    expect(run.status).toBe(0);
    expect(read(join(root, "merged"))).toEqual(read(join(root, "built")));
  });

  it("gives the same bytes from shuffled fragments split over two files, given in either order", async () => {
    const shuffled = [...lines].reverse();
    shuffled.push(shuffled.splice(3, 1)[0]!);
    mkdirSync(join(root, "parts"), { recursive: true });
    writeFileSync(join(root, "parts", "p2.jsonl"), shuffled.slice(0, 4).join("\n") + "\n");
    writeFileSync(join(root, "parts", "p1.jsonl"), shuffled.slice(4).join("\n") + "\n");
    const a = await runCliInProcess([
      "merge",
      join(root, "parts", "p2.jsonl"),
      join(root, "parts", "p1.jsonl"),
      "--out",
      join(root, "m-a"),
    ]);
    const b = await runCliInProcess(["merge", join(root, "parts"), "--out", join(root, "m-b")]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(read(join(root, "m-a"))).toEqual(read(join(root, "built")));
    expect(read(join(root, "m-b"))).toEqual(read(join(root, "built")));
  });

  it.each([
    ["a line that is not JSON", () => "{ not json"],
    ["a fragment of another format version", () => JSON.stringify({ ...JSON.parse(lines[0]!), fragment: 99 })],
    ["a fragment with a wrong field", () => JSON.stringify({ ...JSON.parse(lines[0]!), sentences: "none" })],
    ["an article line (what build reads), not a fragment", () => JSON.stringify({ id: "a", text: "Ana Ruiz met Tomas Berg." })],
  ])("refuses %s with one line, exit 2, and writes nothing", async (_name, bad) => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "bad.jsonl"), [lines[1], bad()].join("\n") + "\n");
    const run = await runCliInProcess(["merge", join(dir, "bad.jsonl"), "--out", join(dir, "out")]);
    expect([run.status, run.errorLines.length]).toEqual([2, 1]);
    expect(run.errorLines[0]).toMatch(/^newsgraph: .*bad\.jsonl:2 /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("says that a file of articles is not fragments, and which command writes them", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "articles.jsonl"), `${JSON.stringify({ id: "a", text: "Ana Ruiz met Tomas Berg." })}\n`);
    const run = await runCliInProcess(["merge", join(dir, "articles.jsonl"), "--out", join(dir, "out")]);
    expect(run.errorLines).toEqual([
      expect.stringMatching(/^newsgraph: .*articles\.jsonl:1 is an article, not a fragment: .*"newsgraph extract --jsonl"/),
    ]);
  });

  it("exits 1 with one line when --jsonl names a folder, and leaves it as it was", async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "taken"));
    const run = await runCliInProcess(["extract", join(root, "in"), "--jsonl", join(dir, "taken")]);
    expect([run.status, run.errorLines.length]).toEqual([1, 1]);
  });
});

describe("newsgraph build with --cache and a previous graph", () => {
  it("extracts only the new article, keeps the old nodes' positions, and writes the same bytes when nothing changed", async () => {
    const root = makeTempDir();
    writeTree(join(root, "in"), FILES);
    const cache = join(root, "cache");
    const out = join(root, "out");
    const cold = await runCliInProcess(["build", join(root, "in"), "--out", out, "--cache", cache]);
    const first = read(out);
    const warm = await runCliInProcess(["build", join(root, "in"), "--out", out, "--cache", cache]);
    expect([cold.status, warm.status]).toEqual([0, 0]);
    expect(warm.stderr).toContain(`(${Object.keys(FILES).length} from the cache)`);
    expect(read(out)).toEqual(first);

    writeTree(join(root, "in"), { "z-new.txt": "Foreign Minister Sofia Duarte of Peru met Emil Kerr in Cairo on Friday.\n" });
    const more = await runCliInProcess(["build", join(root, "in"), "--out", out, "--cache", cache]);
    expect(more.status).toBe(0);
    expect(more.stderr).toContain(`${Object.keys(FILES).length + 1} article(s) used (${Object.keys(FILES).length} from the cache)`);
    type Nodes = { nodes: { key: string; attributes: { x: number; y: number } }[] };
    const before = new Map((JSON.parse(first[0]!) as Nodes).nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    const after = (JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Nodes).nodes;
    const kept = after.filter((n) => before.has(n.key));
    expect(kept.length).toBeGreaterThan(0);
    for (const n of kept) expect([n.attributes.x, n.attributes.y]).toEqual(before.get(n.key));
    expect(after.some((n) => !before.has(n.key))).toBe(true);
  });

  it("lays out from scratch with --fresh-layout (the graph of a fresh folder)", async () => {
    const root = makeTempDir();
    writeTree(join(root, "in"), FILES);
    await runCliInProcess(["build", join(root, "in"), "--out", join(root, "fresh")]);
    writeFileSync(join(root, "in", "a.txt"), STORY_A + "Lena Novak visited Lima.\n");
    await runCliInProcess(["build", join(root, "in"), "--out", join(root, "fresh")]);
    await runCliInProcess(["build", join(root, "in"), "--out", join(root, "other")]);
    const run = await runCliInProcess(["build", join(root, "in"), "--out", join(root, "fresh"), "--fresh-layout"]);
    expect(run.status).toBe(0);
    expect(read(join(root, "fresh"))).toEqual(read(join(root, "other")));
  });
});
