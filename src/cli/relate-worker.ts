// The body of a relation worker: receives batches of resolved articles (ResolvedDoc as JSON text),
// answers with each one's relations (PackedCandidate[] as JSON text): strings cross threads faster
// than trees of objects, and are what the relation cache stores.
import { parentPort } from "node:worker_threads";
import { relateResolvedDoc, type ResolvedDoc } from "../core/pipeline/fragment/resolved-doc.js";

export interface RelateRequest {
  readonly batch: number;
  readonly docs: readonly string[];
}

export type RelateReply =
  | { readonly batch: number; readonly relations: readonly string[] }
  | { readonly batch: number; readonly error: string };

parentPort!.on("message", ({ batch, docs }: RelateRequest) => {
  try {
    parentPort!.postMessage({
      batch,
      relations: docs.map((json) => JSON.stringify(relateResolvedDoc(JSON.parse(json) as ResolvedDoc))),
    } satisfies RelateReply);
  } catch (err) {
    parentPort!.postMessage({ batch, error: (err as Error).stack ?? String(err) } satisfies RelateReply);
  }
});
