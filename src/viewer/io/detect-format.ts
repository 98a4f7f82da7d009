// detect-format: which graph format a file holds — by its extension, else by its first characters.
// e.g. "net.graphml" → graphml; "export.xml" starting "<?xml …><gexf" → gexf; "g.txt" starting "{" → json.

export const GRAPH_FILE_FORMATS = ["json", "graphml", "gexf"] as const;
export type GraphFileFormat = (typeof GRAPH_FILE_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, GraphFileFormat>> = {
  json: "json",
  graphml: "graphml",
  gexf: "gexf",
};

/** The root element's name, skipping the prolog; null if the text does not look like XML. */
export function xmlRootName(text: string): string | null {
  const match = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<![^>]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(text.slice(0, 4096));
  return match ? match[1]!.replace(/^.*:/, "").toLowerCase() : null;
}

/** The format of a file named `name` whose text starts with `head`; null when it is none of ours. */
export function detectFormat(name: string, head: string): GraphFileFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1];
  const known = extension !== undefined ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  if (/^\uFEFF?\s*[{[]/.test(head)) return "json";
  const root = xmlRootName(head);
  if (root === "graphml") return "graphml";
  if (root === "gexf") return "gexf";
  return null;
}
