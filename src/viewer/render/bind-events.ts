// bind-events: sigma events (enter/leave/click/double-click node, click/double-click edge, click stage; taps too) and Esc → actions.
// Also sets the pointer cursor over nodes and edges. Returns the cleanup that unbinds everything.
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { clearSelection, escape, hoverNode, selectEdge, selectNode } from "../state/actions.js";
import type { NewsSigma } from "./create-renderer.js";
import { edgeNear } from "./edge-near.js";
import { LOOKS } from "./settings.js";

/** True for elements that take typed text, where keys belong to the field. */
export function isTextField(target: EventTarget | null): boolean {
  const t = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!t) return false;
  if (t.tagName === "INPUT") return ["text", "search", "number", "email", "url"].includes(t.type ?? "text");
  return t.tagName === "TEXTAREA" || t.isContentEditable === true;
}

export function bindEvents(renderer: NewsSigma, store: Store<ViewerState>, keyTarget: Window = window): () => void {
  const container = renderer.getContainer();
  const pointer = (on: boolean) => {
    container.style.cursor = on ? "pointer" : "";
  };

  const onEnterNode = ({ node }: { node: string }) => {
    pointer(true);
    store.update(hoverNode(node));
  };
  const onLeaveNode = () => {
    pointer(false);
    store.update(hoverNode(null));
  };
  const onClickNode = ({ node }: { node: string }) => store.update(selectNode(node));
  const onClickEdge = ({ edge }: { edge: string }) => store.update(selectEdge(edge));
  // NOTE: sigma reports a click that comes within its double-click delay of the previous one as a
  // double click only, even on another node: quick clicks on node A, then node B, left A selected and
  // zoomed in. A double click on something not yet selected is a click; on the selection (or on the
  // background with nothing selected), it zooms as sigma does.
  const onDoubleClickNode = ({ node, preventSigmaDefault }: { node: string; preventSigmaDefault(): void }) => {
    if (store.get().selectedNode === node) return;
    preventSigmaDefault();
    onClickNode({ node });
  };
  const onDoubleClickEdge = ({ edge, preventSigmaDefault }: { edge: string; preventSigmaDefault(): void }) => {
    if (store.get().selectedEdge === edge) return;
    preventSigmaDefault();
    onClickEdge({ edge });
  };
  // A click that sigma's picking saw as "stage" may still be on a thin edge, or a few pixels off it.
  const onClickStage = ({ event }: { event: { x: number; y: number } }) => {
    const edge = edgeNear(renderer, event, LOOKS.edgeClickTolerance);
    store.update(edge === null ? clearSelection : selectEdge(edge));
  };
  // A "double click" on the background that lands near an edge, or clears a selection, is a click.
  const onDoubleClickStage = ({ event, preventSigmaDefault }: { event: { x: number; y: number }; preventSigmaDefault(): void }) => {
    const edge = edgeNear(renderer, event, LOOKS.edgeClickTolerance);
    const { selectedNode, selectedEdge } = store.get();
    if (edge === null ? selectedNode === null && selectedEdge === null : edge === selectedEdge) return;
    preventSigmaDefault();
    store.update(edge === null ? clearSelection : selectEdge(edge));
  };
  const onEnterEdge = () => pointer(true);
  const onLeaveEdge = () => pointer(false);
  // Esc clears the selection, then leaves focus mode, then the path view (a text box handles its own Esc).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented || isTextField(event.target)) return;
    store.update(escape);
  };

  renderer.on("enterNode", onEnterNode);
  renderer.on("leaveNode", onLeaveNode);
  renderer.on("clickNode", onClickNode);
  renderer.on("clickEdge", onClickEdge);
  renderer.on("doubleClickNode", onDoubleClickNode);
  renderer.on("doubleClickEdge", onDoubleClickEdge);
  renderer.on("clickStage", onClickStage);
  renderer.on("doubleClickStage", onDoubleClickStage);
  renderer.on("enterEdge", onEnterEdge);
  renderer.on("leaveEdge", onLeaveEdge);
  keyTarget.addEventListener("keydown", onKeyDown);

  return () => {
    renderer.off("enterNode", onEnterNode);
    renderer.off("leaveNode", onLeaveNode);
    renderer.off("clickNode", onClickNode);
    renderer.off("clickEdge", onClickEdge);
    renderer.off("doubleClickNode", onDoubleClickNode);
    renderer.off("doubleClickEdge", onDoubleClickEdge);
    renderer.off("clickStage", onClickStage);
    renderer.off("doubleClickStage", onDoubleClickStage);
    renderer.off("enterEdge", onEnterEdge);
    renderer.off("leaveEdge", onLeaveEdge);
    keyTarget.removeEventListener("keydown", onKeyDown);
    pointer(false);
  };
}
