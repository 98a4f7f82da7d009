// `npm run screenshots`, after the browser tests: copies the screenshots README.md shows
// (tests/e2e/screenshots/<name>.png) from where the tests write them (tests/e2e/screenshots/out/,
// gitignored) to the tracked folder. The only step that changes tracked screenshots.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/core-paths.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";

const TRACKED = join(REPO_ROOT, "tests", "e2e", "screenshots");
const names = [
  ...new Set([...readFileSync(join(REPO_ROOT, "README.md"), "utf8").matchAll(/tests\/e2e\/screenshots\/([\w-]+\.png)/g)].map((m) => m[1]!)),
].sort();
const missing = names.filter((name) => !existsSync(join(SCREENSHOT_DIR, name)));
if (missing.length) {
  process.stderr.write(`screenshots: not written by the tests: ${missing.join(", ")} (in ${SCREENSHOT_DIR})\n`);
  process.exitCode = 1;
} else {
  for (const name of names) copyFileSync(join(SCREENSHOT_DIR, name), join(TRACKED, name));
  process.stdout.write(`screenshots: ${names.length} copied to tests/e2e/screenshots/: ${names.join(", ")}\n`);
}
