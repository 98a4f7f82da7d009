// zoom-controls: zoom in, zoom out and fit buttons over the canvas's bottom-right corner, and the same
// on the keyboard (+ or =, −, 0) when no text field has the focus. Fit shows what the view shows now.
import { el } from "../dom.js";
import { isTextField } from "./bind-events.js";
import type { CameraFollow } from "./camera-follow.js";
import type { NewsSigma } from "./create-renderer.js";
import { LOOKS } from "./settings.js";

export function mountZoomControls(root: HTMLElement, renderer: NewsSigma, follow: CameraFollow, keyTarget: Window = window): () => void {
  const camera = renderer.getCamera();
  const zoomIn = () => void camera.animatedZoom({ factor: LOOKS.zoomStep, duration: 200 });
  const zoomOut = () => void camera.animatedUnzoom({ factor: LOOKS.zoomStep, duration: 200 });
  const fit = () => void follow.fitView();
  const button = (text: string, title: string, action: string, run: () => void) =>
    el(
      "button",
      {
        className: "zoom-button",
        attrs: { type: "button", title, "aria-label": title, "aria-keyshortcuts": action === "in" ? "+" : action === "out" ? "-" : "0" },
        dataset: { zoom: action },
        onClick: run,
      },
      text,
    );
  root.replaceChildren(
    button("+", "Zoom in (+)", "in", zoomIn),
    button("−", "Zoom out (−)", "out", zoomOut),
    button("⤢", "Fit to what is shown (0)", "fit", fit),
  );
  root.hidden = false;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    const run =
      event.key === "+" || event.key === "=" ? zoomIn : event.key === "-" || event.key === "_" ? zoomOut : event.key === "0" ? fit : null;
    if (!run) return;
    event.preventDefault();
    run();
  };
  keyTarget.addEventListener("keydown", onKeyDown);
  return () => {
    keyTarget.removeEventListener("keydown", onKeyDown);
    root.replaceChildren();
    root.hidden = true;
  };
}
