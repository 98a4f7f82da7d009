// browser-xml-readers: the XmlReaders of the page — the browser's own DOMParser (which never fetches
// external entities) under graphology-graphml's and graphology-gexf's browser parsers.
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { parse as parseGraphml } from "graphology-graphml/browser";
import type { XmlReaders } from "./read-graph-file.js";

export const BROWSER_XML_READERS: XmlReaders = {
  parseXml: (text) => new DOMParser().parseFromString(text, "application/xml"),
  graphml: (doc) => parseGraphml(Graph, doc),
  gexf: (doc) => parseGexf(Graph, doc),
};
