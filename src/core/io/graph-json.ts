// graph ⇄ graph.json: graphology's serialization, sorted so that output is byte-stable,
// and validated against the contract on the way in and on the way out.
import { ContractError } from "../errors.js";
import type { SerializedGraph } from "graphology-types";
import { GraphJson, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../contract/graph-json.js";
import { createNewsGraph, type NewsGraph } from "../contract/news-graph.js";
import { sortedJson } from "./sorted-json.js";

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The contract-checked, sorted serialization of `graph`. Throws ContractError if it is invalid. */
export function toGraphJsonObject(graph: NewsGraph): GraphJson {
  const exported = graph.export();
  const candidate = {
    options: exported.options,
    attributes: exported.attributes,
    nodes: [...exported.nodes].sort(byKey),
    edges: exported.edges
      .map((e: { key?: string; source: string; target: string; attributes?: unknown }) => ({
        key: String(e.key),
        source: e.source,
        target: e.target,
        attributes: e.attributes,
      }))
      .sort(byKey),
  };
  const parsed = GraphJson.safeParse(candidate);
  if (!parsed.success) throw new ContractError(`graph does not satisfy the contract: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** graph.json text: one line per node and edge keeps diffs readable and files small. */
export function toGraphJson(graph: NewsGraph): string {
  const obj = toGraphJsonObject(graph);
  const line = (x: unknown) => "    " + sortedJson(x);
  return [
    "{",
    `  "attributes": ${sortedJson(obj.attributes)},`,
    `  "edges": [${obj.edges.length ? "\n" + obj.edges.map(line).join(",\n") + "\n  " : ""}],`,
    `  "nodes": [${obj.nodes.length ? "\n" + obj.nodes.map(line).join(",\n") + "\n  " : ""}],`,
    `  "options": ${sortedJson(obj.options)}`,
    "}",
    "",
  ].join("\n");
}

/** Parses and validates graph.json text. Throws ContractError saying what is wrong. */
export function parseGraphJson(text: string): NewsGraph {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ContractError(`graph.json is not valid JSON (${(err as Error).message}); rebuild it with "newsgraph build".`);
  }
  return graphFromJson(raw);
}

/** Validates an already-parsed graph.json object and restores the graph. */
export function graphFromJson(raw: unknown): NewsGraph {
  const parsed = GraphJson.safeParse(raw);
  if (!parsed.success) throw new ContractError(`graph.json does not satisfy the contract: ${describeIssues(parsed.error.issues)}`);
  const graph = createNewsGraph();
  try {
    graph.import(parsed.data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (err) {
    throw new ContractError(`graph.json is inconsistent: ${(err as Error).message}`);
  }
  return graph;
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return first.join("; ") + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : "");
}
