// Command-line arguments: the parseArgs spec, the help text and the parsed command.
import { parseArgs } from "node:util";
import { InputError } from "../core/errors.js";

export const HELP = `newsgraph — turn news articles into a knowledge graph

Usage:
  newsgraph build <file-or-folder>... --out <dir>
  newsgraph extract <file-or-folder>...
  newsgraph --help | --version

Commands:
  build     Read every .txt article given or found under the folders, extract
            leaders, persons, countries, places, organizations, agreements,
            sectors and events and the relations between them, and write
            <dir>/graph.json and <dir>/graph.graphml.
  extract   Print what is found in each article: its entities by kind, and
            each relation with the sentence behind it. Writes no files.

Options:
  -o, --out <dir>   where to write the graph (created if missing)
  -q, --quiet       print nothing but errors
  -h, --help        show this help
  -v, --version     show the version
`;

export type Command =
  | { readonly name: "help" }
  | { readonly name: "version" }
  | { readonly name: "build"; readonly inputs: readonly string[]; readonly out: string; readonly quiet: boolean }
  | { readonly name: "extract"; readonly inputs: readonly string[] };

/** Parses argv (without node and script); throws InputError with a one-line reason. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (err) {
    throw new InputError(`${(err as Error).message.split("\n")[0]} (see newsgraph --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [command, ...inputs] = positionals;
  if (!command) throw new InputError('no command given; try "newsgraph build articles --out graph" or newsgraph --help');
  if (command !== "build" && command !== "extract") throw new InputError(`unknown command "${command}"; the commands are "build" and "extract" (see newsgraph --help)`);
  if (command === "extract") {
    if (!inputs.length) throw new InputError('extract needs at least one file or folder of articles, e.g. "newsgraph extract articles/01.txt"');
    return { name: "extract", inputs };
  }
  if (!inputs.length) throw new InputError('build needs at least one file or folder of articles, e.g. "newsgraph build articles --out graph"');
  if (!values.out) throw new InputError('build needs --out <dir>, e.g. "newsgraph build articles --out graph"');
  return { name: "build", inputs, out: values.out, quiet: values.quiet ?? false };
}
