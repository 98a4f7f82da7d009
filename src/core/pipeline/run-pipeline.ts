// The pipeline, in order: clean → sentences → mentions (per article: `extractArticle`, whose
// fragment can be cached or made elsewhere) → entities → relations → graph → layout (over all
// articles: `mergeFragments`). Each stage is a pure function of the previous stages' output.
import type { Article } from "../contract/article.js";
import type { CorrectionReport, Corrections } from "../contract/corrections.js";
import type { ArticleFragment } from "../contract/fragment.js";
import type { NewsGraph } from "../contract/news-graph.js";
import type { Gazetteer } from "../lexicon/gazetteer.js";
import { cleanArticle } from "./1-clean/clean-article.js";
import { splitSentences } from "./2-segment/split-sentences.js";
import { findMentions } from "./3-mentions/find-mentions.js";
import { correctEntities, correctRelations } from "./4-resolve/apply-corrections.js";
import { joinSameDeals } from "./4-resolve/join-same-deals.js";
import { resolveEntities } from "./4-resolve/resolve-entities.js";
import { extractRelations, joinRelations } from "./5-relations/extract-relations.js";
import { buildGraph } from "./6-assemble/build-graph.js";
import { applyLayout, type LayoutOptions } from "./7-layout/apply-layout.js";
import { fromFragment, type FragmentDoc } from "./fragment/from-fragment.js";
import { toFragment } from "./fragment/to-fragment.js";
import type { Entity, RelationCandidate } from "./types.js";

/** The stages `mergeFragments` reports as it finishes them ("tokens": the fragments read back). */
export type MergeStage = "tokens" | "resolve" | "relations" | "assemble" | "layout";

export interface PipelineOptions {
  readonly layout?: LayoutOptions | false;
  /** City names (the CLI loads them from a package); without one, only capitals and regions are places. */
  readonly gazetteer?: Gazetteer;
  /** Called as each stage of the merge ends (the CLI times them). */
  readonly onStage?: (stage: MergeStage) => void;
  /**
   * `mergeFragments` empties the array of fragments it is given once it has read them, so that a
   * caller that keeps a reference to it does not keep them all in memory (long builds).
   */
  readonly consume?: boolean;
  /** An analyst's corrections, applied after resolution; what became of each entry is the graph's `corrections`. */
  readonly corrections?: Corrections;
}

/** Stages 1-3 of one article: what it says, independent of every other article. */
export function extractArticle(article: Article, extractor = ""): ArticleFragment {
  const clean = cleanArticle(article);
  const sentences = splitSentences(clean, 0);
  return toFragment(clean, sentences, sentences.map(findMentions), extractor);
}

const byId = (a: ArticleFragment, b: ArticleFragment) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);

/** The articles of `fragments` in order of id (one per id), read back (stage "tokens"). */
function readDocs(fragments: readonly ArticleFragment[], options: PipelineOptions): FragmentDoc[] {
  const sorted = [...fragments].sort(
    (a, b) => byId(a, b) || (a.article.text < b.article.text ? -1 : a.article.text > b.article.text ? 1 : 0),
  );
  const unique = sorted.filter((f, i) => i === 0 || f.article.id !== sorted[i - 1]!.article.id);
  if (options.consume) (fragments as ArticleFragment[]).length = 0;
  sorted.length = 0;
  const docs = unique.map(fromFragment);
  unique.length = 0;
  options.onStage?.("tokens");
  return docs;
}

/** Stages 6-7: the graph of the articles, their entities and relations. */
function assemble(
  articles: readonly Article[],
  entities: readonly Entity[],
  relations: readonly RelationCandidate[],
  options: PipelineOptions,
  reports?: CorrectionReport[],
): NewsGraph {
  const graph = buildGraph(articles, entities, relations);
  if (reports) graph.setAttribute("corrections", reports);
  options.onStage?.("assemble");
  if (options.layout !== false) applyLayout(graph, options.layout ?? {});
  options.onStage?.("layout");
  return graph;
}

/**
 * Stages 4-7 over the fragments of all articles. They are read in order of article id, whatever
 * order they come in, so the graph is a function of the set: resolution and evidence order depend
 * on which article is read first. Of two fragments with one id, the first in that order is used
 * (ties broken by text, so the choice does not depend on their order either).
 */
export function mergeFragments(fragments: readonly ArticleFragment[], options: PipelineOptions = {}): NewsGraph {
  let docs: FragmentDoc[] | undefined = readDocs(fragments, options);
  const entities = resolveEntities(docs, options.gazetteer);
  const fixed = options.corrections ? correctEntities(docs, entities, options.corrections) : undefined;
  options.onStage?.("resolve");
  const found = joinSameDeals(entities, extractRelations(docs, entities));
  const { relations, reports } = fixed
    ? correctRelations(docs, entities, found, options.corrections!, fixed)
    : { relations: found, reports: undefined };
  const articles = docs.map((d) => d.article);
  docs = undefined; // the tokens of every article are not needed any more: let them go before assembly and layout
  options.onStage?.("relations");
  return assemble(articles, entities, relations, options, reports);
}

/**
 * Finds the relations each article states on its own (`docRelations` of each doc, in order) for
 * `mergeFragmentsWith`: elsewhere (other threads, a cache), hence asynchronous.
 */
export type RelateDocs = (docs: readonly FragmentDoc[], entities: readonly Entity[]) => Promise<readonly (readonly RelationCandidate[])[]>;

/** `mergeFragments`, with the per-article relations found by `relate`: the same graph. */
export async function mergeFragmentsWith(
  fragments: readonly ArticleFragment[],
  relate: RelateDocs,
  options: PipelineOptions = {},
): Promise<NewsGraph> {
  let docs: FragmentDoc[] | undefined = readDocs(fragments, options);
  const entities = resolveEntities(docs, options.gazetteer);
  const fixed = options.corrections ? correctEntities(docs, entities, options.corrections) : undefined;
  options.onStage?.("resolve");
  const found = joinSameDeals(entities, joinRelations(docs, entities, await relate(docs, entities)));
  const { relations, reports } = fixed
    ? correctRelations(docs, entities, found, options.corrections!, fixed)
    : { relations: found, reports: undefined };
  const articles = docs.map((d) => d.article);
  docs = undefined;
  options.onStage?.("relations");
  return assemble(articles, entities, relations, options, reports);
}

/** The graph of a set of articles: every article extracted, then all merged. */
export function runPipeline(input: readonly Article[], options: PipelineOptions = {}): NewsGraph {
  return mergeFragments(
    input.map((a) => extractArticle(a)),
    options,
  );
}
