// export-panel: the "Download GraphML" button: core toGraphml(graph) → Blob → <a download="graph.graphml">.
// Returns the cleanup that unbinds the button and disables it again.
import { toGraphml, type NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";

export const GRAPHML_FILE_NAME = "graph.graphml";

export function downloadGraphml(graph: NewsGraph, doc: Document = document): void {
  const blob = new Blob([toGraphml(graph)], { type: "application/graphml+xml" });
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: GRAPHML_FILE_NAME }, className: "visually-hidden" });
  doc.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoke later, not now: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function mountExportPanel(button: HTMLButtonElement, graph: NewsGraph): () => void {
  const onClick = () => downloadGraphml(graph);
  button.addEventListener("click", onClick);
  button.disabled = false;
  return () => {
    button.removeEventListener("click", onClick);
    button.disabled = true;
  };
}
