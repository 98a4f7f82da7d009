// time-controls: the time slider (two handles over the dated days of the graph), play/pause that slides
// the window forward, and "new since <date>". Reads and writes the store only; hidden when no article is dated.
import "../toolbar.css";
import type { NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { timeIndexOf } from "./time-filter.js";
import { lowerBound } from "./time-index.js";
import { setNewSince, setTimeWindow } from "./time-state.js";
import { fullWindow, playStep } from "./time-window.js";

/** Time between two play steps (ms). */
export const PLAY_STEP_MS = 600;

export interface TimeControls {
  readonly cleanup: () => void;
  /** True while "play" runs (the URL then replaces its entry instead of adding one per step). */
  isPlaying(): boolean;
}

/** Whether mountTimeControls shows anything: some article of `graph` is dated. */
export function hasTimeControls(graph: NewsGraph): boolean {
  return fullWindow(timeIndexOf(graph)) !== null;
}

export function mountTimeControls(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph): TimeControls {
  const index = timeIndexOf(graph);
  const full = fullWindow(index);
  if (full === null) {
    root.replaceChildren();
    root.hidden = true;
    return { cleanup: () => undefined, isPlaying: () => false };
  }
  const last = index.days.length - 1;
  const slider = (label: string, name: string) =>
    el("input", { attrs: { type: "range", min: "0", max: String(last), step: "1", "aria-label": label }, dataset: { handle: name } });
  const enabled = el("input", { attrs: { type: "checkbox", "aria-label": "Filter by article date" }, dataset: { role: "window-on" } });
  const from = slider("Window start", "from");
  const to = slider("Window end", "to");
  const shown = el("span", { className: "tool-value", dataset: { role: "window-value" } });
  const play = el("button", { attrs: { type: "button" }, dataset: { role: "play" } }, "Play");
  const sinceOn = el("input", {
    attrs: { type: "checkbox", "aria-label": "Mark relations new since a date" },
    dataset: { role: "new-since-on" },
  });
  const since = el("input", {
    attrs: { type: "date", min: full.from, max: full.to, "aria-label": "New since" },
    dataset: { role: "new-since" },
  });
  const count = el("span", { className: "tool-value muted" }, `${index.days.length} dated days, ${full.from} to ${full.to}`);
  root.replaceChildren(
    el(
      "div",
      { className: "tool-group", attrs: { role: "group", "aria-label": "Time" } },
      el("span", { className: "tool-name" }, "Time"),
      el("label", {}, enabled, "window"),
      from,
      to,
      shown,
      play,
    ),
    el(
      "div",
      { className: "tool-group", attrs: { role: "group", "aria-label": "New since" } },
      el("label", {}, sinceOn, "new since"),
      since,
      count,
    ),
  );
  root.hidden = false;

  let timer: ReturnType<typeof setInterval> | undefined;
  const stopPlaying = () => {
    clearInterval(timer);
    timer = undefined;
  };

  const render = (state: ViewerState) => {
    const window = state.time.window;
    enabled.checked = window !== null;
    const w = window ?? full;
    from.value = String(Math.min(last, lowerBound(index.days, w.from)));
    to.value = String(Math.max(0, Math.min(last, lowerBound(index.days, w.to + "\uffff") - 1)));
    shown.textContent = window === null ? "all dates" : w.from === w.to ? w.from : `${w.from} – ${w.to}`;
    play.textContent = timer === undefined ? "Play" : "Pause";
    play.setAttribute("aria-pressed", String(timer !== undefined));
    sinceOn.checked = state.time.newSince !== null;
    if (state.time.newSince !== null) since.value = state.time.newSince;
  };

  const windowFromSliders = (moved: "from" | "to") => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) {
      if (moved === "from") b = a;
      else a = b;
    }
    store.update(setTimeWindow<ViewerState>({ from: index.days[a]!, to: index.days[b]! }));
  };
  const onFrom = () => windowFromSliders("from");
  const onTo = () => windowFromSliders("to");
  const onEnabled = () => {
    stopPlaying();
    store.update(setTimeWindow<ViewerState>(enabled.checked ? full : null));
  };
  const onPlay = () => {
    if (timer !== undefined) {
      stopPlaying();
      render(store.get());
      return;
    }
    // From the current window (or the first day), slide one dated day per step until the last one.
    let window = store.get().time.window;
    if (window === null || playStep(index, window) === null) window = { from: index.days[0]!, to: index.days[0]! };
    timer = setInterval(() => {
      const current = store.get().time.window ?? window!;
      const next = playStep(index, current);
      if (next === null) {
        stopPlaying();
        render(store.get());
      } else store.update(setTimeWindow<ViewerState>(next));
    }, PLAY_STEP_MS);
    store.update(setTimeWindow<ViewerState>(window));
    render(store.get());
  };
  const sinceDay = () => (since.value !== "" ? since.value : index.days[Math.floor(last / 2)]!);
  const onSinceOn = () => store.update(setNewSince<ViewerState>(sinceOn.checked ? sinceDay() : null));
  const onSince = () => {
    if (since.value !== "") store.update(setNewSince<ViewerState>(since.value));
  };

  from.addEventListener("input", onFrom);
  to.addEventListener("input", onTo);
  enabled.addEventListener("change", onEnabled);
  play.addEventListener("click", onPlay);
  sinceOn.addEventListener("change", onSinceOn);
  since.addEventListener("change", onSince);
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.time !== previous.time) render(state);
  });
  return {
    isPlaying: () => timer !== undefined,
    cleanup() {
      stopPlaying();
      unsubscribe();
      root.replaceChildren();
      root.hidden = true;
    },
  };
}
