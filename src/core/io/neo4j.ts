// graph → the three files Neo4j loads: nodes.csv and relationships.csv in the header format of
// `neo4j-admin database import`, and load.cypher, the same load through LOAD CSV. Columns are data.
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../contract/ontology.js";
import type { EdgeAttributes, NodeAttributes } from "../contract/graph-json.js";
import type { NewsGraph } from "../contract/news-graph.js";
import { sortedJson } from "./sorted-json.js";

export interface Neo4jFiles {
  readonly nodes: string;
  readonly relationships: string;
  readonly cypher: string;
}

/** neo4j-admin's default array delimiter; load.cypher splits on the same one. */
export const ARRAY_DELIMITER = ";";

type PropertyType = "string" | "int" | "double" | "string[]";

interface Column<T> {
  /** The header cell, e.g. "mentions:int", ":LABEL", "id:ID". */
  readonly header: string;
  /** The property set from it (none for :LABEL, :START_ID, :END_ID, :TYPE). */
  readonly property?: string;
  readonly type: PropertyType;
  /** The cell's value; undefined leaves the cell empty (no property). */
  readonly value: (item: T) => string | number | readonly string[] | undefined;
}

interface NodeRow {
  readonly key: string;
  readonly attributes: NodeAttributes;
}
interface EdgeRow {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: EdgeAttributes;
}

/** "organization" → "Organization": one Neo4j label per node kind, beside the common label Entity. */
export const kindLabel = (kind: NodeKind): string => kind[0]!.toUpperCase() + kind.slice(1);
/** "signed" → "SIGNED": Neo4j's convention for relationship types. */
export const relationType = (relation: Relation): string => relation.toUpperCase();

/**
 * JSON (keys sorted) that survives both of Neo4j's CSV readers: a quote inside a JSON string is written \u0022
 * and a backslash \u005c, so no backslash ever stands before a quote (LOAD CSV's default "legacy"
 * quoting reads \" as an escaped quote). JSON.parse gives the same value back.
 * e.g. ["said \"yes\""] → ["said \u0022yes\u0022"]
 */
export function csvSafeJson(value: unknown): string {
  return sortedJson(value).replace(/\\(.)/g, (escape, char: string) => (char === '"' ? "\\u0022" : char === "\\" ? "\\u005c" : escape));
}

export const NODE_COLUMNS: readonly Column<NodeRow>[] = [
  { header: "id:ID", property: "id", type: "string", value: (n) => n.key },
  { header: ":LABEL", type: "string[]", value: (n) => ["Entity", kindLabel(n.attributes.kind)] },
  { header: "label", property: "label", type: "string", value: (n) => n.attributes.label },
  { header: "kind", property: "kind", type: "string", value: (n) => n.attributes.kind },
  { header: "aliases:string[]", property: "aliases", type: "string[]", value: (n) => n.attributes.aliases },
  { header: "mentions:int", property: "mentions", type: "int", value: (n) => n.attributes.mentions },
  { header: "articles:string[]", property: "articles", type: "string[]", value: (n) => n.attributes.articles },
  { header: "x:double", property: "x", type: "double", value: (n) => n.attributes.x },
  { header: "y:double", property: "y", type: "double", value: (n) => n.attributes.y },
  { header: "size:double", property: "size", type: "double", value: (n) => n.attributes.size },
  { header: "color", property: "color", type: "string", value: (n) => n.attributes.color },
];

export const RELATIONSHIP_COLUMNS: readonly Column<EdgeRow>[] = [
  { header: ":START_ID", type: "string", value: (e) => e.source },
  { header: ":END_ID", type: "string", value: (e) => e.target },
  { header: ":TYPE", type: "string", value: (e) => relationType(e.attributes.relation) },
  { header: "key", property: "key", type: "string", value: (e) => e.key },
  { header: "relation", property: "relation", type: "string", value: (e) => e.attributes.relation },
  { header: "weight:int", property: "weight", type: "int", value: (e) => e.attributes.weight },
  { header: "modality", property: "modality", type: "string", value: (e) => e.attributes.modality },
  { header: "to", property: "to", type: "string", value: (e) => e.attributes.to },
  {
    header: "articles:string[]",
    property: "articles",
    type: "string[]",
    value: (e) => [...new Set(e.attributes.evidence.map((x) => x.article))].sort(),
  },
  // the evidence list (sentences, offsets, article title/date/url/outlet) as one JSON string
  { header: "evidence", property: "evidence", type: "string", value: (e) => csvSafeJson(e.attributes.evidence) },
];

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: string | number | readonly string[] | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return csvField(value);
  if (!value.length) return "";
  // NOTE: neo4j-admin cannot escape the array delimiter, so a ";" inside an item is written ",".
  return csvField(value.map((item) => item.replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER));
}

function csv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return lines.join("\n") + "\n";
}

/** The Cypher expression that reads one column of a LOAD CSV row back into its property type. */
function readCell(column: Pick<Column<never>, "header" | "type">): string {
  const raw = `row.\`${column.header}\``;
  const read = { string: raw, int: `toInteger(${raw})`, double: `toFloat(${raw})`, "string[]": `split(${raw}, '${ARRAY_DELIMITER}')` }[
    column.type
  ];
  // an empty cell is no property, whether LOAD CSV reads it as null or as ''
  return `CASE WHEN ${raw} <> '' THEN ${read} END`;
}

function setProperties(variable: string, columns: readonly Column<never>[]): string {
  return columns
    .filter((c) => c.property)
    .map((c) => `${variable}.${c.property} = ${readCell(c)}`)
    .join(",\n    ");
}

/** load.cypher: the LOAD CSV route, for a running database (neo4j-admin import needs a stopped one). */
function loadCypher(): string {
  const id = NODE_COLUMNS[0]!.header;
  const lines = [
    "// newsgraph → Neo4j with LOAD CSV. Put nodes.csv and relationships.csv in the database's import",
    "// folder, then run: cypher-shell -u neo4j -p <password> -f load.cypher",
    "CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    "",
    "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
    `MERGE (n:Entity {id: row.\`${id}\`})`,
    `SET ${setProperties(
      "n",
      NODE_COLUMNS.filter((c) => c.header !== id),
    )};`,
    "",
    // Cypher cannot take a label or a relationship type from a value: one statement per kind and per relation
    ...NODE_KINDS.map((kind) => `MATCH (n:Entity {kind: '${kind}'}) SET n:${kindLabel(kind)};`),
  ];
  for (const relation of RELATIONS) {
    lines.push(
      "",
      "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
      `WITH row WHERE row.\`:TYPE\` = '${relationType(relation)}'`,
      "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})",
      `CREATE (a)-[r:${relationType(relation)}]->(b)`,
      `SET ${setProperties("r", RELATIONSHIP_COLUMNS)};`,
    );
  }
  return lines.join("\n") + "\n";
}

/** The three Neo4j files of `graph`; rows sorted by key, so the same graph gives the same bytes. */
export function toNeo4j(graph: NewsGraph): Neo4jFiles {
  const nodes: NodeRow[] = [...graph.nodes()].sort().map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
  const edges: EdgeRow[] = [...graph.edges()].sort().map((key) => {
    const [source, target] = graph.extremities(key);
    return { key, source, target, attributes: graph.getEdgeAttributes(key) };
  });
  return { nodes: csv(NODE_COLUMNS, nodes), relationships: csv(RELATIONSHIP_COLUMNS, edges), cypher: loadCypher() };
}
