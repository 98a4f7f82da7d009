// core-paths: where the repository is, computed from this file's location (never hard-coded),
// and the shared seeds folder that sits beside it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

/** The repository root: tests/helpers/ → ../.. */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The compiled CLI, what `bin` runs (compiled afresh for each test run by global-setup.ts). */
export const CLI_ENTRY = join(REPO_ROOT, "dist-cli", "newsgraph.mjs");
/** The development entry: the TypeScript sources through tsx. */
export const CLI_DEV_ENTRY = join(REPO_ROOT, "src", "cli", "newsgraph.mjs");
export const CORE_DIR = join(REPO_ROOT, "src", "core");

/** `../shared/seeds`, relative to the repository root (present on developer machines and in CI). */
export const SEEDS_DIR = resolve(REPO_ROOT, "..", "shared", "seeds");
export const HAS_SEEDS = existsSync(SEEDS_DIR);
