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
import { mountLegendPanel } from "./panels/legend-panel.js";
import { bindEvents } from "./render/bind-events.js";
import { createRenderer } from "./render/create-renderer.js";
import { frameCamera } from "./render/frame-camera.js";
import { createStore } from "./state/store.js";
import { getInitialViewerState } from "./state/viewer-state.js";
import { exposeTestHook } from "./test-hook.js";

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

async function start(): Promise<() => void> {
  const container = byId("graph");
  const status = byId("status");
  container.dataset.state = "loading";
  try {
    const graph = await loadGraph(GRAPH_URL);
    const store = createStore(getInitialViewerState());
    const { renderer, kill } = createRenderer(container, graph, store);
    const legend = byId("legend");
    const cleanups = [
      kill,
      bindEvents(renderer, store),
      mountLegendPanel(legend, graph),
      mountDetailsPanel(byId("details"), store, graph),
      mountExportPanel(
        [
          { button: byId<HTMLButtonElement>("export"), format: "graphml" },
          { button: byId<HTMLButtonElement>("export-gexf"), format: "gexf" },
        ],
        graph,
      ),
      exposeTestHook({ renderer, graph, getState: store.get }),
    ];
    // The legend sits over the top-left of the canvas: keep the graph to its right.
    frameCamera(renderer, { top: GAP_PX, bottom: GAP_PX, left: legend.offsetLeft + legend.offsetWidth + GAP_PX, right: LABEL_ROOM_PX });
    if (graph.order === 0) showStatus(status, "note", "graph.json has no nodes yet.", ' Add articles and run "npm start".');
    container.dataset.state = "ready";
    // Unmount in reverse order: panels and events first, sigma last.
    return () => cleanups.reverse().forEach((cleanup) => cleanup());
  } catch (err) {
    container.dataset.state = "error";
    showStatus(status, "error", `Could not load ${GRAPH_URL}: `, err instanceof Error ? err.message : String(err));
    return () => undefined;
  }
}

const stop = start();
// In the dev server, a hot update of this module unmounts the old viewer before the new one mounts.
import.meta.hot?.dispose(() => stop.then((cleanup) => cleanup()));
