// The command line: --help and --version succeed; every usage or input error exits 2 with
// exactly one line on stderr that starts with "newsgraph:". The two tables of usage and input errors run
// the CLI's main function in this process (in-process-cli.ts); --help, --version, the empty file's one
// line, an error's empty stdout and --quiet run the compiled CLI as a process, for its real exit code and streams.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/core-cli.js";
import { REPO_ROOT } from "../helpers/core-paths.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const STORY = "Ana Ruiz met Tomas Berg in Oslo on Monday.\n";
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

describe.concurrent("newsgraph --help and --version", () => {
  it.each([["--help"], ["-h"]])("%s exits 0 and prints the usage on stdout", async (flag) => {
    const run = await runCli([flag]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("newsgraph build <file-or-folder>... --out <dir>");
  });

  it("build --help exits 0 and prints the build command's help only", async () => {
    const run = await runCli(["build", "--help"]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("newsgraph build <file-or-folder>... --out <dir>");
    expect(run.stdout).not.toContain("newsgraph export");
  });

  it.each([["--version"], ["-v"]])("%s exits 0 and prints the package version", async (flag) => {
    const run = await runCli([flag]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${VERSION}\n`, ""]);
  });
});

describe.concurrent("newsgraph usage and input errors", () => {
  // Each case gets a fresh temp folder `dir` holding `files`; args may use {dir}.
  it.each<[string, Record<string, string>, string[]]>([
    ["no arguments", {}, []],
    ["an unknown command", {}, ["frobnicate", "{dir}", "--out", "{dir}/out"]],
    ["an unknown option", { "a.txt": STORY }, ["build", "{dir}/a.txt", "--out", "{dir}/out", "--colour"]],
    ["build without inputs", {}, ["build", "--out", "{dir}/out"]],
    ["build without --out", { "a.txt": STORY }, ["build", "{dir}/a.txt"]],
    ["--out without a value", { "a.txt": STORY }, ["build", "{dir}/a.txt", "--out"]],
    ["a path that does not exist", {}, ["build", "{dir}/no-such-folder", "--out", "{dir}/out"]],
    ["a folder with no article file", { "notes.csv": STORY, "data.json": "{}" }, ["build", "{dir}", "--out", "{dir}/out"]],
    ["an unknown --format", { "a.txt": STORY }, ["build", "{dir}/a.txt", "--out", "{dir}/out", "--format", "pdf"]],
    ["export of a file that does not exist", {}, ["export", "{dir}/graph.json", "--format", "gexf", "--out", "{dir}/g.gexf"]],
    ["an empty folder", {}, ["build", "{dir}", "--out", "{dir}/out"]],
  ])("%s exits 2 with one 'newsgraph:' line on stderr", async (_name, files, args) => {
    const dir = writeTree(makeTempDir(), files);
    const run = await runCliInProcess(args.map((a) => a.replace("{dir}", dir)));
    expect(run.status).toBe(2);
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(/^newsgraph: /);
  });

  it.each<[string, Record<string, string>, string]>([
    ["an empty file", { "empty.txt": "" }, "empty.txt"],
    ["a file of blank lines", { "blank.txt": "\n  \n\t\n" }, "blank.txt"],
  ])("%s exits 2 with a 'newsgraph:' reason as the last stderr line", async (_name, files, input) => {
    const dir = writeTree(makeTempDir(), files);
    const run = await runCliInProcess(["build", join(dir, input), "--out", join(dir, "out")]);
    expect(run.status).toBe(2);
    expect(run.errorLines.at(-1)).toMatch(/^newsgraph: /);
  });

  it("an empty file exits 2 with exactly one 'newsgraph:' line on stderr", async () => {
    const dir = writeTree(makeTempDir(), { "empty.txt": "" });
    const run = await runCli(["build", join(dir, "empty.txt"), "--out", join(dir, "out")]);
    expect([run.status, run.errorLines.length]).toEqual([2, 1]);
  });

  it("writes nothing to stdout on an error", async () => {
    expect((await runCli([])).stdout).toBe("");
  });

  it("writes nothing on stdout or stderr with --quiet on success", async () => {
    const dir = writeTree(makeTempDir(), { "a.txt": STORY });
    const run = await runCli(["build", dir, "--out", join(dir, "out"), "--quiet"]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, "", ""]);
  });
});
