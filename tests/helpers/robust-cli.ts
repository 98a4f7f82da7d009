// robust-cli: runs the real newsgraph command like core-cli's runCli, plus what the robustness suite
// needs: faults injected into the CLI's own file system calls (a preload module given to node with
// --import), a signal to stop it, and how it ended (exit code or signal).
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_ENTRY, REPO_ROOT } from "./core-paths.js";
import { HANG_GUARD_MS } from "./hang-guard.js";
import { makeTempDir } from "./core-tmp.js";

/**
 * Where the CLI is made to fail, or to see the world differently. File names are matched on the
 * last path segment.
 * - vanish: the file is deleted just before the CLI reads it (after it was listed and stat'ed).
 * - deny: reading the file fails with EACCES, as for an unreadable file (root reads through chmod 000).
 * - killAt: the process SIGKILLs itself at a step of writing its outputs (temp files: `.graph.json.….tmp`):
 *   "open:N" before the N-th temp file is created, "midwrite:N" once half of the N-th is written,
 *   "rename:N" right after the N-th temp file is renamed onto its output.
 */
export interface Faults {
  /** Every folder listing (readdir) comes back in reverse order. */
  readonly reverseListing?: boolean;
  readonly vanish?: string;
  readonly deny?: string;
  readonly killAt?: `${"open" | "midwrite" | "rename"}:${number}`;
}

export interface RobustRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Non-empty stderr lines. */
  readonly errorLines: string[];
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly faults?: Faults;
  /** Killed with SIGKILL after this long (the run then ends with signal SIGKILL); default: the hang guard. */
  readonly timeoutMs?: number;
  /** Called once the process is spawned, e.g. to watch its output folder and kill it. */
  readonly onSpawn?: (child: ChildProcess) => void;
}

// NOTE: plain JavaScript, loaded by node before the CLI. Builtin ESM named exports (the CLI's
// `import { readFile } from "node:fs/promises"`) follow the patched CommonJS object only after
// syncBuiltinESMExports().
const PRELOAD = String.raw`
import { createRequire, syncBuiltinESMExports } from "node:module";
const require = createRequire(import.meta.url);
const fs = require("node:fs");
const fsp = fs.promises;
const faults = JSON.parse(process.env.NEWSGRAPH_TEST_FAULTS || "{}");
const nameOf = (p) => { const s = String(p); return s.slice(s.lastIndexOf("/") + 1); };
const isTemp = (p) => /^\.graph\.(json|graphml)\..*\.tmp$/.test(nameOf(p));
const die = () => process.kill(process.pid, "SIGKILL");
const [killOp, killNth] = (faults.killAt || ":").split(":");
const counts = { open: 0, midwrite: 0, rename: 0 };
const hit = (op) => killOp === op && ++counts[op] === Number(killNth);

const readFile = fsp.readFile;
fsp.readFile = async function (path, ...rest) {
  if (faults.vanish && nameOf(path) === faults.vanish) fs.rmSync(path, { force: true });
  if (faults.deny && nameOf(path) === faults.deny) {
    throw Object.assign(new Error("EACCES: permission denied, open '" + path + "'"), { code: "EACCES", errno: -13, syscall: "open", path: String(path) });
  }
  return readFile.call(this, path, ...rest);
};

const open = fsp.open;
fsp.open = async function (path, ...rest) {
  if (!isTemp(path)) return open.call(this, path, ...rest);
  if (hit("open")) die();
  const handle = await open.call(this, path, ...rest);
  if (killOp === "midwrite") {
    const writeFile = handle.writeFile;
    handle.writeFile = async function (data, ...more) {
      if (!hit("midwrite")) return writeFile.call(this, data, ...more);
      const bytes = Buffer.from(data);
      await handle.write(bytes.subarray(0, bytes.length >> 1));
      await handle.sync();
      die();
    };
  }
  return handle;
};

const readdir = fsp.readdir;
fsp.readdir = async function (...args) {
  const entries = await readdir.apply(this, args);
  return faults.reverseListing ? entries.reverse() : entries;
};

const rename = fsp.rename;
fsp.rename = async function (from, ...rest) {
  const result = await rename.call(this, from, ...rest);
  if (isTemp(from) && hit("rename")) die();
  return result;
};

syncBuiltinESMExports();
`;

let preloadPath: string | undefined;

/** The preload module, written once per test file into a temp folder removed after the file's tests. */
function preload(): string {
  if (!preloadPath) {
    preloadPath = join(makeTempDir("newsgraph-faults-"), "faults.mjs");
    writeFileSync(preloadPath, PRELOAD);
  }
  return preloadPath;
}

export function runCliRobust(args: readonly string[], options: RunOptions = {}): Promise<RobustRun> {
  const nodeArgs = options.faults ? ["--import", preload()] : [];
  const env = { ...process.env, NEWSGRAPH_TEST_FAULTS: JSON.stringify(options.faults ?? {}) };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI_ENTRY, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? HANG_GUARD_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      resolve({ status, signal, stdout, stderr, errorLines: stderr.split("\n").filter((l) => l.length > 0), ms });
    });
    options.onSpawn?.(child);
  });
}
