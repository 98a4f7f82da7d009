// view-subgraph: the graph as the user sees it, for "export the current view": only the visible
// nodes and edges; inside a time window, only the evidence dated in it (weights recounted). The
// loaded graph is never touched: this is a new graph that passes the same contract.
import { createNewsGraph, type ArticleMeta, type EdgeAttributes, type NewsGraph } from "../../core/index.js";

export interface ViewFilter {
  isNodeVisible(node: string): boolean;
  isEdgeVisible(edge: string): boolean;
  /** When set, evidence items are kept only if their article's day is inside (undated items are dropped). */
  readonly evidenceDay?: { readonly dayOf: (article: string) => string | undefined; readonly from: string; readonly to: string };
}

export function viewSubgraph(graph: NewsGraph, filter: ViewFilter): NewsGraph {
  const view = createNewsGraph();
  graph.forEachNode((node, attributes) => {
    if (filter.isNodeVisible(node)) view.addNode(node, { ...attributes });
  });
  const cited = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!filter.isEdgeVisible(edge) || !view.hasNode(source) || !view.hasNode(target)) return;
    let kept: EdgeAttributes = attributes;
    const window = filter.evidenceDay;
    if (window) {
      const evidence = attributes.evidence.filter((item) => {
        const day = window.dayOf(item.article);
        return day !== undefined && day >= window.from && day <= window.to;
      });
      if (evidence.length === 0) return;
      kept = { ...attributes, evidence, weight: new Set(evidence.map((item) => item.article)).size };
    }
    for (const item of kept.evidence) cited.add(item.article);
    view.addDirectedEdgeWithKey(edge, source, target, { ...kept });
  });
  view.forEachNode((_node, attributes) => attributes.articles.forEach((article) => cited.add(article)));
  const articles: ArticleMeta[] = graph.getAttribute("articles").filter((article) => cited.has(article.id));
  view.replaceAttributes({ ...graph.getAttributes(), articles });
  return view;
}
