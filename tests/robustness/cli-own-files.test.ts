// Commands never replace what they read, write through symbolic links, and refuse FIFOs (which
// would block) as inputs and outputs, each with one line and a non-zero exit (issue 17). And a
// JSON-lines file of more articles than a function call takes arguments is read (no spread).
import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toGraphJson } from "../../src/core/index.js";
import { readArticles } from "../../src/cli/read-articles.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { buildTinyGraph } from "../helpers/tiny-graph.js";
import { runCliRobust } from "../helpers/robust-cli.js";
import { STORY_A, STORY_B } from "../helpers/robust-prose.js";

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

describe("outputs that are the command's own inputs, links and FIFOs", () => {
  let dir = "";
  let graphJson = "";

  beforeAll(() => {
    dir = makeTempDir();
    graphJson = toGraphJson(buildTinyGraph().graph);
    writeTree(dir, { "g.json": graphJson, "in/a.txt": STORY_A, "in/b.txt": STORY_B });
  });

  it("export refuses to write over its input, also through another name or a link, and leaves it whole", async () => {
    symlinkSync("g.json", join(dir, "link.json"));
    for (const out of ["g.json", "./g.json", "link.json"]) {
      const run = await runCliRobust(["export", "g.json", "--format", "gexf", "--out", out], { cwd: dir });
      expect(run.status, out).toBe(1);
      expect(run.errorLines).toEqual([
        `newsgraph: cannot write ${out}: it is the input "g.json"; nothing was replaced. Write elsewhere with --out.`,
      ]);
    }
    expect(readFileSync(join(dir, "g.json"), "utf8")).toBe(graphJson);
  });

  it("extract --jsonl refuses to write over an article it reads", async () => {
    const run = await runCliRobust(["extract", "in/a.txt", "--jsonl", "in/a.txt"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.errorLines).toEqual([
      'newsgraph: cannot write in/a.txt: it is the input "in/a.txt"; nothing was replaced. Write elsewhere with --out.',
    ]);
    expect(readFileSync(join(dir, "in/a.txt"), "utf8")).toBe(STORY_A);
  });

  it("writes through a symbolic link: the link stays, its target gets the file", async () => {
    writeFileSync(join(dir, "target.graphml"), "old");
    symlinkSync("target.graphml", join(dir, "out.graphml"));
    const run = await runCliRobust(["export", "g.json", "--format", "graphml", "--out", "out.graphml"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, "out.graphml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "out.graphml"))).toBe("target.graphml");
    expect(readFileSync(join(dir, "target.graphml"), "utf8")).toMatch(/^<\?xml[\s\S]*<graphml/);
  });

  it("refuses a FIFO as export's output, build's graph.json and an input file, instead of blocking", async () => {
    mkfifo(join(dir, "fifo.graphml"));
    mkfifo(join(dir, "fifo.txt"));
    writeTree(dir, { "out/keep.txt": "" });
    mkfifo(join(dir, "out/graph.json"));
    const runs = await Promise.all([
      runCliRobust(["export", "g.json", "--format", "graphml", "--out", "fifo.graphml"], { cwd: dir }),
      runCliRobust(["build", "in", "--out", "out", "--no-cache"], { cwd: dir }),
      runCliRobust(["build", "fifo.txt", "in/a.txt", "--out", "out2"], { cwd: dir }),
    ]);
    expect(runs.map((r) => r.status)).toEqual([1, 1, 2]);
    expect(runs[0]!.errorLines).toEqual([
      "newsgraph: cannot write fifo.graphml: it is not a regular file (a FIFO, socket or device); nothing was replaced. Write to a file with --out.",
    ]);
    expect(runs[1]!.errorLines.at(-1)).toBe(
      "newsgraph: cannot write out/graph.json: it is not a regular file (a FIFO, socket or device); nothing was replaced. Write to a file with --out.",
    );
    expect(runs[2]!.errorLines).toEqual([
      'newsgraph: "fifo.txt" is not a regular file (a FIFO, socket or device); pass article files, folders that contain them, or - for standard input',
    ]);
    expect(lstatSync(join(dir, "out/graph.json")).isFIFO()).toBe(true);
  });
});

describe("a JSON-lines file of very many articles", () => {
  it("reads 200,000 one-line articles (more than a spread's argument limit)", async () => {
    const dir = makeTempDir();
    const lines = Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Note ${i} was filed.` }));
    writeFileSync(join(dir, "many.jsonl"), lines.join("\n"));
    const { articles, skipped } = await readArticles([join(dir, "many.jsonl")], {});
    expect([articles.length, skipped.length]).toEqual([200_000, 0]);
  });
});
