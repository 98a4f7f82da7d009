// The output-format registry: what each format writes, that build's default is json + graphml, and
// that every file is the same text its own writer gives (the viewer's buttons and the CLI share it).
import { describe, expect, it } from "vitest";
import {
  DEFAULT_BUILD_FORMATS,
  FORMAT_WRITERS,
  OUTPUT_FORMATS,
  toGexf,
  toGraphJson,
  toGraphml,
  toNeo4j,
  writeFormats,
  type OutputFormat,
} from "../../../src/core/index.js";
import { sampleGraph } from "../../helpers/core-graph.js";

const graph = sampleGraph();
const neo4j = toNeo4j(graph);

describe("FORMAT_WRITERS", () => {
  it.each<[OutputFormat, [string, string][]]>([
    ["json", [["graph.json", toGraphJson(graph)]]],
    ["graphml", [["graph.graphml", toGraphml(graph)]]],
    ["gexf", [["graph.gexf", toGexf(graph)]]],
    [
      "neo4j",
      [
        ["nodes.csv", neo4j.nodes],
        ["relationships.csv", neo4j.relationships],
        ["load.cypher", neo4j.cypher],
      ],
    ],
  ])("%s writes its files with the core writer's text", (format, files) => {
    const written = FORMAT_WRITERS[format].write(graph);
    expect(written.map((f) => [f.name, f.text])).toEqual(files);
    expect(FORMAT_WRITERS[format].files).toEqual(files.map(([name]) => name));
  });

  it("has a writer for every format name", () => {
    expect(Object.keys(FORMAT_WRITERS).sort()).toEqual([...OUTPUT_FORMATS].sort());
  });

  it("makes build write graph.json and graph.graphml by default", () => {
    expect(writeFormats(graph, DEFAULT_BUILD_FORMATS).map((f) => f.name)).toEqual(["graph.json", "graph.graphml"]);
  });

  it("writes a format asked twice once", () => {
    expect(writeFormats(graph, ["gexf", "gexf"]).map((f) => f.name)).toEqual(["graph.gexf"]);
  });
});
