// Time, layout, open/export and URL e2e (issue 4 items 9–12, issue 7's XML item): the built page in
// headless Chromium, one screenshot per case in tests/e2e/screenshots/out/ (named time-…, layout-…, io-…, url-…).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson, toGexf, toGraphml, type NewsGraph } from "../../src/core/index.js";
import { COMMUNITY_PALETTE, communityRows, computeCommunities, OTHER_COMMUNITY_COLOR } from "../../src/viewer/layout/communities.js";
import { createTimeIndex, newSinceView, windowView } from "../../src/viewer/time/index.js";
import type {} from "../../src/viewer/test-hook.js";
import { HAS_CHROMIUM, CHROMIUM_PATH, launchChromium, openWatchedPage, type WatchedPage, downloadBytes } from "../helpers/browser.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { HANG_GUARD_MS } from "../helpers/hang-guard.js";
import { startPreviewServer, type PreviewServer } from "../helpers/preview-server.js";
import { gotoViewer, nextFrames } from "../helpers/viewer-page.js";

if (!HAS_CHROMIUM) console.warn(`time/layout/io e2e skipped: no Chromium at ${CHROMIUM_PATH}.`);

interface Ctx {
  readonly page: Page;
  readonly watched: WatchedPage;
  readonly preview: PreviewServer;
  readonly expected: NewsGraph;
}
interface Case {
  readonly name: string;
  readonly run: (ctx: Ctx) => Promise<void>;
}

/** What the canvas draws now: visible node and edge keys, and node sizes and colours. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const { graph, renderer } = window.__newsgraph!;
    const nodes: Record<string, { size: number; color: string }> = {};
    for (const n of graph.nodes()) {
      const d = renderer.getNodeDisplayData(n);
      if (d && !d.hidden) nodes[n] = { size: d.size, color: d.color };
    }
    const edges: Record<string, { size: number; color: string }> = {};
    for (const e of graph.edges()) {
      const d = renderer.getEdgeDisplayData(e);
      if (d && !d.hidden) edges[e] = { size: d.size, color: d.color };
    }
    return { nodes, edges };
  });
}

const sliderTo = (page: Page, handle: "from" | "to", value: number) =>
  page.$eval(
    `input[data-handle="${handle}"]`,
    (input, v) => {
      (input as HTMLInputElement).value = String(v);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );

/** Hands `text` to the page's file picker as a file named `name`. */
async function pickFile(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('input[data-role="open-file"]', { name, mimeType: "application/octet-stream", buffer: Buffer.from(text) });
}

/** Drops a file named `name` on the page, as a drag from the desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent("#graph", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("#graph", "drop", { dataTransfer: transfer });
}

const fileMessage = (page: Page) => page.textContent('[data-role="file-message"]');

/** A small graph of our own (not the committed one), so that opening it visibly replaces the page's graph. */
function smallGraph(expected: NewsGraph): NewsGraph {
  const g = expected.copy() as NewsGraph;
  const keep = new Set(g.nodes().sort().slice(0, 30));
  for (const n of g.nodes()) if (!keep.has(n)) g.dropNode(n);
  return g;
}

const XXE = (url: string) => `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY leak SYSTEM "${url}">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="n"><data key="l">&leak;</data></node></graph></graphml>`;
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("\n ")}
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&lol9;"/></graph></graphml>`;

const CASES: readonly Case[] = [
  {
    // Item 9: the window shows only relations with evidence in it; nodes are sized by their mentions there.
    name: "time-window-filters-and-sizes",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const index = createTimeIndex(expected);
      expect(index.days.length).toBeGreaterThan(2);
      await page.check('input[data-role="window-on"]');
      await sliderTo(page, "to", 1);
      await sliderTo(page, "from", 1);
      const win = { from: index.days[1]!, to: index.days[1]! };
      await page.waitForFunction((w) => JSON.stringify(window.__newsgraph!.getState().time.window) === JSON.stringify(w), win);
      await nextFrames(page);
      const want = windowView(expected, index, win);
      const seen = await drawn(page);
      expect(Object.keys(seen.edges).sort()).toEqual([...want.edges].sort());
      expect(Object.keys(seen.nodes).sort()).toEqual([...want.nodes].sort());
      for (const [node, size] of want.sizes) expect(seen.nodes[node]!.size, node).toBeCloseTo(size, 5);
      expect(await page.textContent('[data-role="window-value"]')).toBe(win.from);
      // Filtering hides, it never re-lays out: positions are those of graph.json.
      const moved = await page.evaluate(() => window.__newsgraph!.graph.filterNodes((_n, a) => !Number.isFinite(a.x)).length);
      expect(moved).toBe(0);
    },
  },
  {
    // Item 9: play slides the window day by day; the URL follows without one history entry per step.
    name: "time-play-slides-the-window",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const days = createTimeIndex(expected).days;
      const historyBefore = await page.evaluate(() => history.length);
      await page.click('button[data-role="play"]');
      expect(await page.textContent('button[data-role="play"]')).toBe("Pause");
      // NOTE: at or past the third day, not exactly on it: on a loaded machine play may take more than
      // one step between two checks of the page, and the test must not depend on how fast it runs.
      await page.waitForFunction((d) => (window.__newsgraph!.getState().time.window?.from ?? "") >= d, days[2]!);
      // (on a loaded machine play may already have reached the last day and stopped by itself: then
      // there is nothing to pause, and a click would start it again)
      for (let tries = 0; tries < 3 && (await page.textContent('button[data-role="play"]')) === "Pause"; tries++)
        await page.click('button[data-role="play"]');
      expect(await page.textContent('button[data-role="play"]')).toBe("Play");
      const at = await page.evaluate(() => window.__newsgraph!.getState().time.window);
      expect(days).toContain(at!.from);
      expect(await page.evaluate(() => location.hash)).toContain(`window=${at!.from}%7E${at!.to}`);
      // The start of play is one entry; the steps replace it.
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
    },
  },
  {
    // Item 9: "new since" marks the relations first reported after the date (thicker), the rest faint.
    name: "time-new-since-marks-relations",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const index = createTimeIndex(expected);
      const since = index.days[index.days.length - 2]!;
      await page.fill('input[data-role="new-since"]', since);
      await page.check('input[data-role="new-since-on"]');
      await page.waitForFunction((d) => window.__newsgraph!.getState().time.newSince === d, since);
      await nextFrames(page);
      const fresh = newSinceView(expected, index, since);
      expect(fresh.edges.size).toBeGreaterThan(0);
      expect(fresh.edges.size).toBeLessThan(expected.size);
      const seen = await drawn(page);
      for (const [edge, look] of Object.entries(seen.edges)) {
        if (fresh.edges.has(edge)) expect(look.color, edge).not.toBe("#9aa5b155");
        else expect(look.color, edge).toBe("#9aa5b155");
      }
    },
  },
  {
    // Item 10: ForceAtlas2 runs in a same-origin worker (no CSP change), stops, and reset restores graph.json's layout.
    name: "layout-forceatlas2-worker",
    async run({ page, preview, watched }) {
      const workers: string[] = [];
      page.on("worker", (w) => workers.push(w.url()));
      await gotoViewer(page, preview.url);
      const positions = () =>
        page.evaluate(() => window.__newsgraph!.graph.mapNodes((n, a) => `${n}:${a.x.toFixed(3)},${a.y.toFixed(3)}`).join(";"));
      const opening = await positions();
      await page.click('button[data-role="layout-run"]');
      expect(await page.textContent('button[data-role="layout-run"]')).toBe("Stop layout");
      await expect.poll(positions, { timeout: HANG_GUARD_MS }).not.toBe(opening);
      await page.click('button[data-role="layout-run"]');
      expect(await page.textContent('button[data-role="layout-run"]')).toBe("Run layout");
      const stopped = await positions();
      await page.waitForTimeout(300); // the answer in flight must be dropped: nothing moves after stop
      expect(await positions()).toBe(stopped);
      expect(workers).toHaveLength(1);
      expect(new URL(workers[0]!).origin).toBe(new URL(preview.url).origin);
      await page.click('button[data-role="layout-reset"]');
      expect(await positions()).toBe(opening);
      expect(await watched.cspViolations()).toEqual([]);
      // Leave it laid out by FA2 for the screenshot.
      await page.click('button[data-role="layout-run"]');
      await expect.poll(positions, { timeout: HANG_GUARD_MS }).not.toBe(opening);
      await page.click('button[data-role="layout-run"]');
      await nextFrames(page);
    },
  },
  {
    // Item 10: Louvain communities as a colouring, through the reducers: the graph's colours are untouched.
    name: "layout-communities-colouring",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      await page.selectOption('select[data-role="color-by"]', "community");
      await page.waitForFunction(() => window.__newsgraph!.getState().colorBy === "community");
      await nextFrames(page);
      const seen = await drawn(page);
      const palette = new Set<string>([...COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR]);
      const colours = new Set(Object.values(seen.nodes).map((n) => n.color));
      for (const c of colours) expect(palette.has(c), c).toBe(true);
      expect(colours.size).toBeGreaterThan(2);
      expect(await page.textContent('[data-role="community-summary"]')).toMatch(/^\d+ communities, modularity 0\.\d\d/);
      const stored = await page.evaluate(() => window.__newsgraph!.graph.mapNodes((_n, a) => a.color));
      expect(stored).toEqual(expected.mapNodes((_n, a) => a.color));
      // Item 4: the legend lists the largest communities — colour, largest member, count — instead of kind colours.
      const rows = communityRows(expected, computeCommunities(expected));
      const legend = () =>
        page.$$eval("#legend .community-row", (items) =>
          items.map((li) => ({
            name: li.querySelector(".legend-name")?.textContent,
            count: Number(li.querySelector(".legend-count")?.textContent),
            color: getComputedStyle(li.querySelector(".swatch-dot")!).backgroundColor,
          })),
        );
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
      expect(await legend()).toEqual(rows.map((r) => ({ name: r.label, count: r.size, color: rgb(r.color) })));
      expect(await page.isVisible('#legend .legend-list[aria-label="Node kinds"] .swatch-dot')).toBe(false);
      // Kind filters still work, and the community counts follow them.
      const kind = expected.getNodeAttribute(rows[0]!.largest, "kind");
      await page.click(`#legend input[data-name="${kind}"]`);
      await page.waitForFunction((k) => window.__newsgraph!.getState().filters.hiddenKinds.includes(k as never), kind);
      const communities = computeCommunities(expected);
      const live = rows.map((r) => expected.filterNodes((n, a) => a.kind !== kind && communities.of.get(n) === r.community).length);
      expect((await legend()).map((r) => r.count)).toEqual(live);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "layout-communities-legend-filtered.png") });
      await page.click(`#legend input[data-name="${kind}"]`);
      await page.waitForFunction(() => window.__newsgraph!.getState().filters.hiddenKinds.length === 0);
      // Back to kind colours: the community list goes.
      await page.selectOption('select[data-role="color-by"]', "kind");
      await page.waitForFunction(() => document.querySelector<HTMLElement>("#legend .legend-communities")?.hidden === true);
      await page.selectOption('select[data-role="color-by"]', "community");
      await page.waitForFunction(() => document.querySelector<HTMLElement>("#legend .legend-communities")?.hidden === false);
      await nextFrames(page);
    },
  },
  {
    // Item 11: a GraphML file from the picker replaces the graph.
    name: "io-open-graphml-by-picker",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const small = smallGraph(expected);
      await pickFile(page, "mine.graphml", toGraphml(small));
      await page.waitForFunction((n) => window.__newsgraph?.graph.order === n, small.order);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "ready");
      expect(await page.evaluate(() => window.__newsgraph!.graph.size)).toBe(small.size);
      expect(await page.title()).toBe("mine.graphml · newsgraph");
      await nextFrames(page);
    },
  },
  {
    // Item 11: a GEXF file dropped on the stage replaces the graph.
    name: "io-open-gexf-by-drop",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const small = smallGraph(expected);
      await dropFile(page, "dropped.gexf", toGexf(small));
      await page.waitForFunction((n) => window.__newsgraph?.graph.order === n, small.order);
      expect(await page.evaluate(() => window.__newsgraph!.graph.size)).toBe(small.size);
      await nextFrames(page);
    },
  },
  {
    // Item 11: a bad file is refused with a message naming it; the graph on screen stays.
    name: "io-open-bad-file-shows-error",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const text = toGraphml(expected);
      await pickFile(page, "cut.graphml", text.slice(0, text.length / 3));
      await expect.poll(() => fileMessage(page)).toMatch(/^Could not open cut\.graphml: cut\.graphml is not well-formed XML/);
      expect(await page.getAttribute('[data-role="file-message"]', "role")).toBe("alert");
      expect(await page.evaluate(() => window.__newsgraph!.graph.order)).toBe(expected.order);
    },
  },
  {
    // Issue 7: an XXE document is refused before parsing, and nothing is fetched.
    name: "io-open-xxe-is-refused",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const fetched: string[] = [];
      page.on("request", (r) => fetched.push(r.url()));
      await pickFile(page, "xxe.graphml", XXE(`${preview.url}secret.txt`));
      await expect
        .poll(() => fileMessage(page))
        .toMatch(/^Could not open xxe\.graphml: xxe\.graphml was not opened: it contains a DOCTYPE/);
      expect(fetched.filter((u) => u.includes("secret"))).toEqual([]);
      expect(await page.evaluate(() => window.__newsgraph!.graph.order)).toBe(expected.order);
    },
  },
  {
    // Issue 7: a billion-laughs document is refused at once (no expansion, no hang).
    name: "io-open-billion-laughs-is-refused",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      await dropFile(page, "lolz.gexf", LAUGHS);
      await expect
        .poll(() => fileMessage(page))
        .toMatch(/^Could not open lolz\.gexf: lolz\.gexf was not opened: it contains a DOCTYPE.*expand without limit/);
      expect(await page.evaluate(() => window.__newsgraph!.graph.order)).toBe(expected.order);
    },
  },
  {
    // Issue 7, second line of defence: Chromium's own DOMParser, without our screen, neither fetches an
    // external entity nor expands billion laughs (it stops with a parser error).
    name: "io-chromium-domparser-is-harmless-anyway",
    async run({ page, preview }) {
      await gotoViewer(page, preview.url);
      const fetched: string[] = [];
      page.on("request", (r) => fetched.push(r.url()));
      const result = await page.evaluate(
        ([xxe, laughs]) => {
          const read = (text: string) => {
            const doc = new DOMParser().parseFromString(text, "application/xml");
            return { error: doc.getElementsByTagName("parsererror").length > 0, text: (doc.documentElement.textContent ?? "").length };
          };
          return { xxe: read(xxe), laughs: read(laughs) };
        },
        [XXE(`${preview.url}secret.txt`), LAUGHS] as const,
      );
      expect(fetched.filter((u) => u.includes("secret"))).toEqual([]);
      // The entity is not replaced by the file's text, and the laughs never reach 10^9 characters.
      expect(result.xxe.text).toBeLessThan(1000);
      expect(result.laughs.text).toBeLessThan(100_000);
    },
  },
  {
    // Item 11: GraphML of the current view (time window): fewer nodes, only evidence inside the window.
    name: "io-export-view-graphml",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const index = createTimeIndex(expected);
      await page.check('input[data-role="window-on"]');
      await sliderTo(page, "to", 0);
      await page.waitForFunction((d) => window.__newsgraph!.getState().time.window?.to === d, index.days[0]);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-role="export-graphml"]')]);
      expect(download.suggestedFilename()).toBe("graph-view.graphml");
      const parsed = parseGraphml(Graph, (await downloadBytes(download)).toString("utf8"));
      const want = windowView(expected, index, { from: index.days[0]!, to: index.days[0]! });
      expect(parsed.order).toBe(want.nodes.size);
      expect(parsed.size).toBe(want.edges.size);
      parsed.forEachEdge((_e, a) => {
        for (const item of JSON.parse(a.evidence as string) as { date?: string }[]) expect(item.date).toBe(index.days[0]);
      });
      // And the whole graph, with the scope switched.
      await page.selectOption('select[data-role="export-scope"]', "whole");
      const [whole] = await Promise.all([page.waitForEvent("download"), page.click('button[data-role="export-gexf"]')]);
      expect(whole.suggestedFilename()).toBe("graph.gexf");
      expect((await downloadBytes(whole)).toString("utf8")).toBe(toGexf(expected));
    },
  },
  {
    // Item 11: PNG of the filtered view and of the whole graph, legend drawn in (screenshots of both PNGs saved).
    name: "io-export-png-with-legend",
    async run({ page, preview }) {
      await gotoViewer(page, preview.url);
      await page.check('input[data-role="window-on"]');
      await sliderTo(page, "to", 1);
      const pngOf = async (scope: string, file: string) => {
        await page.selectOption('select[data-role="export-scope"]', scope);
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-role="export-png"]')]);
        expect(download.suggestedFilename()).toBe(file);
        const bytes = await downloadBytes(download);
        expect(bytes.subarray(1, 4).toString()).toBe("PNG");
        await download.saveAs(join(SCREENSHOT_DIR, `io-export-png-${scope}.png`));
        return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
      };
      const view = await pngOf("view", "graph-view.png");
      const stage = await page.evaluate(() => window.__newsgraph!.renderer.getDimensions());
      // The graph at the stage's size, with the legend's column on its left.
      expect(view.height).toBe(stage.height);
      expect(view.width).toBeGreaterThan(stage.width + 100);
      expect(view.width).toBeLessThan(stage.width + 500);
      await pngOf("whole", "graph.png");
      // The legend's pixels: the PNG's top-left corner is not the white background.
      const corner = await page.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const c = document.createElement("canvas");
          c.width = 200;
          c.height = 60;
          const ctx = c.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(10, 10, 190, 50).data;
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) dark++;
          return dark;
        },
        `data:image/png;base64,${readFileSync(join(SCREENSHOT_DIR, "io-export-png-view.png")).toString("base64")}`,
      );
      expect(corner, "legend text in the top-left corner").toBeGreaterThan(50);
    },
  },
  {
    // Item 12: a shared URL opens on its selection, filters, window, colouring and camera; back and forward walk the changes.
    name: "url-hash-restores-and-back-forward",
    async run({ page, preview, expected }) {
      const index = createTimeIndex(expected);
      // A node the window keeps (the one with most relations in it), so the restored selection is drawn.
      const kept = windowView(expected, index, { from: index.days[0]!, to: index.days[2]! });
      const node = [...kept.nodes]
        .filter((n) => expected.getNodeAttribute(n, "kind") !== "place")
        .sort((a, b) => expected.degree(b) - expected.degree(a) || (a < b ? -1 : 1))[0]!;
      const hash = `#node=${encodeURIComponent(node)}&hide-kinds=place&window=${index.days[0]}~${index.days[2]}&color=community&cam=0.5,0.5,0.6,0`;
      await gotoViewer(page, preview.url + hash);
      const state = await page.evaluate(() => ({
        ...window.__newsgraph!.getState(),
        cam: window.__newsgraph!.renderer.getCamera().getState(),
      }));
      expect(state.selectedNode).toBe(node);
      expect(state.filters.hiddenKinds).toEqual(["place"]);
      expect(state.time.window).toEqual({ from: index.days[0], to: index.days[2] });
      expect(state.colorBy).toBe("community");
      expect(state.cam.ratio).toBeCloseTo(0.6, 5);
      // A change is a new history entry …
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => window.__newsgraph!.getState().selectedNode === null);
      await expect.poll(() => page.evaluate(() => location.hash)).not.toContain("node=");
      // … back restores it, forward undoes that.
      await page.goBack();
      await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, node);
      await page.goForward();
      await page.waitForFunction(() => window.__newsgraph!.getState().selectedNode === null);
      await page.goBack();
      await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, node);
      await nextFrames(page);
    },
  },
  {
    // Item 12: a bad hash is ignored part by part; the page opens as usual.
    name: "url-bad-hash-is-ignored",
    async run({ page, preview, expected }) {
      await gotoViewer(page, `${preview.url}#node=nobody&hide-kinds=planet&window=soon~later&cam=NaN,1,0,0&%%%`);
      const state = await page.evaluate(() => window.__newsgraph!.getState());
      expect(state.selectedNode).toBeNull();
      expect(state.filters.hiddenKinds).toEqual([]);
      expect(state.time.window).toBeNull();
      const seen = await drawn(page);
      expect(Object.keys(seen.nodes)).toHaveLength(expected.order);
    },
  },
];

describe.skipIf(!HAS_CHROMIUM)("time, layout, files and URL in headless Chromium", () => {
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
    const watched = await openWatchedPage(browser);
    try {
      await c.run({ page: watched.page, watched, preview, expected });
      await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      expect(watched.errors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
