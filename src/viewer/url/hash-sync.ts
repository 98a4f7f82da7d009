// hash-sync: keeps the URL hash and the viewer in step. A change of selection, search, filters,
// focus, path query, time window or colour mode is a new history entry (back and forward walk
// through them); camera moves and play steps replace the current entry. Back, forward and an edited
// hash put the state and the camera back. A bad hash is decoded part by part (hash-codec.ts).
import type { NewsGraph } from "../../core/index.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import type { TimeWindow } from "../time/time-window.js";
import { applyHashState, decodeHash, encodeHash, hashStateOf, withoutCamera, type CameraState, type HashState } from "./hash-codec.js";

export interface SyncedCamera {
  getState(): CameraState;
  setState(state: Partial<CameraState>): void;
  on(event: "updated", listener: () => void): void;
  off(event: "updated", listener: () => void): void;
}

export interface HashSyncOptions {
  readonly store: Store<ViewerState>;
  readonly graph: NewsGraph;
  readonly camera: SyncedCamera;
  /** True while a change should replace the current entry instead of adding one (e.g. the time player runs). */
  readonly isTransient?: () => boolean;
  readonly win?: Window;
  /** Camera moves are written this long after the camera stops (ms). */
  readonly cameraDelay?: number;
  /** Runs a change the hash makes so that the camera does not follow it (the hash sets the camera itself). */
  readonly quietly?: (change: () => void) => void;
  /** The part of a hash's time window inside the graph's dates, or null when none is (the window is then dropped). */
  readonly clampWindow?: (window: TimeWindow) => TimeWindow | null;
  /** Says (as text, on the page) what part of a hash could not be shown as asked. */
  readonly note?: (text: string | null) => void;
}

/** The hash's time window within the graph's dates; a window outside them is dropped, and said. */
function withWindowChecked(
  decoded: HashState,
  clamp: ((window: TimeWindow) => TimeWindow | null) | undefined,
): { state: HashState; note: string | null } {
  const asked = decoded.time.window;
  if (!asked || !clamp) return { state: decoded, note: null };
  const window = clamp(asked);
  const state = { ...decoded, time: { ...decoded.time, window } };
  if (window === null)
    return { state, note: `The link's time window, ${asked.from} to ${asked.to}, holds no dated article: showing every date.` };
  return {
    state,
    note:
      window.from !== asked.from || window.to !== asked.to
        ? `The link's time window, ${asked.from} to ${asked.to}, is cut to the articles' dates: ${window.from} to ${window.to}.`
        : null,
  };
}

export function bindHashSync({
  store,
  graph,
  camera,
  isTransient = () => false,
  win = window,
  cameraDelay = 250,
  quietly = (change) => change(),
  clampWindow,
  note,
}: HashSyncOptions): () => void {
  const keys = { hasNode: (k: string) => graph.hasNode(k), hasEdge: (k: string) => graph.hasEdge(k) };
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const currentHash = () => encodeHash(hashStateOf(store.get(), camera.getState()));
  const write = (push: boolean) => {
    const hash = currentHash();
    if (hash === win.location.hash || (hash === "" && win.location.hash === "")) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    if (push) win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  };

  const fromLocation = () => {
    const checked = withWindowChecked(decodeHash(win.location.hash, keys), clampWindow);
    const decoded = checked.state;
    note?.(checked.note);
    applying = true;
    try {
      // Without a camera in the hash, the camera follows what it selects, focuses or filters.
      if (decoded.camera) quietly(() => store.update(applyHashState(decoded)));
      else store.update(applyHashState(decoded));
      if (decoded.camera) camera.setState(decoded.camera);
    } finally {
      applying = false;
    }
  };

  // The page opens on what the hash says (the camera framing done before is kept when it names none).
  fromLocation();

  const unsubscribe = store.subscribe((next, previous) => {
    if (applying) return;
    const changed = withoutCamera(hashStateOf(next, null)) !== withoutCamera(hashStateOf(previous, null));
    if (changed) write(!isTransient());
  });
  const onCamera = () => {
    if (applying) return;
    clearTimeout(timer);
    timer = setTimeout(() => write(false), cameraDelay);
  };
  const onNavigate = () => {
    clearTimeout(timer);
    fromLocation();
  };
  camera.on("updated", onCamera);
  win.addEventListener("popstate", onNavigate);
  win.addEventListener("hashchange", onNavigate);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    camera.off("updated", onCamera);
    win.removeEventListener("popstate", onNavigate);
    win.removeEventListener("hashchange", onNavigate);
  };
}
