// A DOM subtree → plain text, one paragraph per block element (p, li, h2, blockquote…), blank
// lines between them, whitespace inside a paragraph collapsed: the shape stage 1 expects.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start and end a paragraph. */
const BLOCKS: ReadonlySet<string> = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
/** Elements whose content is never prose. */
const SKIPPED: ReadonlySet<string> = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "BUTTON",
  "SELECT",
]);

/** The minimal DOM a subtree needs here (linkedom's and the browser's nodes both fit). */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

export function blockText(root: TextNodeLike): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: TextNodeLike) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.nodeValue ?? "";
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = child.nodeName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
