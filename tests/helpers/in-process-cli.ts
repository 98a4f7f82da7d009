// in-process-cli: runs the newsgraph command line in the test's own process, through the same main
// function the bin (src/cli/main.ts) calls, with its standard input, output and error captured:
// the same exit code and the same text as a spawned run (core-cli.ts, robust-cli.ts), without starting
// a Node process and loading the extractor again for each case. What only a real process shows (the
// compiled bundle, a signal, a fault injected into its file system calls) stays with the spawned helpers.
import { Readable } from "node:stream";
import { format } from "node:util";
import { main } from "../../src/cli/cli.js";
import { REPO_ROOT } from "./core-paths.js";
import type { RobustRun } from "./robust-cli.js";

export interface InProcessOptions {
  /** The working folder of the run (relative paths are read from it); default: the repository root, like runCli. */
  readonly cwd?: string;
  /** Standard input (for the "-" input); with none, an empty stream, as a spawned run's closed stdin. */
  readonly stdin?: string | Uint8Array;
}

/** A run as a spawned one reports it: never a signal, since nothing here can kill the test's process. */
export type InProcessRun = RobustRun;

/**
 * One run at a time: a run may change the working folder (process.chdir), which every concurrent run
 * would see. The command's work is on this thread anyway (its worker threads aside), so little is lost.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `newsgraph <args>` in this process; resolves with its exit code and what it wrote. */
export function runCliInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => {});
  return run;
}

const CONSOLE_OUT = ["log", "info", "debug"] as const;
const CONSOLE_ERR = ["warn", "error", "trace"] as const;

/**
 * While `run` runs, whatever is written to the process's stdout or stderr, to the console, or emitted
 * as a process warning goes to `out` or `err` instead: what a spawned run would have on its own streams
 * (a stray library message, say) is not lost from what a test checks.
 */
async function capturingStrayOutput<T>(out: (text: string) => void, err: (text: string) => void, run: () => Promise<T>): Promise<T> {
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const consoleMethods = { ...console };
  const sink = (to: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      to(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  const onWarning = (w: Error) => err(`(node:${process.pid}) ${w.name}: ${w.message}\n`);
  process.stdout.write = sink(out);
  process.stderr.write = sink(err);
  for (const m of CONSOLE_OUT) console[m] = (...a: unknown[]) => out(`${format(...a)}\n`);
  for (const m of CONSOLE_ERR) console[m] = (...a: unknown[]) => err(`${format(...a)}\n`);
  process.on("warning", onWarning);
  try {
    return await run();
  } finally {
    process.off("warning", onWarning);
    Object.assign(console, consoleMethods);
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

async function runNow(args: readonly string[], options: InProcessOptions): Promise<InProcessRun> {
  const cwd = options.cwd ?? REPO_ROOT;
  const before = process.cwd();
  if (cwd !== before) process.chdir(cwd); // NOTE: vitest's forks pool (vite.config.ts); worker threads cannot chdir
  let stdout = "";
  let stderr = "";
  const toOut = (text: string) => (stdout += text);
  const toErr = (text: string) => (stderr += text);
  const started = performance.now();
  try {
    const status = await capturingStrayOutput(toOut, toErr, () =>
      main(args, {
        stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
        stdout: { write: toOut },
        // not a terminal, like a spawned run's piped stderr: no progress bar
        stderr: { isTTY: false, write: toErr },
      }),
    );
    const ms = performance.now() - started;
    return { status, signal: null, stdout, stderr, errorLines: stderr.split("\n").filter((l) => l.length > 0), ms };
  } finally {
    if (cwd !== before) process.chdir(before);
  }
}
