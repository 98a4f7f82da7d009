// The public surface of the core (re-exports only): contract, pipeline and graph I/O.
export * from "./contract/ontology.js";
export * from "./contract/graph-json.js";
export * from "./contract/article.js";
export * from "./contract/keys.js";
export * from "./contract/news-graph.js";
export * from "./errors.js";
export { toGraphJson, toGraphJsonObject, parseGraphJson, graphFromJson } from "./io/graph-json.js";
export { toGraphml, escapeXml } from "./io/graphml.js";
export * from "./contract/palette.js";
export { runPipeline, type PipelineOptions } from "./pipeline/run-pipeline.js";
export { explainArticle } from "./io/explain.js";
