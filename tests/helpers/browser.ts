// browser: launches the Debian chromium with playwright-core, and opens pages that record
// console errors, uncaught exceptions and CSP violations, so every e2e case can assert on them.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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

export async function openWatchedPage(browser: Browser, viewport = { width: 1280, height: 800 }, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1, ...options });
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
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || "?"}:${e.lineNumber}`));
  });
  return {
    page,
    errors,
    cspViolations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    close: () => context.close(),
  };
}
