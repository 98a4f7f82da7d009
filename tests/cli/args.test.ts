// parseCommand: argv → the command to run, or an InputError with a one-line reason.
import { describe, expect, it } from "vitest";
import { HELP, parseCommand, type Command } from "../../src/cli/args.js";

describe("parseCommand", () => {
  it.each<[string, string[], Command]>([
    ["--help", ["--help"], { name: "help" }],
    ["-h after a command", ["build", "-h"], { name: "help" }],
    ["--version", ["--version"], { name: "version" }],
    ["build with one input", ["build", "articles", "--out", "graph"], { name: "build", inputs: ["articles"], out: "graph", quiet: false }],
    ["build with several inputs and -o", ["build", "a.txt", "dir", "-o", "graph"], { name: "build", inputs: ["a.txt", "dir"], out: "graph", quiet: false }],
    ["build with --out=value", ["build", "articles", "--out=graph"], { name: "build", inputs: ["articles"], out: "graph", quiet: false }],
    ["build --quiet", ["build", "articles", "--out", "graph", "-q"], { name: "build", inputs: ["articles"], out: "graph", quiet: true }],
  ])("reads %s", (_name, argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["no arguments", []],
    ["an unknown command", ["frobnicate"]],
    ["an unknown option", ["build", "a", "--out", "g", "--colour"]],
    ["build without inputs", ["build", "--out", "graph"]],
    ["build without --out", ["build", "articles"]],
    ["--out without a value", ["build", "articles", "--out"]],
  ])("throws an InputError with a one-line message on %s", (_name, argv) => {
    let error: unknown;
    try {
      parseCommand(argv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    expect([(error as Error).name, (error as Error).message.includes("\n")]).toEqual(["InputError", false]);
  });

  it("has help text that names the build command and its --out option", () => {
    expect([HELP.includes("newsgraph build"), HELP.includes("--out")]).toEqual([true, true]);
  });
});
