// The compiled CLI (dist-cli/, what `bin` runs; `npm run build:cli`, run by npm install) and the
// development entry (src/cli/newsgraph.mjs through tsx) are the same program: same bytes out. A
// compiled CLI older than a source file refuses to run, with one line saying how to compile it again.
// The in-process runner most CLI tests use (in-process-cli.ts) gives what the compiled CLI gives.
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/core-cli.js";
import { CLI_DEV_ENTRY, REPO_ROOT } from "../helpers/core-paths.js";
import { makeTempDir } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const ARTICLE = join(REPO_ROOT, "articles", "01-partnership-signed.txt");

/** node <entry> <args>: exit code and output. */
function run(entry: string, args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let [stdout, stderr] = ["", ""];
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe("the compiled CLI and the development entry", () => {
  it("build the same graph.json and graph.graphml, byte for byte", async () => {
    const [compiled, dev] = [join(makeTempDir(), "out"), join(makeTempDir(), "out")];
    const runs = await Promise.all([
      runCli(["build", ARTICLE, "--out", compiled, "-q"]),
      run(CLI_DEV_ENTRY, ["build", ARTICLE, "--out", dev, "-q"]),
    ]);
    expect(runs.map((r) => [r.status, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    for (const name of ["graph.json", "graph.graphml"])
      expect(readFileSync(join(dev, name), "utf8")).toBe(readFileSync(join(compiled, name), "utf8"));
  });
});

describe.concurrent("the compiled CLI and the in-process runner of the tests", () => {
  it.each<[string, string[]]>([
    ["no arguments", []],
    ["--version", ["--version"]],
    ["build --help", ["build", "--help"]],
    ["a path that does not exist", ["build", join(REPO_ROOT, "no-such-folder"), "--out", "{dir}/out"]],
    ["an unknown option", ["build", ARTICLE, "--out", "{dir}/out", "--colour"]],
  ])("give the same exit code, stdout and stderr for %s", async (_name, args) => {
    const dir = makeTempDir();
    const argv = args.map((a) => a.replace("{dir}", dir));
    const [compiled, here] = await Promise.all([runCli(argv), runCliInProcess(argv)]);
    expect([here.status, here.stdout, here.stderr]).toEqual([compiled.status, compiled.stdout, compiled.stderr]);
  });

  it("build the same graph.json and graph.graphml, byte for byte, and print the same", async () => {
    const [compiled, here] = [join(makeTempDir(), "out"), join(makeTempDir(), "out")];
    const [a, b] = await Promise.all([runCli(["build", ARTICLE, "--out", compiled]), runCliInProcess(["build", ARTICLE, "--out", here])]);
    const printed = (run: { status: number | null; stdout: string; stderr: string }, out: string) => [
      run.status,
      run.stdout,
      run.stderr.replaceAll(out, "<out>"),
    ];
    expect(a.status).toBe(0);
    expect(printed(b, here)).toEqual(printed(a, compiled));
    for (const name of ["graph.json", "graph.graphml"])
      expect(readFileSync(join(here, name), "utf8")).toBe(readFileSync(join(compiled, name), "utf8"));
  });
});

describe("a compiled CLI older than its sources", () => {
  /** A copy of the package (package.json, dist-cli, src/cli, src/core; node_modules linked) with dist-cli written at `builtAt`. */
  function packageCopy(builtAt: Date): string {
    const root = makeTempDir();
    cpSync(join(REPO_ROOT, "package.json"), join(root, "package.json"));
    for (const dir of ["dist-cli", "src/cli", "src/core"]) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
    symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"));
    const before = new Date(builtAt.getTime() - 60_000);
    for (const file of files(join(root, "src"))) utimesSync(file, before, before);
    for (const file of files(join(root, "dist-cli"))) utimesSync(file, builtAt, builtAt);
    return root;
  }

  it("runs when every source is older", async () => {
    const root = packageCopy(new Date());
    const result = await run(join(root, "dist-cli", "newsgraph.mjs"), ["--version"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
  });

  it("refuses to run, with one line naming the newer source and the fix, exit 1", async () => {
    const builtAt = new Date();
    const root = packageCopy(builtAt);
    const edited = join(root, "src", "core", "errors.ts");
    const later = new Date(builtAt.getTime() + 60_000);
    utimesSync(edited, later, later);
    expect(statSync(edited).mtimeMs).toBeGreaterThan(statSync(join(root, "dist-cli", "newsgraph.mjs")).mtimeMs);
    const result = await run(join(root, "dist-cli", "newsgraph.mjs"), ["build", ARTICLE, "--out", join(root, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'newsgraph: dist-cli/ is older than src/core/errors.ts; compile the CLI again with "npm run build:cli" (npm install does it too)\n',
    );
    expect(readdirSync(root)).not.toContain("out");
  });
});
