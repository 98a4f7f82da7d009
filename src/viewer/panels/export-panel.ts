// export-panel: the download buttons ("Download GraphML", "Download GEXF"): the core's format writers
// (the CLI's own) → Blob → <a download>. Returns the cleanup that unbinds the buttons and disables them.
import { FORMAT_WRITERS, type NewsGraph, type OutputFile, type OutputFormat } from "../../core/index.js";
import { el } from "../dom.js";

/** A download button of the page: which format it saves. */
export interface ExportButton {
  readonly button: HTMLButtonElement;
  readonly format: OutputFormat;
}

export function downloadFile(file: OutputFile, doc: Document = document): void {
  const blob = new Blob([file.text], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: file.name }, className: "visually-hidden" });
  doc.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoke later, not now: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves every file of `format` (one for GraphML and GEXF), serialized when the button is pressed. */
export function downloadFormat(graph: NewsGraph, format: OutputFormat, doc: Document = document): void {
  for (const file of FORMAT_WRITERS[format].write(graph)) downloadFile(file, doc);
}

export function mountExportPanel(buttons: readonly ExportButton[], graph: NewsGraph): () => void {
  const bound = buttons.map(({ button, format }) => {
    const onClick = () => downloadFormat(graph, format);
    button.addEventListener("click", onClick);
    button.disabled = false;
    return () => {
      button.removeEventListener("click", onClick);
      button.disabled = true;
    };
  });
  return () => bound.forEach((unbind) => unbind());
}
