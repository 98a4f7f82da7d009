// Stage 6: entities + relation candidates → the graph. One node per entity, one edge per
// (source, relation, target) with its evidence sentences (materialized here, verbatim, each with
// its article's title, date, url and outlet), weight = distinct articles, `met` stored once.
import { RELATION_SIGNATURES, type Modality } from "../../contract/ontology.js";
import { CONTRACT_VERSION, type EdgeAttributes, type Evidence } from "../../contract/graph-json.js";
import { edgeKey, nodeKey } from "../../contract/keys.js";
import { createNewsGraph, type NewsGraph } from "../../contract/news-graph.js";
import { KIND_COLORS } from "../../contract/palette.js";
import type { Article } from "../../contract/article.js";
import type { Entity, RelationCandidate } from "../types.js";
import { DOMAIN_SECTORS, SECTOR_LABELS } from "../../lexicon/sectors.js";

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The article's title, date, url and outlet, those it has: what an evidence item needs to be cited. */
function citation({ title, date, url, outlet }: Article): Partial<Evidence> {
  return {
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
  };
}

export function buildGraph(articles: readonly Article[], entities: readonly Entity[], candidates: readonly RelationCandidate[]): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    contract: CONTRACT_VERSION,
    articles: articles.map(({ text: _text, ...meta }) => meta).sort((a, b) => byString(a.id, b.id)),
  });
  const keyOf = new Map<number, string>();
  // nodes are added in key order: the layout then does not depend on the order of the articles
  const keyed = entities.filter((e) => e.mentions.length).map((e) => ({ e, key: nodeKey(e.kind, e.label, e.scope) }));
  keyed.sort((a, b) => byString(a.key, b.key) || a.e.id - b.e.id);
  for (const { e, key } of keyed) {
    keyOf.set(e.id, key);
    const docs = new Set(e.mentions.map((m) => articles[m.doc]!.id));
    const previous = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    const aliases = new Map<string, number>(previous ? previous.aliases.map((a) => [a, 1] as [string, number]) : []);
    for (const [a, n] of e.aliases) aliases.set(a, (aliases.get(a) ?? 0) + n);
    graph.mergeNode(key, {
      label: e.label,
      kind: e.kind,
      aliases: [...aliases.keys()].sort(byString),
      mentions: (previous?.mentions ?? 0) + e.mentions.length,
      articles: [...new Set([...(previous?.articles ?? []), ...docs])].sort(byString),
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[e.kind],
    });
  }

  interface Pending {
    source: string;
    target: string;
    relation: EdgeAttributes["relation"];
    evidence: Map<string, Evidence>;
    modalities: Set<Modality>;
    to?: string;
  }
  const edges = new Map<string, Pending>();
  for (const c of candidates) {
    let source = keyOf.get(c.source);
    let target = keyOf.get(c.target);
    if (!source || !target || source === target) continue;
    if (RELATION_SIGNATURES[c.relation].symmetric && target < source) [source, target] = [target, source];
    const key = edgeKey(source, c.relation, target);
    let p = edges.get(key);
    if (!p) edges.set(key, (p = { source, target, relation: c.relation, evidence: new Map(), modalities: new Set() }));
    const article = articles[c.evidence.doc]!;
    const id = `${article.id}\u0000${c.evidence.start}`;
    const prev = p.evidence.get(id);
    if (!prev || (prev.confidence ?? 0) < c.evidence.confidence) {
      p.evidence.set(id, {
        article: article.id,
        sentence: article.text.slice(c.evidence.start, c.evidence.end),
        start: c.evidence.start,
        end: c.evidence.end,
        confidence: c.evidence.confidence,
        ...citation(article),
      });
    }
    p.modalities.add(c.modality);
    if (c.to !== undefined && keyOf.get(c.to)) p.to = graph.getNodeAttribute(keyOf.get(c.to)!, "label");
  }
  // a broad domain ("trade", "energy") mentioned in passing says nothing, nor does a goods phrase the
  // lexicon does not know ("spare parts") that nobody is said to trade: they are nodes only when related
  const related = new Set<string>();
  for (const p of edges.values()) related.add(p.source).add(p.target);
  graph.forEachNode((key, a) => {
    if (a.kind === "sector" && (DOMAIN_SECTORS.has(a.label) || !SECTOR_LABELS.has(a.label)) && !related.has(key)) graph.dropNode(key);
  });
  for (const [key, p] of [...edges].sort(([a], [b]) => byString(a, b))) {
    const evidence = [...p.evidence.values()].sort((a, b) => byString(a.article, b.article) || (a.start ?? 0) - (b.start ?? 0));
    const attrs: EdgeAttributes = {
      relation: p.relation,
      weight: new Set(evidence.map((e) => e.article)).size,
      evidence,
      ...(p.modalities.has("asserted") ? {} : { modality: p.modalities.has("planned") ? "planned" : [...p.modalities][0]! }),
      ...(p.to ? { to: p.to } : {}),
    };
    graph.addDirectedEdgeWithKey(key, p.source, p.target, attrs);
  }
  return graph;
}
