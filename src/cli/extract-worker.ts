// The body of an extraction worker: receives batches of articles, answers with each article's
// fragment as JSON text (one string crosses threads faster than a tree of objects).
import { parentPort } from "node:worker_threads";
import type { Article } from "../core/contract/article.js";
import { extractArticle } from "../core/pipeline/run-pipeline.js";

export interface WorkerRequest {
  readonly batch: number;
  readonly articles: readonly Article[];
  readonly extractor: string;
}

export type WorkerReply =
  | { readonly batch: number; readonly fragments: readonly string[] }
  | { readonly batch: number; readonly error: string };

parentPort!.on("message", ({ batch, articles, extractor }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ batch, fragments: articles.map((a) => JSON.stringify(extractArticle(a, extractor))) } satisfies WorkerReply);
  } catch (err) {
    parentPort!.postMessage({ batch, error: (err as Error).stack ?? String(err) } satisfies WorkerReply);
  }
});
