// graph → GEXF 1.2 text (Gephi's own format) through graphology-gexf's writer: label and layout go
// to GEXF's label and viz fields, lists become JSON strings, and text XML cannot carry is dropped.
import Graph from "graphology";
import writeGexf from "graphology-gexf/browser/writer.js";
import { CONTRACT_VERSION } from "../contract/graph-json.js";
import type { NewsGraph } from "../contract/news-graph.js";
import { ContractError } from "../errors.js";
import { sortedJson } from "./sorted-json.js";
import { dropInvalidXmlChars } from "./xml-chars.js";

type Scalar = string | number | boolean;

/** The viz namespace graphology-gexf 0.13 declares for GEXF 1.2 is misspelt; readers match on it. */
const MISSPELT_VIZ_NS = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NS = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/** A value GEXF can hold: strings cleaned, lists and objects as JSON (["Ana Ruiz","Ruiz"]), nothing for null. */
function scalar(value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return dropInvalidXmlChars(typeof value === "string" ? value : sortedJson(value));
}

function flatten(attributes: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const name of Object.keys(attributes).sort()) {
    const value = scalar(attributes[name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * The GEXF document of `graph`, nodes and edges sorted by key. Node `label` is GEXF's label and
 * `x`, `y`, `size`, `color` its viz fields; an edge's `weight` is GEXF's weight and its label is
 * its relation ("signed"), so Gephi shows both. Every other attribute is a typed attribute column.
 */
export function toGexf(graph: NewsGraph): string {
  const flat = new Graph({ type: "directed", multi: true, allowSelfLoops: graph.allowSelfLoops });
  flat.replaceAttributes({ creator: "newsgraph", description: `newsgraph knowledge graph (contract ${CONTRACT_VERSION})` });
  const keyOf = new Map<string, string>();
  for (const node of [...graph.nodes()].sort()) {
    const key = dropInvalidXmlChars(node);
    if (flat.hasNode(key))
      throw new ContractError(
        `toGexf: node keys "${node}" and "${key}" are the same once characters XML cannot carry are dropped; rename one.`,
      );
    keyOf.set(node, key);
    flat.addNode(key, flatten(graph.getNodeAttributes(node)));
  }
  for (const edge of [...graph.edges()].sort()) {
    const [source, target] = graph.extremities(edge);
    const attributes = graph.getEdgeAttributes(edge);
    const key = dropInvalidXmlChars(edge);
    if (flat.hasEdge(key))
      throw new ContractError(
        `toGexf: edge keys "${edge}" and "${key}" are the same once characters XML cannot carry are dropped; rename one.`,
      );
    flat.addDirectedEdgeWithKey(key, keyOf.get(source)!, keyOf.get(target)!, { label: attributes.relation, ...flatten(attributes) });
  }
  return writeGexf(flat, { version: "1.2" }).replace(MISSPELT_VIZ_NS, VIZ_NS) + "\n";
}
