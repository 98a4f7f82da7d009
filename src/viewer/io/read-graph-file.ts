// read-graph-file: a user's GraphML, GEXF or graph.json file → the app's graph, or an OpenFileError
// that says what is wrong. XML is screened (no DOCTYPE) before any parser sees it, then parsed by
// graphology-graphml / graphology-gexf; lists they carry as JSON strings are decoded, and the
// result passes the same contract check as graph.json.
import type Graph from "graphology";
import {
  ContractError,
  GraphJson,
  NewsgraphError,
  graphFromJson,
  parseGraphJson,
  type ArticleMeta,
  type Evidence,
  type NewsGraph,
} from "../../core/index.js";
import { detectFormat, xmlRootName, type GraphFileFormat } from "./detect-format.js";
import { UnsafeXmlError, assertNoDoctype } from "./xml-guard.js";

/** A file could not be opened; the message names the file and says why. */
export class OpenFileError extends NewsgraphError {
  override name = "OpenFileError";
}

/** Files above this size are refused before they are read (the browser would stall on them). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The XML side, injected: the browser's DOMParser and graphology's browser parsers in the page, xmldom in Node tests. */
export interface XmlReaders {
  parseXml(text: string): Document;
  graphml(doc: Document): Graph;
  gexf(doc: Document): Graph;
}

/** Attributes newsgraph writes as JSON strings in GraphML and GEXF, by domain. */
const JSON_ATTRIBUTES = { graph: ["articles"], node: ["aliases", "articles"], edge: ["evidence"] } as const;

type Attrs = Record<string, unknown>;

function decodeJson(attrs: Attrs, names: readonly string[], where: string): Attrs {
  const out: Attrs = { ...attrs };
  for (const name of names) {
    const value = out[name];
    if (typeof value !== "string") continue;
    try {
      out[name] = JSON.parse(value);
    } catch {
      throw new OpenFileError(`${where}: attribute "${name}" should hold a JSON list, not ${JSON.stringify(value.slice(0, 40))}`);
    }
  }
  return out;
}

/** What each evidence item says of its article, as an article list (for GEXF, which has no room for the graph's own list). */
function articlesFromEvidence(edges: readonly { attributes: Attrs }[]): ArticleMeta[] {
  const byId = new Map<string, ArticleMeta>();
  for (const { attributes } of edges) {
    const evidence = attributes.evidence;
    if (!Array.isArray(evidence)) continue;
    for (const item of evidence as Evidence[]) {
      if (!item || typeof item.article !== "string" || byId.has(item.article)) continue;
      const { article: id, title, date, url, outlet } = item;
      byId.set(id, {
        id,
        ...(title !== undefined && { title }),
        ...(date !== undefined && { date }),
        ...(url !== undefined && { url }),
        ...(outlet !== undefined && { outlet }),
      });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return first.join("; ") + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : "");
}

/** A graph read by graphology-graphml / -gexf → the contract's graph, or OpenFileError. */
export function toNewsGraph(parsed: Graph, name: string, format: "graphml" | "gexf"): NewsGraph {
  const { id: _id, ...graphAttributes } = parsed.getAttributes() as Attrs;
  const nodes = parsed.mapNodes((key, attributes) => ({ key, attributes: decodeJson(attributes, JSON_ATTRIBUTES.node, `node "${key}"`) }));
  const edges = parsed.mapEdges((key, attributes, source, target) => {
    const decoded = decodeJson(attributes, JSON_ATTRIBUTES.edge, `edge "${key}"`);
    // GEXF carries the relation as the edge's label too (for Gephi): one copy is enough.
    if (format === "gexf" && decoded.label === decoded.relation) delete decoded.label;
    return { key, source, target, attributes: decoded };
  });
  const attributes = decodeJson(graphAttributes, JSON_ATTRIBUTES.graph, "graph");
  if (attributes.articles === undefined) attributes.articles = articlesFromEvidence(edges);
  const candidate = { options: { type: "directed", multi: true, allowSelfLoops: parsed.allowSelfLoops }, attributes, nodes, edges };
  const checked = GraphJson.safeParse(candidate);
  if (!checked.success) {
    throw new OpenFileError(
      `${name} is not a newsgraph graph: ${describeIssues(checked.error.issues)}. Open a file written by newsgraph (its build or export command, or this page's downloads).`,
    );
  }
  return graphFromJson(checked.data);
}

function parseXmlGraph(text: string, name: string, format: "graphml" | "gexf", readers: XmlReaders): NewsGraph {
  assertNoDoctype(text, name);
  const root = xmlRootName(text);
  if (root !== format)
    throw new OpenFileError(
      `${name} is not ${format === "graphml" ? "GraphML" : "GEXF"}: its root element is ${root === null ? "missing" : `<${root}>`}.`,
    );
  let doc: Document;
  try {
    doc = readers.parseXml(text);
  } catch (err) {
    throw new OpenFileError(`${name} is not well-formed XML (${(err as Error).message}).`);
  }
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new OpenFileError(`${name} is not well-formed XML: ${(error.textContent ?? "").trim().split("\n")[0]?.slice(0, 200)}`);
  // NOTE: belt and braces: the screen above already refused any DOCTYPE.
  if (doc.doctype) throw new UnsafeXmlError(`${name} was not opened: it declares a DOCTYPE.`);
  let parsed: Graph;
  try {
    parsed = format === "graphml" ? readers.graphml(doc) : readers.gexf(doc);
  } catch (err) {
    throw new OpenFileError(`${name} could not be read as ${format === "graphml" ? "GraphML" : "GEXF"}: ${(err as Error).message}`);
  }
  return toNewsGraph(parsed, name, format);
}

/**
 * The graph in `text`, a file named `name`. Throws OpenFileError (bad or unknown file),
 * UnsafeXmlError (a DOCTYPE) — both NewsgraphErrors with a message for the user.
 */
export function parseGraphText(name: string, text: string, readers: XmlReaders): { graph: NewsGraph; format: GraphFileFormat } {
  const format = detectFormat(name, text.slice(0, 4096));
  if (format === null)
    throw new OpenFileError(`${name} is not a graph file this page can open: choose a .graphml, .gexf or graph.json file.`);
  if (format === "json") {
    try {
      return { graph: parseGraphJson(text), format };
    } catch (err) {
      if (err instanceof ContractError) throw new OpenFileError(err.message.replace(/^graph\.json\b/, name));
      throw err;
    }
  }
  return { graph: parseXmlGraph(text, name, format, readers), format };
}

/** Reads a picked or dropped file; refuses one over MAX_FILE_BYTES before reading it. */
export async function readGraphFile(
  file: Blob & { readonly name: string },
  readers: XmlReaders,
): Promise<{ graph: NewsGraph; format: GraphFileFormat }> {
  if (file.size > MAX_FILE_BYTES) {
    throw new OpenFileError(
      `${file.name} is ${Math.round(file.size / 1048576)} MB; this page opens files up to ${MAX_FILE_BYTES / 1048576} MB.`,
    );
  }
  if (file.size === 0) throw new OpenFileError(`${file.name} is empty.`);
  return parseGraphText(file.name, await file.text(), readers);
}

export { UnsafeXmlError };
