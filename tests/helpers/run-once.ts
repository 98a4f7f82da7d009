// run-once: something built once per test run and shared by every test file that asks for it (the
// files run in separate processes): the first caller builds it into the run's folder (global-setup.ts)
// while the others wait for it; a build that failed fails every caller with its message.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { HANG_GUARD_MS } from "./hang-guard.js";

const mine = new Map<string, Promise<string>>();

async function buildOrWait(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  const root = inject("runDir");
  const dir = join(root, name);
  const [done, failed] = [`${dir}.done`, `${dir}.failed`];
  let builder = true;
  try {
    mkdirSync(`${dir}.lock`);
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      await make(dir);
      writeFileSync(done, "");
      return dir;
    } catch (err) {
      writeFileSync(failed, (err as Error).stack ?? String(err));
      throw err;
    }
  }
  for (const started = Date.now(); Date.now() - started < HANG_GUARD_MS; await sleep(100)) {
    if (existsSync(done)) return dir;
    if (existsSync(failed))
      throw new Error(`${name}, built once for the run by another test file, failed:\n${readFileSync(failed, "utf8")}`);
  }
  throw new Error(
    `hang guard: ${name}, built once for the run by another test file, was not ready after ${HANG_GUARD_MS / 60_000} minutes`,
  );
}

/** The folder holding `name`, made by `make(dir)` once per run. */
export function oncePerRun(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  let promise = mine.get(name);
  if (!promise) mine.set(name, (promise = buildOrWait(name, make)));
  return promise;
}
