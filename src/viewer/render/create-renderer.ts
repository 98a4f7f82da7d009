// create-renderer: new Sigma(graph, container, settings + reducers + edge programs), redrawn when
// the state changes what is drawn. Returns { renderer, kill, setTheme, markHome, addCurves }; kill frees sigma's WebGL contexts.
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS } from "sigma/rendering";
import Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "../../core/index.js";
import type { Derive } from "../state/derive.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { createDrawNodeHover } from "./draw-hover.js";
import { createLabelLayer, type Box, type LabelLayer } from "./label-layer.js";
import { drawsDifferently } from "./draws-differently.js";
import { parallelCurvatures } from "./parallel-edges.js";
import { createReducers, type LookExtras } from "./reducers.js";
import { LOOKS, settingsFor, THEMES, themeSettings, type Theme } from "./settings.js";

export type NewsSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RendererHandle {
  readonly renderer: NewsSigma;
  /** Switches label and faded colours (dark mode follows the system: see main.ts). */
  setTheme(theme: Theme): void;
  /** Records the camera's current zoom as "home" (call after framing): edge names show when zoomed in past it. */
  markHome(): void;
  /** Compiles the curve programs and redraws parallel edges as curves (left out of the first frame: see below). */
  addCurves(): void;
  /** Where node labels go, frame by frame (label-layer.ts). */
  readonly labels: LabelLayer;
  kill(): void;
}

type N = NodeAttributes;
type E = EdgeAttributes;
type G = GraphAttributes;
/** Curves for parallel edges: with an arrow head (directed relations) or without (`met`). */
const CURVED_PROGRAMS = {
  curved: createEdgeCurveProgram<N, E, G>(),
  curvedArrow: createEdgeCurveProgram<N, E, G>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }),
};

export interface RendererOptions {
  readonly theme?: Theme;
  /** Looks other modules add on top of the reducers' (see LookExtras). */
  readonly extras?: LookExtras;
  /** The overlays' boxes over the canvas (legend, bottom bar…), which labels keep clear of. */
  readonly obstacles?: () => readonly Box[];
}

export function createRenderer(
  container: HTMLElement,
  graph: NewsGraph,
  store: Store<ViewerState>,
  derive: Derive,
  options: RendererOptions = {},
): RendererHandle {
  let theme = options.theme ?? THEMES.light;
  let zoomedIn = false;
  let homeRatio = 1;
  // The curve programs' shaders (with their picking twins) are a good part of sigma's set-up, for the
  // few parallel edges: the first frame draws those straight, and addCurves() adds the curves after it.
  let curvesReady = parallelCurvatures(graph).size === 0;
  const reducers = createReducers(graph, store.get, {
    derive,
    getTheme: () => theme,
    isZoomedIn: () => zoomedIn,
    curvesReady: () => curvesReady,
    ...(options.extras ? { extras: options.extras } : {}),
  });
  let sized: NewsSigma | null = null;
  const labels = createLabelLayer(
    options.obstacles ?? (() => []),
    () => sized?.getDimensions() ?? { width: container.clientWidth, height: container.clientHeight },
  );
  // NOTE: the constructor renders once, synchronously: when it returns, the first frame is drawn, but
  // its labels are only collected (the layer's listeners are not on yet): flushed just below.
  const renderer: NewsSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    ...settingsFor(graph),
    ...themeSettings(theme),
    ...reducers,
    defaultDrawNodeHover: createDrawNodeHover(() => theme),
    defaultDrawNodeLabel: labels.drawLabel,
  });
  sized = renderer;
  labels.flush();
  renderer.on("beforeRender", labels.begin);
  renderer.on("afterRender", labels.flush);
  // NOTE: a full refresh, not skipIndexation: looks change zIndex and which nodes have a label,
  // and sigma's label grid must forget faded nodes so that focused ones get the label slots.
  const unsubscribe = store.subscribe((state, previous) => {
    if (drawsDifferently(state, previous)) renderer.refresh();
  });
  // Edge names appear when zooming in past a ratio of home: refresh once when it is crossed, not every frame.
  const camera = renderer.getCamera();
  const onCamera = () => {
    const next = camera.getState().ratio < homeRatio * LOOKS.edgeLabelZoomRatio;
    if (next === zoomedIn) return;
    zoomedIn = next;
    renderer.refresh();
  };
  camera.on("updated", onCamera);
  return {
    renderer,
    labels,
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      renderer.setSettings(themeSettings(theme));
      renderer.refresh();
    },
    markHome() {
      homeRatio = camera.getState().ratio;
      onCamera();
    },
    addCurves() {
      if (curvesReady) return;
      curvesReady = true;
      renderer.setSetting("edgeProgramClasses", { ...renderer.getSetting("edgeProgramClasses"), ...CURVED_PROGRAMS });
      renderer.refresh();
    },
    kill() {
      unsubscribe();
      camera.off("updated", onCamera);
      renderer.off("beforeRender", labels.begin);
      renderer.off("afterRender", labels.flush);
      renderer.kill();
    },
  };
}
