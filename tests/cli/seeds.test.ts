// newsgraph build on the shared seed articles (../shared/seeds, relative to the repository
// root): the graph it writes is restored by graphology and read alike by NetworkX.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson } from "../../src/core/index.js";
import { runCli, type CliRun } from "../helpers/core-cli.js";
import { HAS_SEEDS, SEEDS_DIR } from "../helpers/core-paths.js";
import { HAS_NETWORKX, NO_NETWORKX_REASON, readWithNetworkx } from "../helpers/core-python.js";
import { makeTempDir } from "../helpers/core-tmp.js";

const NO_SEEDS = `skipped: no seed articles at ${SEEDS_DIR} (the shared/ folder beside the repository)`;
const seedsTitle = (title: string) => (HAS_SEEDS ? title : `${title} — ${NO_SEEDS}`);

describe("newsgraph build ../shared/seeds", () => {
  let out: string;
  let run: CliRun;

  beforeAll(async () => {
    if (!HAS_SEEDS) return;
    out = makeTempDir();
    run = await runCli(["build", "../shared/seeds", "--out", out]);
  });

  const text = () => readFileSync(join(out, "graph.json"), "utf8");

  it.skipIf(!HAS_SEEDS)(seedsTitle("exits 0"), () => {
    expect(run.status).toBe(0);
  });

  it.skipIf(!HAS_SEEDS)(seedsTitle("writes a graph.json that Graph.from restores with every node and edge"), () => {
    const json = JSON.parse(text()) as { nodes: unknown[]; edges: unknown[] };
    const graph = Graph.from(JSON.parse(text()));
    expect([graph.type, graph.multi, graph.order, graph.size]).toEqual(["directed", true, json.nodes.length, json.edges.length]);
    expect(graph.order).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SEEDS)(seedsTitle("writes a graph.json that satisfies the contract"), () => {
    expect(() => parseGraphJson(text())).not.toThrow();
  });

  it.skipIf(!HAS_SEEDS)(seedsTitle("lists one article per seed .txt file, by file name"), () => {
    const ids = parseGraphJson(text())
      .getAttribute("articles")
      .map((a) => a.id);
    expect(ids).toEqual(
      readdirSync(SEEDS_DIR)
        .filter((n) => n.endsWith(".txt"))
        .sort(),
    );
  });

  it.skipIf(!HAS_SEEDS || !HAS_NETWORKX)(
    HAS_NETWORKX
      ? seedsTitle("writes a graph.graphml whose node and edge counts NetworkX agrees with")
      : `NetworkX agrees on the counts — skipped: ${NO_NETWORKX_REASON}`,
    () => {
      const graph = parseGraphJson(text());
      const nx = readWithNetworkx(join(out, "graph.graphml"));
      expect([nx.nodes, nx.edges]).toEqual([graph.order, graph.size]);
    },
  );
});
