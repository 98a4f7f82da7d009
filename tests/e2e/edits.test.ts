// Corrections made in the page (issue 13): in headless Chromium, merge two entities in the entity
// panel, see the Edits tab list it, undo and redo it, download corrections.json — and the CLI build
// with that file gives the graph the page shows (positions and sizes aside: the page keeps its own).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson } from "../../src/core/index.js";
import type {} from "../../src/viewer/test-hook.js";
import { CHROMIUM_PATH, downloadBytes, HAS_CHROMIUM, launchChromium, openWatchedPage, type WatchedPage } from "../helpers/browser.js";
import { runCli } from "../helpers/core-cli.js";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { HANG_GUARD_MS } from "../helpers/hang-guard.js";
import { startPreviewServer, viewerBuildOf, type PreviewServer } from "../helpers/preview-server.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { gotoViewer, nextFrames } from "../helpers/viewer-page.js";

if (!HAS_CHROMIUM) console.warn(`edits e2e skipped: no Chromium at ${CHROMIUM_PATH}.`);

const STORIES = {
  "a.txt": "Nordvik Air chief executive Ana Ruiz said the carrier would grow. Vestrafly boss Tomas Berg met Ruiz in Oslo on Monday.\n",
  "b.txt": "Ana Ruiz, a spokesperson for NVA, said so. Norway signed the Blue Harbour Agreement on salmon.\n",
};

/** A graph.json-like object without what layout decides (x, y, size), sorted. */
function content(graph: {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[];
}) {
  const nodes = graph.nodes
    .map(({ key, attributes: { x: _x, y: _y, size: _s, ...a } }) => ({ key, a }))
    .sort((p, q) => (p.key < q.key ? -1 : 1));
  const edges = graph.edges
    .map(({ key, source, target, attributes }) => ({ key, source, target, attributes }))
    .sort((p, q) => ((p.key ?? "") < (q.key ?? "") ? -1 : 1));
  return { nodes, edges };
}

/** Selects `node` by searching for `query`, opens its "Correct this entity" and asks to merge it into `into`. */
async function askMerge(page: Page, query: string, node: string, into: string): Promise<void> {
  await page.fill("#search-input", query);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, node);
  await page.click("#tab-details");
  await page.click('details[data-edits="entity"] summary');
  await page.fill('input[data-edit="into"]', into);
  await page.click('button[data-edit="merge"]');
}

const pageGraph = (page: Page) => page.evaluate(() => window.__newsgraph!.graph.export() as never);

describe.skipIf(!HAS_CHROMIUM)("corrections made in the page", () => {
  let root: string;
  let browser: Browser;
  let preview: PreviewServer;
  let watched: WatchedPage;

  beforeAll(async () => {
    root = makeTempDir();
    writeTree(join(root, "in"), STORIES);
    const built = await runCli(["build", join(root, "in"), "--out", join(root, "graph"), "--no-cache"]);
    expect(built.status).toBe(0);
    [browser, preview] = await Promise.all([launchChromium(), startPreviewServer(viewerBuildOf("edits", join(root, "graph")))]);
    watched = await openWatchedPage(browser);
  }, HANG_GUARD_MS);

  afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.close();
  });

  it(
    "merges an entity into another, lists the edit, undoes it, and downloads the file a build applies to the same graph",
    async () => {
      const { page } = watched;
      await gotoViewer(page, preview.url);
      expect(await page.evaluate(() => window.__newsgraph!.graph.hasNode("organization:nva"))).toBe(true);
      await askMerge(page, "NVA", "organization:nva", "Nordvik Air");
      await page.waitForFunction(
        () =>
          !window.__newsgraph!.graph.hasNode("organization:nva") &&
          window.__newsgraph!.getState().selectedNode === "organization:nordvik-air",
      );
      expect(await page.evaluate(() => window.__newsgraph!.graph.getNodeAttribute("organization:nordvik-air", "aliases"))).toContain("NVA");
      // the Edits tab lists it, with an undo
      await page.click("#tab-edits");
      expect((await page.textContent(".edits-list li span"))?.trim()).toBe("merge organization:nva into organization:nordvik-air");
      await nextFrames(page);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, "edits-panel.png") });
      await page.click('.edits-list button[data-role="undo"]');
      await page.waitForFunction(() => window.__newsgraph!.graph.hasNode("organization:nva"));
      expect(await page.$('[data-role="no-edits"]')).not.toBeNull();
      // merge again, then download the corrections
      await askMerge(page, "NVA", "organization:nva", "organization:nordvik-air");
      await page.waitForFunction(() => !window.__newsgraph!.graph.hasNode("organization:nva"));
      await page.click("#tab-edits");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-role="download-corrections"]')]);
      expect(download.suggestedFilename()).toBe("corrections.json");
      const file = join(root, "corrections.json");
      writeFileSync(file, await downloadBytes(download));
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
        corrections: 1,
        entries: [{ op: "merge", from: "organization:nva", into: "organization:nordvik-air" }],
      });
      // the CLI build with the downloaded file: the graph the page shows
      const out = join(root, "corrected");
      const run = await runCli(["build", join(root, "in"), "--out", out, "--no-cache", "--corrections", file]);
      expect(run.status).toBe(0);
      const cli = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
      parseGraphJson(readFileSync(join(out, "graph.json"), "utf8"));
      expect(content(await pageGraph(page))).toEqual(content(cli));
      // a graph built again with a new article and opened in the page keeps the corrections made
      writeTree(join(root, "in"), { "c.txt": "Tomas Berg, a spokesperson for NVA, said the carrier would buy planes.\n" });
      expect((await runCli(["build", join(root, "in"), "--out", join(root, "rebuilt"), "--no-cache"])).status).toBe(0);
      await page.setInputFiles('input[data-role="open-file"]', {
        name: "graph.json",
        mimeType: "application/json",
        buffer: readFileSync(join(root, "rebuilt", "graph.json")),
      });
      await page.waitForFunction(() => window.__newsgraph!.graph.getAttribute("articles").length === 3);
      expect(await page.evaluate(() => window.__newsgraph!.graph.hasNode("organization:nva"))).toBe(false);
      const edges = await page.evaluate(() => window.__newsgraph!.graph.mapEdges((_e, a, s, t) => `${s} ${a.relation} ${t}`));
      expect(edges).toContain("person:tomas-berg represents organization:nordvik-air");
      await page.click("#tab-edits");
      expect(await page.$$eval(".edits-list li", (items) => items.map((li) => li.getAttribute("data-status")))).toEqual(["applied"]);
    },
    HANG_GUARD_MS,
  );

  it(
    "says why a correction cannot be made, and makes none",
    async () => {
      const { page } = watched;
      await gotoViewer(page, preview.url);
      await askMerge(page, "Norway", "country:norway", "Nobody Known");
      expect(await page.textContent(".edit-message")).toContain('No single entity is called "Nobody Known"');
      expect(await page.evaluate(() => window.__newsgraph!.graph.hasNode("country:norway"))).toBe(true);
    },
    HANG_GUARD_MS,
  );
});
