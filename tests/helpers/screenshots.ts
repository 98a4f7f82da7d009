// screenshots: where the browser tests save one screenshot per case. The folder is gitignored, so
// `npm test` leaves the tree clean; `npm run screenshots` copies the ones README.md shows to
// tests/e2e/screenshots/ (tests/e2e/readme-screenshots.ts).
import { join } from "node:path";
import { REPO_ROOT } from "./core-paths.js";

/** What the tests write: tests/e2e/screenshots/out/<case>.png */
export const SCREENSHOT_DIR = join(REPO_ROOT, "tests", "e2e", "screenshots", "out");
