// focus-bar: over the canvas while focus mode is on — "N hops around X" with −, + and a close button.
import type { NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { changeFocusHops, leaveFocus, MAX_FOCUS_HOPS, selectNode } from "../state/actions.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { plural } from "./article-line.js";
import { nodeButton } from "./node-button.js";

export function mountFocusBar(root: HTMLElement, store: Store<ViewerState>, graph: NewsGraph): () => void {
  const render = (state: ViewerState) => {
    const focus = state.focus;
    root.hidden = focus === null || !graph.hasNode(focus.node);
    if (focus === null || root.hidden) return root.replaceChildren();
    const small = (label: string, title: string, action: string, run: () => void, disabled: boolean) => {
      const b = el(
        "button",
        { className: "focus-step", attrs: { type: "button", "aria-label": title, title }, dataset: { action }, onClick: run },
        label,
      );
      b.disabled = disabled;
      return b;
    };
    root.replaceChildren(
      el(
        "span",
        { className: "focus-text", attrs: { role: "status" } },
        "Focus: ",
        el("strong", { dataset: { hops: String(focus.hops) } }, plural(focus.hops, "hop")),
        " around ",
      ),
      nodeButton(graph, focus.node, (node) => store.update(selectNode(node))),
      small("−", "One hop fewer", "fewer", () => store.update(changeFocusHops(-1)), focus.hops <= 1),
      small("+", "One hop more", "more", () => store.update(changeFocusHops(1)), focus.hops >= MAX_FOCUS_HOPS),
      small("×", "Leave focus mode", "leave", () => store.update(leaveFocus), false),
    );
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.focus !== previous.focus) render(state);
  });
  return () => {
    unsubscribe();
    root.replaceChildren();
    root.hidden = true;
  };
}
