// toNeo4j: nodes.csv and relationships.csv in neo4j-admin's header format, read back with our own
// RFC 4180 reader and typed by their headers; load.cypher reads exactly the columns the files have.
import { describe, expect, it } from "vitest";
import { RELATIONS, nodeKey, toNeo4j, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../../../src/core/index.js";
import { csvSafeJson } from "../../../src/core/io/neo4j.js";
import { SAMPLE_EDGES, SAMPLE_NODES, buildGraph, sampleGraph } from "../../helpers/core-graph.js";
import { parseCsvRecords } from "../../helpers/core-csv.js";

const NODE_HEADER = [
  "id:ID",
  ":LABEL",
  "label",
  "kind",
  "aliases:string[]",
  "mentions:int",
  "articles:string[]",
  "x:double",
  "y:double",
  "size:double",
  "color",
];
const RELATIONSHIP_HEADER = [
  ":START_ID",
  ":END_ID",
  ":TYPE",
  "key",
  "relation",
  "weight:int",
  "modality",
  "to",
  "articles:string[]",
  "evidence",
];

/** A cell read as neo4j-admin reads it, by its header's type: "mentions:int" → a number, "x:string[]" → a list. */
function typed(header: string, cell: string): unknown {
  if (cell === "") return undefined;
  const type = header.split(":")[1] ?? "string";
  if (type === "int" || type === "double") return Number(cell);
  if (type === "string[]" || type === "LABEL") return cell.split(";");
  return cell;
}

/** Each row as {property (or role): value}, empty cells left out. */
function readBack(text: string): { header: string[]; rows: Record<string, unknown>[] } {
  const { header, records } = parseCsvRecords(text);
  const rows = records.map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .map(([h, cell]) => [h.split(":")[0] || h, typed(h, cell)] as const)
        .filter(([, v]) => v !== undefined),
    ),
  );
  return { header, rows };
}

const HOSTILE = `Berg, "Sons" & Co\r\nline two \\" end\\`;

function hostileGraph(): NewsGraph {
  return buildGraph(
    [
      { kind: "person", label: HOSTILE, key: "person:hostile", attributes: { aliases: [HOSTILE, "semi; colon"], articles: ["a,b.txt"] } },
      { kind: "country", label: "Norway" },
    ],
    [
      {
        source: "person:hostile",
        relation: "represents",
        target: nodeKey("country", "Norway"),
        attributes: {
          to: HOSTILE,
          evidence: [{ article: "a,b.txt", sentence: `He said "yes" \\ twice.\n`, title: HOSTILE, date: "2026-03-06" }],
        },
      },
    ],
  );
}

const expectedNode = (key: string, a: NodeAttributes, aliases = a.aliases) => ({
  id: key,
  ":LABEL": ["Entity", a.kind[0]!.toUpperCase() + a.kind.slice(1)],
  label: a.label,
  kind: a.kind,
  aliases,
  mentions: a.mentions,
  articles: a.articles,
  x: a.x,
  y: a.y,
  size: a.size,
  color: a.color,
});

const expectedRelationship = (key: string, source: string, target: string, a: EdgeAttributes) => ({
  ":START_ID": source,
  ":END_ID": target,
  ":TYPE": a.relation.toUpperCase(),
  key,
  relation: a.relation,
  weight: a.weight,
  ...(a.modality ? { modality: a.modality } : {}),
  ...(a.to ? { to: a.to } : {}),
  articles: [...new Set(a.evidence.map((e) => e.article))].sort(),
  evidence: a.evidence,
});

describe.each<[string, () => NewsGraph]>([
  ["the sample graph", sampleGraph],
  ["a graph with commas, quotes, line breaks and backslashes in its text", hostileGraph],
])("toNeo4j on %s", (_name, make) => {
  const graph = make();
  const files = toNeo4j(graph);

  it("writes the neo4j-admin header of nodes.csv", () => {
    expect(readBack(files.nodes).header).toEqual(NODE_HEADER);
  });

  it("writes the neo4j-admin header of relationships.csv", () => {
    expect(readBack(files.relationships).header).toEqual(RELATIONSHIP_HEADER);
  });

  it("gives back every node, sorted by id, with its typed properties", () => {
    const rows = readBack(files.nodes).rows;
    // NOTE: neo4j-admin cannot escape its array delimiter, so ";" inside a list item is written ","
    const expected = [...graph.nodes()].sort().map((k) => {
      const a = graph.getNodeAttributes(k);
      return expectedNode(
        k,
        a,
        a.aliases.map((x) => x.replaceAll(";", ",")),
      );
    });
    expect(rows).toEqual(expected);
  });

  it("gives back every relationship, sorted by key, with its typed properties and its evidence as JSON", () => {
    const rows = readBack(files.relationships).rows.map((r) => ({ ...r, evidence: JSON.parse(String(r.evidence)) }));
    const expected = [...graph.edges()].sort().map((k) => {
      const [s, t] = graph.extremities(k);
      return expectedRelationship(k, s, t, graph.getEdgeAttributes(k));
    });
    expect(rows).toEqual(expected);
  });

  it("never puts a backslash before a quote in the evidence JSON (LOAD CSV's legacy quoting would misread it)", () => {
    const evidence = parseCsvRecords(files.relationships).records.map((r) => r.evidence!);
    expect(evidence.filter((e) => /\\"/.test(e))).toEqual([]);
  });
});

describe("toNeo4j", () => {
  it("is byte-identical for the same graph built in another order", () => {
    const reversed = buildGraph([...SAMPLE_NODES].reverse(), [...SAMPLE_EDGES].reverse());
    expect(toNeo4j(reversed)).toEqual(toNeo4j(sampleGraph()));
  });

  it.each<[string, unknown]>([
    ["a quote", 'said "yes"'],
    ["a backslash at the end", "C:\\"],
    ["a backslash before a quote", '\\"'],
    ["a line break and a tab", "a\nb\tc"],
    ["a nested list", [{ sentence: 'x "y" \\ z' }]],
  ])("csvSafeJson keeps %s and parses back to the same value", (_name, value) => {
    const text = csvSafeJson(value);
    expect([JSON.parse(text), /\\"/.test(text)]).toEqual([value, false]);
  });
});

describe("load.cypher", () => {
  const files = toNeo4j(sampleGraph());
  const columns = (text: string) => new Set(parseCsvRecords(text).header);
  const used = [...files.cypher.matchAll(/row\.`([^`]+)`/g)].map((m) => m[1]!);

  it("reads only columns that nodes.csv or relationships.csv have", () => {
    const known = new Set([...columns(files.nodes), ...columns(files.relationships)]);
    expect(used.filter((c) => !known.has(c))).toEqual([]);
  });

  it.each(NODE_HEADER.filter((h) => !h.startsWith(":")).map((h) => [h]))("sets the node property of column %s", (header) => {
    expect(used).toContain(header);
  });

  it.each(RELATIONS.map((r) => [r.toUpperCase()]))("creates %s relationships", (type) => {
    expect(files.cypher).toContain(`CREATE (a)-[r:${type}]->(b)`);
  });

  it.each([["Leader"], ["Country"], ["Organization"], ["Sector"]])("gives nodes the label %s by kind", (label) => {
    expect(files.cypher).toMatch(new RegExp(`SET n:${label};`));
  });

  it("ends every statement with a semicolon", () => {
    const statements = files.cypher
      .split(/\n\n+/)
      .map((s) =>
        s
          .split("\n")
          .filter((l) => !l.startsWith("//"))
          .join("\n")
          .trim(),
      )
      .filter(Boolean);
    expect(statements.filter((s) => !s.endsWith(";"))).toEqual([]);
  });
});
