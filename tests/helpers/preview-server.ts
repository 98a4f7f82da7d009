// preview-server: builds the viewer with vite (once per test run, shared by the files that serve it)
// and serves it with `vite preview` on a free port of 127.0.0.1, as a user would see it; close() stops
// the server.
import { resolve } from "node:path";
import { build, preview } from "vite";
import { freePort } from "./free-port.js";
import { oncePerRun } from "./run-once.js";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface PreviewServer {
  /** e.g. "http://127.0.0.1:41234/" */
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

/** The viewer built from the repository (index.html, src/viewer, graph/ as its public folder), once per run. */
export function viewerBuild(): Promise<string> {
  return oncePerRun("viewer", async (outDir) => {
    await build({ root: REPO_ROOT, logLevel: "silent", build: { outDir, emptyOutDir: true } });
  });
}

/** The viewer built on another graph folder (its graph.json served as the page's), once per run under `name`. */
export function viewerBuildOf(name: string, graphDir: string): Promise<string> {
  return oncePerRun(name, async (outDir) => {
    await build({ root: REPO_ROOT, logLevel: "silent", publicDir: graphDir, build: { outDir, emptyOutDir: true } });
  });
}

export async function startPreviewServer(outDirPromise: Promise<string> = viewerBuild()): Promise<PreviewServer> {
  const outDir = await outDirPromise;
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    logLevel: "silent",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, outDir, close: () => server.close() };
}
