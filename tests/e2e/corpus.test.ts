// corpus e2e: the viewer on a whole corpus — the BBC build (2,225 articles: about 11,000 nodes, of which
// 1,600 connected), built in the run from ../shared/corpus with the compiled CLI, as a new user would try it
// (issue 12): it opens on the connected core with the hidden count said, "UK" + Enter selects United
// Kingdom and the camera fits its neighbours, all labelled; PageRank sizes; the table sorts; a phone.
// Skipped with a message where ../shared/corpus or Chromium is absent. One screenshot per case.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson, type NewsGraph } from "../../src/core/index.js";
import type {} from "../../src/viewer/test-hook.js";
import { HAS_CHROMIUM, launchChromium, openWatchedPage, type PageOptions } from "../helpers/browser.js";
import { runCli } from "../helpers/core-cli.js";
import { REPO_ROOT } from "../helpers/core-paths.js";
import { startPreviewServer, viewerBuildOf, type PreviewServer } from "../helpers/preview-server.js";
import { oncePerRun } from "../helpers/run-once.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { mouseAway, nextFrames } from "../helpers/viewer-page.js";

const BBC = resolve(REPO_ROOT, "..", "shared", "corpus", "bbc.jsonl.gz");
const HAS_BBC = existsSync(BBC);
if (!HAS_BBC) console.warn(`corpus e2e skipped: no ${BBC} (the corpora live in ../shared/corpus beside the repository).`);

interface Ctx {
  readonly page: Page;
  readonly url: string;
  readonly graph: NewsGraph;
}

interface Case {
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  readonly options?: PageOptions;
  readonly run: (ctx: Ctx) => Promise<void>;
}

/** Opens the page, waits until it is ready and the camera rests. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "ready" && window.__newsgraph !== undefined);
  await cameraAtRest(page);
}

async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
  await nextFrames(page);
}

/** The nodes sigma draws (not hidden by the reducers). */
const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const { graph, renderer } = window.__newsgraph!;
    return graph.filterNodes((n) => renderer.getNodeDisplayData(n)?.hidden === false);
  });

const CASES: readonly Case[] = [
  {
    // Item 1: the page opens on the connected core; the legend says how many unconnected entities it hides.
    name: "corpus-opens-on-the-connected-core",
    async run({ page, url, graph }) {
      await open(page, url);
      const unconnected = graph.filterNodes((n) => graph.degree(n) === 0);
      expect(unconnected.length).toBeGreaterThan(1000);
      const drawn = await drawnNodes(page);
      expect(new Set(drawn)).toEqual(new Set(graph.filterNodes((n) => graph.degree(n) > 0)));
      const note = await page.textContent('[data-role="unconnected-note"]');
      expect(note).toBe(`${unconnected.length.toLocaleString("en")} unconnected entities hidden — show`);
      // Every drawn node is on the stage, clear of the legend.
      const placed = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const legend = document.getElementById("legend")!.getBoundingClientRect();
        const stage = renderer.getContainer().getBoundingClientRect();
        const points = graph
          .filterNodes((n) => renderer.getNodeDisplayData(n)?.hidden === false)
          .map((n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!));
        return {
          off: points.filter((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height).length,
          underLegend: points.filter((p) => stage.left + p.x < legend.right && stage.top + p.y < legend.bottom).length,
          spanX: Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)),
          width,
        };
      });
      expect(placed.off).toBe(0);
      expect(placed.underLegend).toBe(0);
      // The core fills the free part of the stage (not a dot in the middle of a ring of unconnected nodes).
      expect(placed.spanX).toBeGreaterThan(placed.width * 0.4);
      // "show" brings them back, and says so.
      await page.click('[data-role="unconnected"]');
      await expect.poll(async () => (await drawnNodes(page)).length).toBe(graph.order);
      expect(await page.textContent('[data-role="unconnected-note"]')).toContain("shown — hide");
      await page.click('[data-role="unconnected"]');
      await cameraAtRest(page);
    },
  },
  {
    // Items 2–4: "UK" + Enter selects United Kingdom (its alias); the camera fits its neighbours, all labelled.
    name: "corpus-search-uk-enter-fits-the-neighbours",
    async run({ page, url, graph }) {
      await open(page, url);
      await page.click("#search-input");
      await page.keyboard.type("UK");
      await page.waitForSelector("#search-results [role=option]");
      expect(await page.getAttribute("#search-results [role=option]", "data-node")).toBe("country:united-kingdom");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__newsgraph!.getState().selectedNode === "country:united-kingdom");
      await cameraAtRest(page);
      await mouseAway(page);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "corpus-search-uk-enter-fits-the-neighbours.png") });
      const seen = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const legend = document.getElementById("legend")!.getBoundingClientRect();
        const stage = renderer.getContainer().getBoundingClientRect();
        const neighbours = graph.neighbors("country:united-kingdom");
        const at = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!);
        return {
          neighbours,
          forced: neighbours.filter((n) => renderer.getNodeDisplayData(n)!.forceLabel === true),
          off: neighbours.filter((n) => {
            const p = at(n);
            return (
              p.x < 0 || p.y < 0 || p.x > width || p.y > height || (stage.left + p.x < legend.right && stage.top + p.y < legend.bottom)
            );
          }),
          labels: window.__newsgraph!.drawnLabels!(),
          boxes: window.__newsgraph!.drawnLabelBoxes!(),
          points: Object.fromEntries(neighbours.map((n) => [n, at(n)])),
          width,
          height,
        };
      });
      expect(seen.neighbours.length).toBeGreaterThan(10);
      expect(seen.off).toEqual([]);
      expect(new Set(seen.forced)).toEqual(new Set(seen.neighbours));
      // Labels that would collide give way to larger ones: as many neighbours are named as fit around the
      // selection (a dozen or more on this stage, however many neighbours the corpus gives it), the largest
      // certainly (zooming in names the rest: the label layer places them again on every frame).
      const named = seen.neighbours.filter((n) => seen.labels.includes(graph.getNodeAttribute(n, "label")));
      expect(named.length).toBeGreaterThanOrEqual(Math.min(seen.neighbours.length, 12));
      // The largest neighbours are named, unless they sit under the selection's own label box (it comes first).
      const selectedBox = seen.boxes.find((b) => b.label === "United Kingdom")!;
      expect(selectedBox).toBeDefined();
      const clear = seen.neighbours.filter((n) => {
        const p = seen.points[n]!;
        return !(p.x > selectedBox.left && p.x < selectedBox.right && p.y > selectedBox.top && p.y < selectedBox.bottom);
      });
      const largest = clear.sort((a, b) => graph.getNodeAttribute(b, "size") - graph.getNodeAttribute(a, "size")).slice(0, 3);
      for (const n of largest) expect(seen.labels, n).toContain(graph.getNodeAttribute(n, "label"));
    },
  },
  {
    // Item 4: "blair" ranks Tony Blair first; an unconnected entity is still found, and selecting it shows it.
    name: "corpus-search-ranks-and-finds-unconnected",
    async run({ page, url, graph }) {
      await open(page, url);
      await page.click("#search-input");
      await page.keyboard.type("blair");
      await page.waitForSelector("#search-results [role=option]");
      expect(await page.getAttribute("#search-results [role=option]", "data-node")).toBe("leader:tony-blair");
      const lonely = graph
        .filterNodes((n) => graph.degree(n) === 0)
        .sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))[0]!;
      await page.fill("#search-input", graph.getNodeAttribute(lonely, "label"));
      await page.waitForSelector(`#search-results [role=option][data-node="${lonely}"]`);
      await page.click(`#search-results [role=option][data-node="${lonely}"]`);
      await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, lonely);
      await cameraAtRest(page);
      expect(await page.evaluate((n) => window.__newsgraph!.renderer.getNodeDisplayData(n)!.hidden, lonely)).toBe(false);
      // Esc in the search box is the box's own (it closes the list, then leaves the box); the next clears the selection.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("Escape");
      await page.waitForFunction((n) => window.__newsgraph!.renderer.getNodeDisplayData(n)!.hidden === true, lonely);
    },
  },
  {
    // Item 5: size by PageRank changes node sizes; the table sorts by mentions and its rows select.
    name: "corpus-pagerank-sizes-and-table-sorts",
    async run({ page, url, graph }) {
      await open(page, url);
      const sizes = () =>
        page.evaluate(() =>
          Object.fromEntries(
            window
              .__newsgraph!.graph.filterNodes((n) => window.__newsgraph!.renderer.getNodeDisplayData(n)?.hidden === false)
              .map((n) => [n, window.__newsgraph!.renderer.getNodeDisplayData(n)!.size]),
          ),
        );
      const before = await sizes();
      await page.selectOption('[data-role="size-by"]', "pagerank");
      await page.waitForFunction(() => window.__newsgraph!.getState().sizeBy === "pagerank");
      await nextFrames(page);
      const after = await sizes();
      const changed = Object.keys(before).filter((n) => Math.abs(before[n]! - after[n]!) > 0.01);
      expect(changed.length).toBeGreaterThan(Object.keys(before).length / 2);
      expect(await page.evaluate(() => location.hash)).toContain("size=pagerank");
      await page.click("#tab-list");
      await page.waitForSelector('#list table[data-table="nodes"] tbody tr');
      const mentions = () =>
        page.$$eval('#list table[data-table="nodes"] tbody tr', (rows) => rows.map((r) => Number(r.children[2]!.textContent)));
      let column = await mentions();
      expect(column).toEqual([...column].sort((a, b) => b - a));
      await page.click('#list table[data-table="nodes"] [data-sort="mentions"]');
      await expect.poll(async () => (column = await mentions())[0]).toBeLessThanOrEqual(column.at(-1)!);
      expect(column).toEqual([...column].sort((a, b) => a - b));
      expect(await page.getAttribute('#list table[data-table="nodes"] th:has([data-sort="mentions"])', "aria-sort")).toBe("ascending");
      await page.click('#list table[data-table="nodes"] [data-sort="mentions"]');
      await expect
        .poll(async () => (await mentions())[0])
        .toBe(Math.max(...graph.filterNodes((n) => graph.degree(n) > 0).map((n) => graph.getNodeAttribute(n, "mentions"))));
      const first = await page.getAttribute('#list table[data-table="nodes"] tbody .list-row', "data-node");
      await page.click('#list table[data-table="nodes"] tbody .list-row');
      await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, first);
      await cameraAtRest(page);
    },
  },
  {
    // A phone (bug 6): the graph uses most of its canvas, and the tools fold into one button that opens on screen.
    name: "corpus-phone",
    viewport: { width: 390, height: 844 },
    options: { hasTouch: true, isMobile: true },
    async run({ page, url }) {
      await open(page, url);
      const use = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const points = graph
          .filterNodes((n) => renderer.getNodeDisplayData(n)?.hidden === false)
          .map((n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!));
        const { width, height } = renderer.getDimensions();
        return {
          spanX: Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)),
          spanY: Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)),
          width,
          height,
        };
      });
      expect(use.spanX).toBeGreaterThan(use.width * 0.55);
      await page.tap("#toolbar-toggle");
      expect(await page.getAttribute("#toolbar-toggle", "aria-expanded")).toBe("true");
      for (const role of ["layout-run", "open", "export-graphml", "export-gexf", "export-png"]) {
        const box = await page.locator(`[data-role="${role}"]`).boundingBox();
        expect(box, role).not.toBeNull();
        expect(box!.x, role).toBeGreaterThanOrEqual(0);
        expect(box!.y, role).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, role).toBeLessThanOrEqual(390);
        expect(box!.y + box!.height, role).toBeLessThanOrEqual(844);
      }
    },
  },
  {
    // Item 1: the layout worker moves connected nodes only; unconnected ones keep their places.
    name: "corpus-layout-skips-unconnected",
    async run({ page, url, graph }) {
      await open(page, url);
      const lonely = graph.filterNodes((n) => graph.degree(n) === 0).slice(0, 50);
      const linked = graph.filterNodes((n) => graph.degree(n) > 0).slice(0, 50);
      const where = (nodes: string[]) =>
        page.evaluate(
          (ns) => ns.map((n) => [window.__newsgraph!.graph.getNodeAttribute(n, "x"), window.__newsgraph!.graph.getNodeAttribute(n, "y")]),
          nodes,
        );
      const [lonelyBefore, linkedBefore] = [await where(lonely), await where(linked)];
      await page.click('[data-role="layout-run"]');
      await expect.poll(async () => JSON.stringify(await where(linked)) !== JSON.stringify(linkedBefore)).toBe(true);
      await page.click('[data-role="layout-run"]');
      expect(await where(lonely)).toEqual(lonelyBefore);
      await page.click('[data-role="layout-reset"]');
    },
  },
];

describe.skipIf(!HAS_CHROMIUM || !HAS_BBC)("the viewer on the BBC corpus in headless Chromium", () => {
  let browser: Browser;
  let preview: PreviewServer;
  let graph: NewsGraph;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const graphDir = await oncePerRun("bbc-graph", async (dir) => {
      const run = await runCli(["build", BBC, "--out", dir, "--format", "json", "--quiet"]);
      if (run.status !== 0) throw new Error(`building the BBC corpus failed: ${run.stderr}`);
    });
    graph = parseGraphJson(readFileSync(join(graphDir, "graph.json"), "utf8"));
    [preview, browser] = await Promise.all([startPreviewServer(viewerBuildOf("viewer-bbc", graphDir)), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const watched = await openWatchedPage(browser, c.viewport, c.options);
    try {
      await c.run({ page: watched.page, url: preview.url, graph });
      await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      expect(watched.errors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
