// The CLI entry: parse arguments, run the command, print a one-line error on failure.
// The only file that touches `process`.
import { readFileSync } from "node:fs";
import { NewsgraphError } from "../core/errors.js";
import { HELP, parseCommand } from "./args.js";
import { build } from "./build-command.js";
import { extract } from "./extract-command.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.name === "help") {
      process.stdout.write(HELP);
      return 0;
    }
    if (command.name === "version") {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    const log = (line: string) => process.stderr.write(line + "\n");
    if (command.name === "extract") return await extract(command.inputs, { print: (text) => process.stdout.write(text), log });
    return await build(command.inputs, { out: command.out, quiet: command.quiet, log });
  } catch (err) {
    const usage = err instanceof NewsgraphError;
    const message = (err as Error).message.split("\n")[0];
    process.stderr.write(`newsgraph: ${usage ? message : `unexpected error: ${message}`}\n`);
    return usage ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
