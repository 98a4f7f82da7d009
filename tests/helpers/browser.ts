// browser: the Debian chromium through playwright-core (the run's shared one, see global-setup.ts), and
// pages that record console errors, uncaught exceptions and CSP violations, so every e2e case can assert on them.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { inject } from "vitest";
import { HANG_GUARD_MS } from "./hang-guard.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The run's Chromium (started once by global-setup.ts; closing what this returns only disconnects), or
 * one of its own when there is none. Each page gets its own browser context (openWatchedPage), so no
 * state passes from one test to the next.
 */
export function launchChromium(): Promise<Browser> {
  const endpoint = inject("browserEndpoint");
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  readonly page: Page;
  /** console.error messages and uncaught exceptions, in order. */
  readonly errors: string[];
  /** CSP violations as "<directive> blocked <uri>". */
  cspViolations(): Promise<string[]>;
  /** Closes the page and its browser context (downloads included). */
  close(): Promise<void>;
}

/** Extra context options: a touch screen (phone tests), a colour scheme (dark mode tests). */
export interface PageOptions {
  readonly hasTouch?: boolean;
  readonly isMobile?: boolean;
  readonly colorScheme?: "light" | "dark";
}

export async function openWatchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: PageOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1, ...options });
  // Waits (waitForFunction, clicks, downloads) give up after the hang guard, not playwright's 30 s.
  context.setDefaultTimeout(HANG_GUARD_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  // NOTE: init scripts are injected by the browser itself, so the page's CSP does not block this one.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || "?"}:${e.lineNumber}`),
    );
  });
  return {
    page,
    errors,
    cspViolations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    close: () => context.close(),
  };
}

/** A download's bytes (download.path() is not available through the run's shared, connected Chromium). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
