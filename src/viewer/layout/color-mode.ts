// color-mode: what node colours mean — the kind (as stored in the graph), the Louvain community, or
// the number of relations (a sequential scale, metrics/node-metrics.ts).
export const COLOR_MODES = ["kind", "community", "relations"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export function setColorMode<S extends { readonly colorBy: ColorMode }>(colorBy: ColorMode): (state: S) => S {
  return (state) => (state.colorBy === colorBy ? state : { ...state, colorBy });
}
