// Writes files whole or not at all: temporary files in the same folder, then renames.
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeAtomic(path: string, text: string): Promise<void> {
  await writeAllAtomic([{ path, text }]);
}

/** Writes several files so that none is replaced unless all were written: temp files first, then renames. */
export async function writeAllAtomic(files: readonly { path: string; text: string }[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const { path, text } of files) {
      const dir = dirname(path);
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
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
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) throw new Error(`cannot write ${path}: it is a folder`);
    }
    for (const { temp, path } of temps) await rename(temp, path);
  } catch (err) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw err;
  }
}
