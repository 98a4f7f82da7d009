// preview-server: builds the viewer with vite into a temp folder and serves it with `vite preview`
// on a free port of 127.0.0.1, as a user would see it; close() stops the server and deletes the build.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, preview } from "vite";
import { freePort } from "./free-port.js";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface PreviewServer {
  /** e.g. "http://127.0.0.1:41234/" */
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

export async function startPreviewServer(root: string = REPO_ROOT): Promise<PreviewServer> {
  const outDir = await mkdtemp(join(tmpdir(), "newsgraph-viewer-"));
  try {
    await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    const server = await preview({ root, logLevel: "silent", build: { outDir }, preview: { host: "127.0.0.1", port, strictPort: true, open: false } });
    return {
      url: `http://127.0.0.1:${port}/`,
      outDir,
      async close() {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(outDir, { recursive: true, force: true });
    throw err;
  }
}
