// dev-server: starts the vite dev server (what `npm start` runs) on a free port of 127.0.0.1,
// so tests can check that the page also works there (CSP vs. Vite's injected client and HMR socket).
import { createServer } from "vite";
import { freePort } from "./free-port.js";
import { REPO_ROOT } from "./preview-server.js";

export interface DevServer {
  readonly url: string;
  close(): Promise<void>;
}

/** `cacheDir`: where Vite pre-bundles dependencies (a fresh folder starts as a first `npm start` does). */
export async function startDevServer(root: string = REPO_ROOT, cacheDir?: string): Promise<DevServer> {
  const port = await freePort();
  const server = await createServer({
    root,
    logLevel: "silent",
    ...(cacheDir ? { cacheDir } : {}),
    server: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
