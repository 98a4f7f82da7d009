// load-graph: fetch graph.json (fetch-graph.ts) and validate it with the core's parseGraphJson (zod).
// Every failure becomes a LoadError whose message says what went wrong and how to fix it.
import { parseGraphJson, type NewsGraph } from "../core/index.js";
import { fetchGraphText, LoadError } from "./fetch-graph.js";

export { LoadError };

/** graph.json's text → the validated graph; a contract failure becomes a LoadError. */
export function parseLoadedGraph(text: string): NewsGraph {
  try {
    return parseGraphJson(text);
  } catch (err) {
    throw new LoadError((err as Error).message);
  }
}

/** `url` is resolved against the page, so "graph.json" works under any base path. */
export async function loadGraph(url: string, fetcher: typeof fetch = fetch): Promise<NewsGraph> {
  return parseLoadedGraph(await fetchGraphText(url, fetcher));
}
