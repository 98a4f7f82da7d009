// Writes files whole or not at all: temporary files in the same folder, then renames.
// A failure is a WriteError that names the file, says why and what was (not) replaced.
import { lstat, mkdir, open, readdir, readlink, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { NewsgraphError } from "../core/errors.js";

/** An output could not be written (disk full, read-only, a file where a folder should be…). */
export class WriteError extends NewsgraphError {
  override name = "WriteError";
}

/** Why a write failed, in words, by error code. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  ENOENT: "its folder does not exist and cannot be created",
  EEXIST: "a part of the path exists and is not a folder",
};

// Temp files are ".<name>.<pid>.<time>.tmp": hidden, so never taken for output.
const tempName = (path: string) => `.${basename(path)}.${process.pid}.${Date.now()}.tmp`;
const TEMP = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

/**
 * Creates `dir` and its missing parents, one level at a time. NOTE: not mkdir({ recursive: true }):
 * Node's recursive mkdir spins forever where a parent exists but mkdir of its child says ENOENT
 * (e.g. under /proc), so `--out /proc/x` would hang instead of failing.
 */
export async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? undefined : Promise.reject(err)));
  if (info?.isDirectory()) return;
  if (info) throw Object.assign(new Error(`${dir} is a file`), { code: "ENOTDIR" });
  const parent = dirname(dir);
  if (parent !== dir) await ensureFolder(parent);
  try {
    await mkdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    // another process made it meanwhile, or it is a dangling link: stat says which
    if (!(await stat(dir)).isDirectory()) throw err;
  }
}

/** Removes temp files of `names` in `dir` left by a run that was killed (its process is gone). */
async function removeStaleTemps(dir: string, names: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (m && names.has(m[1]!) && !isAlive(Number(m[2]))) await rm(join(dir, entry), { force: true }).catch(() => undefined);
  }
}

/** Makes the renames durable: fsync of the folder (not possible on every platform; skipped there). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // e.g. Windows cannot open a folder for fsync; the renames are still atomic
  }
}

function writeError(err: unknown, path: string, replaced: readonly string[], pending: readonly string[]): WriteError {
  if (err instanceof WriteError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why = code && REASONS[code] ? `${REASONS[code]} (${code})` : (err as Error).message.split("\n")[0];
  const outcome = replaced.length
    ? `${replaced.map((p) => basename(p)).join(", ")} replaced, ${pending.map((p) => basename(p)).join(", ")} not`
    : "nothing was replaced";
  const fix = code === "ENOSPC" || code === "EDQUOT" ? "Free some space or write elsewhere with --out." : "Write elsewhere with --out.";
  return new WriteError(`cannot write ${path}: ${why}; ${outcome}. ${fix}`);
}

const notRegular = (path: string) =>
  new WriteError(
    `cannot write ${path}: it is not a regular file (a FIFO, socket or device); nothing was replaced. Write to a file with --out.`,
  );

/** Symbolic links followed this many times at most (as the kernel's ELOOP limit). */
const MAX_LINKS = 40;

/**
 * Where a write to `path` lands: `path` itself (as given, so messages name it as the user wrote it),
 * or, for a symbolic link, its target, written through (the target replaced, the link kept) as a
 * shell's `>` would. A target that exists and is neither a file nor a folder (a FIFO, a socket, a
 * device such as /dev/stdout) is refused: renaming over it would replace it.
 */
async function writeTarget(path: string): Promise<string> {
  const followed = await stat(path).catch(() => undefined);
  if (followed && !followed.isFile() && !followed.isDirectory()) throw notRegular(path);
  let target = path;
  for (let hops = 0; ; hops++) {
    const info = await lstat(target).catch(() => undefined);
    if (!info) return target;
    if (info.isSymbolicLink()) {
      if (hops >= MAX_LINKS)
        throw new WriteError(`cannot write ${path}: too many symbolic links; nothing was replaced. Write elsewhere with --out.`);
      target = resolve(dirname(target), await readlink(target));
      continue;
    }
    if (!info.isFile() && !info.isDirectory()) throw notRegular(path);
    return target;
  }
}

/**
 * Refuses outputs that are (or link to) a file the command reads: `export g.json --out g.json`
 * would replace its own input. Compared by device and inode, so other spellings of a path match.
 */
export async function refuseOverwritingInputs(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isFile()) ids.set(`${info.dev}:${info.ino}`, input);
  }
  for (const output of outputs) {
    const info = await stat(output).catch(() => undefined);
    const input = info?.isFile() ? ids.get(`${info.dev}:${info.ino}`) : undefined;
    if (input !== undefined)
      throw new WriteError(`cannot write ${output}: it is the input "${input}"; nothing was replaced. Write elsewhere with --out.`);
  }
}

export async function writeAtomic(path: string, text: string): Promise<void> {
  await writeAllAtomic([{ path, text }]);
}

/** Writes several files so that none is replaced unless all were written: temp files first, then renames. */
export async function writeAllAtomic(files: readonly { path: string; text: string }[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  const renamed: string[] = [];
  let current = files[0]?.path ?? "";
  try {
    // (through symbolic links: the link stays, its target is replaced)
    const targets: { path: string; text: string }[] = [];
    for (const { path, text } of files) targets.push({ path: await writeTarget((current = path)), text });
    files = targets;
    const byFolder = new Map<string, Set<string>>();
    for (const { path } of files) byFolder.set(dirname(path), (byFolder.get(dirname(path)) ?? new Set()).add(basename(path)));
    for (const [dir, names] of byFolder) {
      current = dir;
      await ensureFolder(dir);
      await removeStaleTemps(dir, names);
    }
    for (const { path, text } of files) {
      current = path;
      const temp = join(dirname(path), tempName(path));
      temps.push({ temp, path });
      const handle = await open(temp, "w");
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // a rename onto a folder is the one failure left once every temp file is written: check first
    for (const { path } of temps) {
      current = path;
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory())
        throw new WriteError(`cannot write ${path}: it is a folder; nothing was replaced. Remove it or write elsewhere with --out.`);
    }
    for (const { temp, path } of temps) {
      current = path;
      await rename(temp, path);
      renamed.push(path);
    }
    for (const dir of byFolder.keys()) await syncFolder(dir);
  } catch (err) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
    const pending = files.map((f) => f.path).filter((p) => !renamed.includes(p));
    throw writeError(err, current, renamed, pending);
  }
}
