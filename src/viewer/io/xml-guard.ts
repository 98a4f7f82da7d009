// xml-guard: refuses an XML document that declares a DOCTYPE, before any XML parser sees it.
// A DOCTYPE is where entities live: external ones (XXE: file:// or http:// content pulled into the
// document) and nested ones ("billion laughs": a few hundred bytes that expand to gigabytes).
// GraphML and GEXF never need one, so a document with a DOCTYPE is not opened at all.
import { NewsgraphError } from "../../core/index.js";

/** An XML document was refused for safety; the message says why and what to do. */
export class UnsafeXmlError extends NewsgraphError {
  override name = "UnsafeXmlError";
}

/**
 * Skips the prolog (BOM, whitespace, the XML declaration, processing instructions, comments) and
 * throws UnsafeXmlError if a document type declaration, or any other markup declaration (`<!…`)
 * comes before the root element. Entities can only be declared there, so a document that passes
 * has none: `&lol9;` in it is an undeclared entity, which the parser reports as an error.
 * e.g. '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><g>&x;</g>' → throws.
 */
export function assertNoDoctype(text: string, fileName = "the file"): void {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith("<?", at)) {
      const end = text.indexOf("?>", at + 2);
      if (end < 0) return; // unterminated: the parser reports it
      at = end + 2;
    } else if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) return;
      at = end + 3;
    } else if (text.startsWith("<!", at)) {
      const what = /^<!DOCTYPE/i.test(text.slice(at, at + 9)) ? "a DOCTYPE (document type declaration)" : "a markup declaration";
      throw new UnsafeXmlError(
        `${fileName} was not opened: it contains ${what}, which can define entities that read local files or expand without limit. ` +
          "GraphML and GEXF need none: remove the <!DOCTYPE …> part, or export the file again from the tool that wrote it.",
      );
    } else {
      return;
    }
  }
}
