// search-panel: the header's search box: "/" focuses it; names and aliases, accent- and
// case-insensitive, prefix and typo tolerant, ranked, grouped by kind; Enter selects the top hit (the camera follows).
import type { NewsGraph } from "../../core/index.js";
import { isTextField } from "../render/bind-events.js";
import { selectNode, setQuery } from "../state/actions.js";
import type { Derive } from "../state/derive.js";
import type { SearchIndex } from "../state/search-index.js";
import type { Store } from "../state/store.js";
import type { ViewerState } from "../state/viewer-state.js";
import { mountEntityPicker } from "./entity-picker.js";
import { reveal } from "./reveal.js";

/**
 * Selects `node` (the camera follows: render/camera-follow.ts); a node hidden by the filters (or the time
 * window) brings them back. Selected first: an unconnected node, hidden in a big graph, shows when selected.
 */
export function revealAndSelect(store: Store<ViewerState>, derive: Derive, node: string): void {
  store.update(selectNode(node));
  reveal(store, derive, (visibility) => visibility.nodes.has(node));
}

export function mountSearchPanel(
  input: HTMLInputElement,
  list: HTMLElement,
  store: Store<ViewerState>,
  graph: NewsGraph,
  index: SearchIndex,
  derive: Derive,
): () => void {
  const unmountPicker = mountEntityPicker({
    input,
    list,
    index,
    onQuery: (text) => store.update(setQuery(text)),
    onChoose: (node) => revealAndSelect(store, derive, node),
    note: (node) => (derive(store.get()).visibility.nodes.has(node) ? null : "(filtered out)"),
  });
  input.disabled = graph.order === 0;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    e.preventDefault();
    input.focus();
    input.select();
  };
  window.addEventListener("keydown", onKeyDown);
  return () => {
    window.removeEventListener("keydown", onKeyDown);
    unmountPicker();
  };
}
