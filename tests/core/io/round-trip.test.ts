// Every export format read back by third-party code — GraphML by graphology-graphml, NetworkX and
// igraph; GEXF by graphology-gexf and NetworkX — with the same nodes, edges and attribute values.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph, { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeKey, toGexf, toGraphml, type NewsGraph } from "../../../src/core/index.js";
import { dropInvalidXmlChars } from "../../../src/core/io/xml-chars.js";
import { buildGraph, sampleGraph } from "../../helpers/core-graph.js";
import { graphOf } from "../../helpers/core-pipeline.js";
import {
  HAS_IGRAPH,
  HAS_NETWORKX,
  NO_IGRAPH_REASON,
  NO_NETWORKX_REASON,
  readForeign,
  type ForeignGraph,
  type ForeignReader,
} from "../../helpers/core-python.js";
import { makeTempDir } from "../../helpers/core-tmp.js";

type Attrs = Record<string, unknown>;

/** Attributes written as JSON strings (lists and objects), decoded again before comparing. */
const JSON_ATTRIBUTES = new Set(["aliases", "articles", "evidence"]);

/** A text with everything that troubles XML or CSV: markup, quotes, a CDATA end, emoji, RTL, controls, breaks. */
const HOSTILE = `Ruiz & Berg <b>"quoted"</b> 'single' ]]> 🐟🇳🇴 שלום عربي \u0001\u001F tab\there\r\nnext; a, b \\ end\\`;

/** The three graphs every reader must give back: parallel edges, real extraction output, hostile text. */
const GRAPHS: readonly [string, () => NewsGraph][] = [
  ["the sample graph (parallel edges, modality, to)", sampleGraph],
  [
    "a graph built by the pipeline (evidence with article metadata)",
    () =>
      graphOf(
        "Chile and Norway sign harbour pact\n\nPresident Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday. " +
          "Chile and Norway signed the Blue Harbour Agreement, which covers fishing and energy.",
      ),
  ],
  [
    "a graph with hostile text in labels, aliases and evidence",
    () =>
      buildGraph(
        [
          { kind: "person", label: HOSTILE, key: "person:hostile", attributes: { aliases: [HOSTILE, "Berg; Sons, Ltd"] } },
          { kind: "country", label: "Norway" },
        ],
        [
          {
            source: "person:hostile",
            relation: "represents",
            target: nodeKey("country", "Norway"),
            attributes: {
              to: HOSTILE,
              evidence: [
                {
                  article: "a.txt",
                  sentence: HOSTILE,
                  title: HOSTILE,
                  date: "2026-03-06",
                  url: "https://example.org/?a=1&b=2",
                  outlet: "Ledger",
                },
              ],
            },
          },
        ],
      ),
  ],
];

/** What a reader should give back for a value: XML drops what it cannot carry; lists travel as JSON. */
function expectedValue(name: string, value: unknown): unknown {
  if (typeof value === "string") return dropInvalidXmlChars(value);
  if (JSON_ATTRIBUTES.has(name)) return JSON.parse(dropInvalidXmlChars(JSON.stringify(value)));
  return value;
}
const expectedAttrs = (attrs: Attrs): Attrs => Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, expectedValue(k, v)]));

/** A reader's attributes with the JSON-string lists decoded. */
const decoded = (attrs: Attrs): Attrs =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, JSON_ATTRIBUTES.has(k) && typeof v === "string" ? JSON.parse(v) : v]));

interface View {
  readonly nodes: Record<string, Attrs>;
  readonly edges: Record<string, { source: string; target: string; attributes: Attrs }>;
}

function viewOf(graph: NewsGraph): View {
  return {
    nodes: Object.fromEntries(graph.mapNodes((k, a) => [k, expectedAttrs(a)])),
    edges: Object.fromEntries(graph.mapEdges((k, a, source, target) => [k, { source, target, attributes: expectedAttrs(a) }])),
  };
}

const toHex = (n: unknown) => Number(n).toString(16).padStart(2, "0");

/** GEXF keeps layout in viz fields and the relation as the edge label: put them back where graph.json has them. */
function fromGexfNode(attrs: Attrs): Attrs {
  const { viz, color, ...rest } = attrs as { viz?: { color: Attrs; size: number; position: Attrs }; color?: string } & Attrs;
  if (viz)
    return {
      ...rest,
      color: `#${toHex(viz.color.r)}${toHex(viz.color.g)}${toHex(viz.color.b)}`,
      size: viz.size,
      x: viz.position.x,
      y: viz.position.y,
    };
  const [r, g, b] = /rgb\((\d+),(\d+),(\d+)\)/.exec(String(color))!.slice(1);
  return { ...rest, color: `#${toHex(r)}${toHex(g)}${toHex(b)}` };
}
function fromGexfEdge(attrs: Attrs): Attrs {
  const { label, id: _id, ...rest } = attrs;
  expect(label).toBe(attrs.relation); // the edge label is the relation, for Gephi
  return rest;
}

/** igraph gives every declared attribute to every element: "" for a missing text, NaN (null here) for a missing number. */
function withoutIgraphFillers(attrs: Attrs, original: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k, v]) => k in original || (v !== "" && v !== null)));
}

function foreignView(reader: ForeignReader, foreign: ForeignGraph, original: View): View {
  const node = (key: string, a: Attrs): Attrs => {
    if (reader === "networkx-gexf") return decoded(fromGexfNode(a));
    const { id: _id, ...rest } = a;
    return decoded(reader === "igraph-graphml" ? withoutIgraphFillers(rest, original.nodes[key] ?? {}) : rest);
  };
  const edge = (key: string, a: Attrs): Attrs => {
    if (reader === "networkx-gexf") return decoded(fromGexfEdge(a));
    const { id: _id, ...rest } = a;
    return decoded(reader === "igraph-graphml" ? withoutIgraphFillers(rest, original.edges[key]?.attributes ?? {}) : rest);
  };
  return {
    nodes: Object.fromEntries(Object.entries(foreign.nodes).map(([k, a]) => [k, node(k, a)])),
    edges: Object.fromEntries(
      Object.entries(foreign.edges).map(([k, e]) => [k, { source: e.source, target: e.target, attributes: edge(k, e.attributes) }]),
    ),
  };
}

describe.each(GRAPHS)("round trips of %s", (_name, make) => {
  const graph = make();
  const original = viewOf(graph);
  const dir = makeTempDir();
  const files = { graphml: join(dir, "graph.graphml"), gexf: join(dir, "graph.gexf") };
  beforeAll(() => {
    writeFileSync(files.graphml, toGraphml(graph));
    writeFileSync(files.gexf, toGexf(graph));
  });

  describe("graphology readers", () => {
    it("graphology-graphml gives back every node and edge with its attributes", () => {
      const back = parseGraphml(Graph, toGraphml(graph));
      const view: View = {
        nodes: Object.fromEntries(back.mapNodes((k, a) => [k, decoded(a)])),
        edges: Object.fromEntries(back.mapEdges((k, a, source, target) => [k, { source, target, attributes: decoded(a) }])),
      };
      expect(view).toEqual(original);
    });

    it("graphology-gexf gives back every node and edge with its attributes (a multigraph when asked)", () => {
      const back = parseGexf(MultiDirectedGraph, toGexf(graph), { respectInputGraphType: true });
      const view: View = {
        nodes: Object.fromEntries(back.mapNodes((k, a) => [k, decoded(fromGexfNode(a))])),
        edges: Object.fromEntries(back.mapEdges((k, a, source, target) => [k, { source, target, attributes: decoded(fromGexfEdge(a)) }])),
      };
      expect([back.type, view]).toEqual(["directed", original]);
    });
  });

  const readers: [ForeignReader, boolean, string, keyof typeof files][] = [
    ["networkx-graphml", HAS_NETWORKX, NO_NETWORKX_REASON, "graphml"],
    ["igraph-graphml", HAS_IGRAPH, NO_IGRAPH_REASON, "graphml"],
    ["networkx-gexf", HAS_NETWORKX, NO_NETWORKX_REASON, "gexf"],
  ];
  describe.each(readers)("%s", (reader, available, reason, format) => {
    let foreign: ForeignGraph;
    beforeAll(() => {
      if (available) foreign = readForeign(reader, files[format]);
    });
    const title = (t: string) => (available ? t : `${t} — skipped: ${reason}`);

    it.skipIf(!available)(title("reads a directed graph with the same node and edge counts"), () => {
      expect([foreign.directed, Object.keys(foreign.nodes).length, Object.keys(foreign.edges).length]).toEqual([
        true,
        graph.order,
        graph.size,
      ]);
    });

    it.skipIf(!available)(title("gives back every node with the same attribute values"), () => {
      expect(foreignView(reader, foreign, original).nodes).toEqual(original.nodes);
    });

    it.skipIf(!available)(title("gives back every edge with its ends and the same attribute values"), () => {
      expect(foreignView(reader, foreign, original).edges).toEqual(original.edges);
    });
  });
});

describe("attribute types as third-party readers see them", () => {
  const dir = makeTempDir();
  const graphml = join(dir, "graph.graphml");
  const gexf = join(dir, "graph.gexf");
  beforeAll(() => {
    writeFileSync(graphml, toGraphml(sampleGraph()));
    writeFileSync(gexf, toGexf(sampleGraph()));
  });
  const seen = new Map<ForeignReader, ForeignGraph>();
  /** Each reader runs once for the whole table. */
  const read = (reader: ForeignReader): ForeignGraph => {
    if (!seen.has(reader)) seen.set(reader, readForeign(reader, reader.endsWith("gexf") ? gexf : graphml));
    return seen.get(reader)!;
  };

  // [reader, "domain:attribute", Python type]; igraph keeps every number as a float
  it.skipIf(!HAS_NETWORKX || !HAS_IGRAPH).each<[ForeignReader, string, string]>([
    ["networkx-graphml", "node:mentions", "int"],
    ["networkx-graphml", "node:x", "float"],
    ["networkx-graphml", "edge:weight", "int"],
    ["networkx-graphml", "edge:evidence", "str"],
    ["igraph-graphml", "node:mentions", "float"],
    ["igraph-graphml", "node:label", "str"],
    ["igraph-graphml", "edge:weight", "float"],
    ["networkx-gexf", "node:mentions", "int"],
    ["networkx-gexf", "node:kind", "str"],
    ["networkx-gexf", "edge:weight", "float"],
    ["networkx-gexf", "edge:relation", "str"],
  ])("%s reads %s as a Python %s", (reader, attribute, type) => {
    expect(read(reader).types[attribute]).toBe(type);
  });

  it.skipIf(!HAS_NETWORKX)("NetworkX reads the graph attributes of GraphML (the article list as JSON, dates as ISO strings)", () => {
    const { graph } = read("networkx-graphml");
    expect([graph.contract, JSON.parse(String(graph.articles))]).toEqual([
      1,
      [{ id: "a.txt", title: "An invented story", date: "2026-03-06" }],
    ]);
  });

  it.skipIf(!HAS_IGRAPH)("igraph reads the graph attributes of GraphML", () => {
    const { graph } = read("igraph-graphml");
    expect([graph.contract, JSON.parse(String(graph.articles))[0].date]).toEqual([1, "2026-03-06"]);
  });
});
