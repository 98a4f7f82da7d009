// explore e2e: search, filters-as-legend, entity and relation panels, curved parallel edges, focus
// mode, paths, list view, dark mode and a phone — the built page in headless Chromium (playwright-core
// + Debian chromium), on graph/graph.json or a small graph of our own. One screenshot per case.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson, toGraphJson, type NewsGraph } from "../../src/core/index.js";
import { edgeSizeFor } from "../../src/viewer/render/reducers.js";
import { LOOKS, THEMES } from "../../src/viewer/render/settings.js";
import { foldText } from "../../src/viewer/state/search-index.js";
import { CHROMIUM_PATH, HAS_CHROMIUM, launchChromium, openWatchedPage, type PageOptions, type WatchedPage } from "../helpers/browser.js";
import { SCREENSHOT_DIR } from "../helpers/screenshots.js";
import { REPO_ROOT, startPreviewServer, type PreviewServer } from "../helpers/preview-server.js";
import {
  exploreGraph,
  gotoViewer,
  hoverNode,
  hub,
  mouseAway,
  nextFrames,
  nodePoint,
  serveGraph,
  type Point,
} from "../helpers/viewer-page.js";

const GRAPH_JSON = join(REPO_ROOT, "graph", "graph.json");
const HAS_GRAPH = existsSync(GRAPH_JSON);

if (!HAS_CHROMIUM) console.warn(`explore e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
if (!HAS_GRAPH) console.warn(`explore e2e skipped: no ${GRAPH_JSON}; build it first with "npm start".`);

interface Ctx {
  readonly page: Page;
  readonly url: string;
  /** The sample graph the preview server serves. */
  readonly expected: NewsGraph;
}

interface Case {
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  readonly options?: PageOptions;
  readonly run: (ctx: Ctx) => Promise<void>;
}

const small = exploreGraph();

/** What the page draws: visible (not hidden) nodes and edges, and faded nodes. */
function drawn(page: Page) {
  return page.evaluate((faded) => {
    const { graph, renderer } = window.__newsgraph!;
    return {
      nodes: graph
        .nodes()
        .filter((n) => !renderer.getNodeDisplayData(n)!.hidden)
        .sort(),
      edges: graph
        .edges()
        .filter((e) => !renderer.getEdgeDisplayData(e)!.hidden)
        .sort(),
      faded: graph
        .nodes()
        .filter((n) => renderer.getNodeDisplayData(n)!.color === faded)
        .sort(),
    };
  }, LOOKS.fadedNodeColor);
}

/** Nodes within `hops` edges of `start`, either direction. */
function within(graph: NewsGraph, start: string, hops: number): string[] {
  let seen = new Set([start]);
  for (let i = 0; i < hops; i++) seen = new Set([...seen, ...[...seen].flatMap((n) => graph.neighbors(n))]);
  return [...seen].sort();
}

/** Shortest distances from `start` (breadth first, either direction). */
function distances(graph: NewsGraph, start: string): Map<string, number> {
  const d = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const n of frontier) for (const m of graph.neighbors(n)) if (!d.has(m)) d.set(m, d.get(n)! + 1), next.push(m);
    frontier = next;
  }
  return d;
}

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Where the middle of edge `edge` is drawn (on its curve when it is curved), in page coordinates,
 * moved `outward` px further from the straight line between its ends.
 */
function edgeMiddle(page: Page, edge: string, outward = 0): Promise<Point> {
  return page.evaluate(
    ([edge, outward]) => {
      const { graph, renderer } = window.__newsgraph!;
      const a = renderer.graphToViewport(graph.getNodeAttributes(graph.source(edge)));
      const b = renderer.graphToViewport(graph.getNodeAttributes(graph.target(edge)));
      const curvature = (renderer.getEdgeDisplayData(edge) as { curvature?: number }).curvature ?? 0;
      // @sigma/edge-curve's control point: the chord's middle moved along its normal by curvature × length.
      const control = { x: (a.x + b.x) / 2 + (b.y - a.y) * curvature, y: (a.y + b.y) / 2 - (b.x - a.x) * curvature };
      const box = renderer.getContainer().getBoundingClientRect();
      const middle = { x: 0.25 * a.x + 0.5 * control.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * control.y + 0.25 * b.y };
      const chord = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const away = Math.hypot(middle.x - chord.x, middle.y - chord.y) || 1;
      return {
        x: box.left + middle.x + ((middle.x - chord.x) / away) * outward,
        y: box.top + middle.y + ((middle.y - chord.y) / away) * outward,
      };
    },
    [edge, outward] as const,
  );
}

async function typeInSearch(page: Page, text: string): Promise<void> {
  await page.keyboard.press("/");
  await page.waitForFunction(() => document.activeElement?.id === "search-input");
  await page.keyboard.type(text, { delay: 15 });
  await page.waitForFunction(() => !document.getElementById("search-results")!.hidden);
}

async function selectHub(page: Page, expected: NewsGraph): Promise<string> {
  const node = hub(expected);
  const p = await nodePoint(page, node);
  await page.mouse.move(p.x, p.y);
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, node);
  await mouseAway(page);
  return node;
}

const CASES: readonly Case[] = [
  {
    // 1. "/" focuses the box; a folded prefix lists matches grouped by kind.
    name: "search-groups-results-by-kind",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const node = hub(expected);
      const prefix = foldText(expected.getNodeAttribute(node, "label")).slice(0, 3).toUpperCase();
      await typeInSearch(page, prefix);
      const list = await page.evaluate(() => ({
        kinds: [...document.querySelectorAll("#search-results .picker-group")].map((g) => g.getAttribute("aria-label")),
        options: [...document.querySelectorAll("#search-results [role=option]")].map((o) => (o as HTMLElement).dataset.node),
        expanded: document.getElementById("search-input")!.getAttribute("aria-expanded"),
      }));
      expect(list.options).toContain(node);
      expect(list.kinds.length).toBe(new Set(list.kinds).size);
      expect(list.expanded).toBe("true");
      // Every option's kind is its group's kind.
      for (const option of list.options) expect(list.kinds).toContain(expected.getNodeAttribute(option!, "kind"));
    },
  },
  {
    // 1. Accents and a typo: "zoe angstrom" and "Kowalczk" find the accented names; Enter selects and the camera fits it.
    name: "search-accents-typo-enter-flies",
    async run({ page, url }) {
      await serveGraph(page, toGraphJson(small.graph));
      await gotoViewer(page, url);
      await typeInSearch(page, "zoe angstrom");
      expect(await page.getAttribute("#search-results [role=option][aria-selected=true]", "data-node")).toBe(small.nodes.zoe);
      await page.fill("#search-input", "");
      await page.keyboard.type("Kowalczk", { delay: 15 });
      await page.waitForFunction(
        (n) => document.querySelector("#search-results [role=option]")?.getAttribute("data-node") === n,
        small.nodes.emile,
      );
      const before = await page.evaluate(() => window.__newsgraph!.renderer.getCamera().getState());
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, small.nodes.emile);
      // The camera ends fitted on the node and its neighbours (issue 12): all on the stage, clear of the legend.
      await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
      const placed = await page.evaluate((n) => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const legend = document.getElementById("legend")!.getBoundingClientRect();
        const stage = renderer.getContainer().getBoundingClientRect();
        return [n, ...graph.neighbors(n)].map((m) => {
          const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(m)!);
          return {
            inside: p.x > 0 && p.y > 0 && p.x < width && p.y < height,
            clear: !(stage.left + p.x < legend.right && stage.top + p.y < legend.bottom),
          };
        });
      }, small.nodes.emile);
      expect(placed.every((p) => p.inside && p.clear)).toBe(true);
      expect(await page.evaluate(() => window.__newsgraph!.renderer.getCamera().getState().ratio)).not.toBe(before.ratio);
      expect(await page.textContent("#details .details-title")).toBe("Émile Kowalczyk");
      expect(await page.inputValue("#search-input")).toBe("");
      await mouseAway(page);
    },
  },
  {
    // 2. A sticky selection keeps neighbour labels and hides unrelated edges.
    name: "selection-fades-the-rest",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const node = await selectHub(page, expected);
      const seen = await drawn(page);
      const looks = await page.evaluate(() => {
        const { graph, renderer } = window.__newsgraph!;
        return Object.fromEntries(graph.nodes().map((n) => [n, renderer.getNodeDisplayData(n)!.label]));
      });
      const around = new Set(within(expected, node, 1));
      expect(seen.edges).toEqual(expected.edges(node).sort());
      expect(seen.faded).toEqual(
        expected
          .nodes()
          .filter((n) => !around.has(n))
          .sort(),
      );
      for (const n of around) expect(looks[n]).toBe(expected.getNodeAttribute(n, "label"));
    },
  },
  {
    // 3. The entity panel: kind, articles, first and last seen, relations by type and direction with counts.
    name: "entity-panel-dates-and-counts",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const node = await selectHub(page, expected);
      const panel = await page.evaluate(() => ({
        facts: Object.fromEntries(
          [...document.querySelectorAll("#details .facts dd[data-fact]")].map((d) => [(d as HTMLElement).dataset.fact, d.textContent]),
        ),
        groups: [...document.querySelectorAll("#details .relation-group")].map((g) => ({
          relation: (g as HTMLElement).dataset.relation,
          count: g.querySelector(".relation-title .legend-count")?.textContent,
          directions: [...g.querySelectorAll(".direction-title")].map((t) => t.textContent),
          links: g.querySelectorAll(".link").length,
        })),
      }));
      const articles = expected.getNodeAttribute(node, "articles");
      const index = new Map(expected.getAttribute("articles").map((a) => [a.id, a]));
      const dates = [
        ...articles.map((a) => index.get(a)?.date),
        ...expected
          .edges(node)
          .flatMap((e) => expected.getEdgeAttribute(e, "evidence").map((ev) => index.get(ev.article)?.date ?? ev.date)),
      ]
        .filter((d): d is string => !!d)
        .sort();
      expect(panel.facts).toEqual({ articles: String(articles.length), "first-seen": dates[0], "last-seen": dates.at(-1) });
      const byRelation = new Map<string, number>();
      for (const e of expected.edges(node))
        byRelation.set(expected.getEdgeAttribute(e, "relation"), (byRelation.get(expected.getEdgeAttribute(e, "relation")) ?? 0) + 1);
      expect(Object.fromEntries(panel.groups.map((g) => [g.relation, Number(g.count)]))).toEqual(Object.fromEntries(byRelation));
      for (const g of panel.groups) expect(g.links).toBe(Number(g.count));
      // A relation's sentences open on demand, as quote cards with the names marked.
      await page.locator("#details .link-evidence > summary").first().click();
      await expect.poll(() => page.locator("#details .link-evidence[open] .quote-card").count()).toBeGreaterThan(0);
      expect(await page.locator("#details .link-evidence[open] mark").count()).toBeGreaterThan(0);
    },
  },
  {
    // 4. All relations between two entities, each with de-duplicated quote cards; thickness = articles.
    name: "relation-panel-parallel-edges-and-quote-cards",
    async run({ page, url }) {
      await serveGraph(page, toGraphJson(small.graph));
      await gotoViewer(page, url);
      // From Zoë's panel, open the `met` relation (a button per relation, "2 articles").
      const p = await nodePoint(page, small.nodes.zoe);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, small.nodes.zoe);
      await page.click(`#details button.weight[data-edge="${small.edges.leads}"]`);
      await page.waitForFunction((e) => window.__newsgraph?.getState().selectedEdge === e, small.edges.leads);
      const pair = await page.evaluate(() => ({
        title: document.querySelector("#details .details-title")?.textContent,
        cards: [...document.querySelectorAll("#details .relation-card")].map((c) => ({
          edge: (c as HTMLElement).dataset.edge,
          selected: c.classList.contains("is-selected"),
        })),
      }));
      expect(pair.title).toBe("leads");
      expect(pair.cards).toEqual([
        { edge: small.edges.leads, selected: true },
        { edge: small.edges.zoeVisited, selected: false },
      ]);
      // The met edge: its repeated sentence is one card citing two articles.
      await page.click(`#details .edge-ends .node-link[data-node="${small.nodes.zoe}"]`);
      await page.click(`#details button.weight[data-edge="${small.edges.met}"]`);
      await page.waitForFunction((e) => window.__newsgraph?.getState().selectedEdge === e, small.edges.met);
      const cards = await page.$$eval("#details .relation-card.is-selected .quote-card", (items) =>
        items.map((li) => ({
          sentence: li.querySelector(".evidence-sentence")?.textContent,
          marks: [...li.querySelectorAll("mark")].map((m) => m.textContent),
          sources: [...li.querySelectorAll(".article-title")].map((a) => a.textContent),
          meta: [...li.querySelectorAll(".article .muted")].map((m) => m.textContent),
          confidence: li.querySelector(".confidence")?.textContent,
          dup: li.querySelector(".dup")?.textContent ?? null,
        })),
      );
      expect(cards).toHaveLength(2);
      expect(cards[0]).toMatchObject({
        sentence: "Ångström met Kowalczyk in the harbour town on Monday.",
        marks: ["Ångström", "Kowalczyk"],
        sources: ["Northern leaders meet on the coast", "Fjord Accord signed after long talks"],
        confidence: "confidence 0.90",
        dup: "said in 2 articles",
      });
      expect(cards[0]!.meta[0]).toContain("The Harbour Ledger · 2026-02-10");
      expect(cards[1]!.marks).toEqual(["Zoë Ångström", "Émile Kowalczyk"]);
      // Thickness: number of distinct articles.
      const size = await page.evaluate((e) => window.__newsgraph!.renderer.getEdgeDisplayData(e)!.size, small.edges.met);
      expect(size).toBe(edgeSizeFor(2) + LOOKS.focusEdgeBoost);
      await mouseAway(page);
    },
  },
  {
    // 5. The legend filters: untick a kind, raise the minimum of articles, hide isolates, reset.
    name: "filters-legend-hides-and-counts",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const positions = () =>
        page.evaluate(() =>
          window.__newsgraph!.graph.mapNodes((n) => {
            const d = window.__newsgraph!.renderer.getNodeDisplayData(n)!;
            return [n, d.x, d.y];
          }),
        );
      const before = await positions();
      const kind = "place";
      await page.click(`#legend input[data-name="${kind}"]`);
      await page.waitForFunction((k) => window.__newsgraph!.getState().filters.hiddenKinds.includes(k as never), kind);
      await nextFrames(page);
      let seen = await drawn(page);
      const keep = expected.nodes().filter((n) => expected.getNodeAttribute(n, "kind") !== kind);
      expect(seen.nodes).toEqual(keep.sort());
      expect(seen.edges).toEqual(
        expected
          .edges()
          .filter((e) => keep.includes(expected.source(e)) && keep.includes(expected.target(e)))
          .sort(),
      );
      expect(await page.textContent("#legend .showing")).toBe(
        `Showing ${keep.length} of ${expected.order} nodes, ${seen.edges.length} of ${expected.size} relations`,
      );
      // Filtering hides, never re-lays out.
      expect(await positions()).toEqual(before);
      // Relation counts are live: those left.
      const visited = seen.edges.filter((e) => expected.getEdgeAttribute(e, "relation") === "visited").length;
      expect(await page.textContent('#legend li[data-name="visited"] .legend-count')).toBe(String(visited));
      // At least 2 articles, and no isolates.
      await page.$eval("#min-articles", (input) => {
        (input as HTMLInputElement).value = "2";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await page.check("#hide-isolates");
      await page.waitForFunction(
        () => window.__newsgraph!.getState().filters.hideIsolates && window.__newsgraph!.getState().filters.minArticles === 2,
      );
      await nextFrames(page);
      seen = await drawn(page);
      const strong = expected
        .edges()
        .filter(
          (e) => expected.getEdgeAttribute(e, "weight") >= 2 && keep.includes(expected.source(e)) && keep.includes(expected.target(e)),
        );
      expect(seen.edges).toEqual(strong.sort());
      expect(seen.nodes).toEqual([...new Set(strong.flatMap((e) => expected.extremities(e)))].sort());
      expect(await page.textContent("#legend .showing")).toContain(`Showing ${seen.nodes.length} of ${expected.order} nodes`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "filters-legend-hides-and-counts-filtered.png") });
      await page.click("#legend .reset");
      await page.waitForFunction(() => window.__newsgraph!.getDerived!().visibility.nodes.size === window.__newsgraph!.graph.order);
      await nextFrames(page);
      seen = await drawn(page);
      expect(seen.nodes).toHaveLength(expected.order);
      expect(await page.isChecked(`#legend input[data-name="${kind}"]`)).toBe(true);
      // Leave a kind off for the screenshot.
      await page.click('#legend input[data-name="sector"]');
      await nextFrames(page);
    },
  },
  {
    // 6. Parallel edges are curved apart, arrows on directed relations, `met` without; names when zoomed in.
    name: "parallel-edges-curved-with-labels",
    async run({ page, url }) {
      await serveGraph(page, toGraphJson(small.graph));
      await gotoViewer(page, url);
      const look = () =>
        page.evaluate((edges) => {
          const { renderer } = window.__newsgraph!;
          return Object.fromEntries(
            Object.entries(edges).map(([name, e]) => {
              const d = renderer.getEdgeDisplayData(e)! as { type?: string; curvature?: number; label?: string | null };
              return [name, { type: d.type, curvature: d.curvature ?? 0, label: d.label ?? null }];
            }),
          );
        }, small.edges);
      let edges = await look();
      expect(edges.leads!.type).toBe("curvedArrow");
      expect(edges.zoeVisited!.type).toBe("curvedArrow");
      expect(Math.sign(edges.leads!.curvature)).toBe(-Math.sign(edges.zoeVisited!.curvature));
      expect(edges.exports!.curvature).toBe(-edges.imports!.curvature);
      expect(edges.met!.type).toBe("line");
      expect(edges.covers!.type).toBe("arrow");
      expect(Object.values(edges).filter((e) => e.label)).toEqual([]);
      // Zoom in on Zoë, Nordvik and salmon: every edge carries its relation name.
      await page.evaluate(
        (ends) => {
          const { renderer } = window.__newsgraph!;
          const [a, b] = ends.map((n) => renderer.getNodeDisplayData(n)!);
          const camera = renderer.getCamera();
          return camera.animate({ x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, ratio: camera.getState().ratio * 0.45 }, { duration: 100 });
        },
        [small.nodes.zoe, small.nodes.salmon],
      );
      await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
      await nextFrames(page);
      edges = await look();
      expect(edges.leads!.label).toBe("leads");
      expect(edges.met!.label).toBe("met");
    },
  },
  {
    // 7. Focus mode: N hops around X, with + and −.
    name: "focus-mode-hops",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const node = await selectHub(page, expected);
      await page.click('#details button[data-action="focus"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus?.hops === 1);
      await nextFrames(page);
      expect((await drawn(page)).nodes).toEqual(within(expected, node, 1));
      expect(await page.textContent("#focus-bar .focus-text")).toBe("Focus: 1 hop around ");
      await page.click('#focus-bar button[data-action="more"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus?.hops === 2);
      await nextFrames(page);
      expect((await drawn(page)).nodes).toEqual(within(expected, node, 2));
      await page.screenshot({ path: join(SCREENSHOT_DIR, "focus-mode-hops-2.png") });
      await page.click('#focus-bar button[data-action="fewer"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus?.hops === 1);
      expect(await page.isDisabled('#focus-bar button[data-action="fewer"]')).toBe(true);
      await page.keyboard.press("Escape"); // clears the selection
      await page.keyboard.press("Escape"); // leaves focus mode
      await page.waitForFunction(() => window.__newsgraph!.getState().focus === null);
      expect(await page.isHidden("#focus-bar")).toBe(true);
      // Back in focus mode for the screenshot, 2 hops.
      await page.click(`#details`); // no-op click in the panel
      await selectHub(page, expected);
      await page.click('#details button[data-action="focus"]');
      await page.click('#focus-bar button[data-action="more"]');
      await page.waitForFunction(() => window.__newsgraph!.getState().focus?.hops === 2);
      await mouseAway(page);
    },
  },
  {
    // 8. How are A and B connected: the shortest path, hop by hop with evidence, drawn on the canvas.
    name: "path-between-two-entities",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      // Two entities 3 hops apart (the farthest pair from the hub that is at most 3 away), chosen from the data.
      const from = hub(expected);
      const d = distances(expected, from);
      const to = [...d]
        .filter(([, n]) => n === Math.min(3, Math.max(...d.values())))
        .map(([k]) => k)
        .sort()[0]!;
      const hops = d.get(to)!;
      await page.click("#tab-path");
      const pick = async (input: string, node: string) => {
        await page.fill(input, expected.getNodeAttribute(node, "label"));
        await page.waitForFunction(
          ([i, n]) => [...document.querySelectorAll(`${i}-list [role=option]`)].some((o) => (o as HTMLElement).dataset.node === n),
          [input, node] as const,
        );
        await page.click(`${input}-list [role=option][data-node="${node}"]`);
      };
      await pick("#path-source", from);
      await pick("#path-target", to);
      await page.waitForFunction(() => document.getElementById("path")?.dataset.status === "found");
      const found = await page.evaluate(() => ({
        paths: document.querySelectorAll("#path .path").length,
        hops: [...document.querySelectorAll("#path .path.is-active .hop")].map((h) => ({
          from: (h as HTMLElement).dataset.from,
          to: (h as HTMLElement).dataset.to,
          sentence: h.querySelector(".evidence-sentence")?.textContent ?? null,
          relations: [...h.querySelectorAll(".relation-chip")].map((c) => (c as HTMLElement).dataset.edge),
        })),
      }));
      expect(found.hops).toHaveLength(hops);
      expect(found.hops[0]!.from).toBe(from);
      expect(found.hops.at(-1)!.to).toBe(to);
      for (const hop of found.hops) {
        expect(hop.sentence).toBeTruthy();
        for (const edge of hop.relations) expect([hop.from, hop.to].sort()).toEqual([...expected.extremities(edge!)].sort());
        const sentences = hop.relations.flatMap((e) => expected.getEdgeAttribute(e!, "evidence").map((ev) => ev.sentence));
        expect(sentences).toContain(hop.sentence);
      }
      expect(found.paths).toBeGreaterThanOrEqual(1);
      // On the canvas: the path's nodes in colour, the rest faded; only its edges drawn.
      await nextFrames(page);
      const seen = await drawn(page);
      const pathNodes = [from, ...found.hops.map((h) => h.to!)];
      expect(
        expected
          .nodes()
          .filter((n) => !seen.faded.includes(n))
          .sort(),
      ).toEqual([...pathNodes].sort());
      expect(seen.edges).toEqual(found.hops.flatMap((h) => h.relations as string[]).sort());
      // Forbid the first hop's relations: that path is no longer offered.
      const firstRelation = expected.getEdgeAttribute(found.hops[0]!.relations[0]!, "relation");
      await page.uncheck(`#path input[data-relation="${firstRelation}"]`);
      await page.waitForFunction(
        (r) =>
          window.__newsgraph!.getState().path.relations.length > 0 && !window.__newsgraph!.getState().path.relations.includes(r as never),
        firstRelation,
      );
      const usedAfter = await page.$$eval("#path .relation-chip", (chips) => chips.map((c) => (c as HTMLElement).dataset.edge!));
      for (const edge of usedAfter) expect(expected.getEdgeAttribute(edge, "relation")).not.toBe(firstRelation);
      await page.check(`#path input[data-relation="${firstRelation}"]`);
      await page.waitForFunction(
        () => document.getElementById("path")?.dataset.status === "found" && window.__newsgraph!.getState().path.relations.length === 0,
      );
      await mouseAway(page);
    },
  },
  {
    // Item 7: a click 3px outside the middle of a curved parallel edge — well off the straight line
    // between its ends, and beside the 1.5px curve, where sigma's own picking misses — selects that
    // edge, for each of the two curves between Zoë and Nordvik.
    name: "curved-edge-click-selects-it",
    async run({ page, url }) {
      await serveGraph(page, toGraphJson(small.graph));
      await gotoViewer(page, url);
      for (const edge of [small.edges.zoeVisited, small.edges.leads]) {
        // (clearing the previous selection moves the camera back: aim once it has stopped, whatever the machine's speed)
        await page.keyboard.press("Escape");
        await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
        await nextFrames(page);
        const p = await edgeMiddle(page, edge, 3);
        // The curve's middle is more than the click tolerance away from the chord.
        const offChord = await page.evaluate((edge) => {
          const { graph, renderer } = window.__newsgraph!;
          const a = renderer.graphToViewport(graph.getNodeAttributes(graph.source(edge)));
          const b = renderer.graphToViewport(graph.getNodeAttributes(graph.target(edge)));
          return (
            (Math.hypot(b.x - a.x, b.y - a.y) * Math.abs((renderer.getEdgeDisplayData(edge) as { curvature?: number }).curvature ?? 0)) / 2
          );
        }, edge);
        expect(offChord).toBeGreaterThan(LOOKS.edgeClickTolerance + 4);
        await page.mouse.move(p.x, p.y);
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction((e) => window.__newsgraph?.getState().selectedEdge === e, edge);
        expect(await page.getAttribute("#details .relation-card.is-selected", "data-edge")).toBe(edge);
      }
      await mouseAway(page);
    },
  },
  {
    // Item 3: a shared link selects a node that its own filters hide. The canvas shows what the filters
    // leave (nothing greyed out); the panel shows the node with a note and "Show anyway", which brings it back.
    name: "selection-hidden-by-filters-shows-a-note",
    async run({ page, url }) {
      await serveGraph(page, toGraphJson(small.graph));
      await gotoViewer(page, `${url}#node=${encodeURIComponent(small.nodes.zoe)}&hide-kinds=leader`);
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, small.nodes.zoe);
      await mouseAway(page);
      let seen = await drawn(page);
      const leaders = [small.nodes.zoe, small.nodes.emile];
      expect(seen.nodes).toEqual(
        small.graph
          .nodes()
          .filter((n) => !leaders.includes(n))
          .sort(),
      );
      expect(seen.faded).toEqual([]);
      expect(await page.getAttribute("#details", "data-hidden")).toBe("true");
      expect(await page.textContent("#details .hidden-note span")).toBe("This entity is hidden by the current filters.");
      expect(await page.textContent("#details .details-title")).toBe("Zoë Ångström");
      await page.screenshot({ path: join(SCREENSHOT_DIR, "selection-hidden-by-filters-note.png") });
      await page.click("#details .show-anyway");
      await page.waitForFunction(() => window.__newsgraph!.getState().filters.hiddenKinds.length === 0);
      await nextFrames(page);
      seen = await drawn(page);
      // Shown and selected: its neighbours in colour, the rest faded, as for any selection.
      const around = new Set(within(small.graph, small.nodes.zoe, 1));
      expect(seen.faded).toEqual(
        small.graph
          .nodes()
          .filter((n) => !around.has(n))
          .sort(),
      );
      expect(await page.getAttribute("#details", "data-hidden")).toBe("false");
      expect(await page.locator("#details .hidden-note").count()).toBe(0);
      expect(await page.evaluate(() => location.hash)).not.toContain("hide-kinds");
    },
  },
  {
    // Item 5: planned and hedged badges keep their contrast in dark mode (WCAG AA, 4.5:1).
    name: "dark-mode-modality-badges",
    options: { colorScheme: "dark" },
    async run({ page, url }) {
      const marked = small.graph.copy();
      marked.setEdgeAttribute(small.edges.covers, "modality", "planned");
      marked.setEdgeAttribute(small.edges.nordvikSigned, "modality", "hedged");
      await serveGraph(page, toGraphJson(marked));
      await gotoViewer(page, url);
      const p = await nodePoint(page, small.nodes.accord);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, small.nodes.accord);
      const badges = await page.$$eval("#details .modality", (items) =>
        items.map((b) => ({ text: b.textContent, color: getComputedStyle(b).color, background: getComputedStyle(b).backgroundColor })),
      );
      expect(badges.map((b) => b.text).sort()).toEqual(["hedged", "planned"]);
      for (const b of badges) expect(contrast(b.color, b.background), b.text ?? "").toBeGreaterThanOrEqual(4.5);
      // The badge also stands apart from the panel behind it.
      const panel = await page.$eval("#details", (d) => getComputedStyle(d.closest(".side")!).backgroundColor);
      for (const b of badges) expect(contrast(b.color, panel)).toBeGreaterThanOrEqual(4.5);
      await mouseAway(page);
    },
  },
  {
    // 13. The list view: keyboard only, synced with the canvas both ways.
    name: "list-view-keyboard-synced",
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      await page.focus("#tab-details");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => window.__newsgraph!.getState().panel === "list");
      const rows = await page.$$eval("#list .list-row[data-node]", (r) => r.map((b) => (b as HTMLElement).dataset.node));
      expect(rows).toHaveLength(Math.min(expected.order, 200));
      // Tab into the list, move down once, Enter selects the second node.
      await page.focus("#list .list-row");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => window.__newsgraph!.getState().selectedNode === n, rows[1]);
      expect(await page.getAttribute(`#list .list-row[data-node="${rows[1]}"]`, "aria-current")).toBe("true");
      // The camera flies to the node chosen in the list; then a click on the canvas marks the row.
      await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
      // The other node drawn nearest the middle of the zoomed-in stage.
      const node = await page.evaluate((selected) => {
        const { graph, renderer } = window.__newsgraph!;
        const { width, height } = renderer.getDimensions();
        const dist = (n: string) => {
          const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!);
          return Math.hypot(p.x - width / 2, p.y - height / 2);
        };
        return graph
          .nodes()
          .filter((n) => n !== selected)
          .sort((a, b) => dist(a) - dist(b))[0]!;
      }, rows[1]);
      const p = await nodePoint(page, node);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction(
        (n) => document.querySelector(`#list .list-row[aria-current="true"]`)?.getAttribute("data-node") === n,
        node,
      );
      // Hidden by a filter: gone from the list too.
      const kind = expected.getNodeAttribute(rows[0]!, "kind");
      await page.click(`#legend input[data-name="${kind}"]`);
      await page.waitForFunction((n) => !document.querySelector(`#list .list-row[data-node="${n}"]`), rows[0]);
      await page.click(`#legend input[data-name="${kind}"]`);
      await mouseAway(page);
    },
  },
  {
    // 13. Dark mode follows the system: page colours and sigma's label and faded colours.
    name: "dark-mode-follows-the-system",
    options: { colorScheme: "dark" },
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const node = hub(expected);
      let p: Point = { x: 0, y: 0 };
      await hoverNode(page, node, async () => (p = await nodePoint(page, node)));
      await nextFrames(page);
      const seen = await page.evaluate((n) => {
        const { graph, renderer } = window.__newsgraph!;
        const far = graph.nodes().find((m) => m !== n && !graph.areNeighbors(n, m))!;
        return {
          body: getComputedStyle(document.body).backgroundColor,
          label: renderer.getSetting("labelColor"),
          faded: renderer.getNodeDisplayData(far)!.color,
        };
      }, node);
      expect(seen.body).toBe("rgb(15, 20, 26)");
      expect(seen.label).toEqual({ color: THEMES.dark.label });
      expect(seen.faded).toBe(THEMES.dark.fadedNode);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, node);
      await mouseAway(page);
    },
  },
  {
    // 13. A phone: the panel below the graph, the legend folded, a tap selects a node.
    name: "phone-tap-selects",
    viewport: { width: 390, height: 844 },
    options: { hasTouch: true, isMobile: true },
    async run({ page, url, expected }) {
      await gotoViewer(page, url);
      const layout = await page.evaluate(() => ({
        legendCollapsed: document.getElementById("legend")!.classList.contains("is-collapsed"),
        header: document.querySelector(".app-header")!.getBoundingClientRect().toJSON() as DOMRect,
        title: document.querySelector(".app-title")!.getBoundingClientRect().toJSON() as DOMRect,
        search: document.getElementById("search-input")!.getBoundingClientRect().toJSON() as DOMRect,
        stage: document.querySelector(".stage")!.getBoundingClientRect().toJSON() as DOMRect,
        side: document.getElementById("side")!.getBoundingClientRect().toJSON() as DOMRect,
        tap: document.getElementById("tab-list")!.getBoundingClientRect().height,
        scrollWidth: document.documentElement.scrollWidth,
      }));
      expect(layout.legendCollapsed).toBe(true);
      // Item 5: a compact header, one row: the title and the search box side by side.
      expect(layout.header.height).toBeLessThanOrEqual(60); // one row: a 44px touch target and its padding
      expect(Math.abs(layout.title.top + layout.title.height / 2 - (layout.search.top + layout.search.height / 2))).toBeLessThan(4);
      expect(layout.search.width).toBeGreaterThanOrEqual(200);
      expect(layout.side.top).toBeGreaterThanOrEqual(layout.stage.bottom - 1);
      expect(layout.side.width).toBe(390);
      expect(layout.tap).toBeGreaterThanOrEqual(44);
      expect(layout.scrollWidth).toBe(390);
      const node = hub(expected);
      const p = await nodePoint(page, node);
      await page.touchscreen.tap(p.x, p.y);
      await page.waitForFunction((n) => window.__newsgraph?.getState().selectedNode === n, node);
      await expect.poll(() => page.textContent("#details .details-title")).toBe(expected.getNodeAttribute(node, "label"));
      await page.tap(".legend-toggle");
      expect(await page.getAttribute(".legend-toggle", "aria-expanded")).toBe("true");
      expect(await page.isVisible("#legend .legend-body")).toBe(true);
      await page.tap(".legend-toggle");
      expect(await page.isVisible("#legend .legend-body")).toBe(false);
    },
  },
];

describe.skipIf(!HAS_CHROMIUM || !HAS_GRAPH)("exploring the graph in headless Chromium", () => {
  let browser: Browser;
  let preview: PreviewServer;
  let expected: NewsGraph;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [preview, browser] = await Promise.all([startPreviewServer(), launchChromium()]);
    // NOTE: read from the build, not from graph/: the CLI may rewrite graph/graph.json during the run.
    expected = parseGraphJson(readFileSync(join(preview.outDir, "graph.json"), "utf8"));
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const watched: WatchedPage = await openWatchedPage(browser, c.viewport, c.options);
    try {
      await c.run({ page: watched.page, url: preview.url, expected });
      await watched.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      expect(watched.errors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
