// regressions e2e: the eight bugs of issue 12, each as the user met it, in headless Chromium on the
// committed sample graph (the dev server case starts its own server with an empty dependency cache).
// One screenshot per case in tests/e2e/screenshots/out/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIND_COLORS, parseGraphJson, type NewsGraph } from "../../src/core/index.js";
import { NEW_SINCE_LOOKS } from "../../src/viewer/layout/extra-looks.js";
import { COMMUNITY_PALETTE } from "../../src/viewer/layout/communities.js";
import { LOOKS, THEMES } from "../../src/viewer/render/settings.js";
import { createTimeIndex, newSinceView } from "../../src/viewer/time/index.js";
import type {} from "../../src/viewer/test-hook.js";
import { downloadBytes, HAS_CHROMIUM, launchChromium, openWatchedPage, type PageOptions } from "../helpers/browser.js";
import { startDevServer } from "../helpers/dev-server.js";
import { REPO_ROOT, startPreviewServer, type PreviewServer } from "../helpers/preview-server.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { gotoViewer, hub, mouseAway, nextFrames } from "../helpers/viewer-page.js";

const HAS_GRAPH = existsSync(join(REPO_ROOT, "graph", "graph.json"));

interface Ctx {
  readonly page: Page;
  readonly url: string;
  readonly expected: NewsGraph;
}

interface Case {
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  readonly options?: PageOptions;
  /** The case takes its own screenshot (its page is gone at the end). */
  readonly ownScreenshot?: boolean;
  readonly run: (ctx: Ctx) => Promise<void>;
}

const cameraAtRest = async (page: Page) => {
  await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
  await nextFrames(page);
};

/** A PNG's pixels, counted in the page: how many (right of `fromX`) have exactly each colour of `colors`. */
function countColours(
  page: Page,
  png: Buffer,
  colors: readonly string[],
  fromX = 0,
): Promise<{ counts: number[]; painted: number; width: number }> {
  return page.evaluate(
    async ([base64, wanted, x0]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const rgb = wanted.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = wanted.map(() => 0);
      let painted = 0;
      for (let y = 0; y < bitmap.height; y++)
        for (let x = x0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4;
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (r < 250 || g < 250 || b < 250) painted++;
          rgb.forEach(([wr, wg, wb], k) => {
            if (r === wr && g === wg && b === wb) counts[k]!++;
          });
        }
      return { counts, painted, width: bitmap.width };
    },
    [png.toString("base64"), colors, fromX] as const,
  );
}

async function downloadPng(page: Page, scope: "view" | "whole"): Promise<Buffer> {
  await page.selectOption('[data-role="export-scope"]', scope);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-role="export-png"]')]);
  return downloadBytes(download);
}

/** Relative luminance of #rrggbb (WCAG). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const CASES: readonly Case[] = [
  {
    // Bug 1: focus "+" while its centre stays selected coloured only one hop; now every hop of the focus is drawn.
    name: "bug-focus-plus-colours-every-hop",
    async run({ page, url, expected }) {
      const node = hub(expected);
      await gotoViewer(page, `${url}#node=${encodeURIComponent(node)}`);
      await page.click('#details [data-action="focus"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus !== null);
      await page.click('#focus-bar [data-action="more"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus?.hops === 2);
      await cameraAtRest(page);
      await mouseAway(page);
      const seen = await page.evaluate(() => {
        const { renderer, getDerived, getState } = window.__newsgraph!;
        const { visibility } = getDerived!();
        return {
          selected: getState().selectedNode,
          nodes: [...visibility.nodes].map((n) => [n, renderer.getNodeDisplayData(n)!.color] as const),
          hiddenEdges: [...visibility.edges].filter((e) => renderer.getEdgeDisplayData(e)!.hidden),
        };
      });
      expect(seen.selected).toBe(node);
      const twoHops = new Set(expected.neighbors(node).flatMap((n) => expected.neighbors(n)));
      expect(seen.nodes.length).toBeGreaterThan(expected.neighbors(node).length + 1);
      expect(seen.nodes.filter(([n]) => twoHops.has(n)).length).toBeGreaterThan(0);
      for (const [n, color] of seen.nodes) expect(color, n).not.toBe(LOOKS.fadedNodeColor);
      expect(seen.hiddenEdges).toEqual([]);
    },
  },
  {
    // Bug 2: the whole-graph PNG in community colouring drew kind colours beside a community legend.
    name: "bug-whole-png-in-community-colours",
    async run({ page, url }) {
      await gotoViewer(page, url);
      await page.selectOption('[data-role="color-by"]', "community");
      await page.waitForFunction(() => window.__newsgraph!.getState().colorBy === "community");
      const png = await downloadPng(page, "whole");
      // Right of the legend column: the graph. The largest community's colour is there, the kind colours are not.
      const kinds = ["person", "organization", "country"].map((k) => KIND_COLORS[k as keyof typeof KIND_COLORS]);
      const { counts, width } = await countColours(page, png, [COMMUNITY_PALETTE[0], ...kinds], 0);
      const graphPart = await countColours(page, png, [COMMUNITY_PALETTE[0], ...kinds], Math.round(width / 3));
      expect(counts[0]).toBeGreaterThan(20);
      expect(graphPart.counts[0]).toBeGreaterThan(20);
      for (const n of graphPart.counts.slice(1)) expect(n).toBeLessThan(graphPart.counts[0]! / 10);
    },
  },
  {
    // Bug 3: "new since" in dark mode drew old nodes and edges in the light theme's greys, brighter than the new.
    name: "bug-dark-new-since-dims-the-old",
    options: { colorScheme: "dark" },
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const index = createTimeIndex(expected);
      const since = index.days[index.days.length - 2]!;
      await page.fill('input[data-role="new-since"]', since);
      await page.check('input[data-role="new-since-on"]');
      await page.waitForFunction((d) => window.__newsgraph!.getState().time.newSince === d, since);
      await nextFrames(page);
      const fresh = newSinceView(expected, index, since);
      const looks = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        return {
          nodes: Object.fromEntries(graph.nodes().map((n) => [n, renderer.getNodeDisplayData(n)!.color])),
          edges: Object.fromEntries(graph.edges().map((e) => [e, renderer.getEdgeDisplayData(e)!.color])),
        };
      });
      const oldNodes = expected.filterNodes((n) => !fresh.nodes.has(n));
      expect(oldNodes.length).toBeGreaterThan(0);
      for (const n of oldNodes) expect(looks.nodes[n], n).toBe(NEW_SINCE_LOOKS.old.dark.node);
      for (const e of expected.filterEdges((e) => !fresh.edges.has(e))) expect(looks.edges[e], e).toBe(NEW_SINCE_LOOKS.old.dark.edge);
      // On the dark stage the old are darker than every new node's colour.
      const old = luminance(NEW_SINCE_LOOKS.old.dark.node);
      for (const n of fresh.nodes) expect(luminance(looks.nodes[n]!.slice(0, 7)), n).toBeGreaterThan(old);
      expect(luminance(NEW_SINCE_LOOKS.old.dark.node)).toBeLessThan(luminance(NEW_SINCE_LOOKS.old.light.node));
      expect(THEMES.dark.name).toBe("dark");
    },
  },
  {
    // Bug 4: under the dev server (npm start) the first "Run layout" reloaded the page (a late dependency).
    name: "bug-dev-server-run-layout-keeps-the-page",
    ownScreenshot: true,
    async run({ page }) {
      const cache = mkdtempSync(join(tmpdir(), "newsgraph-vite-cache-"));
      const dev = await startDevServer(REPO_ROOT, cache);
      try {
        await gotoViewer(page, dev.url);
        let navigations = 0;
        page.on("framenavigated", (frame) => {
          if (frame === page.mainFrame()) navigations++;
        });
        await page.evaluate(() => Object.defineProperty(window, "__sameDocument", { value: true }));
        const positions = () =>
          page.evaluate(() => window.__newsgraph?.graph.mapNodes((n, a) => `${n}:${a.x.toFixed(3)},${a.y.toFixed(3)}`).join(";") ?? "");
        const opening = await positions();
        await page.click('button[data-role="layout-run"]');
        await expect.poll(positions).not.toBe(opening);
        await page.click('button[data-role="layout-run"]');
        expect(navigations).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
        await page.screenshot({ path: join(SCREENSHOT_DIR, "bug-dev-server-run-layout-keeps-the-page.png") });
        // Leave the page before the server stops: Vite's client would otherwise ping it from a blob: worker, which the CSP refuses.
        await page.goto("about:blank");
      } finally {
        await dev.close();
        rmSync(cache, { recursive: true, force: true });
      }
    },
  },
  {
    // Bug 5: a time window in the URL hash outside the graph's dates showed an empty graph and no message.
    name: "bug-hash-window-outside-the-dates",
    async run({ page, url, expected }) {
      await gotoViewer(page, `${url}#window=1990-01-01~1990-01-31`);
      expect(await page.evaluate(() => window.__newsgraph!.getState().time.window)).toBeNull();
      expect(await page.isVisible("#view-note")).toBe(true);
      expect(await page.textContent("#view-note")).toContain("1990-01-01 to 1990-01-31");
      const drawn = await page.evaluate(
        () => window.__newsgraph!.graph.filterNodes((n) => window.__newsgraph!.renderer.getNodeDisplayData(n)?.hidden === false).length,
      );
      expect(drawn).toBe(expected.order);
      // A window that overlaps the dates is cut to them, and said.
      const days = createTimeIndex(expected).days;
      // A new page load (a hash change alone would not reload the page).
      await page.goto("about:blank");
      await gotoViewer(page, `${url}#window=1990-01-01~${days[1]}`);
      expect(await page.evaluate(() => window.__newsgraph!.getState().time.window)).toEqual({ from: days[0], to: days[1] });
      expect(await page.textContent("#view-note")).toContain(`cut to the articles' dates: ${days[0]} to ${days[1]}`);
    },
  },
  {
    // Bug 6: on a phone the graph used 153×156 px of its canvas and the tools sat off screen in a 37 px strip.
    name: "bug-phone-graph-and-tools-on-screen",
    viewport: { width: 390, height: 844 },
    options: { hasTouch: true, isMobile: true },
    async run({ page, url }) {
      await gotoViewer(page, url);
      await cameraAtRest(page);
      const use = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const points = graph.nodes().map((n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!));
        const { width, height } = renderer.getDimensions();
        return {
          spanX: Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)),
          spanY: Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)),
          width,
          height,
        };
      });
      expect(use.height).toBeGreaterThan(400);
      expect(Math.max(use.spanX / use.width, use.spanY / use.height)).toBeGreaterThan(0.55);
      await page.tap("#toolbar-toggle");
      for (const role of ["play", "layout-run", "layout-reset", "open", "export-scope", "export-graphml", "export-gexf", "export-png"]) {
        const box = await page.locator(`[data-role="${role}"]`).boundingBox();
        expect(box, role).not.toBeNull();
        expect(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= 390 && box!.y + box!.height <= 844, role).toBe(true);
        expect(await page.locator(`[data-role="${role}"]`).isVisible(), role).toBe(true);
      }
    },
  },
  {
    // Bug 7: labels were cut at the canvas edge and showed through the legend.
    name: "bug-labels-clear-of-edges-and-legend",
    async run({ page, url }) {
      await gotoViewer(page, url);
      // Zoomed in on the top-left quarter: many nodes now sit under the legend or past the right edge.
      await page.evaluate(() => window.__newsgraph!.renderer.getCamera().setState({ x: 0.35, y: 0.6, ratio: 0.45 }));
      await nextFrames(page);
      await nextFrames(page);
      const seen = await page.evaluate(() => {
        const { renderer } = window.__newsgraph!;
        const stage = renderer.getContainer().getBoundingClientRect();
        const l = document.getElementById("legend")!.getBoundingClientRect();
        const legend = { left: l.left - stage.left, top: l.top - stage.top, right: l.right - stage.left, bottom: l.bottom - stage.top };
        const { width, height } = renderer.getDimensions();
        return { boxes: window.__newsgraph!.drawnLabelBoxes!(), legend, width, height };
      });
      expect(seen.boxes.length).toBeGreaterThan(3);
      for (const b of seen.boxes) {
        expect(b.left >= 0 && b.right <= seen.width && b.top >= 0 && b.bottom <= seen.height, b.label).toBe(true);
        const underLegend =
          b.left < seen.legend.right && seen.legend.left < b.right && b.top < seen.legend.bottom && seen.legend.top < b.bottom;
        expect(underLegend, b.label).toBe(false);
      }
    },
  },
  {
    // Bug 8: the view PNG said "69 of 88 nodes" but showed only the camera's crop: now it shows the whole view.
    name: "bug-view-png-shows-the-whole-view",
    async run({ page, url }) {
      await gotoViewer(page, url);
      const whole = await downloadPng(page, "whole");
      // Zoomed far into an empty corner: the page shows (almost) nothing, the view is still the whole graph.
      await page.evaluate(() => window.__newsgraph!.renderer.getCamera().setState({ x: 0.02, y: 0.02, ratio: 0.05 }));
      await nextFrames(page);
      const view = await downloadPng(page, "view");
      const widthOf = async (png: Buffer) => (await countColours(page, png, [], 0)).width;
      const [a, b] = [
        await countColours(page, whole, [], Math.round((await widthOf(whole)) * 0.3)),
        await countColours(page, view, [], Math.round((await widthOf(view)) * 0.3)),
      ];
      // Right of the legend column both draw the same nodes (the view hides none here), so they paint about as much.
      expect(b.painted).toBeGreaterThan(a.painted * 0.5);
    },
  },
];

describe.skipIf(!HAS_CHROMIUM || !HAS_GRAPH)("issue 12's eight bugs in headless Chromium", () => {
  let browser: Browser;
  let preview: PreviewServer;
  let expected: NewsGraph;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [preview, browser] = await Promise.all([startPreviewServer(), launchChromium()]);
    expected = parseGraphJson(readFileSync(join(preview.outDir, "graph.json"), "utf8"));
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const watched = await openWatchedPage(browser, c.viewport, c.options);
    try {
      await c.run({ page: watched.page, url: preview.url, expected });
      if (!c.ownScreenshot) await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      expect(watched.errors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
