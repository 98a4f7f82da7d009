// load-graph: fetch graph.json and validate it with the core's parseGraphJson (zod).
// Every failure becomes a LoadError whose message says what went wrong and how to fix it.
import { parseGraphJson, type NewsGraph } from "../core/index.js";

export class LoadError extends Error {
  override name = "LoadError";
}

/** `url` is resolved against the page, so "graph.json" works under any base path. */
export async function loadGraph(url: string, fetcher: typeof fetch = fetch): Promise<NewsGraph> {
  let response: Response;
  try {
    response = await fetcher(url, { cache: "no-cache" });
  } catch (err) {
    throw new LoadError(`the request failed (${(err as Error).message}). Is the server still running?`);
  }
  if (!response.ok) {
    throw new LoadError(
      `the server answered ${response.status} ${response.statusText}`.trimEnd() +
        '. Build it first with "npm start" (it writes graph/graph.json).',
    );
  }
  const text = await response.text();
  try {
    return parseGraphJson(text);
  } catch (err) {
    throw new LoadError((err as Error).message);
  }
}
