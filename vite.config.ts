// The viewer's dev server and build (graph/ is served as the page's public folder)
// and the vitest configuration.
import { defineConfig } from "vitest/config";

export default defineConfig({
  publicDir: "graph",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
