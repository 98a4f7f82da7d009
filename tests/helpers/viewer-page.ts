// viewer-page: what the viewer's e2e files share — open the page and wait for sigma, find where a node
// is drawn, wait for frames, pick the hub, and a small graph of our own with accents and parallel edges.
import type { Page } from "playwright-core";
import type { NewsGraph } from "../../src/core/index.js";
// Types window.__newsgraph (the viewer's read-only test hook) in page.evaluate callbacks.
import type {} from "../../src/viewer/test-hook.js";
import { addFixtureEdge, addFixtureNode, createFixtureGraph } from "./tiny-graph.js";

export type Point = { x: number; y: number };

/** Opens the viewer and waits for sigma's first frame and for the camera framing to be drawn. */
export async function gotoViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("graph")?.dataset.state === "ready" && window.__newsgraph !== undefined);
  await nextFrames(page);
}

export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Where node `node` is drawn, in page coordinates, once the camera rests (it fits each selection and filter change). */
export async function nodePoint(page: Page, node: string): Promise<Point> {
  await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimated());
  return page.evaluate((node) => {
    const { renderer } = window.__newsgraph!;
    const d = renderer.getNodeDisplayData(node)!;
    const p = renderer.framedGraphToViewport(d);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
}

/**
 * Moves the mouse onto `node` until the viewer reports it hovered. `where` measures the point anew on
 * each try: on a loaded machine a camera move can start between measuring and moving, and a mouse
 * already resting on the point sends no move, so each try leaves the point first. A hang guard, not a
 * speed target: four tries of up to 30 s.
 */
export async function hoverNode(page: Page, node: string, where: () => Promise<Point>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const p = await where();
    await page.mouse.move(p.x + 40, p.y + 40);
    await page.mouse.move(p.x, p.y);
    try {
      await page.waitForFunction((n) => window.__newsgraph?.getState().hoveredNode === n, node, { timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

/** The node with the most neighbours (ties: smallest key), the one a user would try first. */
export function hub(graph: NewsGraph): string {
  const nodes = graph.nodes().sort();
  return nodes.reduce((best, n) => (graph.neighbors(n).length > graph.neighbors(best).length ? n : best), nodes[0]!);
}

/** Serves `body` as the page's graph.json. */
export const serveGraph = (page: Page, body: string) =>
  page.route("**/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));

/** Moves the mouse off the canvas, so screenshots show the sticky state rather than a hover. */
export async function mouseAway(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(size.width - 2, size.height - 2);
  await page.waitForFunction(() => window.__newsgraph?.getState().hoveredNode === null);
  await nextFrames(page);
}

/**
 * A small graph in our own words: accented names, two pairs of parallel edges (Zoë leads and
 * visited Nordvik; Nordvik exports and imports salmon), a `met` whose evidence repeats one sentence
 * in two articles, and a node without edges.
 *
 *   Zoë Ångström ──met── Émile Kowalczyk ─visited→ Nordvik
 *     ├─leads, visited→ Nordvik ─exports, imports→ salmon ←covers─ Fjord Accord ←signed─ Zoë, Nordvik
 *   Harbour Festival (alone)
 */
export function exploreGraph() {
  const graph = createFixtureGraph([
    { id: "north-1.txt", title: "Northern leaders meet on the coast", date: "2026-02-10", outlet: "The Harbour Ledger" },
    { id: "north-2.txt", title: "Fjord Accord signed after long talks", date: "2026-03-04", outlet: "Coastal Wire" },
    { id: "north-3.txt", title: "Salmon trade grows under the accord", date: "2026-04-22" },
  ]);
  const node = (
    kind: Parameters<typeof addFixtureNode>[1],
    label: string,
    x: number,
    y: number,
    size: number,
    articles: string[],
    aliases: string[] = [label],
  ) => addFixtureNode(graph, kind, label, { x, y, size, aliases, articles, mentions: articles.length * 2 });
  const zoe = node("leader", "Zoë Ångström", 0, 0, 12, ["north-1.txt", "north-2.txt"], ["Zoë Ångström", "Ångström"]);
  const emile = node("leader", "Émile Kowalczyk", 110, 10, 11, ["north-1.txt", "north-3.txt"], ["Émile Kowalczyk", "Kowalczyk"]);
  const nordvik = node("country", "Nordvik", 40, 90, 10, ["north-1.txt", "north-2.txt", "north-3.txt"]);
  const accord = node("agreement", "Fjord Accord", 20, -90, 10, ["north-2.txt", "north-3.txt"]);
  const salmon = node("sector", "salmon", 130, 110, 8, ["north-3.txt"]);
  const festival = node("event", "Harbour Festival", -70, 80, 6, ["north-3.txt"]);
  const repeated = "Ångström met Kowalczyk in the harbour town on Monday.";
  const one = (article: string, sentence: string) => ({ weight: 1, evidence: [{ article, sentence }] });
  const edges = {
    met: addFixtureEdge(graph, zoe, "met", emile, {
      weight: 2,
      evidence: [
        { article: "north-1.txt", sentence: repeated, confidence: 0.9 },
        { article: "north-2.txt", sentence: repeated, confidence: 0.8 },
        { article: "north-2.txt", sentence: "Zoë Ångström and Émile Kowalczyk held talks before the signing.", confidence: 0.85 },
      ],
    }),
    leads: addFixtureEdge(graph, zoe, "leads", nordvik, one("north-1.txt", "Nordvik's leader Zoë Ångström opened the talks.")),
    zoeVisited: addFixtureEdge(
      graph,
      zoe,
      "visited",
      nordvik,
      one("north-2.txt", "Ångström visited the north of Nordvik before the signing."),
    ),
    emileVisited: addFixtureEdge(graph, emile, "visited", nordvik, one("north-1.txt", "Kowalczyk visited Nordvik last week.")),
    exports: addFixtureEdge(graph, nordvik, "exports", salmon, {
      weight: 2,
      evidence: [
        { article: "north-2.txt", sentence: "Nordvik exports salmon to its neighbours." },
        { article: "north-3.txt", sentence: "Nordvik now exports more salmon than ever." },
      ],
    }),
    imports: addFixtureEdge(graph, nordvik, "imports", salmon, one("north-3.txt", "In winter Nordvik imports salmon as well.")),
    zoeSigned: addFixtureEdge(graph, zoe, "signed", accord, one("north-2.txt", "Ångström signed the Fjord Accord on Tuesday.")),
    nordvikSigned: addFixtureEdge(graph, nordvik, "signed", accord, one("north-2.txt", "Nordvik signed the Fjord Accord.")),
    covers: addFixtureEdge(graph, accord, "covers", salmon, one("north-3.txt", "The Fjord Accord covers salmon.")),
  };
  return { graph, nodes: { zoe, emile, nordvik, accord, salmon, festival }, edges };
}
