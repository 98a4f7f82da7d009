// node-button: a node's name as a button (kind colour dot, label); pressing it selects the node.
import type { NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { KIND_COLORS } from "../render/settings.js";

export function nodeButton(graph: NewsGraph, node: string, select: (node: string) => void): HTMLButtonElement {
  const { label, kind } = graph.getNodeAttributes(node);
  return el(
    "button",
    {
      className: "node-link",
      attrs: { type: "button", title: `Select ${label} (${kind})` },
      dataset: { node },
      vars: { "--swatch": KIND_COLORS[kind] },
      onClick: () => select(node),
    },
    label,
  );
}
