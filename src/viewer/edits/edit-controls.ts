// edit-controls: the "Correct this …" section (folded) of the entity and relation panels — rename, change kind,
// merge into another entity, hide; hide a relation. Each makes one corrections entry (by node key).
import { NODE_KINDS, nodeKey, type NewsGraph, type NodeKind } from "../../core/index.js";
import { el } from "../dom.js";
import type { Editor } from "./editor.js";

/** Other entities of a kind a node may be merged into, most mentioned first (a datalist's options). */
const MERGE_CHOICES = 300;

function field(label: string, control: HTMLElement, button: HTMLButtonElement): HTMLElement {
  return el("div", { className: "edit-row" }, el("label", {}, el("span", { className: "edit-label" }, label), control), button);
}

function button(label: string, role: string, run: () => void): HTMLButtonElement {
  return el("button", { className: "action", attrs: { type: "button" }, dataset: { edit: role }, onClick: run }, label);
}

export function entityEdits(graph: NewsGraph, node: string, editor: Editor): HTMLElement {
  const attrs = graph.getNodeAttributes(node);
  const message = el("p", { className: "edit-message", attrs: { role: "status" } });
  const apply = (...args: Parameters<Editor["add"]>) => {
    const problem = editor.add(...args);
    if (problem) message.textContent = problem;
  };
  const name = el("input", { attrs: { type: "text", value: attrs.label, "aria-label": "New name" }, dataset: { edit: "label" } });
  const kind = el(
    "select",
    { attrs: { "aria-label": "New kind" }, dataset: { edit: "kind" } },
    ...NODE_KINDS.map((k) => el("option", { attrs: k === attrs.kind ? { value: k, selected: "" } : { value: k } }, k)),
  );
  const people = attrs.kind === "person" || attrs.kind === "leader";
  const choices = graph
    .filterNodes((n, a) => n !== node && (a.kind === attrs.kind || (people && (a.kind === "person" || a.kind === "leader"))))
    .sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))
    .slice(0, MERGE_CHOICES);
  const listId = `merge-choices-${Math.random().toString(36).slice(2)}`;
  const into = el("input", {
    attrs: { type: "text", list: listId, placeholder: "name or key", "aria-label": "Merge into" },
    dataset: { edit: "into" },
  });
  const options = el(
    "datalist",
    { attrs: { id: listId } },
    ...choices.map((n) => el("option", { attrs: { value: graph.getNodeAttribute(n, "label") } }, n)),
  );
  const target = (text: string): string | undefined => {
    const wanted = text.trim();
    if (graph.hasNode(wanted)) return wanted;
    const same = graph.filterNodes((n, a) => n !== node && (a.label === wanted || a.aliases.includes(wanted)));
    return same.length === 1 ? same[0] : undefined;
  };
  return el(
    "details",
    { className: "edits-here", dataset: { edits: "entity" } },
    el("summary", {}, "Correct this entity"),
    field(
      "Name",
      name,
      button("Rename", "rename", () => {
        const label = name.value.trim();
        if (label && label !== attrs.label) apply({ op: "rename", entity: node, label }, nodeKey(attrs.kind, label));
      }),
    ),
    field(
      "Kind",
      kind,
      button("Change kind", "retype", () => {
        const next = kind.value as NodeKind;
        if (next !== attrs.kind) apply({ op: "retype", entity: node, kind: next }, nodeKey(next, attrs.label));
      }),
    ),
    field(
      "Merge into",
      into,
      button("Merge", "merge", () => {
        const key = target(into.value);
        if (!key) message.textContent = `No single entity is called "${into.value.trim()}": pick one from the list or give its key.`;
        else apply({ op: "merge", from: node, into: key }, key);
      }),
    ),
    options,
    el(
      "div",
      { className: "edit-row" },
      button("Hide this entity", "hide", () => apply({ op: "hide", entity: node }, null)),
    ),
    message,
  );
}

export function relationEdits(graph: NewsGraph, edge: string, editor: Editor): HTMLElement {
  const attrs = graph.getEdgeAttributes(edge);
  const message = el("p", { className: "edit-message", attrs: { role: "status" } });
  return el(
    "details",
    { className: "edits-here", dataset: { edits: "relation" } },
    el("summary", {}, "Correct this relation"),
    el(
      "div",
      { className: "edit-row" },
      button("Hide this relation", "hide-relation", () => {
        const problem = editor.add(
          { op: "hideRelation", source: graph.source(edge), relation: attrs.relation, target: graph.target(edge) },
          null,
        );
        if (problem) message.textContent = problem;
      }),
    ),
    message,
  );
}
