// viewer e2e: the built page in headless Chromium (playwright-core + Debian chromium), served by
// `vite preview` with the committed graph/graph.json; one screenshot per case in tests/e2e/screenshots/out/.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph, { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson, toGexf, type NewsGraph } from "../../src/core/index.js";
import { LOOKS } from "../../src/viewer/render/settings.js";
// Types window.__newsgraph (the viewer's read-only test hook) in page.evaluate callbacks.
import type {} from "../../src/viewer/test-hook.js";
import { HAS_CHROMIUM, CHROMIUM_PATH, launchChromium, openWatchedPage, type WatchedPage, downloadBytes } from "../helpers/browser.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { startDevServer, type DevServer } from "../helpers/dev-server.js";
import { REPO_ROOT, startPreviewServer, type PreviewServer } from "../helpers/preview-server.js";
import { gotoViewer, hoverNode, hub, nextFrames, nodePoint, type Point } from "../helpers/viewer-page.js";

const GRAPH_JSON = join(REPO_ROOT, "graph", "graph.json");
const HAS_GRAPH = existsSync(GRAPH_JSON);

if (!HAS_CHROMIUM) console.warn(`viewer e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
if (!HAS_GRAPH) console.warn(`viewer e2e skipped: no ${GRAPH_JSON}; build it first with "npm start".`);

interface Ctx {
  readonly page: Page;
  readonly watched: WatchedPage;
  readonly preview: PreviewServer;
  readonly dev: DevServer;
  /** The graph.json that the preview server serves (read from the build): what the page must show. */
  readonly expected: NewsGraph;
}

interface Case {
  readonly name: string;
  readonly run: (ctx: Ctx) => Promise<void>;
  /** Cases that break the page on purpose may log errors (e.g. a 404); all others must log none. */
  readonly allowErrors?: boolean;
}

const readGraph = (path: string): NewsGraph => parseGraphJson(readFileSync(path, "utf8"));

async function hoverAndSelectHub(ctx: Ctx): Promise<string> {
  const node = hub(ctx.expected);
  await gotoViewer(ctx.page, ctx.preview.url);
  const p = await nodePoint(ctx.page, node);
  await ctx.page.mouse.move(p.x, p.y);
  await ctx.page.mouse.click(p.x, p.y);
  await ctx.page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, node);
  return node;
}

function evidenceOfNode(graph: NewsGraph, node: string): string[] {
  return graph.edges(node).flatMap((e) => graph.getEdgeAttribute(e, "evidence").map((ev) => ev.sentence));
}

const CASES: readonly Case[] = [
  {
    // The page loads and sigma draws every node of graph.json (README.md shows this screenshot).
    name: "default-graph",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      const seen = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const legend = document.getElementById("legend")!.getBoundingClientRect();
        const stage = renderer.getContainer().getBoundingClientRect();
        const drawn = graph.nodes().filter((n) => {
          const d = renderer.getNodeDisplayData(n);
          return d !== undefined && !d.hidden;
        });
        const offStage = graph.nodes().filter((n) => {
          const p = renderer.graphToViewport(graph.getNodeAttributes(n));
          return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
        });
        const underLegend = graph.nodes().filter((n) => {
          const p = renderer.graphToViewport(graph.getNodeAttributes(n));
          return stage.left + p.x < legend.right && stage.top + p.y < legend.bottom;
        });
        const edgesDrawn = graph.edges().filter((e) => renderer.getEdgeDisplayData(e)?.hidden === false);
        return {
          title: document.querySelector("h1")?.textContent,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
          canvases: renderer.getContainer().querySelectorAll("canvas").length,
          order: graph.order,
          drawn: drawn.length,
          edgesDrawn: edgesDrawn.length,
          offStage,
          underLegend,
          legend: [...document.querySelectorAll("#legend .legend-row")].map((r) => [
            r.querySelector(".legend-name")?.textContent,
            r.querySelector(".legend-count")?.textContent,
          ]),
          // One set of download buttons: the bottom bar's (no header copies).
          exportButtons: [...document.querySelectorAll("button")]
            .filter((b) => /graphml|gexf|png/i.test(b.textContent ?? ""))
            .map((b) => [b.dataset.role, b.disabled]),
        };
      });
      expect(seen.title).toBe("newsgraph");
      expect(seen.csp).toContain("script-src 'self';");
      expect(seen.canvases).toBeGreaterThan(0);
      expect(seen.order).toBe(expected.order);
      expect(seen.drawn).toBe(expected.order);
      expect(seen.edgesDrawn).toBe(expected.size);
      expect(seen.offStage).toEqual([]);
      expect(seen.underLegend).toEqual([]);
      const kinds = new Map<string, number>();
      expected.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
      for (const [kind, count] of kinds) expect(seen.legend).toContainEqual([kind, String(count)]);
      expect(seen.exportButtons).toEqual([
        ["export-graphml", false],
        ["export-gexf", false],
        ["export-png", false],
      ]);
    },
  },
  {
    name: "hover-highlights-neighbours",
    async run({ page, preview, expected }) {
      const node = hub(expected);
      await gotoViewer(page, preview.url);
      await hoverNode(page, node, () => nodePoint(page, node));
      await nextFrames(page);
      const looks = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const nodes = Object.fromEntries(
          graph.nodes().map((n) => {
            const d = renderer.getNodeDisplayData(n)!;
            return [n, { color: d.color, label: d.label, forceLabel: d.forceLabel, highlighted: d.highlighted }];
          }),
        );
        const edges = Object.fromEntries(graph.edges().map((e) => [e, renderer.getEdgeDisplayData(e)!.hidden]));
        return { nodes, edges };
      });
      const neighbours = new Set([node, ...expected.neighbors(node)]);
      for (const [key, look] of Object.entries(looks.nodes)) {
        if (neighbours.has(key)) {
          expect(look.color, key).toBe(expected.getNodeAttribute(key, "color"));
          expect(look.label, key).toBe(expected.getNodeAttribute(key, "label"));
        } else {
          expect(look.color, key).toBe(LOOKS.fadedNodeColor);
          expect(look.label, key).toBeNull();
        }
      }
      expect(looks.nodes[node]!.highlighted).toBe(true);
      const incident = new Set(expected.edges(node));
      for (const [edge, hidden] of Object.entries(looks.edges)) expect(hidden, edge).toBe(!incident.has(edge));
    },
  },
  {
    name: "click-node-shows-evidence",
    async run(ctx) {
      const node = await hoverAndSelectHub(ctx);
      const { page, expected } = ctx;
      // Each relation's sentences open on demand.
      for (const summary of await page.$$("#details .link-evidence > summary")) await summary.click();
      // NOTE: "toggle" fires after the click returns: wait until every opened relation shows its sentences.
      await page.waitForFunction(() =>
        [...document.querySelectorAll("#details .link-evidence")].every(
          (d) => (d as HTMLDetailsElement).open && d.querySelector(".evidence-sentence"),
        ),
      );
      const panel = await page.evaluate(() => ({
        showing: document.getElementById("details")!.dataset.showing,
        title: document.querySelector("#details .details-title")?.textContent,
        sentences: [...document.querySelectorAll("#details .evidence-sentence")].map((q) => q.textContent),
        relations: [...document.querySelectorAll("#details .relation-group")].map((g) => (g as HTMLElement).dataset.relation),
        articles: document.querySelectorAll("#details .articles li").length,
      }));
      expect(panel.showing).toBe("node");
      expect(panel.title).toBe(expected.getNodeAttribute(node, "label"));
      for (const sentence of evidenceOfNode(expected, node)) expect(panel.sentences).toContain(sentence);
      const relations = new Set(expected.edges(node).map((e) => expected.getEdgeAttribute(e, "relation")));
      expect(new Set(panel.relations)).toEqual(relations);
      expect(panel.articles).toBe(expected.getNodeAttribute(node, "articles").length);
      // Move away so the screenshot shows the sticky selection, not the hover.
      await page.mouse.move(5, 795);
      await nextFrames(page);
    },
  },
  {
    name: "panel-link-selects-the-other-node",
    async run(ctx) {
      await hoverAndSelectHub(ctx);
      const { page, expected } = ctx;
      await page.mouse.move(5, 795);
      const link = page.locator("#details .relation-group .node-link").first();
      const other = await link.getAttribute("data-node");
      expect(other).not.toBeNull();
      await link.click();
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, other);
      await expect.poll(() => page.textContent("#details .details-title")).toBe(expected.getNodeAttribute(other!, "label"));
      await nextFrames(page);
    },
  },
  {
    name: "escape-clears-the-selection",
    async run(ctx) {
      await hoverAndSelectHub(ctx);
      const { page } = ctx;
      await page.mouse.move(5, 795);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => window.__newsgraph?.getState().selectedNode === null);
      await nextFrames(page);
      const faded = await page.evaluate((fadedColor) => {
        const { graph, renderer } = window.__newsgraph!;
        return graph.nodes().filter((n) => renderer.getNodeDisplayData(n)!.color === fadedColor).length;
      }, LOOKS.fadedNodeColor);
      expect(faded).toBe(0);
      expect(await page.getAttribute("#details", "data-showing")).toBe("none");
    },
  },
  {
    name: "click-edge-shows-relation",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      // The edge whose midpoint is farthest from every node and every other edge, so the click hits it alone.
      const target = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const box = renderer.getContainer().getBoundingClientRect();
        const legend = document.getElementById("legend")!.getBoundingClientRect();
        const at = (n: string) => renderer.graphToViewport(graph.getNodeAttributes(n));
        const toSegment = (p: Point, a: Point, b: Point) => {
          const dx = b.x - a.x,
            dy = b.y - a.y;
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
        };
        let best: { edge: string; point: Point; clearance: number } | null = null;
        for (const edge of graph.edges()) {
          const [s, t] = graph.extremities(edge);
          const a = at(s),
            b = at(t);
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          if (box.left + mid.x < legend.right + 8 && box.top + mid.y < legend.bottom + 8) continue;
          let clearance = Infinity;
          for (const n of graph.nodes())
            clearance = Math.min(
              clearance,
              Math.hypot(at(n).x - mid.x, at(n).y - mid.y) - renderer.scaleSize(renderer.getNodeDisplayData(n)!.size),
            );
          for (const other of graph.edges()) {
            const [os, ot] = graph.extremities(other);
            if ((os === s && ot === t) || (os === t && ot === s)) continue;
            clearance = Math.min(clearance, toSegment(mid, at(os), at(ot)));
          }
          if (best && clearance <= best.clearance) continue;
          // Mouse events land on whole pixels: near the midpoint, take the whole pixel nearest the line.
          let pixel = { x: Math.round(mid.x), y: Math.round(mid.y) };
          for (let i = 0; i <= 40; i++) {
            const t = 0.4 + (0.2 * i) / 40;
            const p = { x: Math.round(a.x + t * (b.x - a.x)), y: Math.round(a.y + t * (b.y - a.y)) };
            if (toSegment(p, a, b) < toSegment(pixel, a, b)) pixel = p;
          }
          best = { edge, point: { x: box.left + pixel.x, y: box.top + pixel.y }, clearance };
        }
        return best;
      });
      expect(target, "the graph has an edge to click").not.toBeNull();
      const [s, t] = expected.extremities(target!.edge);
      // Parallel edges overlap on screen: the click may pick any edge between the same two nodes.
      const parallel = expected.edges().filter((e) => {
        const [a, b] = expected.extremities(e);
        return (a === s && b === t) || (a === t && b === s);
      });
      expect(target!.clearance, "nothing else within the click tolerance").toBeGreaterThan(LOOKS.edgeClickTolerance + 2);
      await page.mouse.move(target!.point.x, target!.point.y);
      await page.mouse.click(target!.point.x, target!.point.y);
      await page.waitForFunction(() => window.__newsgraph!.getState().selectedEdge !== null);
      const selected = await page.evaluate(() => window.__newsgraph!.getState().selectedEdge);
      expect(selected, "a click on the edge selects it").not.toBeNull();
      expect(parallel).toContain(selected);
      const panel = await page.evaluate(() => ({
        showing: document.getElementById("details")!.dataset.showing,
        title: document.querySelector("#details .details-title")?.textContent,
        ends: [...document.querySelectorAll("#details .edge-ends .node-link")].map((b) => (b as HTMLElement).dataset.node),
        facts: document.querySelector("#details .facts")?.textContent,
        sentences: [...document.querySelectorAll("#details .evidence-sentence")].map((q) => q.textContent),
      }));
      const attrs = expected.getEdgeAttributes(selected!);
      expect(panel.showing).toBe("edge");
      expect(panel.title).toBe(attrs.relation);
      expect(panel.ends).toEqual(expected.extremities(selected!));
      expect(panel.facts).toContain(attrs.modality ?? "asserted");
      expect(panel.sentences).toEqual(attrs.evidence.map((e) => e.sentence));
      await page.mouse.move(5, 795);
      await nextFrames(page);
    },
  },
  {
    // The bottom bar's GraphML button, "whole graph" chosen: the whole graph, named as the CLI names it.
    name: "download-graphml",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      await page.selectOption('[data-role="export-scope"]', "whole");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-role="export-graphml"]')]);
      expect(download.suggestedFilename()).toBe("graph.graphml");
      const text = (await downloadBytes(download)).toString("utf8");
      const parsed = parseGraphml(Graph, text);
      expect(parsed.order).toBe(expected.order);
      expect(parsed.size).toBe(expected.size);
      const node = hub(expected);
      expect(parsed.getNodeAttribute(node, "label")).toBe(expected.getNodeAttribute(node, "label"));
    },
  },
  {
    // The GEXF button saves what the CLI's `--format gexf` writes for the same graph.
    name: "download-gexf",
    async run({ page, preview, expected }) {
      await gotoViewer(page, preview.url);
      await page.selectOption('[data-role="export-scope"]', "whole");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-role="export-gexf"]')]);
      expect(download.suggestedFilename()).toBe("graph.gexf");
      const text = (await downloadBytes(download)).toString("utf8");
      expect(text).toBe(toGexf(expected));
      const parsed = parseGexf(MultiDirectedGraph, text, { respectInputGraphType: true });
      expect([parsed.order, parsed.size]).toEqual([expected.order, expected.size]);
    },
  },
  {
    name: "narrow-screen-puts-the-panel-below",
    async run({ page, preview, expected }) {
      await page.setViewportSize({ width: 700, height: 900 });
      await gotoViewer(page, preview.url);
      const layout = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const stage = renderer.getContainer().getBoundingClientRect();
        const details = document.getElementById("details")!.getBoundingClientRect();
        const offStage = graph.nodes().filter((n) => {
          const p = renderer.graphToViewport(graph.getNodeAttributes(n));
          return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
        });
        return { stageBottom: stage.bottom, detailsTop: details.top, detailsWidth: details.width, offStage };
      });
      expect(layout.detailsTop).toBeGreaterThanOrEqual(layout.stageBottom - 1);
      expect(layout.detailsWidth).toBe(700);
      expect(layout.offStage).toEqual([]);
      expect(await page.evaluate(() => window.__newsgraph!.graph.order)).toBe(expected.order);
    },
  },
  {
    name: "corrupt-graph-json-shows-error",
    async run({ page, preview }) {
      await page.route("**/graph.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: '{"nodes": [ {"key": ' }),
      );
      await page.goto(preview.url);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "error");
      const status = page.locator("#status");
      await expect.poll(() => status.isVisible()).toBe(true);
      expect(await status.textContent()).toMatch(/^Could not load graph\.json: graph\.json is not valid JSON/);
      expect(await status.getAttribute("role")).toBe("alert");
      // Nothing to download: the bottom bar's file tools are not mounted.
      expect(await page.locator('[data-role^="export-"]').count()).toBe(0);
    },
  },
  {
    name: "contract-violation-shows-error",
    async run({ page, preview, expected }) {
      const broken = JSON.parse(JSON.stringify(expected.export())) as { nodes: { attributes: { kind: string } }[] };
      broken.nodes[0]!.attributes.kind = "planet";
      await page.route("**/graph.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(broken) }),
      );
      await page.goto(preview.url);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "error");
      const text = await page.textContent("#status");
      expect(text).toMatch(/^Could not load graph\.json: graph\.json does not satisfy the contract: nodes\.0\.attributes\.kind/);
    },
  },
  {
    // Article metadata in the panel: title, outlet and date; a link only for an http(s) URL.
    name: "articles-show-outlet-and-safe-links",
    async run({ page, preview, expected }) {
      const graph = JSON.parse(JSON.stringify(expected.export())) as { attributes: { articles: Record<string, string>[] } };
      const [first, second] = graph.attributes.articles;
      Object.assign(first!, { url: "https://news.example/pact?a=1&b=2", outlet: "The Coastal Ledger" });
      Object.assign(second!, { url: "javascript:alert(1)", outlet: "Fjord Post" });
      await page.route("**/graph.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(graph) }),
      );
      await gotoViewer(page, preview.url);
      const rows = await page.$$eval("#details ol.articles > li", (items) =>
        items.slice(0, 2).map((li) => {
          const link = li.querySelector("a");
          return {
            link: link && {
              href: link.getAttribute("href"),
              target: link.getAttribute("target"),
              rel: link.getAttribute("rel"),
              text: link.textContent,
            },
            meta: li.querySelector(".muted")?.textContent ?? "",
          };
        }),
      );
      expect(rows[0]).toEqual({
        link: { href: "https://news.example/pact?a=1&b=2", target: "_blank", rel: "noopener noreferrer", text: first!.title },
        meta: expect.stringContaining(`The Coastal Ledger · ${first!.date}`),
      });
      expect(rows[1]).toEqual({ link: null, meta: expect.stringContaining("Fjord Post") });
    },
  },
  {
    name: "missing-graph-json-shows-error",
    allowErrors: true, // the browser itself logs "Failed to load resource: … 404".
    async run({ page, preview }) {
      await page.route("**/graph.json", (route) => route.fulfill({ status: 404, body: "Not Found" }));
      await page.goto(preview.url);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "error");
      expect(await page.textContent("#status")).toMatch(/^Could not load graph\.json: the server answered 404.*npm start/);
    },
  },
  {
    name: "dev-server-works-with-the-csp",
    async run({ page, dev }) {
      // The dev server serves graph/ live, so compare with the file as it is now.
      const onDisk = readGraph(GRAPH_JSON);
      await gotoViewer(page, dev.url);
      expect(await page.evaluate(() => window.__newsgraph!.graph.order)).toBe(onDisk.order);
    },
  },
];

describe.skipIf(!HAS_CHROMIUM || !HAS_GRAPH)("viewer in headless Chromium", () => {
  let browser: Browser;
  let preview: PreviewServer;
  let dev: DevServer;
  let expected: NewsGraph;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [preview, dev, browser] = await Promise.all([startPreviewServer(), startDevServer(), launchChromium()]);
    // NOTE: read from the build, not from graph/: the CLI may rewrite graph/graph.json during the run.
    expected = readGraph(join(preview.outDir, "graph.json"));
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await dev?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const watched = await openWatchedPage(browser);
    try {
      await c.run({ page: watched.page, watched, preview, dev, expected });
      await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      if (!c.allowErrors) expect(watched.errors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
