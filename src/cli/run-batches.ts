// Batches of work on worker threads: `jobs` workers running `script`, each sent the next batch as
// soon as it answers the previous one. A worker that reports an error or stops fails the whole run.
import { Worker } from "node:worker_threads";

/** Consecutive items in batches of about `size` characters (`chars(i)`: the size of item i). */
export function batches(indices: readonly number[], chars: (i: number) => number, size: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let total = 0;
  for (const i of indices) {
    current.push(i);
    total += chars(i);
    if (total >= size) {
      out.push(current);
      current = [];
      total = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Sends `message(b)` for each batch b < `count` to one of `jobs` workers of `script`; `done(b, reply)`
 * receives each answer (a reply with an `error` field rejects, naming `what`).
 */
export async function runBatches<Reply extends { readonly batch: number }>(
  script: URL,
  jobs: number,
  count: number,
  message: (batch: number) => unknown,
  done: (batch: number, reply: Exclude<Reply, { readonly error: string }>) => void,
  what: string,
): Promise<void> {
  const workers = Array.from({ length: Math.min(jobs, count) }, () => new Worker(script));
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= count) return resolve();
              worker.postMessage(message(next++));
            };
            worker.on("message", (reply: Reply) => {
              if ("error" in reply) return reject(new Error(`${what} failed in a worker: ${(reply as { error: string }).error}`));
              done(reply.batch, reply as Exclude<Reply, { readonly error: string }>);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) =>
              next < count || code !== 0 ? reject(new Error(`a worker of the ${what} stopped (exit code ${code})`)) : undefined,
            );
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
