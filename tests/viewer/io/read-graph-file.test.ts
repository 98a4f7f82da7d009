// read-graph-file: opening GraphML, GEXF and graph.json files (round trips of the core's writers), refusing
// bad files with a message that names them, and the DOCTYPE screen (XXE, billion laughs) in front of the XML parsers.
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGexf, toGraphJson, toGraphml, type NewsGraph } from "../../../src/core/index.js";
import { detectFormat } from "../../../src/viewer/io/detect-format.js";
import { MAX_FILE_BYTES, parseGraphText, readGraphFile, type XmlReaders } from "../../../src/viewer/io/read-graph-file.js";
import { assertNoDoctype } from "../../../src/viewer/io/xml-guard.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

/** Node's stand-ins for the page's readers: xmldom under graphology's Node parsers. */
const NODE_READERS: XmlReaders = {
  // xmldom reports errors through its handler (the browser puts a <parsererror> in the document): both are refusals.
  parseXml: (text) =>
    new DOMParser({
      errorHandler: {
        warning: () => undefined,
        error: (message: string) => {
          throw new Error(message);
        },
        fatalError: (message: string) => {
          throw new Error(message);
        },
      },
    }).parseFromString(text, "application/xml") as unknown as Document,
  graphml: (doc) => parseGraphml(Graph, doc as never),
  gexf: (doc) => parseGexf(Graph, doc as never),
};

/** Readers that fail the test if the XML parser is ever reached. */
const UNREACHABLE: XmlReaders = {
  parseXml: () => {
    throw new Error("the XML parser must not see this document");
  },
  graphml: () => {
    throw new Error("unreachable");
  },
  gexf: () => {
    throw new Error("unreachable");
  },
};

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const nodesOf = (g: NewsGraph) => Object.fromEntries(g.mapNodes((k, a) => [k, plain(a)]));
const edgesOf = (g: NewsGraph) => Object.fromEntries(g.mapEdges((k, a, s, t) => [k, { s, t, a: plain(a) }]));

const XXE_FILE = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="n"><data key="l">&secret;</data></node></graph></graphml>`;
const XXE_URL = `<?xml version="1.0"?><!DOCTYPE gexf SYSTEM "http://127.0.0.1:9/evil.dtd"><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph/></gexf>`;
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("\n ")}
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&lol9;"/></graph></graphml>`;

describe("assertNoDoctype", () => {
  it.each([
    ["an external entity (XXE, file)", XXE_FILE],
    ["an external DTD (XXE, URL)", XXE_URL],
    ["nested entities (billion laughs)", LAUGHS],
    ["a DOCTYPE after a comment and a BOM", "\uFEFF<!-- made by hand -->\n<!DOCTYPE graphml><graphml/>"],
    ["a lower-case doctype", "<!doctype graphml><graphml/>"],
    ["a bare ENTITY declaration", '<!ENTITY x "y"><graphml/>'],
  ])("refuses %s", (_name, text) => {
    expect(() => assertNoDoctype(text, "evil.graphml")).toThrow(
      expect.objectContaining({ name: "UnsafeXmlError", message: expect.stringMatching(/^evil\.graphml was not opened: it contains/) }),
    );
  });
  it.each([
    ["the core's GraphML", toGraphml(buildTinyGraph().graph)],
    ["the core's GEXF", toGexf(buildTinyGraph().graph)],
    ["DOCTYPE as text inside the root", "<graphml><!-- <!DOCTYPE x> --><graph/></graphml>"],
    ["a processing instruction first", '<?xml-stylesheet href="a.xsl"?><graphml/>'],
  ])("lets through %s", (_name, text) => expect(() => assertNoDoctype(text)).not.toThrow());
});

describe("detectFormat", () => {
  it.each([
    ["graph.json", "{", "json"],
    ["net.GraphML", "", "graphml"],
    ["net.gexf", "", "gexf"],
    ["export.xml", '<?xml version="1.0"?>\n<!-- x --><gexf xmlns="…">', "gexf"],
    ["export.xml", "<graphml>", "graphml"],
    ["data", '  {"nodes": []}', "json"],
    ["notes.txt", "hello", null],
    ["page.xml", "<html>", null],
  ])("%s starting %j → %s", (name, head, format) => expect(detectFormat(name, head)).toBe(format));
});

describe("parseGraphText round trips", () => {
  const cases: [string, string, (g: NewsGraph) => string][] = [
    ["graph.json", "graph.json", toGraphJson],
    ["GraphML", "graph.graphml", toGraphml],
    ["GEXF", "graph.gexf", toGexf],
  ];
  it.each(cases)("opens the core's %s with every node and its attributes", (_name, file, write) => {
    const { graph } = buildTinyGraph();
    const opened = parseGraphText(file, write(graph), NODE_READERS).graph;
    const expected = nodesOf(graph);
    const seen = nodesOf(opened);
    for (const key of Object.keys(expected)) {
      // GEXF writes colours as r, g, b: they come back as rgb(…) (still a colour sigma reads).
      const { color: _c1, ...want } = expected[key] as Record<string, unknown>;
      const { color: _c2, z: _z, ...got } = seen[key] as Record<string, unknown>;
      expect(got, key).toEqual(want);
    }
    expect(Object.keys(seen).sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(cases)("opens the core's %s with every edge, its ends and evidence", (_name, file, write) => {
    const { graph } = buildTinyGraph();
    expect(edgesOf(parseGraphText(file, write(graph), NODE_READERS).graph)).toEqual(edgesOf(graph));
  });
  it("rebuilds the article list of a GEXF file from its evidence (dates included)", () => {
    const { graph } = buildTinyGraph();
    const articles = parseGraphText("g.gexf", toGexf(graph), NODE_READERS).graph.getAttribute("articles");
    expect(articles.map((a) => a.id)).toEqual(["a1.txt", "a2.txt"]);
  });
});

describe("parseGraphText refusals", () => {
  const graphml = toGraphml(buildTinyGraph().graph);
  it.each([
    ["XXE GraphML", "evil.graphml", XXE_FILE, "UnsafeXmlError", /DOCTYPE/],
    ["XXE GEXF", "evil.gexf", XXE_URL, "UnsafeXmlError", /DOCTYPE/],
    ["billion laughs", "lolz.graphml", LAUGHS, "UnsafeXmlError", /expand without limit/],
  ])("refuses %s before parsing", (_name, file, text, errorName, message) => {
    expect(() => parseGraphText(file, text, UNREACHABLE)).toThrow(
      expect.objectContaining({ name: errorName, message: expect.stringMatching(message) }),
    );
  });
  it.each([
    ["truncated XML", "cut.graphml", graphml.slice(0, graphml.length / 2), /^cut\.graphml (is not well-formed XML|could not be read)/],
    [
      "a GEXF named .graphml",
      "wrong.graphml",
      toGexf(buildTinyGraph().graph),
      /^wrong\.graphml is not GraphML: its root element is <gexf>/,
    ],
    [
      "a foreign GraphML",
      "other.graphml",
      '<graphml><graph edgedefault="directed"><node id="a"/></graph></graphml>',
      /^other\.graphml is not a newsgraph graph: nodes\.0\.attributes\.label/,
    ],
    ["broken JSON", "g.json", '{"nodes": [', /^g\.json is not valid JSON/],
    ["JSON off contract", "g.json", '{"options":{}}', /^g\.json does not satisfy the contract/],
    [
      "a list that is not JSON",
      "g.graphml",
      graphml.replace(/(<data key="[^"]*">)\[&quot;Ana Ruiz/, "$1oops[&quot;Ana Ruiz"),
      /attribute "aliases" should hold a JSON list/,
    ],
    ["a text file", "notes.txt", "hello", /^notes\.txt is not a graph file this page can open/],
  ])("refuses %s with a message naming the file", (_name, file, text, message) => {
    expect(() => parseGraphText(file, text, NODE_READERS)).toThrow(
      expect.objectContaining({ name: "OpenFileError", message: expect.stringMatching(message) }),
    );
  });
  it("refuses a file over the size limit without reading it", async () => {
    const huge = {
      name: "huge.graphml",
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error("must not be read")),
    } as unknown as File;
    await expect(readGraphFile(huge, NODE_READERS)).rejects.toMatchObject({
      name: "OpenFileError",
      message: expect.stringMatching(/^huge\.graphml is \d+ MB/),
    });
  });
});
