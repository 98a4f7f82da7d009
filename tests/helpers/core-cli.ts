// core-cli: runs the real newsgraph command (node dist-cli/newsgraph.mjs …, the compiled CLI) from the
// repository root, as a user would (stdin piped in if given), and returns its exit code and output. Asynchronous,
// so that a file's cases can run concurrently (each run is a separate process).
import { spawn } from "node:child_process";
import { CLI_ENTRY, REPO_ROOT } from "./core-paths.js";
import { HANG_GUARD_MS } from "./hang-guard.js";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Non-empty stderr lines. */
  readonly errorLines: string[];
}

/** Runs the CLI; `input`, when given, is piped to its standard input (for the "-" input). */
export function runCli(args: readonly string[], cwd: string = REPO_ROOT, input?: string | Uint8Array): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    // NOTE: with no input, stdin is closed at once: a "-" input then reads an empty stream, never hangs.
    child.stdin.end(input ?? "");
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), HANG_GUARD_MS); // a hang guard, not a speed target
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, errorLines: stderr.split("\n").filter((l) => l.length > 0) });
    });
  });
}
