// Output formats by name → the files each one writes: the one registry that `build --format`,
// `export` and the viewer's download buttons share, so they all write the same bytes.
import { z } from "zod";
import type { NewsGraph } from "../contract/news-graph.js";
import { toGexf } from "./gexf.js";
import { toGraphJson } from "./graph-json.js";
import { toGraphml } from "./graphml.js";
import { toNeo4j } from "./neo4j.js";

export const OUTPUT_FORMATS = ["json", "graphml", "gexf", "neo4j"] as const;
export const OutputFormat = z.enum(OUTPUT_FORMATS);
export type OutputFormat = z.infer<typeof OutputFormat>;

/** What `newsgraph build` writes when no --format is given. */
export const DEFAULT_BUILD_FORMATS: readonly OutputFormat[] = ["json", "graphml"];

export interface OutputFile {
  /** File name, e.g. "graph.graphml". */
  readonly name: string;
  readonly mediaType: string;
  readonly text: string;
}

interface FormatWriter {
  /** The names of the files it writes, in order (known before the graph is serialized). */
  readonly files: readonly string[];
  readonly write: (graph: NewsGraph) => readonly OutputFile[];
}

export const FORMAT_WRITERS: Readonly<Record<OutputFormat, FormatWriter>> = {
  json: { files: ["graph.json"], write: (g) => [{ name: "graph.json", mediaType: "application/json", text: toGraphJson(g) }] },
  graphml: {
    files: ["graph.graphml"],
    write: (g) => [{ name: "graph.graphml", mediaType: "application/graphml+xml", text: toGraphml(g) }],
  },
  gexf: { files: ["graph.gexf"], write: (g) => [{ name: "graph.gexf", mediaType: "application/gexf+xml", text: toGexf(g) }] },
  neo4j: {
    files: ["nodes.csv", "relationships.csv", "load.cypher"],
    write: (g) => {
      const { nodes, relationships, cypher } = toNeo4j(g);
      return [
        { name: "nodes.csv", mediaType: "text/csv", text: nodes },
        { name: "relationships.csv", mediaType: "text/csv", text: relationships },
        { name: "load.cypher", mediaType: "text/plain", text: cypher },
      ];
    },
  },
};

/** Every file of every format asked for, in the order asked (a format asked twice is written once). */
export function writeFormats(graph: NewsGraph, formats: readonly OutputFormat[]): OutputFile[] {
  return [...new Set(formats)].flatMap((format) => FORMAT_WRITERS[format].write(graph));
}
