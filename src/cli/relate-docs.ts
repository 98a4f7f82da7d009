// The merge's per-article relations (stage 5 without the rule that looks across articles), from the
// relation cache where it has them, the rest found on `jobs` worker threads (in this thread for
// --jobs 1 or little text). An article's entry is keyed by a hash of its resolved doc (its text,
// sentences and mentions, and what each mention was resolved to: kind and label, entities numbered
// in order of first mention within the article), so an article whose resolution did not change is
// not related again, whatever the ids of the corpus around it. The cache lives inside the
// fragment cache's folder for this extractor (<cache>/<extractor>/relations-r2/: the extractor's
// hash covers the rules and resolution, and goes with it), in packs; a bad entry is a miss.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { RelateDocs } from "../core/pipeline/run-pipeline.js";
import { docRelations } from "../core/pipeline/5-relations/extract-relations.js";
import { toResolvedDoc, unpackCandidates, type PackedCandidate } from "../core/pipeline/fragment/resolved-doc.js";
import type { RelationCandidate } from "../core/pipeline/types.js";
import { DEFAULT_JOBS } from "./extract-fragments.js";
import { extractorVersion } from "./extractor-version.js";
import { openPackStore } from "./pack-store.js";
import { batches, runBatches } from "./run-batches.js";
import type { RelateReply, RelateRequest } from "./relate-worker.js";

/** The format of a relation-cache entry (PackedCandidate[]). */
const RELATIONS_FORMAT = 2;
/** The folder names of relation-cache formats: only these are ever removed. */
const VERSION_DIR = /^relations-r\d+$/;
/**
 * Less text than this is related in this thread. Measured on Reuters-21578 (17 MB of text, 2 cores):
 * the rules take about 2 s in this thread once warm, while writing the resolved docs for the workers
 * takes 1 s and two workers (start, parse, cut tokens again, relate) 6.6 s; so workers only pay on
 * corpora several times larger, or with more cores than that machine had.
 */
export const MIN_PARALLEL_RELATE_CHARS = 64_000_000;
/** A batch is at most this much JSON. */
const BATCH_CHARS = 512 * 1024;

export interface RelateOptions {
  readonly jobs?: number;
  /** The cache folder (the build's): relations are read from it and the new ones written to it. */
  readonly cacheDir?: string;
  /** Text below which workers are not worth starting (default MIN_PARALLEL_RELATE_CHARS). */
  readonly minParallelChars?: number;
  /** Warnings (a cache that could not be written). */
  readonly log?: (line: string) => void;
}

/** What the last run of a `relateDocs` did. */
export interface RelateStats {
  fromCache: number;
  computed: number;
  /** On worker threads (0 when related in this thread). */
  workers: number;
}

const isNumber = (x: unknown, below?: number): x is number =>
  typeof x === "number" && Number.isInteger(x) && x >= 0 && (below === undefined || x < below);

/** A cache entry's candidates, checked without a schema (entities within the article's `count`), or undefined. */
function decode(json: string | undefined, count: number): PackedCandidate[] | undefined {
  if (json === undefined) return undefined;
  try {
    const packed = JSON.parse(json) as unknown;
    if (!Array.isArray(packed)) return undefined;
    for (const c of packed) {
      if (!Array.isArray(c) || (c.length !== 7 && c.length !== 8)) return undefined;
      if (!isNumber(c[0], count) || !isNumber(c[2], count) || (c.length === 8 && !isNumber(c[7], count))) return undefined;
      if (typeof c[1] !== "string" || typeof c[3] !== "string" || !isNumber(c[4]) || !isNumber(c[5]) || typeof c[6] !== "number")
        return undefined;
    }
    return packed as PackedCandidate[];
  } catch {
    return undefined;
  }
}

/** Candidates with global ids → packed with the article's numbers (`ids`: number → global id). */
function pack(found: readonly RelationCandidate[], ids: readonly number[]): PackedCandidate[] {
  const local = new Map(ids.map((id, i) => [id, i]));
  return found.map((c): PackedCandidate => {
    const p: PackedCandidate = [
      local.get(c.source)!,
      c.relation,
      local.get(c.target)!,
      c.modality,
      c.evidence.start,
      c.evidence.end,
      c.evidence.confidence,
    ];
    if (c.to !== undefined) p.push(local.get(c.to)!);
    return p;
  });
}

/** A `RelateDocs` for `mergeFragmentsWith`; `stats` says what its last run did. */
export function relateDocs(options: RelateOptions = {}): { readonly relate: RelateDocs; readonly stats: RelateStats } {
  const stats: RelateStats = { fromCache: 0, computed: 0, workers: 0 };
  const jobs = Math.max(1, options.jobs ?? DEFAULT_JOBS);
  const relate: RelateDocs = async (docs, entities) => {
    const version = `relations-r${RELATIONS_FORMAT}`;
    const store = options.cacheDir ? await openPackStore(join(options.cacheDir, extractorVersion()), version, VERSION_DIR) : undefined;
    const out = new Array<readonly RelationCandidate[]>(docs.length);
    const missing: number[] = [];
    const ids: number[][] = [];
    const jsons: string[] = []; // resolved docs as JSON, of the missing ones (for the workers)
    const keys: string[] = [];
    const chars = docs.reduce((sum, d) => sum + d.article.text.length, 0);
    const parallel = jobs > 1 && docs.length > 1 && chars >= (options.minParallelChars ?? MIN_PARALLEL_RELATE_CHARS);
    docs.forEach((doc, i) => {
      if (!store && !parallel) return missing.push(i);
      const { resolved, ids: docIds } = toResolvedDoc(doc, entities);
      const json = JSON.stringify(resolved);
      ids[i] = docIds;
      if (store) {
        keys[i] = createHash("sha256").update(`${extractorVersion()}/${version}\0`).update(json).digest("hex");
        const hit = decode(store.get(keys[i]!), docIds.length);
        if (hit) return (out[i] = unpackCandidates(hit, i, docIds));
      }
      if (parallel) jsons[i] = json; // (kept only for the workers)
      missing.push(i);
    });
    const fresh: { key: string; json: string }[] = [];
    const missingChars = missing.reduce((sum, i) => sum + docs[i]!.article.text.length, 0);
    if (parallel && missing.length > 1 && missingChars >= (options.minParallelChars ?? MIN_PARALLEL_RELATE_CHARS)) {
      // at least four batches a worker, so that one slow batch does not leave the others idle
      const jsonChars = missing.reduce((sum, i) => sum + jsons[i]!.length, 0);
      const work = batches(missing, (i) => jsons[i]!.length, Math.min(BATCH_CHARS, Math.ceil(jsonChars / (jobs * 4))));
      const request = (batch: number): RelateRequest => ({ batch, docs: work[batch]!.map((i) => jsons[i]!) });
      await runBatches<RelateReply>(
        new URL("./relate-worker.mjs", import.meta.url),
        jobs,
        work.length,
        request,
        (batch, { relations }) => {
          work[batch]!.forEach((i, k) => {
            out[i] = unpackCandidates(JSON.parse(relations[k]!) as PackedCandidate[], i, ids[i]!);
            delete jsons[i];
            if (store) fresh.push({ key: keys[i]!, json: relations[k]! });
          });
        },
        "relation stage",
      );
      stats.workers = Math.min(jobs, work.length);
    } else {
      for (const i of missing) {
        out[i] = docRelations(docs[i]!, entities);
        if (store) fresh.push({ key: keys[i]!, json: JSON.stringify(pack(out[i]!, ids[i]!)) });
      }
      stats.workers = 0;
    }
    stats.fromCache = docs.length - missing.length;
    stats.computed = missing.length;
    if (store && fresh.length) {
      try {
        await store.save(fresh);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        options.log?.(
          `newsgraph: warning: the relation cache in ${options.cacheDir} could not be written (${code ?? (err as Error).message}); the next build relates again`,
        );
      }
    }
    return out;
  };
  return { relate, stats };
}
