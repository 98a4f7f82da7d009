// app: the viewer itself, loaded by main.ts: load graph.json → parseGraphJson → createStore → mount
// renderer and panels. A load failure is shown in the page ("Could not load graph.json: …"), never left to the console.
// NOTE: must stay the first import: the core builds its zod schemas when it is imported.
import "./zod-jitless.js";
import "./styles.css";
import { byId, el } from "./dom.js";
import { fetchGraphText } from "./fetch-graph.js";
import { parseLoadedGraph } from "./load-graph.js";
import { mountDetailsPanel } from "./panels/details-panel.js";
import { mountFiltersPanel } from "./panels/filters-panel.js";
import { mountFocusBar } from "./panels/focus-bar.js";
import { mountListPanel } from "./panels/list-panel.js";
import { mountPathPanel } from "./panels/path-panel.js";
import { mountSearchPanel } from "./panels/search-panel.js";
import { mountTabs } from "./panels/tabs.js";
import { bindEvents } from "./render/bind-events.js";
import { createRenderer } from "./render/create-renderer.js";
import { flyTo } from "./render/fly-to.js";
import { frameCamera } from "./render/frame-camera.js";
import { THEMES } from "./render/settings.js";
import { createDerive } from "./state/derive.js";
import { createDeferredSearchIndex } from "./state/search-index.js";
import { createStore } from "./state/store.js";
import { getInitialViewerState } from "./state/viewer-state.js";
import { exposeTestHook } from "./test-hook.js";
import { mountFileControls } from "./io/file-controls.js";
import { createBrowserLayoutWorker, createFa2Controller } from "./layout/fa2-controller.js";
import { createLookExtras } from "./layout/extra-looks.js";
import { mountLayoutControls } from "./layout/layout-controls.js";
import { hasTimeControls, mountTimeControls } from "./time/time-controls.js";
import { bindHashSync } from "./url/hash-sync.js";
import { createReducers } from "./render/reducers.js";
import type { NewsGraph } from "../core/index.js";

export const GRAPH_URL = "graph.json";
/** Room kept right of the right-most node, so its label is not cut by the edge of the stage. */
const LABEL_ROOM_PX = 110;
/** Gap kept between the graph and the legend or the stage's other edges. */
const GAP_PX = 16;

function showStatus(status: HTMLElement, kind: "error" | "note", title: string, detail: string): void {
  status.replaceChildren(el("strong", {}, title), el("span", {}, detail));
  status.className = `status status-${kind}`;
  status.setAttribute("role", kind === "error" ? "alert" : "status");
  status.hidden = false;
}

/** Dark mode follows the system: the CSS switches itself, sigma's label colours are switched here. */
function followColorScheme(apply: (dark: boolean) => void): () => void {
  const query = window.matchMedia?.("(prefers-color-scheme: dark)");
  if (!query) return () => undefined;
  const onChange = () => apply(query.matches);
  onChange();
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Runs `task` once the frame drawn so far is on screen (after the next paint), unless cancelled. */
function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Runs `task` when the page is idle (or after `timeout` ms at the latest), unless cancelled. */
function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 50);
  return () => clearTimeout(timer);
}

/** The theme the system asks for now (followColorScheme keeps it up to date afterwards). */
function systemTheme(): (typeof THEMES)[keyof typeof THEMES] {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? THEMES.dark : THEMES.light;
}

/**
 * The stage's edges the graph must keep clear of: the legend's (left of the graph) and the bottom bar's.
 * Before they are mounted, from the CSS alone: the legend's fixed `left` + `width` and the bar's
 * reserved height (`--toolbar-reserve`, toolbar.css), so that the first frame needs neither of them.
 */
function overlayInsets(legend: HTMLElement, toolbar: HTMLElement, mounted: boolean) {
  let left: number, bottom: number;
  if (mounted) {
    left = legend.offsetLeft + legend.offsetWidth;
    bottom = toolbar.offsetHeight;
  } else {
    const legendCss = getComputedStyle(legend);
    left = parseFloat(legendCss.left) + parseFloat(legendCss.width);
    bottom = parseFloat(getComputedStyle(toolbar).getPropertyValue("--toolbar-reserve"));
  }
  return { top: GAP_PX, bottom: GAP_PX + (bottom || 0), left: (left || 0) + GAP_PX, right: LABEL_ROOM_PX };
}

/**
 * Mounts the viewer on `graph` (loaded from graph.json, or a file the user opened); returns the unmount.
 * In three steps, so that the graph shows as soon as it can (bench:viewer measures it):
 * 1. first frame: store, sigma, the camera framed around where the legend and the bottom bar will be
 *    (their sizes come from the CSS) → #graph data-state="drawn";
 * 2. after that frame is painted: the curves of parallel edges (create-renderer.ts), the legend, the
 *    time, layout and file controls (the camera is framed again if they turned out larger than the CSS
 *    said, e.g. a bar wrapped on more lines), the URL hash, then the search box, tabs, details,
 *    connections and list panels → data-state="ready";
 * 3. when the page is idle: the search index (a search typed before builds it on the spot).
 */
function mount(graph: NewsGraph, container: HTMLElement, status: HTMLElement): () => void {
    performance.mark("newsgraph:mount");
    // One store of UI state; everything shown is derived from it (state/README.md).
    const store = createStore(getInitialViewerState());
    const derive = createDerive(graph);
    const index = createDeferredSearchIndex(graph);
    const { renderer, kill, setTheme, markHome, addCurves } = createRenderer(container, graph, store, derive, { theme: systemTheme(), extras: createLookExtras(graph) });
    performance.mark("newsgraph:sigma");
    const legend = byId("legend");
    const toolbar = byId("toolbar");
    const cleanups = [
      kill,
      followColorScheme((dark) => setTheme(dark ? THEMES.dark : THEMES.light)),
      bindEvents(renderer, store),
      exposeTestHook({ renderer, graph, getState: store.get, getDerived: () => derive(store.get()), isSearchReady: () => index.isBuilt() }),
    ];
    // The legend sits over the top-left of the canvas: keep the graph to its right.
    toolbar.dataset.dated = String(hasTimeControls(graph));
    let framedFor = overlayInsets(legend, toolbar, false);
    frameCamera(renderer, framedFor);
    markHome();
    if (graph.order === 0) showStatus(status, "note", "graph.json has no nodes yet.", ' Add articles and run "npm start".');
    container.dataset.state = "drawn";
    performance.mark("newsgraph:drawn");
    // The framed camera is drawn by sigma's next render, just before the frame is painted.
    const onFramed = () => {
      renderer.off("afterRender", onFramed);
      performance.mark("newsgraph:framed");
    };
    renderer.on("afterRender", onFramed);
    cleanups.push(() => renderer.off("afterRender", onFramed));

    let mounted = true;
    const mountControls = () => {
      addCurves();
      // Time window, "new since", layout, communities, open/export and the URL hash (issue 4, items 9–12).
      const layout = createFa2Controller(graph, createBrowserLayoutWorker);
      const time = mountTimeControls(byId("time-tools"), store, graph);
      cleanups.push(
        mountFiltersPanel(legend, store, graph, derive),
        time.cleanup,
        () => layout.kill(),
        mountLayoutControls(byId("layout-tools"), store, layout, graph),
        mountFileControls(byId("file-tools"), {
          graph,
          renderer,
          visible: () => derive(store.get()).visibility,
          look: () => store.get(),
          wholeGraphSettings: () => {
            const whole = createReducers(graph, () => getInitialViewerState());
            return { nodeReducer: whole.nodeReducer, edgeReducer: whole.edgeReducer } as never;
          },
          onOpen: (opened, name) => openGraph(opened, name),
        }),
      );
      // The legend stops above the bottom bar, whose height changes with the window's width and its messages.
      const keepLegendAboveToolbar = () => legend.parentElement?.style.setProperty("--toolbar-height", `${toolbar.offsetHeight}px`);
      keepLegendAboveToolbar();
      const toolbarSize = new ResizeObserver(keepLegendAboveToolbar);
      toolbarSize.observe(toolbar);
      cleanups.push(() => toolbarSize.disconnect());
      // The CSS guessed the overlays' sizes for the first frame; frame again only if it guessed wrong.
      const insets = overlayInsets(legend, toolbar, true);
      if (insets.left !== framedFor.left || insets.bottom !== framedFor.bottom) {
        framedFor = insets;
        frameCamera(renderer, insets);
        markHome();
        performance.mark("newsgraph:reframed");
      }
      // After the framing: a camera in the URL hash wins over it.
      cleanups.push(bindHashSync({ store, graph, camera: renderer.getCamera(), isTransient: time.isPlaying }));
    };
    const mountPanels = () => {
      cleanups.push(
        mountFocusBar(byId("focus-bar"), store, graph),
        mountSearchPanel(byId<HTMLInputElement>("search-input"), byId("search-results"), store, graph, index, derive, renderer),
        mountTabs(
          byId("tabs"),
          [
            { tab: "details", label: "Details", panel: byId("details") },
            { tab: "path", label: "Connections", panel: byId("path") },
            { tab: "list", label: "List", panel: byId("list") },
          ],
          store,
        ),
        mountDetailsPanel(byId("details"), store, graph, derive),
        mountPathPanel(byId("path"), store, graph, index, derive),
        mountListPanel(byId("list"), store, graph, derive, ({ node }) => node !== undefined && void flyTo(renderer, node)),
      );
      container.dataset.state = "ready";
      performance.mark("newsgraph:ready");
      cleanups.push(
        whenIdle(() => {
          if (!mounted) return;
          index.build();
          performance.mark("newsgraph:search-index");
        }),
      );
    };
    cleanups.push(
      afterPaint(() => {
        mountControls();
        performance.mark("newsgraph:controls");
        mountPanels();
      }),
    );
    // Unmount in reverse order: panels and events first, sigma last.
    return () => {
      mounted = false;
      cleanups.reverse().forEach((cleanup) => cleanup());
    };
}

let unmount: () => void = () => undefined;

/** A file the user opened replaces the graph: the old viewer is unmounted, the hash (keys of the old graph) dropped. */
function openGraph(graph: NewsGraph, name: string): void {
  const container = byId("graph");
  const status = byId("status");
  unmount();
  status.hidden = true;
  history.replaceState(null, "", `${location.pathname}${location.search}`);
  unmount = mount(graph, container, status);
  document.title = `${name} · newsgraph`;
}

/** Mounts the viewer on graph.json, whose text main.ts started reading (or read here); returns the unmount. */
export async function start(text: Promise<string> = fetchGraphText(GRAPH_URL)): Promise<() => void> {
  performance.mark("newsgraph:app");
  const container = byId("graph");
  const status = byId("status");
  container.dataset.state = "loading";
  try {
    // Checked against the contract (parseGraphJson) before anything is drawn: a bad graph.json is refused.
    const graph = parseLoadedGraph(await text);
    unmount = mount(graph, container, status);
    return () => unmount();
  } catch (err) {
    container.dataset.state = "error";
    showStatus(status, "error", `Could not load ${GRAPH_URL}: `, err instanceof Error ? err.message : String(err));
    return () => undefined;
  }
}
