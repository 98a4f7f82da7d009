// The viewer's dev server and build (graph/ is served as the page's public folder)
// and the vitest configuration.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** graph/.cache (the build's per-article cache, see `newsgraph build --cache`) is not part of the page. */
const keepCacheOut: Plugin = {
  name: "newsgraph-keep-cache-out",
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith("/.cache")) {
        res.statusCode = 404;
        res.end();
      } else next();
    });
  },
  closeBundle() {
    rmSync("dist/.cache", { recursive: true, force: true });
  },
};

/**
 * The graph folder the page serves: graph/, or the one `npm run view -- <dir>` names (NEWSGRAPH_VIEW,
 * relative to where npm was run: INIT_CWD).
 */
const GRAPH_DIR = process.env.NEWSGRAPH_VIEW ? resolve(process.env.INIT_CWD ?? ".", process.env.NEWSGRAPH_VIEW) : "graph";

export default defineConfig({
  publicDir: GRAPH_DIR,
  plugins: [keepCacheOut],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // src/core is pure (no side effects at import: STYLE.md rule 3), so what the viewer does not use of
    // it (the extraction pipeline, its vocabularies) is left out of the page instead of parsed and run at load.
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) } },
  },
  // The layout worker's ForceAtlas2 modules are imported only from the worker, which the dev server
  // discovers on the first "Run layout": found that late, they were pre-bundled then and the page reloaded.
  optimizeDeps: {
    include: ["graphology-layout-forceatlas2", "graphology-layout-forceatlas2/iterate.js", "graphology-layout-forceatlas2/helpers.js"],
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Hang guards, not speed targets: on a loaded 2-core machine a case that spawns the CLI or drives
    // Chromium may take many times longer than on a quiet one, and no verdict may depend on that.
    testTimeout: 10 * 60_000,
    hookTimeout: 15 * 60_000,
    // expect.poll's 1 s default is a speed target too: the BBC corpus's layout worker took longer to
    // make its first move on a loaded CI machine. A poll now waits as long as the page may need.
    expect: { poll: { timeout: 2 * 60_000 } },
    pool: "forks",
    // vitest's default on 2 cores is one file at a time (cores - 1), which leaves a core idle while a
    // file waits on the CLI processes and the Chromium it drives; three files at a time keep both busy.
    maxWorkers: 3,
  },
});
