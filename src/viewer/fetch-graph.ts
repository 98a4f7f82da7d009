// fetch-graph: download graph.json as text, with nothing else imported (main.ts starts it before the
// viewer's code loads). Every failure becomes a LoadError that says what went wrong and how to fix it.

export class LoadError extends Error {
  override name = "LoadError";
}

/** `url` is resolved against the page, so "graph.json" works under any base path. */
export async function fetchGraphText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
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
  performance.mark("newsgraph:fetched");
  return text;
}
