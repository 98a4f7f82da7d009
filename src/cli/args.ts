// Command-line arguments: the parseArgs spec, the help text and the parsed command.
import { parseArgs } from "node:util";
import { InputError } from "../core/errors.js";
import { DEFAULT_BUILD_FORMATS, OUTPUT_FORMATS, OutputFormat } from "../core/io/formats.js";
import { closest } from "./did-you-mean.js";
import { DEFAULT_JOBS } from "./extract-fragments.js";
import { DEFAULT_READ_LIMITS } from "./readers/read-result.js";

const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`;

export const HELP = `newsgraph — turn news articles into a knowledge graph

Usage:
  newsgraph build <file-or-folder>... --out <dir> [--format json,graphml,gexf,neo4j]
                  [--jobs N] [--cache <dir> | --no-cache] [--fresh-layout]
                  [--corrections <file>]
  newsgraph extract <file-or-folder>... [--jsonl <file> [--jobs N] [--cache <dir>]]
  newsgraph merge <fragments.jsonl or folder>... --out <dir> [--format …]
                  [--corrections <file>]
  newsgraph export <graph.json> --format graphml|gexf|json|neo4j --out <path>
  newsgraph corrections check <corrections.json> --graph <graph.json>
  newsgraph --help | --version

Commands:
  build     Read every article given or found under the folders, extract
            leaders, persons, countries, places, organizations, agreements,
            sectors and events and the relations between them, and write
            the graph into <dir> (by default graph.json and graph.graphml).
  extract   Print what is found in each article: its entities by kind, and
            each relation with the sentence behind it. With --jsonl, write
            one fragment per article instead (its sentences and mentions),
            for merge: extraction can run on many machines, one merge joins it.
  merge     Resolve and assemble fragment files into a graph, like build.
            The order of the fragments does not matter.
  export    Convert a graph.json written by build to another format.
  corrections check: say what each entry of a corrections file does to a
            built graph: applied, stale (it matches nothing there) or
            refused, and why.

Inputs:
  .txt            one article; an optional header sets its metadata: YAML-style
                  front matter between "---" lines, or "Title: …" lines ended by
                  a blank line (keys: title, date, url, outlet, id), or a first
                  line "date YYYY-MM-DD"
  .md             one article in Markdown, with optional front matter
  .html, .htm     a web page: the story's text, title, canonical URL, site name
                  and date are read from it; menus, ads and comments are dropped
  .jsonl          one article per line: {"text": …} with optional "id", "title",
  .jsonl.gz       "date", "url" and "outlet" (gzip'd or not)
  -               standard input: one article, or JSON lines
  Unusable inputs (empty, not text, unreadable, over ${MB(DEFAULT_READ_LIMITS.maxArticleBytes)} of text) are skipped
  with a line on stderr each; the build fails only when none is left.

Formats:
  json      graph.json (graphology's serialization; the viewer reads it)
  graphml   graph.graphml (Gephi, NetworkX, igraph)
  gexf      graph.gexf (Gephi, NetworkX)
  neo4j     nodes.csv, relationships.csv and load.cypher (neo4j-admin import
            or LOAD CSV)

Options:
  -o, --out <path>       build: the folder to write into (created if missing);
                         export: the file to write, or a folder (neo4j, or a
                         folder that exists) to write the format's files into
  -f, --format <list>    formats, comma-separated (build default: ${DEFAULT_BUILD_FORMATS.join(",")})
  -j, --jobs <n>         worker threads for extraction (default: one per
                         core, here ${DEFAULT_JOBS}); the output is the same for any n
  --cache <dir>          keep each article's extraction in <dir>, keyed by its
                         content and the extractor's version: a rebuild extracts
                         only new or changed articles (build: on by default, in
                         <out>/.cache; extract --jsonl: off unless given)
  --no-cache             build: neither read nor write the cache
  --jsonl <file>         extract: write fragments as JSON lines to <file>
  --fresh-layout         lay out from scratch; by default the nodes of the
                         graph.json already in --out keep their positions
  --corrections <file>   build, merge: apply an analyst's corrections (merge,
                         rename, retype, hide entities; hide relations or
                         evidence); by default <out>/corrections.json if there is
                         one. An entry that matches nothing is reported and kept
  --graph <graph.json>   corrections check: the graph the corrections are for
  -q, --quiet            print nothing but errors and skipped inputs (and no
                         progress bar, which is drawn only on a terminal)
  -h, --help             show this help
  -v, --version          show the version
`;

/**
 * The help of one command ("newsgraph build --help"): its usage line, what it does and the options it
 * takes, cut from HELP so that the two never disagree.
 */
export function commandHelp(command: string): string {
  const lines = HELP.split("\n");
  const section = (title: string) => {
    const start = lines.indexOf(title);
    const end = lines.findIndex((l, i) => i > start && l === "");
    return lines.slice(start + 1, end < 0 ? lines.length : end);
  };
  // a usage line and its continuation lines (indented further)
  const usage = section("Usage:");
  const at = usage.findIndex((l) => l.startsWith(`  newsgraph ${command} `));
  const usageLines =
    at < 0
      ? []
      : [usage[at]!, ...usage.slice(at + 1).filter((l, k, rest) => /^ {4,}/.test(l) && rest.slice(0, k).every((x) => /^ {4,}/.test(x)))];
  // the command's paragraph
  const commands = section("Commands:");
  const from = commands.findIndex((l) => l.startsWith(`  ${command} `));
  const text =
    from < 0
      ? []
      : [
          commands[from]!,
          ...commands.slice(from + 1).filter((l, k, rest) => /^ {5,}/.test(l) && rest.slice(0, k).every((x) => /^ {5,}/.test(x))),
        ];
  // the options its usage names, with their descriptions
  const named = new Set([...usageLines.join(" ").matchAll(/--[a-z-]+/g)].map((m) => m[0]));
  named.add("--help");
  if (command === "build" || command === "extract") named.add("--quiet");
  const options = section("Options:");
  const kept: string[] = [];
  let keep = false;
  for (const l of options) {
    if (/^  -/.test(l)) keep = [...l.matchAll(/--[a-z-]+/g)].some((m) => named.has(m[0]));
    if (keep) kept.push(l);
  }
  return [
    "newsgraph — turn news articles into a knowledge graph",
    "",
    "Usage:",
    ...usageLines,
    "",
    ...text.map((l, k) => `  ${(k === 0 ? l.replace(/^ {2}\S+/, "") : l).trim()}`),
    "",
    "Options:",
    ...kept,
    "",
    "See newsgraph --help for the inputs and formats all commands read and write.",
    "",
  ].join("\n");
}

export type Command =
  | { readonly name: "help"; readonly command?: string }
  | { readonly name: "version" }
  | {
      readonly name: "build";
      readonly inputs: readonly string[];
      readonly out: string;
      readonly quiet: boolean;
      readonly formats: readonly OutputFormat[];
      readonly jobs?: number;
      readonly cacheDir?: string | false;
      readonly freshLayout?: boolean;
      readonly corrections?: string;
    }
  | {
      readonly name: "extract";
      readonly inputs: readonly string[];
      readonly jsonl?: string;
      readonly jobs?: number;
      readonly cacheDir?: string;
      readonly quiet?: boolean;
    }
  | {
      readonly name: "merge";
      readonly inputs: readonly string[];
      readonly out: string;
      readonly quiet: boolean;
      readonly formats: readonly OutputFormat[];
      readonly freshLayout?: boolean;
      readonly corrections?: string;
    }
  | {
      readonly name: "export";
      readonly input: string;
      readonly out: string;
      readonly quiet: boolean;
      readonly formats: readonly OutputFormat[];
    }
  | { readonly name: "corrections"; readonly check: string; readonly graph: string };

const COMMANDS = ["build", "extract", "export", "merge", "corrections"] as const;

/** "--jobs 4" → 4; anything but a whole number from 1 to 256 is an InputError. */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) throw new InputError(`--jobs needs a whole number from 1 to 256, not "${value}"`);
  return n;
}

/** "gexf, graphml" → ["gexf", "graphml"]; an unknown name is an InputError that lists the known ones. */
export function parseFormats(list: string): OutputFormat[] {
  const names = list
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (!names.length) throw new InputError(`--format needs a format, one of ${OUTPUT_FORMATS.join(", ")}`);
  return [
    ...new Set(
      names.map((name) => {
        const parsed = OutputFormat.safeParse(name);
        if (!parsed.success) throw new InputError(`unknown format "${name}"; the formats are ${OUTPUT_FORMATS.join(", ")}`);
        return parsed.data;
      }),
    ),
  ];
}

/** The options of every command (parseArgs spec); which command takes which is checked below. */
const OPTIONS = {
  out: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  quiet: { type: "boolean", short: "q", default: false },
  jobs: { type: "string", short: "j" },
  cache: { type: "string" },
  "no-cache": { type: "boolean", default: false },
  jsonl: { type: "string" },
  "fresh-layout": { type: "boolean", default: false },
  corrections: { type: "string" },
  graph: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

/** parseArgs' one-line message, with the option probably meant: "Unknown option '--ot'; did you mean --out?". */
function parseArgsProblem(err: Error & { code?: string }): string {
  const line = err.message.split("\n")[0]!;
  const unknown = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /^Unknown option '--?([^']+)'/.exec(line)?.[1] : undefined;
  const meant = unknown === undefined ? undefined : closest(unknown, Object.keys(OPTIONS));
  return meant
    ? `${line.replace(/\. To specify a positional.*$/, "")}; did you mean --${meant}? (see newsgraph --help)`
    : `${line} (see newsgraph --help)`;
}

/** Parses argv (without node and script); throws InputError with a one-line reason. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (err) {
    throw new InputError(parseArgsProblem(err as Error));
  }
  const { values, positionals } = parsed;
  if (values.help)
    return (COMMANDS as readonly string[]).includes(positionals[0] ?? "") ? { name: "help", command: positionals[0]! } : { name: "help" };
  if (values.version) return { name: "version" };
  const [command, ...inputs] = positionals;
  if (!command) throw new InputError('no command given; try "newsgraph build articles --out graph" or newsgraph --help');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const meant = closest(command, COMMANDS);
    throw new InputError(
      `unknown command "${command}"; ${meant ? `did you mean "${meant}"? ` : ""}the commands are "build", "extract", "merge", "export" and "corrections" (see newsgraph --help)`,
    );
  }
  const quiet = values.quiet ?? false;
  const jobs = parseJobs(values.jobs);
  const cacheDir = values.cache;
  const freshLayout = values["fresh-layout"] ?? false;
  if (cacheDir === "") throw new InputError("--cache needs a folder, e.g. --cache graph/.cache");
  const noCache = values["no-cache"] ?? false;
  if (noCache && command !== "build") throw new InputError("--no-cache belongs to build (extract uses a cache only when --cache is given)");
  if (noCache && cacheDir !== undefined) throw new InputError("--cache and --no-cache contradict each other; give one");
  if (values.jsonl !== undefined && command !== "extract")
    throw new InputError('--jsonl belongs to extract: "newsgraph extract articles --jsonl fragments.jsonl"');
  if (command !== "build" && command !== "merge" && freshLayout) throw new InputError("--fresh-layout belongs to build and merge");
  if (command !== "build" && command !== "merge" && values.corrections !== undefined)
    throw new InputError("--corrections belongs to build and merge");
  if (values.corrections === "") throw new InputError("--corrections needs a file, e.g. --corrections graph/corrections.json");
  const corrections = values.corrections !== undefined ? { corrections: values.corrections } : {};
  if (command !== "build" && command !== "extract" && (jobs !== undefined || cacheDir !== undefined))
    throw new InputError("--jobs and --cache belong to build and extract");
  if (command === "extract") {
    if (!inputs.length)
      throw new InputError('extract needs at least one file or folder of articles, e.g. "newsgraph extract articles/01.txt"');
    if (values.format !== undefined || values.out !== undefined)
      throw new InputError("extract prints to the terminal or writes --jsonl, and takes no --format or --out; use build to write a graph");
    if (values.jsonl === "") throw new InputError("--jsonl needs a file name, e.g. --jsonl fragments.jsonl");
    if (values.jsonl === undefined && (jobs !== undefined || cacheDir !== undefined))
      throw new InputError("--jobs and --cache go with --jsonl when extracting; without it extract prints its findings");
    return {
      name: "extract",
      inputs,
      ...(quiet ? { quiet } : {}),
      ...(values.jsonl !== undefined ? { jsonl: values.jsonl } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      ...(cacheDir !== undefined ? { cacheDir } : {}),
    };
  }
  if (command === "merge") {
    if (!inputs.length) throw new InputError('merge needs fragment files, e.g. "newsgraph merge part-1.jsonl part-2.jsonl --out graph"');
    if (!values.out) throw new InputError('merge needs --out <dir>, e.g. "newsgraph merge fragments.jsonl --out graph"');
    const formats = values.format === undefined ? [...DEFAULT_BUILD_FORMATS] : parseFormats(values.format);
    return { name: "merge", inputs, out: values.out, quiet, formats, ...(freshLayout ? { freshLayout } : {}), ...corrections };
  }
  if (values.graph !== undefined && command !== "corrections") throw new InputError("--graph belongs to corrections check");
  if (command === "corrections") {
    if (inputs[0] !== "check" || inputs.length !== 2)
      throw new InputError('corrections has one action: "newsgraph corrections check corrections.json --graph graph/graph.json"');
    if (!values.graph) throw new InputError("corrections check needs --graph <graph.json>, the graph the corrections are for");
    return { name: "corrections", check: inputs[1]!, graph: values.graph };
  }
  if (command === "export") {
    if (inputs.length !== 1)
      throw new InputError('export converts one graph.json, e.g. "newsgraph export graph/graph.json --format gexf --out graph.gexf"');
    if (values.format === undefined) throw new InputError(`export needs --format, one of ${OUTPUT_FORMATS.join(", ")}`);
    if (!values.out)
      throw new InputError('export needs --out <path>, e.g. "newsgraph export graph/graph.json --format gexf --out graph.gexf"');
    return { name: "export", input: inputs[0]!, out: values.out, quiet, formats: parseFormats(values.format) };
  }
  if (!inputs.length)
    throw new InputError('build needs at least one file or folder of articles, e.g. "newsgraph build articles --out graph"');
  if (!values.out) throw new InputError('build needs --out <dir>, e.g. "newsgraph build articles --out graph"');
  const formats = values.format === undefined ? [...DEFAULT_BUILD_FORMATS] : parseFormats(values.format);
  return {
    name: "build",
    inputs,
    out: values.out,
    quiet,
    formats,
    ...(freshLayout ? { freshLayout } : {}),
    ...corrections,
    ...(jobs !== undefined ? { jobs } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : noCache ? { cacheDir: false as const } : {}),
  };
}
