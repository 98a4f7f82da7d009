// A compiled CLI (dist-cli/, `npm run build:cli`) older than its sources would run code that src/
// no longer holds: this finds the source file that is newer, so the CLI can refuse to start.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The TypeScript sources under `dirs`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.[cm]?ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * A file under `sourceDirs` modified after `compiled` was written, or undefined when there is none.
 * NOTE: strictly after, so that files written in the same instant (a checkout) do not count.
 */
export function newerSource(compiled: string, sourceDirs: readonly string[]): string | undefined {
  const built = statSync(compiled).mtimeMs;
  for (const dir of sourceDirs) {
    for (const file of sources(dir)) if (statSync(file).mtimeMs > built) return file;
  }
  return undefined;
}
