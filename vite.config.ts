// The viewer's dev server and build (graph/ is served as the page's public folder)
// and the vitest configuration.
import { rmSync } from "node:fs";
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

export default defineConfig({
  publicDir: "graph",
  plugins: [keepCacheOut],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // src/core is pure (no side effects at import: STYLE.md rule 3), so what the viewer does not use of
    // it (the extraction pipeline, its vocabularies) is left out of the page instead of parsed and run at load.
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) } },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
