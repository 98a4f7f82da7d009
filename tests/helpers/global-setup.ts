// global-setup: what the test files of one run share, made once in vitest's main process before any
// of them starts: the compiled CLI (dist-cli/, compiled afresh as `npm run build:cli` does, so the
// tests run what ships and never a stale copy), one headless Chromium that the browser tests connect
// to (each test still opens its own browser context), and a folder for what is built once per run
// (run-once.ts: the viewer's build). The teardown closes Chromium and removes the folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM } from "./browser.js";
import { REPO_ROOT } from "./core-paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A temp folder shared by the run's test files (see run-once.ts). */
    runDir: string;
    /** Where the run's Chromium listens (playwright's connect), or "" when there is no Chromium. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: REPO_ROOT, stdio: "inherit" });
  const runDir = mkdtempSync(join(tmpdir(), "newsgraph-run-"));
  const server = HAS_CHROMIUM ? await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }) : undefined;
  project.provide("runDir", runDir);
  project.provide("browserEndpoint", server?.wsEndpoint() ?? "");
  return async () => {
    await server?.close();
    rmSync(runDir, { recursive: true, force: true });
  };
}
