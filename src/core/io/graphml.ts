// graph → GraphML text. graphology-graphml only parses, so the writer is ours:
// every attribute is declared as a typed <key>, lists and objects become JSON strings,
// and all text is XML-escaped (characters XML 1.0 cannot carry are dropped).
import type { NewsGraph } from "../contract/news-graph.js";
import { ContractError } from "../errors.js";
import { sortedJson } from "./sorted-json.js";
import { dropInvalidXmlChars } from "./xml-chars.js";

type GraphmlType = "string" | "double" | "int" | "boolean";
type Domain = "graph" | "node" | "edge";

interface KeyDecl {
  readonly id: string;
  readonly domain: Domain;
  readonly name: string;
  readonly type: GraphmlType;
}

// NOTE: line ends are written as character references, which no reader normalizes: a literal CR,
// NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029) comes back as "\n" from readers that apply XML 1.1's
// line-end rules (graphology-graphml's DOM parser does), so "a\u2028b" would not survive.
const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\u0085": "&#133;",
  "\u2028": "&#8232;",
  "\u2029": "&#8233;",
};
const TO_ESCAPE = /[&<>"'\r\t\n\u0085\u2028\u2029]/g;
/** Any character that escaping changes or drops (surrogates included: lone ones are dropped). */
const NEEDS_WORK = /[&<>"'\u0000-\u001F\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return dropInvalidXmlChars(text).replace(TO_ESCAPE, (c) => XML_ESCAPES[c]!);
}

function typeOf(value: unknown): GraphmlType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "double";
  return "string";
}

/** Widens a key's type when values disagree: int + double → double; anything else → string. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  if ((a === "int" && b === "double") || (a === "double" && b === "int")) return "double";
  return "string";
}

function encode(value: unknown, type: GraphmlType): string {
  if (type === "string") return typeof value === "string" ? value : sortedJson(value);
  return String(value);
}

function collectKeys(domain: Domain, records: Iterable<Record<string, unknown>>): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>();
  for (const attrs of records) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null) continue;
      const t = typeOf(value);
      const prev = types.get(name);
      types.set(name, prev ? widen(prev, t) : t);
    }
  }
  void domain;
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function* nodeRecords(graph: NewsGraph) {
  for (const n of graph.nodes()) yield graph.getNodeAttributes(n) as Record<string, unknown>;
}
function* edgeRecords(graph: NewsGraph) {
  for (const e of graph.edges()) yield graph.getEdgeAttributes(e) as Record<string, unknown>;
}

/**
 * Writes ids escaped, and refuses two keys that differ only in characters XML cannot carry
 * ("person:a\u0001" and "person:a"): dropped, they would be one id, and the file unreadable.
 */
function idWriter(what: string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    const id = escapeXml(key);
    const other = seen.get(id);
    if (other !== undefined && other !== key) {
      throw new ContractError(
        `GraphML cannot keep the ${what}s ${JSON.stringify(other)} and ${JSON.stringify(key)} apart: they differ only in characters XML cannot carry. Rename one of them.`,
      );
    }
    seen.set(id, key);
    return id;
  };
}

/** Serializes `graph` as a GraphML document with nodes and edges sorted by key. */
export function toGraphml(graph: NewsGraph): string {
  const decls: KeyDecl[] = [];
  const ids = new Map<string, KeyDecl>();
  const declare = (domain: Domain, types: Map<string, GraphmlType>) => {
    for (const [name, type] of types) {
      const decl = { id: `${domain[0]}_${name}`, domain, name, type };
      decls.push(decl);
      ids.set(`${domain}:${name}`, decl);
    }
  };
  declare("graph", collectKeys("graph", [graph.getAttributes() as Record<string, unknown>]));
  declare("node", collectKeys("node", nodeRecords(graph)));
  declare("edge", collectKeys("edge", edgeRecords(graph)));

  const data = (domain: Domain, attrs: Record<string, unknown>, indent: string): string[] => {
    const out: string[] = [];
    for (const name of Object.keys(attrs).sort()) {
      const value = attrs[name];
      if (value === undefined || value === null) continue;
      const decl = ids.get(`${domain}:${name}`)!;
      out.push(`${indent}<data key="${escapeXml(decl.id)}">${escapeXml(encode(value, decl.type))}</data>`);
    }
    return out;
  };

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const keyId = idWriter("attribute");
  for (const d of decls) {
    lines.push(`  <key id="${keyId(d.id)}" for="${d.domain}" attr.name="${escapeXml(d.name)}" attr.type="${d.type}"/>`);
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...data("graph", graph.getAttributes() as Record<string, unknown>, "    "));
  const nodeId = idWriter("node");
  const edgeId = idWriter("edge");
  for (const node of [...graph.nodes()].sort()) {
    lines.push(`    <node id="${nodeId(node)}">`);
    lines.push(...data("node", graph.getNodeAttributes(node) as Record<string, unknown>, "      "));
    lines.push("    </node>");
  }
  for (const edge of [...graph.edges()].sort()) {
    const [source, target] = graph.extremities(edge);
    lines.push(`    <edge id="${edgeId(edge)}" source="${nodeId(source)}" target="${nodeId(target)}">`);
    lines.push(...data("edge", graph.getEdgeAttributes(edge) as Record<string, unknown>, "      "));
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
