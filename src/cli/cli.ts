// The CLI itself: parse arguments, run the command, print a one-line error on failure, return the exit
// code. Its streams are given (see CliIo): main.ts, the bin, gives the process's; tests may run it in-process.
import { readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { NewsgraphError } from "../core/errors.js";
import { HELP, commandHelp, parseCommand } from "./args.js";
import { build } from "./build-command.js";
import { checkCorrections } from "./corrections-command.js";
import { exportGraph } from "./export-command.js";
import { extract } from "./extract-command.js";
import { merge } from "./merge-command.js";
import { MODULE_DIR, PACKAGE_ROOT } from "./package-root.js";
import { type ProgressStream, createProgressBar } from "./progress-bar.js";
import { newerSource } from "./stale-build.js";
import { WriteError } from "./write-atomic.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * The compiled CLI (dist-cli/newsgraph.mjs) of a working tree refuses to run when a source file is
 * newer: one line, how to fix it. NOTE: not in an installed copy (under node_modules), which nobody
 * recompiles and whose files npm dates at installation, one after the other.
 */
function staleBuildProblem(): string | undefined {
  if (basename(MODULE_DIR) !== "dist-cli" || PACKAGE_ROOT.split(sep).includes("node_modules")) return undefined;
  const newer = newerSource(join(MODULE_DIR, "newsgraph.mjs"), [join(PACKAGE_ROOT, "src", "cli"), join(PACKAGE_ROOT, "src", "core")]);
  return (
    newer &&
    `dist-cli/ is older than ${relative(PACKAGE_ROOT, newer)}; compile the CLI again with "npm run build:cli" (npm install does it too)`
  );
}

/** Where a run reads and writes: the process's own streams for the bin (main.ts), captured ones in tests. */
export interface CliIo {
  /** Read when an input is "-". */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: { write(text: string): unknown };
  /** Also where the progress bar is drawn, when it is a terminal. */
  readonly stderr: ProgressStream;
}

/** Runs one command line; returns the exit code (never exits, never touches the process itself). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const stale = staleBuildProblem();
  if (stale) {
    io.stderr.write(`newsgraph: ${stale}\n`);
    return 1;
  }
  try {
    const command = parseCommand(argv);
    if (command.name === "help") {
      io.stdout.write(command.command ? commandHelp(command.command) : HELP);
      return 0;
    }
    if (command.name === "version") {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    const log = (line: string) => io.stderr.write(line + "\n");
    const stdin = io.stdin;
    const progress = createProgressBar(io.stderr, { quiet: "quiet" in command && !!command.quiet });
    if (command.name === "extract")
      return await extract(command.inputs, { ...command, print: (text) => io.stdout.write(text), log, stdin, progress });
    if (command.name === "export")
      return await exportGraph(command.input, { out: command.out, formats: command.formats, quiet: command.quiet, log });
    if (command.name === "merge") return await merge(command.inputs, { ...command, log });
    if (command.name === "corrections")
      return await checkCorrections(command.check, { graph: command.graph, print: (text) => io.stdout.write(text) });
    return await build(command.inputs, { ...command, log, stdin, progress });
  } catch (err) {
    const known = err instanceof NewsgraphError;
    const message = (err as Error).message.split("\n")[0];
    io.stderr.write(`newsgraph: ${known ? message : `unexpected error: ${message}`}\n`);
    // 2: the arguments or inputs cannot be used; 1: the run failed (an output could not be written, a bug)
    return known && !(err instanceof WriteError) ? 2 : 1;
  }
}
