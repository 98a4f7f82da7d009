// camera-follow: the camera goes where the answer is. Selecting a node (its neighbours), an edge (its
// two ends), finding a path (its nodes), focusing (the focus) and changing what the filters show (what
// is left, or the selection within it) animate the camera to fit it, clear of the legend and the bar.
// Hovering never moves it, and between two such changes the user pans and zooms freely.
import type { NewsGraph } from "../../core/index.js";
import type { Derive } from "../state/derive.js";
import { neighborhood } from "../state/selectors.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import type { Visibility } from "../state/visibility.js";
import type { NewsSigma } from "./create-renderer.js";
import { cameraToFit, type Insets } from "./frame-camera.js";
import { LOOKS } from "./settings.js";

export interface CameraFollow {
  /** Fits the camera to what the view shows now (the "fit" button, key 0). */
  fitView(): Promise<void>;
  /** Runs `change` without the camera following it (the URL hash sets its own camera). */
  suspend(change: () => void): void;
  kill(): void;
}

/** The nodes a view should fit, or null when nothing changed that the camera should follow. */
export function followTarget(graph: NewsGraph, state: ViewerState, previous: ViewerState, derive: Derive): Iterable<string> | null {
  const now = derive(state);
  const before = derive(previous);
  const selection = (s: ViewerState, visibility: Visibility): Iterable<string> | null => {
    if (s.focus !== null && s.selectedNode === s.focus.node) return visibility.nodes;
    if (s.selectedNode !== null && visibility.nodes.has(s.selectedNode)) return neighborhood(graph, s.selectedNode, visibility);
    if (s.selectedEdge !== null && visibility.edges.has(s.selectedEdge)) return graph.extremities(s.selectedEdge);
    return null;
  };
  if (now.path !== null && now.path !== before.path) return now.path.nodes;
  const selected = state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge;
  if (selected && (state.selectedNode !== null || state.selectedEdge !== null)) return selection(state, now.visibility);
  if (now.visibility !== before.visibility || state.focus !== previous.focus) {
    if (now.path !== null) return now.path.nodes;
    return selection(state, now.visibility) ?? (now.visibility.nodes.size > 0 ? now.visibility.nodes : null);
  }
  return null;
}

/** `paused()`: true while changes should not move the camera (the time player steps). */
export function bindCameraFollow(
  renderer: NewsSigma,
  store: Store<ViewerState>,
  derive: Derive,
  insets: () => Insets,
  paused: () => boolean = () => false,
): CameraFollow {
  const graph = renderer.getGraph();
  const camera = renderer.getCamera();
  let suspended = 0;
  const flyToFit = (nodes: Iterable<string>) => {
    const target = cameraToFit(renderer, nodes, insets(), { zoomIn: true, minRatio: LOOKS.fitMinRatio });
    return target ? camera.animate(target, { duration: LOOKS.flyDuration }) : Promise.resolve();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (suspended > 0 || paused()) return;
    const target = followTarget(graph, state, previous, derive);
    if (target) void flyToFit(target);
  });
  return {
    fitView: () => flyToFit(derive(store.get()).visibility.nodes),
    suspend(change) {
      suspended++;
      try {
        change();
      } finally {
        suspended--;
      }
    },
    kill: unsubscribe,
  };
}
