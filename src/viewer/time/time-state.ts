// time-state: the part of the viewer state the time controls own — the window and the "new since" date —
// and their producers. Plain data (ISO days), so the URL hash and tests can carry it.
import type { IsoDay } from "./time-index.js";
import type { TimeWindow } from "./time-window.js";

export interface TimeState {
  /** Only relations with evidence dated inside it are shown; null: no time filter. */
  readonly window: TimeWindow | null;
  /** Relations first reported after this day are marked; null: no marking. */
  readonly newSince: IsoDay | null;
}

export function getInitialTimeState(): TimeState {
  return { window: null, newSince: null };
}

const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);

/** Producer over any state holding `time`: the same object back when nothing changes. */
export function setTimeWindow<S extends { readonly time: TimeState }>(window: TimeWindow | null): (state: S) => S {
  return (state) => (sameWindow(state.time.window, window) ? state : { ...state, time: { ...state.time, window } });
}

export function setNewSince<S extends { readonly time: TimeState }>(newSince: IsoDay | null): (state: S) => S {
  return (state) => (state.time.newSince === newSince ? state : { ...state, time: { ...state.time, newSince } });
}
