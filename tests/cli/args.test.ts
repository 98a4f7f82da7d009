// parseCommand: argv → the command to run (build, extract, export, with --format), or an InputError
// with a one-line reason.
import { describe, expect, it } from "vitest";
import { HELP, commandHelp, parseCommand, type Command } from "../../src/cli/args.js";

describe("parseCommand", () => {
  it.each<[string, string[], Command]>([
    ["--help", ["--help"], { name: "help" }],
    ["-h after a command", ["build", "-h"], { name: "help", command: "build" }],
    ["--help after an unknown word", ["frobnicate", "--help"], { name: "help" }],
    ["--version", ["--version"], { name: "version" }],
    [
      "build with one input",
      ["build", "articles", "--out", "graph"],
      { name: "build", inputs: ["articles"], out: "graph", quiet: false, formats: ["json", "graphml"] },
    ],
    [
      "build with several inputs and -o",
      ["build", "a.txt", "dir", "-o", "graph"],
      { name: "build", inputs: ["a.txt", "dir"], out: "graph", quiet: false, formats: ["json", "graphml"] },
    ],
    [
      "build with --out=value",
      ["build", "articles", "--out=graph"],
      { name: "build", inputs: ["articles"], out: "graph", quiet: false, formats: ["json", "graphml"] },
    ],
    [
      "build --quiet",
      ["build", "articles", "--out", "graph", "-q"],
      { name: "build", inputs: ["articles"], out: "graph", quiet: true, formats: ["json", "graphml"] },
    ],
    [
      "build from standard input",
      ["build", "-", "--out", "graph"],
      { name: "build", inputs: ["-"], out: "graph", quiet: false, formats: ["json", "graphml"] },
    ],
    [
      "build --format with a list",
      ["build", "a", "-o", "g", "--format", "gexf, Neo4j,json"],
      { name: "build", inputs: ["a"], out: "g", quiet: false, formats: ["gexf", "neo4j", "json"] },
    ],
    [
      "build -f with a repeated format",
      ["build", "a", "-o", "g", "-f", "graphml,graphml"],
      { name: "build", inputs: ["a"], out: "g", quiet: false, formats: ["graphml"] },
    ],
    ["extract", ["extract", "a.txt", "-"], { name: "extract", inputs: ["a.txt", "-"] }],
    [
      "build --jobs --cache --fresh-layout",
      ["build", "a", "-o", "g", "-j", "3", "--cache", "g/.cache", "--fresh-layout"],
      {
        name: "build",
        inputs: ["a"],
        out: "g",
        quiet: false,
        formats: ["json", "graphml"],
        jobs: 3,
        cacheDir: "g/.cache",
        freshLayout: true,
      },
    ],
    [
      "build --no-cache",
      ["build", "a", "-o", "g", "--no-cache"],
      { name: "build", inputs: ["a"], out: "g", quiet: false, formats: ["json", "graphml"], cacheDir: false },
    ],
    [
      "extract --jsonl",
      ["extract", "a", "--jsonl", "f.jsonl", "--jobs", "2", "-q"],
      { name: "extract", inputs: ["a"], jsonl: "f.jsonl", jobs: 2, quiet: true },
    ],
    [
      "merge",
      ["merge", "f1.jsonl", "f2.jsonl", "--out", "g"],
      { name: "merge", inputs: ["f1.jsonl", "f2.jsonl"], out: "g", quiet: false, formats: ["json", "graphml"] },
    ],
    [
      "export",
      ["export", "graph/graph.json", "--format", "gexf", "--out", "g.gexf"],
      { name: "export", input: "graph/graph.json", out: "g.gexf", quiet: false, formats: ["gexf"] },
    ],
    [
      "export -q to neo4j",
      ["export", "g.json", "-f", "neo4j", "-o", "neo", "-q"],
      { name: "export", input: "g.json", out: "neo", quiet: true, formats: ["neo4j"] },
    ],
  ])("reads %s", (_name, argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["no arguments", []],
    ["an unknown command", ["frobnicate"]],
    ["an unknown option", ["build", "a", "--out", "g", "--colour"]],
    ["build without inputs", ["build", "--out", "graph"]],
    ["build without --out", ["build", "articles"]],
    ["--jobs 0", ["build", "a", "--out", "g", "--jobs", "0"]],
    ["--jobs that is not a number", ["build", "a", "--out", "g", "--jobs", "many"]],
    ["--jsonl on build", ["build", "a", "--out", "g", "--jsonl", "f.jsonl"]],
    ["--jobs on extract without --jsonl", ["extract", "a", "--jobs", "2"]],
    ["merge without --out", ["merge", "f.jsonl"]],
    ["merge without fragments", ["merge", "--out", "g"]],
    ["--out without a value", ["build", "articles", "--out"]],
    ["an unknown format", ["build", "articles", "--out", "g", "--format", "pdf"]],
    ["an empty format list", ["build", "articles", "--out", "g", "--format", ","]],
    ["export without --format", ["export", "g.json", "--out", "g.gexf"]],
    ["export without --out", ["export", "g.json", "--format", "gexf"]],
    ["export of two files", ["export", "a.json", "b.json", "--format", "gexf", "--out", "g"]],
    ["extract with --out", ["extract", "a.txt", "--out", "g"]],
    ["--cache with --no-cache", ["build", "a", "--out", "g", "--cache", "c", "--no-cache"]],
    ["--no-cache on extract", ["extract", "a", "--jsonl", "f.jsonl", "--no-cache"]],
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

  it.each<[string[], string | undefined]>([
    [["build", "a", "--ot", "g"], "did you mean --out?"],
    [["build", "a", "--out", "g", "--fromat", "gexf"], "did you mean --format?"],
    [["build", "a", "--out", "g", "--no-cahce"], "did you mean --no-cache?"],
    [["biuld", "a", "--out", "g"], 'did you mean "build"?'],
    [["exprot", "g.json"], 'did you mean "export"?'],
    [["build", "a", "--out", "g", "--colour"], undefined],
    [["frobnicate"], undefined],
  ])("suggests the option or command meant by a typo: %j", (argv, suggestion) => {
    const message = (() => {
      try {
        parseCommand(argv);
      } catch (err) {
        return (err as Error).message;
      }
      return "";
    })();
    if (suggestion) expect(message).toContain(suggestion);
    else expect([message.length > 0, message.includes("did you mean")]).toEqual([true, false]);
  });

  it.each([["newsgraph build"], ["newsgraph export"], ["--out"], ["--format"], [".jsonl.gz"], ["neo4j"]])(
    "has help text that mentions %s",
    (text) => {
      expect(HELP).toContain(text);
    },
  );

  it.each<[string, string[], string[]]>([
    // [command, options its help lists, options it leaves to other commands]
    ["build", ["--out", "--format", "--jobs", "--cache", "--no-cache", "--fresh-layout", "--quiet", "--help"], ["--jsonl"]],
    ["extract", ["--jsonl", "--jobs", "--cache", "--quiet", "--help"], ["--out", "--fresh-layout"]],
    ["merge", ["--out", "--format", "--help"], ["--jsonl", "--jobs"]],
    ["export", ["--out", "--format", "--help"], ["--jsonl", "--cache"]],
  ])("has a help of its own for %s: its usage, what it does and its options only", (command, listed, absent) => {
    const help = commandHelp(command);
    expect(help).toContain(`newsgraph ${command} `);
    expect(help.split("\n").filter((l) => /^  newsgraph /.test(l))).toHaveLength(1);
    for (const option of listed) expect(help, option).toMatch(new RegExp(`^  (?:-\\w, )?${option}\\b`, "m"));
    for (const option of absent) expect(help, option).not.toMatch(new RegExp(`^  (?:-\\w, )?${option}\\b`, "m"));
  });
});
