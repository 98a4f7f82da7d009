// create-renderer: new Sigma(graph, container, settings + reducers), redrawn on every state change.
// Returns { renderer, kill }; kill unsubscribes from the store and frees sigma's WebGL contexts.
import Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "../../core/index.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { createReducers } from "./reducers.js";
import { SIGMA_SETTINGS } from "./settings.js";

export type NewsSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RendererHandle {
  readonly renderer: NewsSigma;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: NewsGraph, store: Store<ViewerState>): RendererHandle {
  const reducers = createReducers(graph, store.get);
  // NOTE: the constructor renders once, synchronously: when it returns, the first frame is drawn.
  const renderer: NewsSigma = new Sigma(graph, container, { ...SIGMA_SETTINGS, ...reducers });
  // NOTE: a full refresh, not skipIndexation: looks change zIndex and which nodes have a label,
  // and sigma's label grid must forget faded nodes so that focused ones get the label slots.
  const unsubscribe = store.subscribe(() => renderer.refresh());
  return {
    renderer,
    kill() {
      unsubscribe();
      renderer.kill();
    },
  };
}
