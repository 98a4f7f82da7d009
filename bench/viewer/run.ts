// bench:viewer — builds a large graph from ../shared/corpus, opens it in headless Chromium in the viewer
// and in a bare sigma page (same build, same run, alternating), and prints time to first render and
// frames per second during a scripted camera move, with the viewer / bare ratios (target: ≤ 1.5x).
// "First render" is the first frame of the graph (#graph data-state "drawn" in the viewer, "ready" in
// the bare page: both right after sigma's synchronous first render); the viewer's panels and search
// index come after it, and the time until the page is fully interactive is printed too. Then, on the
// same graph, the time from a click on a hub to its selection drawn, from a legend filter toggle to its
// frame drawn, and from a hover to its highlight drawn, each as a ratio to one bare sigma refresh()
// (sigma renders synchronously on refresh, and so does the viewer on a state change: each is timed
// from the event to the end of that render; the camera's fitting animation after a click is not).
// Usage: npm run bench:viewer [-- --corpus bbc|reuters] [--rounds N] [--graph <dir with graph.json, skips the build>]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { build, preview } from "vite";

const ROOT = resolve(import.meta.dirname, "../..");
const CORPORA: Record<string, string> = {
  bbc: resolve(ROOT, "../shared/corpus/bbc.jsonl.gz"),
  reuters: resolve(ROOT, "../shared/corpus/reuters21578.jsonl.gz"),
};
const CHROMIUM = "/usr/bin/chromium";
const MOVE_MS = 3000;

const { values } = parseArgs({
  options: { corpus: { type: "string", default: "bbc" }, rounds: { type: "string", default: "3" }, graph: { type: "string" } },
});
const corpusOrNone = CORPORA[values.corpus ?? "bbc"];
if (!corpusOrNone) throw new Error(`bench:viewer: unknown corpus "${values.corpus}"; use bbc or reuters.`);
const corpus: string = corpusOrNone;
if (!existsSync(corpus)) {
  console.log(`bench:viewer skipped: ${corpus} is absent (the corpora live in ../shared/corpus).`);
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.log(`bench:viewer skipped: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
  process.exit(0);
}
const rounds = Math.max(1, Number(values.rounds) || 3);

interface Sample {
  /** ms from navigation start to the first frame drawn (data-state "drawn", or "ready" when there is no such step). */
  readonly firstRender: number;
  /** ms from navigation start to data-state "ready" (every panel mounted). */
  readonly ready: number;
  /** The viewer's performance marks (newsgraph:*), ms from navigation start. */
  readonly marks: Record<string, number>;
  readonly fps: number;
  /** ms: one bare refresh() (bare page), or the viewer's click → selection, filter toggle → frame, hover → highlight. */
  readonly steps: Record<string, number>;
}

/** In the page: time of the first frame, then a 3 s scripted camera move (zoom in, pan, zoom out) counting frames. */
async function measure(browser: Browser, url: string, hook: "__newsgraph" | "__bare"): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // NOTE: tsx (esbuild, keepNames) wraps named functions in __name(…), also inside the callbacks handed to the page.
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  await page.addInitScript(() => {
    const w = window as unknown as { __drawnAt?: number; __readyAt?: number };
    new MutationObserver((_m, observer) => {
      const state = document.getElementById("graph")?.dataset.state;
      if ((state === "drawn" || state === "ready") && w.__drawnAt === undefined) w.__drawnAt = performance.now();
      if (state === "ready") {
        w.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
  });
  await page.goto(url);
  await page.waitForFunction(
    (h) =>
      (window as unknown as Record<string, unknown>)[h] !== undefined &&
      (window as unknown as { __readyAt?: number }).__readyAt !== undefined,
    hook,
    { timeout: 300_000 },
  );
  const sample = await page.evaluate(
    async ([h, moveMs]) => {
      const w = window as unknown as Record<
        string,
        { renderer: { getCamera(): { animate(s: object, o: object): Promise<void>; setState(s: object): void } } }
      > & { __drawnAt: number; __readyAt: number };
      // The search index is built when the page is idle: wait for it, so that it does not run during the move.
      const hook = w[h] as unknown as { isSearchReady?: () => boolean };
      const idleBy = performance.now() + 20_000;
      while (hook.isSearchReady && !hook.isSearchReady() && performance.now() < idleBy) await new Promise((r) => setTimeout(r, 50));
      const marks = Object.fromEntries(
        performance
          .getEntriesByType("mark")
          .filter((m) => m.name.startsWith("newsgraph:"))
          .map((m) => [m.name.slice(10), m.startTime]),
      );
      const camera = w[h]!.renderer.getCamera();
      camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let frames = 0;
      let counting = true;
      const tick = () => {
        frames++;
        if (counting) requestAnimationFrame(tick);
      };
      const start = performance.now();
      requestAnimationFrame(tick);
      const third = moveMs / 3;
      await camera.animate({ ratio: 0.25, x: 0.45, y: 0.45 }, { duration: third });
      await camera.animate({ x: 0.6, y: 0.55 }, { duration: third });
      await camera.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: third });
      counting = false;
      const elapsed = performance.now() - start;
      // Interactions, each repeated 5 times (median), from the event to the end of the synchronous render.
      const renderer = w[h]!.renderer as unknown as {
        refresh(): void;
        emit(event: string, payload: object): void;
        on(event: string, listener: () => void): void;
        off(event: string, listener: () => void): void;
        getGraph(): { nodes(): string[]; degree(n: string): number };
      };
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const steps: Record<string, number> = {};
      // Each: to the end of the first render after the event (what is drawn), and to the end of its handling
      // (the panels, the URL hash and the camera's start, which the page does after drawing).
      const time = (name: string, run: () => void, undo: () => void) => {
        const drawn: number[] = [];
        const handled: number[] = [];
        for (let i = 0; i < 5; i++) {
          let at = Number.NaN;
          const onRender = () => {
            if (Number.isNaN(at)) at = performance.now();
          };
          renderer.on("afterRender", onRender);
          const t0 = performance.now();
          run();
          const t1 = performance.now();
          renderer.off("afterRender", onRender);
          drawn.push((Number.isNaN(at) ? t1 : at) - t0);
          handled.push(t1 - t0);
          undo();
        }
        steps[name] = med(drawn);
        steps[`${name}-handled`] = med(handled);
      };
      if (h === "__bare")
        time(
          "refresh",
          () => renderer.refresh(),
          () => undefined,
        );
      else {
        const g = renderer.getGraph();
        const hub = g.nodes().reduce((best, n) => (g.degree(n) > g.degree(best) ? n : best), g.nodes()[0]!);
        const noop = () => undefined;
        const event = { x: 0, y: 0, original: new MouseEvent("click"), preventSigmaDefault: noop };
        time(
          "click",
          () => renderer.emit("clickNode", { node: hub, event, preventSigmaDefault: noop }),
          () => renderer.emit("clickStage", { event, preventSigmaDefault: noop }),
        );
        const box = document.querySelector<HTMLInputElement>('#legend input[data-name="person"]')!;
        time(
          "filter",
          () => box.click(),
          () => box.click(),
        );
        time(
          "hover",
          () => renderer.emit("enterNode", { node: hub, event, preventSigmaDefault: noop }),
          () => renderer.emit("leaveNode", { node: hub, event, preventSigmaDefault: noop }),
        );
      }
      return { firstRender: w.__drawnAt, ready: w.__readyAt, marks, fps: (frames * 1000) / elapsed, steps };
    },
    [hook, MOVE_MS] as const,
  );
  await context.close();
  return sample;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "newsgraph-bench-viewer-"));
  try {
    const graphDir = values.graph ? resolve(values.graph) : join(work, "graph");
    if (values.graph) console.log(`bench:viewer: using ${join(graphDir, "graph.json")} (not rebuilt)`);
    else {
      console.log(`bench:viewer: building the graph from ${corpus} …`);
      const t0 = Date.now();
      execFileSync(process.execPath, [join(ROOT, "src/cli/newsgraph.mjs"), "build", corpus, "--out", graphDir, "--format", "json"], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      console.log(`bench:viewer: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const mb = statSync(join(graphDir, "graph.json")).size / 1048576;
    console.log(`bench:viewer: graph.json ${mb.toFixed(1)} MB`);

    const outDir = join(work, "dist");
    await build({
      root: ROOT,
      logLevel: "silent",
      publicDir: graphDir,
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: { main: join(ROOT, "index.html"), bare: join(ROOT, "bench/viewer/bare.html") } },
      },
    });
    const server = await preview({
      root: ROOT,
      logLevel: "silent",
      build: { outDir },
      preview: { host: "127.0.0.1", port: 0, open: false },
    });
    const address = server.httpServer.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 4173}/`;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const viewer: Sample[] = [];
      const bare: Sample[] = [];
      const size = await (async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}bench/viewer/bare.html`);
        await page.waitForFunction(() => (window as unknown as { __bare?: unknown }).__bare !== undefined, undefined, { timeout: 300_000 });
        const s = await page.evaluate(() => {
          const g = (
            window as unknown as { __bare: { renderer: { getGraph(): { order: number; size: number } } } }
          ).__bare.renderer.getGraph();
          return { order: g.order, size: g.size };
        });
        await context.close();
        return s;
      })();
      // Alternate the two pages so that a change of load on the machine hits both alike.
      for (let i = 0; i < rounds; i++) {
        bare.push(await measure(browser, `${base}bench/viewer/bare.html`, "__bare"));
        viewer.push(await measure(browser, base, "__newsgraph"));
      }
      const row = (name: string, samples: Sample[]) =>
        `${name.padEnd(12)} first render ${median(samples.map((s) => s.firstRender))
          .toFixed(0)
          .padStart(6)} ms   camera move ${median(samples.map((s) => s.fps))
          .toFixed(1)
          .padStart(5)} fps`;
      const ttfr = median(viewer.map((s) => s.firstRender)) / median(bare.map((s) => s.firstRender));
      const fps = median(bare.map((s) => s.fps)) / median(viewer.map((s) => s.fps));
      console.log(
        `graph: ${size.order} nodes, ${size.size} edges (${values.corpus}); ${rounds} rounds, medians; Chromium headless, software WebGL, 1280×800`,
      );
      console.log(
        `machine: ${cpus().length} cores, load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(" ")}`,
      );
      console.log(row("bare sigma", bare));
      console.log(row("viewer", viewer));
      const mark = (name: string) => median(viewer.map((s) => s.marks[name] ?? NaN));
      console.log(
        `viewer marks (medians, ms from navigation): ${Object.keys(viewer[0]!.marks)
          .map((m) => `${m} ${mark(m).toFixed(0)}`)
          .join(", ")}`,
      );
      const span = (from: string, to: string) => `${(mark(to) - mark(from)).toFixed(0)} ms`;
      console.log(
        `viewer steps (medians): code loaded at ${mark("app").toFixed(0)} ms, graph.json read at ${mark("fetched").toFixed(0)} ms, ` +
          `JSON + contract check + import ${(mark("mount") - Math.max(mark("app"), mark("fetched"))).toFixed(0)} ms, sigma ${span("mount", "sigma")}, ` +
          `camera framing ${span("sigma", "drawn")} → first frame; then paint, curves + legend + bar + hash ${span("drawn", "controls")}, panels ${span("controls", "ready")} (ready at ${median(viewer.map((s) => s.ready)).toFixed(0)} ms), ` +
          `search index built ${span("ready", "search-index")} after that, when idle`,
      );
      console.log(
        `ratio viewer/bare: first render ${ttfr.toFixed(2)}x, frame time ${fps.toFixed(2)}x (target ≤ 1.5x) → ${ttfr <= 1.5 && fps <= 1.5 ? "within target" : "OVER target"}`,
      );
      const refresh = median(bare.map((s) => s.steps.refresh ?? NaN));
      const step = (name: string) => median(viewer.map((s) => s.steps[name] ?? NaN));
      const ratios = (["click", "filter", "hover"] as const).map((name) => [name, step(name) / refresh] as const);
      console.log(
        `interactions (medians of ${rounds} rounds × 5): bare sigma refresh() ${refresh.toFixed(1)} ms; viewer click → selection drawn ${step("click").toFixed(1)} ms, ` +
          `filter toggle → frame ${step("filter").toFixed(1)} ms, hover → highlight ${step("hover").toFixed(1)} ms`,
      );
      console.log(
        `  then the panels, hash and camera start: the event fully handled at click ${step("click-handled").toFixed(1)} ms (${(step("click-handled") / refresh).toFixed(2)}x), ` +
          `filter ${step("filter-handled").toFixed(1)} ms (${(step("filter-handled") / refresh).toFixed(2)}x), hover ${step("hover-handled").toFixed(1)} ms (${(step("hover-handled") / refresh).toFixed(2)}x)`,
      );
      console.log(
        `ratio to one bare refresh(): ${ratios.map(([name, r]) => `${name} ${r.toFixed(2)}x`).join(", ")} (target ≤ 2x) → ${ratios.every(([, r]) => r <= 2) ? "within target" : "OVER target"}`,
      );
      console.log(
        `machine at the end: load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(" ")}`,
      );
    } finally {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
