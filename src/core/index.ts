// The public surface of the core (re-exports only): contract, pipeline and graph I/O.
export * from "./contract/ontology.js";
export * from "./contract/graph-json.js";
export * from "./contract/article.js";
export * from "./contract/keys.js";
export * from "./contract/news-graph.js";
export * from "./errors.js";
export { toGraphJson, toGraphJsonObject, parseGraphJson, graphFromJson } from "./io/graph-json.js";
export { toGraphml, escapeXml } from "./io/graphml.js";
export { toGexf } from "./io/gexf.js";
export { toNeo4j, type Neo4jFiles } from "./io/neo4j.js";
export { OUTPUT_FORMATS, OutputFormat, DEFAULT_BUILD_FORMATS, FORMAT_WRITERS, writeFormats, type OutputFile } from "./io/formats.js";
export { readArticleHeader, type ArticleHeader, type HeaderFields } from "./io/front-matter.js";
export { toIsoDate } from "./io/iso-date.js";
export * from "./contract/article-record.js";
export * from "./contract/palette.js";
export * from "./contract/fragment.js";
export { runPipeline, extractArticle, mergeFragments, type PipelineOptions, type MergeStage } from "./pipeline/run-pipeline.js";
export { explainArticle } from "./io/explain.js";
