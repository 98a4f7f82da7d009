// core-cli: runs the real newsgraph command (node src/cli/newsgraph.mjs …) from the
// repository root, as a user would, and returns its exit code and output. Asynchronous,
// so that a file's cases can run concurrently (each run is a separate process).
import { spawn } from "node:child_process";
import { CLI_ENTRY, REPO_ROOT } from "./core-paths.js";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Non-empty stderr lines. */
  readonly errorLines: string[];
}

export function runCli(args: readonly string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
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
