// layout-controls: run / stop ForceAtlas2 in its worker, go back to the precomputed layout, colour nodes
// by kind, Louvain community or number of relations, and size them by mentions, articles, degree or
// PageRank. The precomputed layout is what the page opens with.
import "../toolbar.css";
import { el } from "../dom.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import type { NewsGraph } from "../../core/index.js";
import { setColorMode, type ColorMode } from "./color-mode.js";
import { communityColorsOf } from "./communities.js";
import { SIZE_MODES, SIZE_MODE_NAMES, setSizeMode, type SizeMode } from "../metrics/size-mode.js";
import type { LayoutController } from "./fa2-controller.js";

export function mountLayoutControls(root: HTMLElement, store: Store<ViewerState>, layout: LayoutController, graph: NewsGraph): () => void {
  const run = el("button", { attrs: { type: "button", "aria-pressed": "false" }, dataset: { role: "layout-run" } }, "Run layout");
  const reset = el("button", { attrs: { type: "button" }, dataset: { role: "layout-reset" } }, "Reset layout");
  const color = el(
    "select",
    { attrs: { "aria-label": "Colour nodes by" }, dataset: { role: "color-by" } },
    el("option", { attrs: { value: "kind" } }, "kind"),
    el("option", { attrs: { value: "community" } }, "community (Louvain)"),
    el("option", { attrs: { value: "relations" } }, "number of relations"),
  );
  const size = el(
    "select",
    { attrs: { "aria-label": "Size nodes by" }, dataset: { role: "size-by" } },
    ...SIZE_MODES.map((mode) => el("option", { attrs: { value: mode } }, SIZE_MODE_NAMES[mode])),
  );
  // The legend lists kinds; in community mode this says what the colours are instead.
  const summary = el("span", { className: "tool-value muted", dataset: { role: "community-summary" } });
  root.replaceChildren(
    el(
      "div",
      { className: "tool-group", attrs: { role: "group", "aria-label": "Layout" } },
      el("span", { className: "tool-name" }, "Layout"),
      run,
      reset,
      el("label", {}, "colour by", color),
      el("label", {}, "size by", size),
      summary,
    ),
  );
  const showMode = (mode: ColorMode) => {
    if (color.value !== mode) color.value = mode;
    if (mode !== "community") {
      summary.textContent = "";
      return;
    }
    const { communities } = communityColorsOf(graph);
    summary.textContent = `${communities.sizes.length} communities, modularity ${communities.modularity.toFixed(2)}; the largest ${Math.min(12, communities.sizes.length)} have their own colour`;
  };
  root.hidden = false;

  const showRunning = (running: boolean) => {
    run.textContent = running ? "Stop layout" : "Run layout";
    run.setAttribute("aria-pressed", String(running));
  };
  const onRun = () => (layout.isRunning() ? layout.stop() : layout.start());
  const onReset = () => layout.reset();
  const onColor = () => store.update(setColorMode<ViewerState>(color.value as ColorMode));
  const onSize = () => store.update(setSizeMode<ViewerState>(size.value as SizeMode));
  run.addEventListener("click", onRun);
  reset.addEventListener("click", onReset);
  color.addEventListener("change", onColor);
  size.addEventListener("change", onSize);
  const offLayout = layout.onChange(showRunning);
  showMode(store.get().colorBy);
  size.value = store.get().sizeBy;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.colorBy !== previous.colorBy) showMode(state.colorBy);
    if (state.sizeBy !== previous.sizeBy && size.value !== state.sizeBy) size.value = state.sizeBy;
  });
  showRunning(layout.isRunning());
  return () => {
    offLayout();
    unsubscribe();
    root.replaceChildren();
    root.hidden = true;
  };
}
