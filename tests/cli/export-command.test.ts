// newsgraph export, run for real: graph.json → each format, byte-identical to what build writes for
// that format; a file that is not a contract-valid graph.json is refused with one line and exit 2.
// The CLI runs in this process (in-process-cli.ts: the bin's main function, the same exit code and output,
// without a Node start per case); main.test.ts and compiled-cli.test.ts run the spawned, compiled command.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const ALL_FILES = ["graph.gexf", "graph.graphml", "graph.json", "load.cypher", "nodes.csv", "relationships.csv"];

describe("newsgraph export", () => {
  let built: string;
  let dir: string;
  beforeAll(async () => {
    dir = makeTempDir();
    built = join(dir, "built");
    const run = await runCliInProcess(["build", "articles", "--out", built, "--format", "json,graphml,gexf,neo4j", "--quiet"]);
    expect([
      run.status,
      readdirSync(built)
        .filter((n) => !n.startsWith("."))
        .sort(),
    ]).toEqual([0, ALL_FILES]);
  });

  it.concurrent.each<[string, string]>([
    ["graphml", "graph.graphml"],
    ["gexf", "graph.gexf"],
    ["json", "graph.json"],
  ])("--format %s writes --out, byte-identical to build's %s", async (format, file) => {
    const out = join(dir, `exported-${format}`);
    const run = await runCliInProcess(["export", join(built, "graph.json"), "--format", format, "--out", out]);
    expect([run.status, run.errorLines.length]).toEqual([0, 1]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(built, file), "utf8"));
  });

  it("--format neo4j writes the three files into the --out folder, byte-identical to build's", async () => {
    const out = join(dir, "neo4j");
    const run = await runCliInProcess(["export", join(built, "graph.json"), "--format", "neo4j", "--out", out, "-q"]);
    expect([run.status, run.stderr, readdirSync(out).sort()]).toEqual([0, "", ["load.cypher", "nodes.csv", "relationships.csv"]]);
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), "utf8")).toBe(readFileSync(join(built, file), "utf8"));
  });

  it("writes into --out when it is a folder that exists", async () => {
    const out = join(dir, "existing");
    mkdirSync(out);
    const run = await runCliInProcess(["export", join(built, "graph.json"), "--format", "gexf", "--out", out]);
    expect([run.status, readdirSync(out)]).toEqual([0, ["graph.gexf"]]);
  });

  it("writes several formats into the --out folder", async () => {
    const out = join(dir, "several");
    const run = await runCliInProcess(["export", join(built, "graph.json"), "--format", "gexf,graphml", "--out", out]);
    expect([run.status, readdirSync(out).sort()]).toEqual([0, ["graph.gexf", "graph.graphml"]]);
  });
});

describe.concurrent("newsgraph export refuses", () => {
  const VALID_JSON_BAD_GRAPH = JSON.stringify({
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { articles: [] },
    nodes: [{ key: "x", attributes: { kind: "planet" } }],
    edges: [],
  });

  it.each<[string, Record<string, string>, string, string[]]>([
    ["a file that is not JSON", { "graph.json": "{ not json" }, "graph.json", ["--format", "gexf", "--out", "{dir}/g.gexf"]],
    [
      "a graph.json that breaks the contract",
      { "graph.json": VALID_JSON_BAD_GRAPH },
      "graph.json",
      ["--format", "graphml", "--out", "{dir}/g.graphml"],
    ],
    ["a graph.json that does not exist", {}, "missing.json", ["--format", "json", "--out", "{dir}/g.json"]],
    ["neo4j into an --out that is a file", { "graph.json": "{}", taken: "x" }, "graph.json", ["--format", "neo4j", "--out", "{dir}/taken"]],
  ])("%s with exit 2 and one 'newsgraph:' line, writing nothing", async (_name, files, input, args) => {
    const dir = writeTree(makeTempDir(), files);
    const before = readdirSync(dir).sort();
    const run = await runCliInProcess(["export", join(dir, input), ...args.map((a) => a.replace("{dir}", dir))]);
    expect([run.status, run.errorLines.length, run.errorLines[0]?.startsWith("newsgraph: ")]).toEqual([2, 1, true]);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("names the file given when it is not a graph.json at all (a text article)", async () => {
    const dir = writeTree(makeTempDir(), { "notes.txt": "date 2026-03-06\nAna Ruiz met Tomas Berg.\n" });
    const run = await runCliInProcess(["export", join(dir, "notes.txt"), "--format", "gexf", "--out", join(dir, "g.gexf")]);
    expect([run.status, run.errorLines.length]).toEqual([2, 1]);
    expect(run.errorLines[0]).toMatch(/^newsgraph: .*notes\.txt is not valid JSON/);
  });

  it("says what is wrong with a graph.json that breaks the contract", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "graph.json"), VALID_JSON_BAD_GRAPH);
    const run = await runCliInProcess(["export", join(dir, "graph.json"), "--format", "gexf", "--out", join(dir, "g.gexf")]);
    expect(run.errorLines[0]).toMatch(/contract.*nodes\.0\.attributes/);
  });
});
