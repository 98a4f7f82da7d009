// Where newsgraph's own files are (package.json, src/core), whether the CLI runs from its sources
// (src/cli/*.ts through tsx) or compiled into one file (dist-cli/newsgraph.mjs, see `npm run build:cli`).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of this module's file: src/cli, or dist-cli once compiled (a bundle keeps its own import.meta.url). */
export const MODULE_DIR = dirname(fileURLToPath(import.meta.url));

/** The first folder at or above MODULE_DIR whose package.json is newsgraph's. */
function findPackageRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "newsgraph") return dir;
  }
  throw new Error(`newsgraph's package.json was not found above ${from}`);
}

export const PACKAGE_ROOT = findPackageRoot(MODULE_DIR);
