// The sample articles in articles/ (what npm start builds): the committed graph/ is what a
// build of them writes today, and it shows every node kind and every relation of the ontology.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NODE_KINDS, RELATIONS, parseGraphJson, type NewsGraph } from "../../src/core/index.js";
import { runCli, type CliRun } from "../helpers/core-cli.js";
import { REPO_ROOT } from "../helpers/core-paths.js";
import { makeTempDir } from "../helpers/core-tmp.js";

describe("newsgraph build articles", () => {
  let out: string;
  let run: CliRun;
  let graph: NewsGraph;

  beforeAll(async () => {
    out = makeTempDir();
    run = await runCli(["build", "articles", "--out", out]);
    graph = parseGraphJson(readFileSync(join(out, "graph.json"), "utf8"));
  });

  it("exits 0", () => {
    expect(run.status).toBe(0);
  });

  it.each(NODE_KINDS.map((k) => [k]))("has a %s node", (kind) => {
    expect(graph.someNode((_, a) => a.kind === kind)).toBe(true);
  });

  it.each(RELATIONS.map((r) => [r]))("has a %s edge", (relation) => {
    expect(graph.someEdge((_, a) => a.relation === relation)).toBe(true);
  });

  it("matches the committed graph/ byte for byte (rebuild with npm start or npm run build)", () => {
    for (const file of ["graph.json", "graph.graphml"]) {
      expect(readFileSync(join(out, file), "utf8")).toBe(readFileSync(join(REPO_ROOT, "graph", file), "utf8"));
    }
  });
});
