// time: the date extent of a graph, the window filter, per-window sizes and "new since" (re-exports only).
export * from "./time-index.js";
export * from "./time-window.js";
export * from "./new-since.js";
export * from "./time-state.js";
