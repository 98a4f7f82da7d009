// newsgraph build, run for real on temp folders: it writes graph.json and graph.graphml (or the
// --format asked for), byte-identical for the same input, and leaves existing files alone when it fails.
// The CLI runs in this process (in-process-cli.ts: the bin's main function, the same exit code and output,
// without a Node start per case), but for the standard input cases, which pipe a real process's stdin;
// main.test.ts and compiled-cli.test.ts run the spawned, compiled command too.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson } from "../../src/core/index.js";
import { runCli, type CliRun } from "../helpers/core-cli.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const STORIES = {
  "a.txt": "date 2026-03-06\nPresident Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday.\n",
  "sub/b.txt": "Chile and Norway signed the Blue Harbour Agreement, which covers fishing and energy.\n",
  ".hidden.txt": "Hidden files are not articles.\n",
  "notes.csv": "CSV notes are not articles.\n",
};

describe("newsgraph build on a folder", () => {
  let root: string;
  let first: CliRun;
  let second: CliRun;
  const out1 = () => join(root, "out");
  const out2 = () => join(root, "nested", "deeper", "out");

  beforeAll(async () => {
    root = makeTempDir();
    writeTree(join(root, "in"), STORIES);
    [first, second] = await Promise.all([
      runCliInProcess(["build", join(root, "in"), "--out", out1()]),
      runCliInProcess(["build", join(root, "in"), "--out", out2()]),
    ]);
  });

  it("exits 0", () => {
    expect([first.status, second.status]).toEqual([0, 0]);
  });

  it("writes graph.json and graph.graphml and nothing else but its hidden cache", () => {
    expect(readdirSync(out1()).sort()).toEqual([".cache", "graph.graphml", "graph.json"]);
  });

  it("creates a missing --out folder with its parents", () => {
    expect(existsSync(join(out2(), "graph.json"))).toBe(true);
  });

  it.each([["graph.json"], ["graph.graphml"]])("writes a byte-identical %s for the same input twice", (name) => {
    expect(readFileSync(join(out2(), name))).toEqual(readFileSync(join(out1(), name)));
  });

  it("writes a graph.json that satisfies the contract", () => {
    expect(() => parseGraphJson(readFileSync(join(out1(), "graph.json"), "utf8"))).not.toThrow();
  });

  it("writes a graph.graphml with the same nodes and edges as graph.json", () => {
    const json = parseGraphJson(readFileSync(join(out1(), "graph.json"), "utf8"));
    const graphml = parse(Graph, readFileSync(join(out1(), "graph.graphml"), "utf8"));
    expect([graphml.nodes().sort(), graphml.edges().sort()]).toEqual([json.nodes().sort(), json.edges().sort()]);
  });

  it("reads article files recursively, ids relative to the folder given, hidden files and other extensions skipped", () => {
    const graph = parseGraphJson(readFileSync(join(out1(), "graph.json"), "utf8"));
    expect(graph.getAttribute("articles")).toEqual([{ id: "a.txt", date: "2026-03-06" }, { id: "sub/b.txt" }]);
  });
});

describe.concurrent("newsgraph build resolves paths", () => {
  it("against the working directory", async () => {
    const cwd = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"] });
    const run = await runCliInProcess(["build", "in", "--out", "out"], { cwd });
    expect([run.status, existsSync(join(cwd, "out", "graph.json"))]).toEqual([0, true]);
  });

  it("with a single file given, using its file name as the id", async () => {
    const dir = writeTree(makeTempDir(), { "deep/down/story.txt": STORIES["a.txt"] });
    const run = await runCliInProcess(["build", join(dir, "deep/down/story.txt"), "--out", join(dir, "out")]);
    expect(run.status).toBe(0);
    const graph = parseGraphJson(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    expect(graph.getAttribute("articles").map((a) => a.id)).toEqual(["story.txt"]);
  });
});

describe.concurrent("newsgraph build leaves existing files alone when it fails", () => {
  it("exits 2 and leaves an --out that is a file unchanged", async () => {
    const dir = writeTree(makeTempDir(), { "a.txt": STORIES["a.txt"], taken: "not a folder\n" });
    const run = await runCliInProcess(["build", join(dir, "a.txt"), "--out", join(dir, "taken")]);
    expect([run.status, run.errorLines.length, run.errorLines[0]?.startsWith("newsgraph: ")]).toEqual([2, 1, true]);
    expect(readFileSync(join(dir, "taken"), "utf8")).toBe("not a folder\n");
  });

  const OLD_JSON = '{"old": "graph, must survive"}\n';
  const OLD_GRAPHML = "<graphml><!-- old --></graphml>\n";

  it.each<[string, Record<string, string>, string]>([
    ["an input that does not exist", {}, "missing"],
    ["a folder with no article file", { "in/notes.csv": "notes\n" }, "in"],
    ["an empty article file", { "in/empty.txt": "" }, "in/empty.txt"],
  ])("keeps graph.json and graph.graphml byte-identical on %s", async (_name, files, input) => {
    const dir = writeTree(makeTempDir(), { ...files, "out/graph.json": OLD_JSON, "out/graph.graphml": OLD_GRAPHML });
    const run = await runCliInProcess(["build", join(dir, input), "--out", join(dir, "out")]);
    expect(run.status).toBe(2);
    expect([readFileSync(join(dir, "out/graph.json"), "utf8"), readFileSync(join(dir, "out/graph.graphml"), "utf8")]).toEqual([
      OLD_JSON,
      OLD_GRAPHML,
    ]);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["graph.graphml", "graph.json"]);
  });

  it("keeps graph.json byte-identical when graph.graphml cannot be written", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"], "out/graph.json": OLD_JSON });
    mkdirSync(join(dir, "out/graph.graphml"));
    const run = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect(run.status).not.toBe(0);
    expect(readFileSync(join(dir, "out/graph.json"), "utf8")).toBe(OLD_JSON);
  });

  it("leaves no temporary file behind when graph.graphml cannot be written", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"] });
    mkdirSync(join(dir, "out/graph.graphml"), { recursive: true });
    const run = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect(run.status).not.toBe(0);
    expect(readdirSync(join(dir, "out")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("newsgraph build overwrites a previous build", () => {
  it("replaces an old graph.json", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"], "out/graph.json": "old\n" });
    writeFileSync(join(dir, "out/graph.graphml"), "old\n");
    const run = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect(run.status).toBe(0);
    expect(() => parseGraphJson(readFileSync(join(dir, "out/graph.json"), "utf8"))).not.toThrow();
  });
});

describe.concurrent("newsgraph build --format", () => {
  it.each<[string, string[] | undefined, string[]]>([
    ["no --format: graph.json and graph.graphml", undefined, ["graph.graphml", "graph.json"]],
    ["gexf alone", ["gexf"], ["graph.gexf"]],
    ["neo4j: the two CSV files and load.cypher", ["neo4j"], ["load.cypher", "nodes.csv", "relationships.csv"]],
    [
      "every format",
      ["json,graphml,gexf,neo4j"],
      ["graph.gexf", "graph.graphml", "graph.json", "load.cypher", "nodes.csv", "relationships.csv"],
    ],
  ])("%s", async (_name, format, files) => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"], "in/sub/b.txt": STORIES["sub/b.txt"] });
    const run = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out"), ...(format ? ["--format", ...format] : [])]);
    expect([
      run.status,
      readdirSync(join(dir, "out"))
        .filter((n) => !n.startsWith("."))
        .sort(),
    ]).toEqual([0, files]);
  });

  it("writes the same GEXF as export does from the graph.json of the same build", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"], "in/sub/b.txt": STORIES["sub/b.txt"] });
    await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out"), "--format", "json,gexf"]);
    await runCliInProcess(["export", join(dir, "out/graph.json"), "--format", "gexf", "--out", join(dir, "exported.gexf")]);
    expect(readFileSync(join(dir, "exported.gexf"), "utf8")).toBe(readFileSync(join(dir, "out/graph.gexf"), "utf8"));
  });
});

describe.concurrent("newsgraph build on every input format", () => {
  const FILES = {
    "story.txt":
      "---\ntitle: Harbour pact signed\ndate: 2026-03-06\noutlet: The Coastal Ledger\nurl: https://ledger.example/pact\n---\nChile and Norway signed the Blue Harbour Agreement, which covers fishing and energy.\n",
    "notes.md":
      "---\ntitle: Oslo meeting\n---\n# Oslo meeting\n\nPresident **Ana Ruiz** of Chile met Foreign Minister Tomas Berg in Oslo on Monday.\n",
    "page.html": `<html><head><meta property="og:title" content="Copper for salmon"><meta property="og:site_name" content="Fjord Post"></head><body><nav><a href="/">Home</a></nav><article><p>Chile exports copper to Norway, and Norway exports salmon to Chile, the two trade ministers said on Tuesday in a joint statement.</p></article></body></html>`,
    "wire.jsonl.gz": gzipSync(
      [
        JSON.stringify({
          id: "wire-1",
          title: "Ruiz visits Bergen",
          date: "2026-03-08",
          text: "President Ana Ruiz of Chile visited Bergen on Sunday.",
        }),
        JSON.stringify({ text: "" }),
        "not json",
      ].join("\n"),
    ),
  };

  it("uses every usable article, says which were skipped and why, and how many it used", async () => {
    const dir = writeTree(makeTempDir(), { ...FILES, "empty.txt": "" });
    const run = await runCliInProcess(["build", dir, "--out", join(dir, "out")]);
    expect(run.status).toBe(0);
    const graph = parseGraphJson(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    expect(graph.getAttribute("articles").map((a) => a.id)).toEqual(["notes.md", "page.html", "story.txt", "wire-1"]);
    expect(run.errorLines.filter((l) => l.startsWith("newsgraph: skipped ")).map((l) => l.replace(dir, "{dir}"))).toEqual([
      "newsgraph: skipped {dir}/empty.txt: empty",
      "newsgraph: skipped {dir}/wire.jsonl.gz:2: empty",
      "newsgraph: skipped {dir}/wire.jsonl.gz:3: not an article (not JSON)",
    ]);
    expect(run.errorLines.at(-1)).toMatch(/^newsgraph: 4 article\(s\) used, 3 skipped → \d+ nodes, \d+ edges → /);
  });

  it("puts each article's metadata in the graph's articles and in its evidence", async () => {
    const dir = writeTree(makeTempDir(), FILES);
    await runCliInProcess(["build", dir, "--out", join(dir, "out")]);
    const graph = parseGraphJson(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    const story = { title: "Harbour pact signed", date: "2026-03-06", url: "https://ledger.example/pact", outlet: "The Coastal Ledger" };
    expect(graph.getAttribute("articles").find((a) => a.id === "story.txt")).toEqual({ id: "story.txt", ...story });
    const evidence = graph
      .mapEdges((_e, a) => a.evidence)
      .flat()
      .filter((e) => e.article === "story.txt");
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e).toMatchObject(story);
  });

  it("reads one article from standard input for '-'", async () => {
    const dir = makeTempDir();
    const run = await runCli(
      ["build", "-", "--out", join(dir, "out")],
      undefined,
      "Title: Oslo meeting\n\nPresident Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo.\n",
    );
    expect(run.status).toBe(0);
    const graph = parseGraphJson(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    expect(graph.getAttribute("articles")).toEqual([{ id: "stdin", title: "Oslo meeting" }]);
  });

  it("reads JSON lines from standard input", async () => {
    const dir = makeTempDir();
    const lines = [
      { id: "a", text: "Chile and Norway signed the Blue Harbour Agreement." },
      { id: "b", text: "Norway exports salmon to Chile." },
    ];
    const run = await runCli(["build", "-", "--out", join(dir, "out")], undefined, lines.map((l) => JSON.stringify(l)).join("\n"));
    expect(run.status).toBe(0);
    expect(
      parseGraphJson(readFileSync(join(dir, "out", "graph.json"), "utf8"))
        .getAttribute("articles")
        .map((a) => a.id),
    ).toEqual(["a", "b"]);
  });

  it("fails with one line when no input is usable", async () => {
    const dir = writeTree(makeTempDir(), { "empty.txt": "", "bad.jsonl": "not json\n", "blank.html": "<html><body></body></html>" });
    const run = await runCliInProcess(["build", dir, "--out", join(dir, "out")]);
    expect([run.status, run.errorLines.length, existsSync(join(dir, "out"))]).toEqual([2, 1, false]);
    expect(run.errorLines[0]).toMatch(/^newsgraph: no usable articles in .*3 skipped/);
  });
});

describe("newsgraph build keeps a cache in <out>/.cache", () => {
  it("reads every article from it the second time, with the same bytes", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"], "in/sub/b.txt": STORIES["sub/b.txt"] });
    const cold = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]);
    const bytes = readFileSync(join(dir, "out", "graph.json"));
    const warm = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect([cold.status, warm.status]).toEqual([0, 0]);
    expect(cold.stderr).toMatch(/2 article\(s\) used → /);
    expect(warm.stderr).toContain("2 article(s) used (2 from the cache)");
    expect(readFileSync(join(dir, "out", "graph.json")).equals(bytes)).toBe(true);
  });

  it("writes no cache with --no-cache, and one where --cache says", async () => {
    const dir = writeTree(makeTempDir(), { "in/a.txt": STORIES["a.txt"] });
    const off = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "off"), "--no-cache"]);
    const moved = await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "moved"), "--cache", join(dir, "elsewhere")]);
    expect([off.status, moved.status]).toEqual([0, 0]);
    expect([
      readdirSync(join(dir, "off")).sort(),
      readdirSync(join(dir, "moved")).sort(),
      readdirSync(join(dir, "elsewhere")).length,
    ]).toEqual([["graph.graphml", "graph.json"], ["graph.graphml", "graph.json"], 1]);
  });
});
