// Articles → fragments: from the cache where it has them, the rest extracted on `jobs` worker
// threads (in this thread for --jobs 1), in batches. The result is in the order of the articles
// and the same whatever the number of jobs (each article is extracted on its own).
import { availableParallelism } from "node:os";
import type { Article } from "../core/contract/article.js";
import type { ArticleFragment } from "../core/contract/fragment.js";
import { extractArticle } from "../core/pipeline/run-pipeline.js";
import type { WorkerReply, WorkerRequest } from "./extract-worker.js";
import { extractorVersion } from "./extractor-version.js";
import { openFragmentCache, type FragmentCache } from "./fragment-cache.js";
import { batches, runBatches } from "./run-batches.js";

/** One worker per core by default. */
export const DEFAULT_JOBS = Math.max(1, availableParallelism());
/** A batch is at most this much text (small enough to balance the workers, large enough to amortize a message). */
const BATCH_CHARS = 256 * 1024;
/** Less text than this is extracted in this thread: starting workers would take longer than the work. */
export const MIN_PARALLEL_CHARS = 1_000_000;

export interface ExtractFragmentsOptions {
  readonly jobs?: number;
  /** A cache folder: fragments are read from it and the new ones written to it. */
  readonly cacheDir?: string;
  /** Called with the number of articles done so far (cache hits first) and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Warnings (a cache that could not be written). */
  readonly log?: (line: string) => void;
  /** Text below which workers are not worth starting (default MIN_PARALLEL_CHARS). */
  readonly minParallelChars?: number;
}

export interface ExtractedFragments {
  readonly fragments: ArticleFragment[];
  readonly fromCache: number;
  readonly extracted: number;
}

export async function extractFragments(articles: readonly Article[], options: ExtractFragmentsOptions = {}): Promise<ExtractedFragments> {
  const extractor = extractorVersion();
  const jobs = Math.max(1, options.jobs ?? DEFAULT_JOBS);
  const total = articles.length;
  const fragments = new Array<ArticleFragment | undefined>(total);
  const cache: FragmentCache | undefined = options.cacheDir ? await openFragmentCache(options.cacheDir, extractor) : undefined;
  if (cache) articles.forEach((a, i) => (fragments[i] = cache.get(a)));
  const missing = articles.map((_, i) => i).filter((i) => !fragments[i]);
  let done = total - missing.length;
  options.onProgress?.(done, total);
  const texts = new Map<number, string>(); // JSON of new fragments, for the cache
  const chars = missing.reduce((sum, i) => sum + articles[i]!.text.length, 0);
  const parallel = jobs > 1 && missing.length > 1 && chars >= (options.minParallelChars ?? MIN_PARALLEL_CHARS);
  // at least four batches a worker, so that one slow batch does not leave the others idle
  const work = batches(
    missing,
    (i) => articles[i]!.text.length,
    parallel ? Math.min(BATCH_CHARS, Math.ceil(chars / (jobs * 4))) : BATCH_CHARS,
  );
  if (parallel) {
    const request = (batch: number): WorkerRequest => ({ batch, articles: work[batch]!.map((i) => articles[i]!), extractor });
    await runBatches<WorkerReply>(
      new URL("./extract-worker.mjs", import.meta.url),
      jobs,
      work.length,
      request,
      (batch, { fragments: jsons }) => {
        work[batch]!.forEach((i, k) => {
          fragments[i] = JSON.parse(jsons[k]!) as ArticleFragment;
          if (options.cacheDir) texts.set(i, jsons[k]!);
        });
        done += jsons.length;
        options.onProgress?.(done, total);
      },
      "extraction",
    );
  } else {
    for (const batch of work) {
      for (const i of batch) fragments[i] = extractArticle(articles[i]!, extractor);
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  if (cache && missing.length) {
    try {
      await cache.save(missing.map((i) => ({ article: articles[i]!, json: texts.get(i) ?? JSON.stringify(fragments[i]) })));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      options.log?.(
        `newsgraph: warning: the cache in ${options.cacheDir} could not be written (${code ?? (err as Error).message}); the next build extracts again`,
      );
    }
  }
  return { fragments: fragments as ArticleFragment[], fromCache: total - missing.length, extracted: missing.length };
}
