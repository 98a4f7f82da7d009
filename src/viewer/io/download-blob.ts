// download-blob: saves a Blob under a file name through a temporary <a download> (no FileSaver, no popup).
import { el } from "../dom.js";

export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: name }, className: "visually-hidden" });
  doc.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoke later, not now: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
