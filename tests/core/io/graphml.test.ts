// toGraphml: our GraphML writer, checked by reading its output back with graphology-graphml,
// a strict XML parser (saxes) and, when it is installed, NetworkX.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { nodeKey, toGraphml, type NewsGraph } from "../../../src/core/index.js";
import { SAMPLE_EDGES, SAMPLE_NODES, buildGraph, sampleGraph } from "../../helpers/core-graph.js";
import { graphOf } from "../../helpers/core-pipeline.js";
import { HAS_NETWORKX, NO_NETWORKX_REASON, readWithNetworkx } from "../../helpers/core-python.js";
import { makeTempDir } from "../../helpers/core-tmp.js";
import { readXml } from "../../helpers/core-xml.js";

/** Attributes the writer stores as JSON strings, by domain. */
const JSON_ATTRIBUTES = { graph: ["articles"], node: ["aliases", "articles"], edge: ["evidence"] } as const;

type Attrs = Record<string, unknown>;
const decode = (attrs: Attrs, names: readonly string[]): Attrs =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, names.includes(k) && typeof v === "string" ? JSON.parse(v) : v]));

/** The GraphML text read back by graphology-graphml, list attributes decoded from JSON. */
function readBack(text: string) {
  const g = parse(Graph, text);
  const { id: _graphId, ...graphAttributes } = g.getAttributes();
  return {
    graph: g,
    attributes: decode(graphAttributes, JSON_ATTRIBUTES.graph),
    nodes: Object.fromEntries(g.mapNodes((k, a) => [k, decode(a, JSON_ATTRIBUTES.node)])),
    edges: Object.fromEntries(g.mapEdges((k, a, s, t) => [k, { source: s, target: t, attributes: decode(a, JSON_ATTRIBUTES.edge) }])),
  };
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const nodesOfGraph = (g: NewsGraph) => Object.fromEntries(g.mapNodes((k, a) => [k, plain(a)]));
const edgesOfGraph = (g: NewsGraph) => Object.fromEntries(g.mapEdges((k, a, s, t) => [k, { source: s, target: t, attributes: plain(a) }]));

const PIPELINE_TEXT =
  "President Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday. " +
  "Chile and Norway signed the Blue Harbour Agreement, which covers fishing and energy. " +
  "Norway exports salmon and natural gas to Chile, and Chile sells copper to Norway.";

describe("toGraphml read back by graphology-graphml", () => {
  const cases: [string, () => NewsGraph][] = [
    ["the sample graph", sampleGraph],
    ["a graph built by the pipeline", () => graphOf(PIPELINE_TEXT)],
  ];

  it.each(cases)("keeps the nodes and their attributes of %s", (_name, make) => {
    const graph = make();
    expect(readBack(toGraphml(graph)).nodes).toEqual(nodesOfGraph(graph));
  });

  it.each(cases)("keeps the edges, their extremities and attributes of %s", (_name, make) => {
    const graph = make();
    expect(readBack(toGraphml(graph)).edges).toEqual(edgesOfGraph(graph));
  });

  it.each(cases)("keeps the graph attributes of %s", (_name, make) => {
    const graph = make();
    expect(readBack(toGraphml(graph)).attributes).toEqual(plain(graph.getAttributes()));
  });

  it("reads back as directed", () => {
    expect(readBack(toGraphml(sampleGraph())).graph.type).toBe("directed");
  });

  it("keeps parallel edges between the same two nodes (a multigraph)", () => {
    const back = readBack(toGraphml(sampleGraph())).graph;
    const norway = nodeKey("country", "Norway");
    const fishing = nodeKey("sector", "fishing");
    expect(back.multi).toBe(true);
    expect(back.edges(norway, fishing)).toHaveLength(2);
  });

  it("is byte-identical for the same graph built in another order", () => {
    const reversed = buildGraph([...SAMPLE_NODES].reverse(), [...SAMPLE_EDGES].reverse());
    expect(toGraphml(reversed)).toBe(toGraphml(sampleGraph()));
  });
});

describe("toGraphml <key> declarations", () => {
  const reading = readXml(toGraphml(sampleGraph()));
  const typeOf = (domain: string, name: string) => reading.keys.find((k) => k.for === domain && k.name === name)?.type;

  it.each<[string, string, string]>([
    ["graph", "contract", "int"],
    ["graph", "articles", "string"],
    ["node", "label", "string"],
    ["node", "kind", "string"],
    ["node", "aliases", "string"],
    ["node", "articles", "string"],
    ["node", "mentions", "int"],
    ["node", "x", "double"], // 10, -3.125 and 1.5: mixed int and double widen to double
    ["node", "y", "double"],
    ["node", "size", "double"],
    ["node", "color", "string"],
    ["edge", "relation", "string"],
    ["edge", "weight", "int"],
    ["edge", "evidence", "string"],
    ["edge", "to", "string"],
    ["edge", "modality", "string"],
  ])("declares %s attribute %s as %s", (domain, name, type) => {
    expect(typeOf(domain, name)).toBe(type);
  });

  it("declares each key id once", () => {
    const ids = reading.keys.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only declared keys of the right domain in <data>", () => {
    const declared = new Map(reading.keys.map((k) => [k.id, k.for]));
    const wrong = reading.data.filter((d) => declared.get(d.key) !== d.in);
    expect(wrong).toEqual([]);
  });
});

describe("toGraphml escaping", () => {
  // [case, text used as a label and as an evidence sentence, label expected back, sentence expected back]
  const C0 = "\u0001\u0008\u000B\u000C\u001F";
  const same = (name: string, text: string): [string, string, string, string] => [name, text, text, text];
  const cases: [string, string, string, string][] = [
    same("an ampersand", "Berg & Sons"),
    same("angle brackets", "<b>Ruiz</b> > Berg"),
    same("double and single quotes", `"Blue" 'Harbour'`),
    same("a CDATA terminator", "before ]]> after <![CDATA[ x ]]>"),
    same("an entity-like text", "&amp; &lt; &#0; &bogus;"),
    same("emoji (astral code points)", "Fisheries 🐟🇳🇴 deal"),
    same("right-to-left text", "اتفاق الميناء الأزرق ועוד שלום"),
    same("right-to-left marks", "Ana\u200F Ruiz\u202E"),
    same("tab, newline and carriage return", "line one\tcol\r\nline two"),
    // XML 1.0 cannot carry these: dropped from plain text; JSON escapes C0 controls and
    // lone surrogates as \uXXXX, so they survive inside a JSON-encoded list
    ["C0 control characters", `Ana${C0}Ruiz`, "AnaRuiz", `Ana${C0}Ruiz`],
    ["a NUL character", "Ana\u0000Ruiz", "AnaRuiz", "Ana\u0000Ruiz"],
    ["lone surrogates", "Ana\uD800Ruiz\uDC00", "AnaRuiz", "Ana\uD800Ruiz\uDC00"],
    // noncharacters are not escaped by JSON, so they are dropped from lists too
    ["the noncharacters U+FFFE and U+FFFF", "Ana\uFFFERuiz\uFFFF", "AnaRuiz", "AnaRuiz"],
  ];

  const graphWith = (text: string) =>
    buildGraph(
      [
        { kind: "person", label: text, key: "person:odd", attributes: { aliases: [text, "plain"] } },
        { kind: "country", label: "Norway" },
      ],
      [
        {
          source: "person:odd",
          relation: "represents",
          target: nodeKey("country", "Norway"),
          attributes: { evidence: [{ article: text, sentence: text }] },
        },
      ],
    );

  it.each(cases)("writes well-formed XML for a label and evidence with %s", (_name, text) => {
    expect(readXml(toGraphml(graphWith(text))).errors).toEqual([]);
  });

  it.each(cases)("reads back the label with %s", (_name, text, expected) => {
    expect(readBack(toGraphml(graphWith(text))).nodes["person:odd"]?.label).toBe(expected);
  });

  it.each(cases)("reads back the evidence sentence with %s (it travels as JSON)", (_name, text, _label, sentence) => {
    const edge = Object.values(readBack(toGraphml(graphWith(text))).edges)[0]!;
    expect(edge.attributes.evidence).toEqual([{ article: sentence, sentence }]);
  });

  it.each<[string, string]>([
    ["quotes and ampersands", `person:"a"&<b>'c'`],
    ["spaces and slashes", "organization:a b/c"],
  ])("writes and reads back a node key with %s", (_name, key) => {
    const graph = buildGraph([{ kind: "person", label: "Ana Ruiz", key }], []);
    const text = toGraphml(graph);
    expect(readXml(text).errors).toEqual([]);
    expect(readBack(text).graph.nodes()).toEqual([key]);
  });
});

/** Test titles say why they are skipped when NetworkX is missing. */
const nxTitle = (title: string) => (HAS_NETWORKX ? title : `${title} — skipped: ${NO_NETWORKX_REASON}`);

describe("toGraphml read by NetworkX", () => {
  const cases: [string, () => NewsGraph][] = [
    ["the sample graph (with parallel edges)", sampleGraph],
    ["a graph built by the pipeline", () => graphOf(PIPELINE_TEXT)],
    ["a graph with hostile labels", () => buildGraph([{ kind: "person", label: 'a & <b> "c" ]]> 🐟 שלום \u0001', key: "person:x&y" }], [])],
  ];

  it.skipIf(!HAS_NETWORKX).each(cases)(nxTitle("counts the same nodes and edges in %s"), (_name, make) => {
    const graph = make();
    const path = join(makeTempDir(), "graph.graphml");
    writeFileSync(path, toGraphml(graph));
    const nx = readWithNetworkx(path);
    expect({ directed: nx.directed, multigraph: nx.multigraph, nodes: nx.nodes, edges: nx.edges }).toEqual({
      directed: true,
      multigraph: true,
      nodes: graph.order,
      edges: graph.size,
    });
  });

  it.skipIf(!HAS_NETWORKX).each<[string, "node" | "edge", string]>([
    ["mentions", "node", "int"],
    ["x", "node", "float"],
    ["label", "node", "str"],
    ["weight", "edge", "int"],
    ["evidence", "edge", "str"],
  ])(nxTitle("types %s (%s) as a Python %s"), (name, domain, pyType) => {
    const path = join(makeTempDir(), "graph.graphml");
    writeFileSync(path, toGraphml(sampleGraph()));
    const nx = readWithNetworkx(path);
    expect((domain === "node" ? nx.nodeTypes : nx.edgeTypes)[name]).toBe(pyType);
  });
});
