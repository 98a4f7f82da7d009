// main: the viewer's entry. Starts reading graph.json at once, then loads the viewer (app.ts: graph.json
// → parseGraphJson → createStore → mount renderer and panels), so that the download runs while the
// browser fetches, parses and runs the viewer's code instead of after it. The download itself starts
// even earlier, from index.html's <link rel="preload">, whose response this fetch picks up.
/// <reference types="vite/client" />
import { fetchGraphText } from "./fetch-graph.js";

performance.mark("newsgraph:main");
/** Must equal app.ts's GRAPH_URL (not imported from it: importing app.ts here would load it first). */
const text = fetchGraphText("graph.json");
// NOTE: a failed download is reported by app.ts, when it awaits this promise.
text.catch(() => undefined);

const stop = import("./app.js").then(({ start }) => start(text));
// In the dev server, a hot update of this module unmounts the old viewer before the new one mounts.
import.meta.hot?.dispose(() => stop.then((cleanup) => cleanup()));
