// edits-panel: the "Edits" tab — the corrections made in the page, in order, each with an undo,
// and "Download corrections" (corrections.json for newsgraph build; the page cannot write to disk).
import { withArticle, type Correction } from "../../core/index.js";
import { el } from "../dom.js";
import type { Editor } from "./editor.js";

/** One line for an entry: "merge organization:nva into organization:nordvik-air". */
export function describeEntry(c: Correction): string {
  switch (c.op) {
    case "merge":
      return `merge ${c.from} into ${c.into}`;
    case "rename":
      return `rename ${c.entity} to "${c.label}"`;
    case "retype":
      return `make ${c.entity} ${withArticle(c.kind)}`;
    case "hide":
      return `hide ${c.entity}`;
    case "alias":
      return `call ${c.entity} also "${c.alias}"`;
    case "hideRelation":
      return `hide ${c.source} ${c.relation} ${c.target}`;
    case "hideEvidence":
      return `hide the sentence of ${c.article} at ${c.start}`;
  }
}

/** "(stale: no entity …)" beside an entry that does nothing to this graph. */
function staleNote(editor: Editor, index: number) {
  const report = editor.report(index);
  return (
    report &&
    report.status !== "applied" &&
    el("span", { className: "muted" }, ` (${report.status}${report.reason ? `: ${report.reason}` : ""})`)
  );
}

export function mountEditsPanel(root: HTMLElement, editor: Editor): () => void {
  const entries = editor.entries();
  const download = el(
    "button",
    { className: "action", attrs: { type: "button" }, dataset: { role: "download-corrections" }, onClick: editor.download },
    "Download corrections",
  );
  download.disabled = entries.length === 0;
  root.replaceChildren(
    el("h2", { className: "details-title" }, "Edits"),
    el(
      "p",
      { className: "muted" },
      "Corrections made here change the graph at once. Download them as corrections.json into the graph's folder: every build applies them, also to new articles.",
    ),
    entries.length
      ? el(
          "ol",
          { className: "edits-list" },
          ...entries.map((c, i) =>
            el(
              "li",
              { dataset: { entry: String(i), status: editor.report(i)?.status ?? "applied" } },
              el("span", {}, describeEntry(c)),
              staleNote(editor, i),
              " ",
              el(
                "button",
                { className: "action", attrs: { type: "button" }, dataset: { role: "undo" }, onClick: () => editor.undo(i) },
                "Undo",
              ),
            ),
          ),
        )
      : el("p", { className: "muted", dataset: { role: "no-edits" } }, "No edits yet: select an entity or a relation to correct it."),
    download,
  );
  return () => root.replaceChildren();
}
