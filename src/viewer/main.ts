// main: the viewer's entry: load graph.json → parseGraphJson → createStore → mount renderer and panels.
// A load failure is shown in the page ("Could not load graph.json: …"), never left to the console.
/// <reference types="vite/client" />
// NOTE: must stay the first import: the core builds its zod schemas when it is imported.
import "./zod-jitless.js";
import "./styles.css";
import { byId, el } from "./dom.js";
import { loadGraph } from "./load-graph.js";
import { mountDetailsPanel } from "./panels/details-panel.js";
import { mountExportPanel } from "./panels/export-panel.js";
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
import { createSearchIndex } from "./state/search-index.js";
import { createStore } from "./state/store.js";
import { getInitialViewerState } from "./state/viewer-state.js";
import { exposeTestHook } from "./test-hook.js";
import { mountFileControls } from "./io/file-controls.js";
import { createBrowserLayoutWorker, createFa2Controller } from "./layout/fa2-controller.js";
import { createLookExtras } from "./layout/extra-looks.js";
import { mountLayoutControls } from "./layout/layout-controls.js";
import { mountTimeControls } from "./time/time-controls.js";
import { bindHashSync } from "./url/hash-sync.js";
import { createReducers } from "./render/reducers.js";
import type { NewsGraph } from "../core/index.js";

const GRAPH_URL = "graph.json";
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

/** Mounts the viewer on `graph` (loaded from graph.json, or a file the user opened); returns the unmount. */
function mount(graph: NewsGraph, container: HTMLElement, status: HTMLElement): () => void {
    // One store of UI state; everything shown is derived from it (state/README.md).
    const store = createStore(getInitialViewerState());
    const derive = createDerive(graph);
    const index = createSearchIndex(graph);
    const { renderer, kill, setTheme, markHome } = createRenderer(container, graph, store, derive, { extras: createLookExtras(graph) });
    // Time window, "new since", layout, communities, open/export and the URL hash (issue 4, items 9–12).
    const layout = createFa2Controller(graph, createBrowserLayoutWorker);
    const time = mountTimeControls(byId("time-tools"), store, graph);
    const legend = byId("legend");
    const cleanups = [
      kill,
      followColorScheme((dark) => setTheme(dark ? THEMES.dark : THEMES.light)),
      bindEvents(renderer, store),
      mountFiltersPanel(legend, store, graph, derive),
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
      mountExportPanel(
        [
          { button: byId<HTMLButtonElement>("export"), format: "graphml" },
          { button: byId<HTMLButtonElement>("export-gexf"), format: "gexf" },
        ],
        graph,
      ),
      exposeTestHook({ renderer, graph, getState: store.get, getDerived: () => derive(store.get()) }),
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
    ];
    // The legend sits over the top-left of the canvas: keep the graph to its right.
    frameCamera(renderer, { top: GAP_PX, bottom: GAP_PX + byId("toolbar").offsetHeight, left: legend.offsetLeft + legend.offsetWidth + GAP_PX, right: LABEL_ROOM_PX });
    markHome();
    // After the framing: a camera in the URL hash wins over it.
    cleanups.push(bindHashSync({ store, graph, camera: renderer.getCamera(), isTransient: time.isPlaying }));
    if (graph.order === 0) showStatus(status, "note", "graph.json has no nodes yet.", ' Add articles and run "npm start".');
    container.dataset.state = "ready";
    // Unmount in reverse order: panels and events first, sigma last.
    return () => cleanups.reverse().forEach((cleanup) => cleanup());
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

async function start(): Promise<() => void> {
  const container = byId("graph");
  const status = byId("status");
  container.dataset.state = "loading";
  try {
    const graph = await loadGraph(GRAPH_URL);
    unmount = mount(graph, container, status);
    return () => unmount();
  } catch (err) {
    container.dataset.state = "error";
    showStatus(status, "error", `Could not load ${GRAPH_URL}: `, err instanceof Error ? err.message : String(err));
    return () => undefined;
  }
}

const stop = start();
// In the dev server, a hot update of this module unmounts the old viewer before the new one mounts.
import.meta.hot?.dispose(() => stop.then((cleanup) => cleanup()));
