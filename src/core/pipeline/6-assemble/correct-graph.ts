// Corrections applied to a built graph (the page, which has no articles' tokens, and
// `newsgraph corrections check`): the same entries, references and reports as the build
// (4-resolve/apply-corrections.ts), done on nodes and edges. A merged node takes the other's edges,
// evidence, aliases and articles; a renamed or retyped node takes the key its new label or kind
// gives, as a build would; a retyped node keeps the edges its new kind allows. What the build does
// besides (relation rules run again on the corrected entities) a graph cannot: a build with the
// file may find relations the page could not.
import { mergeRefusal, type CorrectionReport, type Corrections } from "../../contract/corrections.js";
import type { EdgeAttributes, Evidence, NodeAttributes } from "../../contract/graph-json.js";
import { edgeKey, nodeKey } from "../../contract/keys.js";
import type { NewsGraph } from "../../contract/news-graph.js";
import { fitsSignature, RELATION_SIGNATURES } from "../../contract/ontology.js";
import { KIND_COLORS } from "../../contract/palette.js";
import { normalizeName } from "../4-resolve/name-forms.js";

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort(byString);

/** The nodes `ref` names: the node of that key, else those whose label or an alias is `ref`. */
function find(graph: NewsGraph, ref: string): string[] {
  if (graph.hasNode(ref)) return [ref];
  const name = normalizeName(ref);
  return graph.filterNodes((_, a) => normalizeName(a.label) === name || a.aliases.some((x) => normalizeName(x) === name)).sort(byString);
}

type Found = { key: string } | { status: "stale" | "refused"; reason: string };
function one(graph: NewsGraph, ref: string): Found {
  const keys = find(graph, ref);
  if (!keys.length) return { status: "stale", reason: `no entity "${ref}"` };
  if (keys.length > 1) return { status: "refused", reason: `"${ref}" names ${keys.length} entities (${keys.join(", ")}): use a node key` };
  return { key: keys[0]! };
}

/** Adds an edge, or merges its evidence into the edge of the same key (weight: distinct articles). */
function addEdge(graph: NewsGraph, source: string, target: string, a: EdgeAttributes): void {
  if (source === target) return;
  if (RELATION_SIGNATURES[a.relation].symmetric && target < source) [source, target] = [target, source];
  const key = edgeKey(source, a.relation, target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { ...a });
    return;
  }
  const old = graph.getEdgeAttributes(key);
  const items = new Map<string, Evidence>();
  for (const e of [...old.evidence, ...a.evidence]) {
    const id = `${e.article}\u0000${e.start ?? ""}`;
    const prev = items.get(id);
    if (!prev || (prev.confidence ?? 0) < (e.confidence ?? 0)) items.set(id, e);
  }
  const evidence = [...items.values()].sort((x, y) => byString(x.article, y.article) || (x.start ?? 0) - (y.start ?? 0));
  const asserted = old.modality === undefined || a.modality === undefined;
  const { modality: _m, ...rest } = old;
  graph.replaceEdgeAttributes(key, {
    ...rest,
    evidence,
    weight: new Set(evidence.map((e) => e.article)).size,
    ...(asserted ? {} : { modality: old.modality }),
  });
}

/** Moves every edge of `from` to `to` and drops `from`; edges that `keep` refuses are dropped. */
function moveEdges(
  graph: NewsGraph,
  from: string,
  to: string,
  keep: (a: EdgeAttributes, source: string, target: string) => boolean = () => true,
): void {
  for (const e of graph.edges(from)) {
    const a = graph.getEdgeAttributes(e);
    const source = graph.source(e) === from ? to : graph.source(e);
    const target = graph.target(e) === from ? to : graph.target(e);
    if (keep(a, source, target)) addEdge(graph, source, target, a);
  }
  graph.dropNode(from);
}

/** Puts `attrs` under the key its kind and label give, joining a node already there (as a build does). */
function rekey(graph: NewsGraph, key: string, attrs: NodeAttributes): void {
  const next = nodeKey(attrs.kind, attrs.label);
  if (next === key) {
    graph.replaceNodeAttributes(key, attrs);
    return;
  }
  if (graph.hasNode(next)) {
    const there = graph.getNodeAttributes(next);
    graph.replaceNodeAttributes(next, {
      ...there,
      aliases: union(there.aliases, attrs.aliases),
      mentions: there.mentions + attrs.mentions,
      articles: union(there.articles, attrs.articles),
    });
  } else graph.addNode(next, attrs);
  moveEdges(graph, key, next, (a, s, t) => fitsSignature(a.relation, graph.getNodeAttribute(s, "kind"), graph.getNodeAttribute(t, "kind")));
}

/** A copy of `source` with `corrections` applied, and what became of each entry (also its `corrections` attribute). */
export function correctGraph(source: NewsGraph, corrections: Corrections): { graph: NewsGraph; reports: CorrectionReport[] } {
  const graph = source.copy() as NewsGraph;
  const reports: CorrectionReport[] = [];
  // entity entries first, then relation entries, each in the file's order: the build's order
  const order = corrections.entries
    .map((c, entry) => ({ c, entry }))
    .sort(
      (x, y) =>
        Number(x.c.op === "hideRelation" || x.c.op === "hideEvidence") - Number(y.c.op === "hideRelation" || y.c.op === "hideEvidence") ||
        x.entry - y.entry,
    );
  for (const { c, entry } of order) {
    const report = (status: CorrectionReport["status"], reason?: string) =>
      void reports.push({ entry, op: c.op, status, ...(reason ? { reason } : {}) });
    if (c.op === "merge") {
      const from = one(graph, c.from);
      const into = one(graph, c.into);
      if (!("key" in from)) report(from.status, from.reason);
      else if (!("key" in into)) report(into.status, into.reason);
      else if (from.key === into.key) report("stale", `"${c.from}" and "${c.into}" are already one node`);
      else {
        const f = graph.getNodeAttributes(from.key);
        const t = graph.getNodeAttributes(into.key);
        const refusal = mergeRefusal(f.kind, t.kind);
        if (refusal) report("refused", refusal);
        else {
          graph.replaceNodeAttributes(into.key, {
            ...t,
            aliases: union(t.aliases, f.aliases),
            mentions: t.mentions + f.mentions,
            articles: union(t.articles, f.articles),
          });
          moveEdges(graph, from.key, into.key);
          report("applied");
        }
      }
      continue;
    }
    if (c.op === "hideEvidence") {
      let hit = false;
      for (const e of graph.edges()) {
        const a = graph.getEdgeAttributes(e);
        const evidence = a.evidence.filter((x) => !(x.article === c.article && x.start === c.start));
        if (evidence.length === a.evidence.length) continue;
        hit = true;
        if (!evidence.length) graph.dropEdge(e);
        else graph.replaceEdgeAttributes(e, { ...a, evidence, weight: new Set(evidence.map((x) => x.article)).size });
      }
      report(hit ? "applied" : "stale", hit ? undefined : `no evidence in "${c.article}" at ${c.start}`);
      continue;
    }
    if (c.op === "hideRelation") {
      const s = one(graph, c.source);
      const t = one(graph, c.target);
      if (!("key" in s)) report(s.status, s.reason);
      else if (!("key" in t)) report(t.status, t.reason);
      else {
        const symmetric = RELATION_SIGNATURES[c.relation].symmetric;
        const edges = graph
          .edges()
          .filter(
            (e) =>
              graph.getEdgeAttribute(e, "relation") === c.relation &&
              ((graph.source(e) === s.key && graph.target(e) === t.key) ||
                (symmetric && graph.source(e) === t.key && graph.target(e) === s.key)),
          );
        for (const e of edges) graph.dropEdge(e);
        report(
          edges.length ? "applied" : "stale",
          edges.length ? undefined : `no ${c.relation} relation from "${c.source}" to "${c.target}"`,
        );
      }
      continue;
    }
    const target = one(graph, c.entity);
    if (!("key" in target)) {
      report(target.status, target.reason);
      continue;
    }
    const a = graph.getNodeAttributes(target.key);
    if (c.op === "hide") graph.dropNode(target.key);
    else if (c.op === "alias") graph.replaceNodeAttributes(target.key, { ...a, aliases: union(a.aliases, [c.alias]) });
    else if (c.op === "rename") rekey(graph, target.key, { ...a, label: c.label });
    else rekey(graph, target.key, { ...a, kind: c.kind, color: KIND_COLORS[c.kind] });
    report("applied");
  }
  reports.sort((x, y) => x.entry - y.entry);
  graph.setAttribute("corrections", reports);
  return { graph, reports };
}
