// The page is safe with hostile data, and refuses graphs it cannot read while it keeps running:
// the built viewer in headless Chromium (as in tests/e2e), graph.json replaced with page.route.
// One screenshot per case in tests/e2e/screenshots/out/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGraphJson } from "../../src/core/index.js";
// Types window.__newsgraph (the viewer's read-only test hook) in page.evaluate callbacks.
import type {} from "../../src/viewer/test-hook.js";
import { CHROMIUM_PATH, HAS_CHROMIUM, launchChromium, openWatchedPage, type WatchedPage, downloadBytes } from "../helpers/browser.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { readXml } from "../helpers/core-xml.js";
import { startPreviewServer, type PreviewServer } from "../helpers/preview-server.js";
import { EDGES, NODES, hostileGraph } from "../helpers/robust-hostile-graph.js";
import { hoverNode, nextFrames, serveGraph, type Point } from "../helpers/viewer-page.js";

if (!HAS_CHROMIUM) console.warn(`viewer safety e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Where graph coordinates `p` are drawn, in page coordinates. */
async function viewportPoint(page: Page, p: Point): Promise<Point> {
  // The camera fits each selection (issue 12): measure once it rests.
  await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
  return page.evaluate((p) => {
    const { renderer } = window.__newsgraph!;
    const v = renderer.graphToViewport(p);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + v.x, y: box.top + v.y };
  }, p);
}

/** What a script-free rendering of data must never contain. */
function inspectDom(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: window.__pwned,
      handlers: all.flatMap((e) =>
        [...e.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `<${e.localName} ${a.name}>`),
      ),
      embedded: all
        .filter((e) => ["img", "svg", "iframe", "object", "embed", "frame", "math"].includes(e.localName))
        .map((e) => e.localName),
      scripts: [...document.scripts].map((s) => s.getAttribute("src") ?? `inline: ${s.textContent?.slice(0, 40)}`),
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)("the viewer with hostile and unreadable graphs", () => {
  let browser: Browser;
  let preview: PreviewServer;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [preview, browser] = await Promise.all([startPreviewServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  /** Runs `body` on a fresh watched page and takes the screenshot `name`; returns the page's errors and CSP violations. */
  async function withPage(name: string, body: (watched: WatchedPage) => Promise<void>): Promise<{ errors: string[]; csp: string[] }> {
    const watched = await openWatchedPage(browser);
    try {
      await body(watched);
      await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      return { errors: watched.errors, csp: await watched.cspViolations() };
    } finally {
      await watched.close();
    }
  }

  describe("a graph whose labels, aliases, evidence and articles are markup and javascript: urls", () => {
    const graph = hostileGraph();
    let seen: Awaited<ReturnType<typeof inspectDom>>;
    let logged: { errors: string[]; csp: string[] };
    const titles: string[] = [];
    const edgeTitles: string[] = [];
    let graphml = "";

    beforeAll(async () => {
      logged = await withPage("hostile-graph-shows-text-only", async ({ page }) => {
        await serveGraph(page, toGraphJson(graph));
        await page.goto(preview.url);
        await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "ready" && window.__newsgraph !== undefined);
        await nextFrames(page);
        // Hover, then click every node: sigma draws the hover label, the panel lists aliases, articles, evidence.
        for (const node of NODES) {
          // The camera fitted the last selection (issue 12): "0" fits the whole view again first.
          await page.keyboard.press("0");
          let p: Point = { x: 0, y: 0 };
          await hoverNode(page, node.key, async () => (p = await viewportPoint(page, { x: node.x, y: node.y })));
          await page.mouse.click(p.x, p.y);
          await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, node.key);
          titles.push((await page.textContent("#details .details-title")) ?? "");
          // Hover the panel's links and buttons, where an injected onmouseover would fire.
          for (const handle of await page.$$("#details a, #details .node-link")) await handle.hover();
        }
        // Click every edge at the middle of its line: the edge panel shows relation, `to` and evidence.
        // (Esc first: while a node is selected, the edges away from it are hidden.)
        for (const edge of EDGES) {
          await page.keyboard.press("Escape");
          await page.waitForFunction(
            () => window.__newsgraph?.getState().selectedNode === null && window.__newsgraph?.getState().selectedEdge === null,
          );
          await page.keyboard.press("0");
          await nextFrames(page);
          const [s, t] = [NODES.find((n) => n.key === edge.source)!, NODES.find((n) => n.key === edge.target)!];
          const p = await viewportPoint(page, { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 });
          await page.mouse.move(p.x, p.y);
          await page.mouse.click(p.x, p.y);
          await page.waitForFunction((e) => window.__newsgraph?.getState().selectedEdge === e, edge.key);
          edgeTitles.push((await page.textContent("#details .details-title")) ?? "");
          for (const handle of await page.$$("#details a, #details .node-link")) await handle.hover();
        }
        // The GraphML download carries the same strings: it must stay well-formed XML.
        await page.selectOption('[data-role="export-scope"]', "whole");
        const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-role="export-graphml"]')]);
        graphml = (await downloadBytes(download)).toString("utf8");
        // Give an image that failed to load the time to fire its onerror, had one been created.
        await page.waitForTimeout(300);
        // Leave the first node's panel open for the screenshot.
        await page.keyboard.press("0");
        const p = await viewportPoint(page, NODES[0]!);
        await page.mouse.click(p.x, p.y);
        await page.mouse.move(5, 795);
        await nextFrames(page);
        seen = await inspectDom(page);
      });
    });

    it("logs no error and no CSP violation", () => {
      expect(logged).toEqual({ errors: [], csp: [] });
    });

    it("runs none of the payloads (window.__pwned stays undefined)", () => {
      expect(seen.pwned).toBeUndefined();
    });

    it("creates no element with an on* attribute", () => {
      expect(seen.handlers).toEqual([]);
    });

    it("creates no img, svg, iframe, object or embed from the data", () => {
      expect(seen.embedded).toEqual([]);
    });

    it("runs only the page's own module script", () => {
      expect(seen.scripts.filter((src) => !/^\/assets\/[\w.-]+\.js$/.test(src))).toEqual([]);
    });

    it("makes links of http(s) urls only: no javascript:, data: or other scheme", () => {
      expect(seen.links.filter((href) => !/^https?:/.test(href))).toEqual([]);
    });

    it("keeps the one safe https url as a link, its markup percent-encoded", () => {
      expect(seen.links).toEqual([expect.stringMatching(/^https:\/\/example\.org\/story\?q=%22%3E%3Cscript%3E/)]);
    });

    it("shows every node's label as text, verbatim", () => {
      expect(titles).toEqual(NODES.map((n) => n.label));
    });

    it("shows every edge's relation as its title", () => {
      expect(edgeTitles).toEqual(EDGES.map((e) => e.relation));
    });

    it("downloads a GraphML file that is well-formed XML", () => {
      expect(readXml(graphml).errors).toEqual([]);
    });
  });

  interface Refusal {
    readonly name: string;
    readonly body: () => string;
    /** What the status line says after "Could not load graph.json: ". */
    readonly says: RegExp;
  }

  const valid = () => JSON.parse(toGraphJson(hostileGraph())) as { attributes: Record<string, unknown>; nodes: unknown[] };
  const REFUSALS: readonly Refusal[] = [
    {
      name: "future-contract-version-shows-error",
      body: () => JSON.stringify({ ...valid(), attributes: { ...valid().attributes, contract: 99 } }),
      says: /attributes\.contract: graph is from a newer contract version; this newsgraph reads version 1/,
    },
    {
      name: "wrong-shape-graph-json-shows-error",
      body: () => JSON.stringify([{ nodes: [], edges: [] }]),
      says: /does not satisfy the contract: \(root\)/,
    },
    {
      name: "truncated-graph-json-shows-error",
      body: () => toGraphJson(hostileGraph()).slice(0, 500),
      says: /graph\.json is not valid JSON/,
    },
    {
      name: "edge-to-missing-node-shows-error",
      body: () => JSON.stringify({ ...valid(), nodes: valid().nodes.slice(1) }),
      says: /graph\.json is inconsistent/,
    },
  ];

  it.each(REFUSALS.map((r) => [r.name, r] as const))("%s, and the page keeps running", async (name, r) => {
    const logged = await withPage(name, async ({ page }) => {
      await serveGraph(page, r.body());
      await page.goto(preview.url);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "error");
      expect(await page.getAttribute("#status", "role")).toBe("alert");
      expect(await page.textContent("#status")).toMatch(/^Could not load graph\.json: /);
      expect(await page.textContent("#status")).toMatch(r.says);
      expect(await page.locator('[data-role^="export-"]').count()).toBe(0);
      // still alive: keys and clicks are handled without an error, and the page still answers
      await page.keyboard.press("Escape");
      await page.mouse.click(400, 400);
      expect(await page.evaluate(() => document.readyState)).toBe("complete");
    });
    expect(logged).toEqual({ errors: [], csp: [] });
  });
});
