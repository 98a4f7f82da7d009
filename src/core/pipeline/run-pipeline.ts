// The pipeline, in order: clean → sentences → mentions → entities → relations → graph → layout.
// Each stage is a pure function of the previous stages' output.
import type { Article } from "../contract/article.js";
import type { NewsGraph } from "../contract/news-graph.js";
import type { Gazetteer } from "../lexicon/gazetteer.js";
import { cleanArticle } from "./1-clean/clean-article.js";
import { splitSentences } from "./2-segment/split-sentences.js";
import { findMentions } from "./3-mentions/find-mentions.js";
import { resolveEntities } from "./4-resolve/resolve-entities.js";
import { extractRelations } from "./5-relations/extract-relations.js";
import { buildGraph } from "./6-assemble/build-graph.js";
import { applyLayout, type LayoutOptions } from "./7-layout/apply-layout.js";

export interface PipelineOptions {
  readonly layout?: LayoutOptions | false;
  /** City names (the CLI loads them from a package); without one, only capitals and regions are places. */
  readonly gazetteer?: Gazetteer;
}

export function runPipeline(input: readonly Article[], options: PipelineOptions = {}): NewsGraph {
  const cleaned = input.map(cleanArticle);
  const articles = cleaned.map((c) => c.article);
  const sentences = cleaned.map((c, i) => splitSentences(c, i));
  const docs = sentences.map((ss) => ({ sentences: ss, mentions: ss.map(findMentions) }));
  const entities = resolveEntities(docs, options.gazetteer);
  const relations = extractRelations(docs, entities);
  const graph = buildGraph(articles, entities, relations);
  if (options.layout !== false) applyLayout(graph, options.layout ?? {});
  return graph;
}
