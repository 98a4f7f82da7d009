// A graph.json that is corrupt, truncated, of the wrong shape or from a future contract version is
// refused with a ContractError that says what is wrong, never another error and never half-read:
// by parseGraphJson (what the viewer and `newsgraph export` use) and by the real CLI. Random damage:
// fuzz/parse-graph-json.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toGraphJson } from "../../src/core/index.js";
import { sampleGraph } from "../helpers/core-graph.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliRobust, type RobustRun } from "../helpers/robust-cli.js";
import { snapshot } from "../helpers/robust-files.js";
import { parseOutcome } from "../helpers/robust-parse-outcome.js";

const VALID = toGraphJson(sampleGraph());
const valid = () =>
  JSON.parse(VALID) as {
    attributes: Record<string, unknown>;
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { source: string; target: string }[];
  };
const edit = (f: (g: ReturnType<typeof valid>) => unknown) => {
  const g = valid();
  return JSON.stringify(f(g) ?? g);
};

const CORRUPT: readonly [string, () => string, RegExp][] = [
  ["an empty file", () => "", /not valid JSON/],
  ["a file cut in the middle", () => VALID.slice(0, Math.floor(VALID.length / 2)), /not valid JSON/],
  ["a file cut one character short", () => VALID.trimEnd().slice(0, -1), /not valid JSON/],
  ["binary bytes", () => "\u0089PNG\r\n\u001a\n\u0000\u0000", /not valid JSON/],
  ["JSON null", () => "null", /\(root\)/],
  ["a JSON array", () => "[]", /\(root\)/],
  ["arrays nested 100,000 deep", () => "[".repeat(100_000) + "]".repeat(100_000), /\(root\)|not valid JSON/],
  ["nodes that are not a list", () => edit((g) => ({ ...g, nodes: { a: 1 } })), /nodes/],
  ["a node without a kind", () => edit((g) => void delete g.nodes[0]!.attributes.kind), /nodes\.0\.attributes\.kind/],
  ["a node kind that does not exist", () => edit((g) => void (g.nodes[0]!.attributes.kind = "planet")), /nodes\.0\.attributes\.kind/],
  ["a position that is not a number", () => edit((g) => void (g.nodes[0]!.attributes.x = "NaN")), /nodes\.0\.attributes\.x/],
  [
    "a future contract version (99)",
    () => edit((g) => void (g.attributes.contract = 99)),
    /attributes\.contract: graph is from a newer contract version; this newsgraph reads version 1/,
  ],
  ["two nodes with one key", () => edit((g) => void g.nodes.push(g.nodes[0]!)), /inconsistent/],
  ["an edge to a node that is not there", () => edit((g) => void (g.edges[0]!.target = "country:atlantis")), /inconsistent/],
  ["an edge from a node to itself", () => edit((g) => void (g.edges[0]!.target = g.edges[0]!.source)), /inconsistent/],
];

describe("parseGraphJson refuses a corrupt graph.json", () => {
  it.each(CORRUPT)("%s: a ContractError saying what is wrong", (_name, text, says) => {
    const result = parseOutcome(text());
    expect(result).toMatch(/^ContractError: /);
    expect(result).toMatch(says);
  });

  it("accepts the valid graph.json these cases are made from", () => {
    expect(parseOutcome(VALID)).toBe("accepted");
  });
});

describe("newsgraph export refuses a corrupt graph.json", () => {
  const CASES = CORRUPT.filter(([name]) =>
    ["a file cut in the middle", "a JSON array", "a future contract version (99)", "an edge to a node that is not there"].includes(name),
  );
  const results = new Map<string, { run: RobustRun; dir: string }>();

  beforeAll(async () => {
    await Promise.all(
      CASES.map(async ([name, text]) => {
        const dir = writeTree(makeTempDir(), { "graph.json": text(), "graph.graphml": "<graphml><!-- old --></graphml>\n" });
        results.set(name, {
          dir,
          run: await runCliRobust(["export", join(dir, "graph.json"), "--format", "graphml", "--out", join(dir, "graph.graphml")]),
        });
      }),
    );
  });

  it.each(CASES)("%s: exits 2 with one 'newsgraph:' line saying what is wrong", (name, _text, says) => {
    const { run } = results.get(name)!;
    expect([run.status, run.errorLines.length]).toEqual([2, 1]);
    expect(run.errorLines[0]).toMatch(/^newsgraph: /);
    expect(run.errorLines[0]).toMatch(says);
  });

  it.each(CASES)("%s: leaves the existing graph.graphml byte-identical", (name) => {
    const { dir } = results.get(name)!;
    expect(readFileSync(join(dir, "graph.graphml"), "utf8")).toBe("<graphml><!-- old --></graphml>\n");
    expect([...snapshot(dir).keys()]).toEqual(["graph.graphml", "graph.json"]);
  });
});
