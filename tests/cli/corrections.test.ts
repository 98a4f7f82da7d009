// newsgraph build with a corrections file (<out>/corrections.json by default, or --corrections): the
// corrections hold when articles are added and the graph is built again, what matches nothing is
// reported, and a file that cannot be used stops the build before anything is written.
// The CLI runs in this process (in-process-cli.ts: the bin's main function, the same exit code and output,
// without a Node start per case); main.test.ts and compiled-cli.test.ts run the spawned, compiled command.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson, type NewsGraph } from "../../src/core/index.js";
import type { CliRun } from "../helpers/core-cli.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const STORIES = {
  "a.txt": "Nordvik Air chief executive Ana Ruiz said the carrier would grow. Vestrafly boss Tomas Berg met Ruiz in Oslo on Monday.\n",
  "b.txt": "Ana Ruiz, a spokesperson for NVA, said so. Norway signed the Blue Harbour Agreement on salmon.\n",
};
const LATER = { "c.txt": "Tomas Berg, a spokesperson for NVA, said the carrier would buy planes. Berg met Ana Ruiz in Lima.\n" };
const CORRECTIONS = {
  corrections: 1,
  entries: [
    { op: "merge", from: "NVA", into: "organization:nordvik-air", note: "NVA is Nordvik Air's code" },
    { op: "rename", entity: "Vestrafly", label: "Vestrafly Airlines" },
    { op: "retype", entity: "Blue Harbour Agreement", kind: "event" },
    { op: "hideRelation", source: "Ana Ruiz", relation: "met", target: "Tomas Berg" },
    { op: "hide", entity: "Nobody Known" },
  ],
};

const graphIn = (out: string): NewsGraph => parseGraphJson(readFileSync(join(out, "graph.json"), "utf8"));
const edges = (g: NewsGraph) => g.mapEdges((_, a, _s, _t, sa, ta) => `${sa.label} -${a.relation}-> ${ta.label}`).sort();

describe("newsgraph build with corrections", () => {
  let root: string;
  let first: CliRun;
  let again: CliRun;
  const out = () => join(root, "out");

  beforeAll(async () => {
    root = makeTempDir();
    writeTree(join(root, "in"), STORIES);
    writeTree(out(), { "corrections.json": JSON.stringify(CORRECTIONS) });
    first = await runCliInProcess(["build", join(root, "in"), "--out", out()]);
    cpSync(out(), join(root, "first"), { recursive: true });
    writeTree(join(root, "in"), LATER);
    again = await runCliInProcess(["build", join(root, "in"), "--out", out()]);
  });

  it("applies <out>/corrections.json and reports the entry that matched nothing, once per build", () => {
    expect([first.status, again.status]).toEqual([0, 0]);
    for (const run of [first, again]) {
      expect(run.stderr.split("\n").filter((l) => l.includes("corrections.json"))).toEqual([
        `newsgraph: ${join(out(), "corrections.json")}: entry 4 (hide) is stale: no entity "Nobody Known"`,
      ]);
    }
  });

  it("records what became of each entry in the graph", () => {
    expect(
      graphIn(join(root, "first"))
        .getAttribute("corrections")!
        .map((r) => r.status),
    ).toEqual(["applied", "applied", "applied", "applied", "stale"]);
  });

  it("merges, renames, retypes and hides a relation", () => {
    const g = graphIn(join(root, "first"));
    const nodes = g.mapNodes((key) => key);
    expect(nodes).toEqual(
      expect.arrayContaining(["organization:nordvik-air", "organization:vestrafly-airlines", "event:blue-harbour-agreement"]),
    );
    expect(nodes).not.toContain("organization:nva");
    expect(g.getNodeAttribute("organization:nordvik-air", "aliases")).toContain("NVA");
    expect(edges(g)).not.toContain("Ana Ruiz -met-> Tomas Berg");
    expect(edges(g).filter((e) => e.includes("Blue Harbour"))).toEqual([]);
  });

  it("keeps the corrections when an article is added, and attaches its relations to the merged node", () => {
    const g = graphIn(out());
    expect(g.getAttribute("articles").map((a) => a.id)).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(g.hasNode("organization:nva")).toBe(false);
    expect(edges(g)).toEqual(expect.arrayContaining(["Tomas Berg -represents-> Nordvik Air", "Ana Ruiz -represents-> Nordvik Air"]));
    expect(edges(g)).not.toContain("Ana Ruiz -met-> Tomas Berg");
    expect(g.getNodeAttribute("organization:vestrafly-airlines", "label")).toBe("Vestrafly Airlines");
  });

  it("corrections check says what each entry does to a built graph", async () => {
    const run = await runCliInProcess([
      "corrections",
      "check",
      join(out(), "corrections.json"),
      "--graph",
      join(root, "first", "graph.json"),
    ]);
    expect(run.status).toBe(0);
    // (on a graph that has them already, a merge has nothing left to do; a rename is done again, by its old name, now an alias)
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      'entry 0 (merge): stale: "NVA" and "organization:nordvik-air" are already one node',
      "entry 1 (rename): applied",
    ]);
    const plain = join(root, "plain");
    expect((await runCliInProcess(["build", join(root, "in"), "--out", plain, "--no-cache"])).status).toBe(0);
    const fresh = await runCliInProcess(["corrections", "check", join(out(), "corrections.json"), "--graph", join(plain, "graph.json")]);
    expect(fresh.stdout.trim().split("\n")).toEqual([
      "entry 0 (merge): applied",
      "entry 1 (rename): applied",
      "entry 2 (retype): applied",
      "entry 3 (hideRelation): applied",
      'entry 4 (hide): stale: no entity "Nobody Known"',
      "4 applied, 1 stale, 0 refused",
    ]);
  });

  it("writes the same bytes for the same articles and corrections", async () => {
    const copy = join(root, "copy");
    writeTree(copy, { "corrections.json": JSON.stringify(CORRECTIONS) });
    const run = await runCliInProcess(["build", join(root, "in"), "--out", copy, "--no-cache", "--fresh-layout"]);
    const fresh = await runCliInProcess([
      "build",
      join(root, "in"),
      "--out",
      join(root, "fresh"),
      "--no-cache",
      "--fresh-layout",
      "--corrections",
      join(out(), "corrections.json"),
    ]);
    expect([run.status, fresh.status]).toEqual([0, 0]);
    const strip = (text: string) => text.replaceAll(join(out(), "corrections.json"), "corrections.json");
    expect(readFileSync(join(copy, "graph.json"), "utf8")).toBe(strip(readFileSync(join(root, "fresh", "graph.json"), "utf8")));
  });
});

describe("newsgraph build with a corrections file it cannot use", () => {
  let root: string;
  beforeAll(() => {
    root = makeTempDir();
    writeTree(join(root, "in"), STORIES);
  });

  it.each<[string, string, RegExp]>([
    ["not JSON", "{ merge everything", /corrections\.json: the corrections file is not JSON/],
    [
      "an entry without its target",
      JSON.stringify({ corrections: 1, entries: [{ op: "merge", from: "NVA" }] }),
      /corrections\.json: entry 0 \(into\): /,
    ],
    [
      "a cycle of merges",
      JSON.stringify({
        corrections: 1,
        entries: [
          { op: "merge", from: "A", into: "B" },
          { op: "merge", from: "B", into: "A" },
        ],
      }),
      /entry 1: merging "B" into "A" makes a cycle/,
    ],
  ])("%s: one line, exit 2, the graph already there untouched", async (_name, text, message) => {
    const out = join(root, `out-${_name.replace(/\W+/g, "-")}`);
    writeTree(out, { "graph.json": "the previous graph", "corrections.json": text });
    const run = await runCliInProcess(["build", join(root, "in"), "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe("the previous graph");
  });

  it("a --corrections file that does not exist: one line, exit 2", async () => {
    const run = await runCliInProcess(["build", join(root, "in"), "--out", join(root, "x"), "--corrections", join(root, "missing.json")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing\.json: cannot read the corrections file \(no such file\)/);
  });

  it("merge takes --corrections too", async () => {
    const fragments = join(root, "fragments.jsonl");
    expect((await runCliInProcess(["extract", join(root, "in"), "--jsonl", fragments])).status).toBe(0);
    writeFileSync(join(root, "c.json"), JSON.stringify({ corrections: 1, entries: [{ op: "merge", from: "NVA", into: "Nordvik Air" }] }));
    const run = await runCliInProcess(["merge", fragments, "--out", join(root, "merged"), "--corrections", join(root, "c.json")]);
    expect(run.status).toBe(0);
    expect(graphIn(join(root, "merged")).hasNode("organization:nva")).toBe(false);
  });
});
