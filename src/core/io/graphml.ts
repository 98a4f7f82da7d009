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
export function escapeXml(text: string): string {
  return dropInvalidXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\u0085/g, "&#133;")
    .replace(/\u2028/g, "&#8232;")
    .replace(/\u2029/g, "&#8233;");
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
      throw new ContractError(`GraphML cannot keep the ${what}s ${JSON.stringify(other)} and ${JSON.stringify(key)} apart: they differ only in characters XML cannot carry. Rename one of them.`);
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
