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
import { bindCameraFollow } from "./render/camera-follow.js";
import { cameraToFit, frameCamera, type Insets } from "./render/frame-camera.js";
import { overlayBoxes } from "./render/label-layer.js";
import { LABEL_ROOM_PX, overlayInsets } from "./render/overlay-insets.js";
import { mountZoomControls } from "./render/zoom-controls.js";
import { LOOKS, THEMES } from "./render/settings.js";
import { createDerive } from "./state/derive.js";
import { createDeferredSearchIndex } from "./state/search-index.js";
import { createStore } from "./state/store.js";
import { getInitialViewerState, type ViewerState } from "./state/viewer-state.js";
import { exposeTestHook } from "./test-hook.js";
import { mountFileControls } from "./io/file-controls.js";
import { createBrowserLayoutWorker, createFa2Controller } from "./layout/fa2-controller.js";
import { createLookExtras } from "./layout/extra-looks.js";
import { mountLayoutControls } from "./layout/layout-controls.js";
import { hasTimeControls, mountTimeControls } from "./time/time-controls.js";
import { timeIndexOf } from "./time/time-filter.js";
import { clampWindow } from "./time/time-window.js";
import { bindHashSync } from "./url/hash-sync.js";
import { createReducers } from "./render/reducers.js";
import type { Correction, CorrectionReport, NewsGraph } from "../core/index.js";
import { corrected, correctionsText, type Editor } from "./edits/editor.js";
import { mountEditsPanel } from "./edits/edits-panel.js";
import { downloadBlob } from "./io/download-blob.js";

/** The name the page's corrections download under: the file build reads from the graph's folder. */
const CORRECTIONS_FILE_NAME = "corrections.json";

export const GRAPH_URL = "graph.json";

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
function mount(graph: NewsGraph, container: HTMLElement, status: HTMLElement, editor?: Editor, start?: Partial<ViewerState>): () => void {
  performance.mark("newsgraph:mount");
  // One store of UI state; everything shown is derived from it (state/README.md).
  const store = createStore(getInitialViewerState());
  const derive = createDerive(graph);
  const index = createDeferredSearchIndex(graph);
  const legend = byId("legend");
  const toolbar = byId("toolbar");
  const stage = container.parentElement ?? container;
  const zoom = byId("zoom-controls");
  // Labels keep clear of what lies over the canvas.
  const overlays = [legend, toolbar, byId("focus-bar"), zoom, status];
  const { renderer, kill, setTheme, markHome, addCurves, labels } = createRenderer(container, graph, store, derive, {
    theme: systemTheme(),
    extras: createLookExtras(graph),
    obstacles: () => overlayBoxes(container, overlays),
  });
  performance.mark("newsgraph:sigma");
  const cleanups = [
    kill,
    followColorScheme((dark) => setTheme(dark ? THEMES.dark : THEMES.light)),
    bindEvents(renderer, store),
    exposeTestHook({
      renderer,
      graph,
      getState: store.get,
      getDerived: () => derive(store.get()),
      isSearchReady: () => index.isBuilt(),
      drawnLabels: () => labels.drawn().map((p) => p.candidate.label),
      drawnLabelBoxes: () => labels.drawn().map((p) => ({ label: p.candidate.label, ...p.box })),
    }),
  ];
  // The legend sits over the top-left of the canvas: keep the graph to its right (or below it on a phone).
  // The first frame shows what the filters show: in a big graph, the connected core.
  toolbar.dataset.dated = String(hasTimeControls(graph));
  const visibleNodes = () => derive(store.get()).visibility.nodes;
  let framedFor = overlayInsets(stage, legend, toolbar, false);
  frameCamera(renderer, framedFor, visibleNodes());
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
    const layout = createFa2Controller(graph, createBrowserLayoutWorker, () => derive(store.get()).visibility.nodes);
    const time = mountTimeControls(byId("time-tools"), store, graph);
    // The camera follows selections, paths, focus and filters (not the time player's steps).
    const follow = bindCameraFollow(renderer, store, derive, () => overlayInsets(stage, legend, toolbar, true), time.isPlaying);
    cleanups.push(() => follow.kill(), mountZoomControls(zoom, renderer, follow));
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
        // The whole graph as the current colour and size modes draw it, with no filter, focus or selection.
        wholeGraphSettings: () => {
          const initial = getInitialViewerState();
          const { colorBy, sizeBy } = store.get();
          const state = { ...initial, colorBy, sizeBy, filters: { ...initial.filters, unconnected: "show" as const } };
          const whole = createReducers(graph, () => state, { extras: createLookExtras(graph) });
          return { nodeReducer: whole.nodeReducer, edgeReducer: whole.edgeReducer } as never;
        },
        viewCamera: () =>
          cameraToFit(
            renderer,
            derive(store.get()).visibility.nodes,
            { top: 16, left: 16, bottom: 16, right: LABEL_ROOM_PX },
            { zoomIn: true, minRatio: LOOKS.fitMinRatio },
          ),
        onOpen: (opened, name) => openGraph(opened, name),
      }),
    );
    cleanups.push(mountToolbarToggle(toolbar, byId("toolbar-toggle")));
    // The legend stops above the bottom bar, whose height changes with the window's width and its messages.
    const keepLegendAboveToolbar = () => legend.parentElement?.style.setProperty("--toolbar-height", `${toolbar.offsetHeight}px`);
    keepLegendAboveToolbar();
    const toolbarSize = new ResizeObserver(keepLegendAboveToolbar);
    toolbarSize.observe(toolbar);
    cleanups.push(() => toolbarSize.disconnect());
    // The CSS guessed the overlays' sizes for the first frame; frame again only if it guessed wrong.
    const insets = overlayInsets(stage, legend, toolbar, true);
    if (!sameInsets(insets, framedFor)) {
      framedFor = insets;
      frameCamera(renderer, insets, visibleNodes());
      markHome();
      performance.mark("newsgraph:reframed");
    }
    // After the framing: a camera in the URL hash wins over it (and the camera does not follow what the hash sets).
    const viewNote = byId("view-note");
    const days = timeIndexOf(graph);
    cleanups.push(
      bindHashSync({
        store,
        graph,
        camera: renderer.getCamera(),
        isTransient: time.isPlaying,
        quietly: follow.suspend,
        clampWindow: (window) => clampWindow(days, window),
        note: (text) => {
          viewNote.textContent = text ?? "";
          viewNote.hidden = text === null;
        },
      }),
      () => {
        viewNote.hidden = true;
      },
    );
    // (after an edit: where it was made, over what the URL said of the graph before it)
    if (start) store.update((state) => ({ ...state, ...start }));
  };
  const mountPanels = () => {
    cleanups.push(
      mountFocusBar(byId("focus-bar"), store, graph),
      mountSearchPanel(byId<HTMLInputElement>("search-input"), byId("search-results"), store, graph, index, derive),
      mountTabs(
        byId("tabs"),
        [
          { tab: "details", label: "Details", panel: byId("details") },
          { tab: "path", label: "Connections", panel: byId("path") },
          { tab: "list", label: "List", panel: byId("list") },
          ...(editor
            ? [
                {
                  tab: "edits" as const,
                  label: `Edits${editor.entries().length ? ` (${editor.entries().length})` : ""}`,
                  panel: byId("edits"),
                },
              ]
            : []),
        ],
        store,
      ),
      mountDetailsPanel(byId("details"), store, graph, derive, editor),
      ...(editor ? [mountEditsPanel(byId("edits"), editor)] : []),
      mountPathPanel(byId("path"), store, graph, index, derive),
      mountListPanel(byId("list"), store, graph, derive),
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

/**
 * On a phone the bottom bar folds into one "Time, layout, files" button (as the legend folds into
 * "Filters"): opened, its tools wrap on as many rows as they need over the canvas, every one on screen.
 */
function mountToolbarToggle(toolbar: HTMLElement, toggle: HTMLElement): () => void {
  const onClick = () => toggle.setAttribute("aria-expanded", String(toolbar.classList.toggle("is-open")));
  toggle.hidden = false;
  toggle.addEventListener("click", onClick);
  return () => {
    toggle.removeEventListener("click", onClick);
    toggle.hidden = true;
    toolbar.classList.remove("is-open");
  };
}

const sameInsets = (a: Insets, b: Insets) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

let unmount: () => void = () => undefined;

/**
 * The graph as loaded and the corrections made in the page since: each edit shows the loaded graph
 * with every correction applied (core's correctGraph), remounted where the edit was made.
 */
function createEditor(original: NewsGraph, carried: readonly Correction[] = []): Editor {
  let entries: Correction[] = [...carried];
  let reports: readonly CorrectionReport[] = carried.length ? corrected(original, entries).reports : [];
  const show = (graph: NewsGraph, start: Partial<ViewerState>) => {
    const container = byId("graph");
    const status = byId("status");
    unmount();
    history.replaceState(null, "", `${location.pathname}${location.search}`);
    unmount = mount(graph, container, status, editor, start);
  };
  const editor: Editor = {
    entries: () => entries,
    add: (entry, select) => {
      const next = [...entries, entry];
      const { graph, last, reports: now } = corrected(original, next);
      if (last?.status !== "applied") return last?.reason ?? "This correction changes nothing.";
      entries = next;
      reports = now;
      const node = select && graph.hasNode(select) ? select : null;
      show(graph, { selectedNode: node, panel: "details" });
      return null;
    },
    undo: (index) => {
      entries = entries.filter((_, i) => i !== index);
      const now = corrected(original, entries);
      reports = now.reports;
      show(now.graph, { panel: "edits" });
    },
    report: (index) => reports.find((r) => r.entry === index),
    download: () => downloadBlob(new Blob([correctionsText(entries)], { type: "application/json" }), CORRECTIONS_FILE_NAME),
  };
  return editor;
}

/** The editor of the graph shown: its corrections carry over to a graph opened next. */
let current: Editor | undefined;

/**
 * A file the user opened replaces the graph: the old viewer is unmounted, the hash (keys of the old
 * graph) dropped; the corrections made so far apply to it too (a rebuild with new articles keeps them),
 * those that match nothing there listed as stale.
 */
function openGraph(graph: NewsGraph, name: string): void {
  const container = byId("graph");
  const status = byId("status");
  unmount();
  status.hidden = true;
  history.replaceState(null, "", `${location.pathname}${location.search}`);
  const carried = current?.entries() ?? [];
  current = createEditor(graph, carried);
  unmount = mount(carried.length ? corrected(graph, carried).graph : graph, container, status, current);
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
    current = createEditor(graph);
    unmount = mount(graph, container, status, current);
    return () => unmount();
  } catch (err) {
    container.dataset.state = "error";
    showStatus(status, "error", `Could not load ${GRAPH_URL}: `, err instanceof Error ? err.message : String(err));
    return () => undefined;
  }
}
