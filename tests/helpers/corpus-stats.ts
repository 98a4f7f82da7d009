// corpus-stats: the figures of npm run eval:corpus, computed from a built graph (pure: no files, no
// console): isolated nodes, relations per article, evidence per pattern, top entities, an edge sample.
import { NODE_KINDS, RELATIONS, type Evidence, type NewsGraph, type NodeKind, type Relation } from "../../src/core/index.js";
import { seededSample } from "./seeded-sample.js";

/** The pattern key of evidence that names no pattern (the extractor does not tag every rule yet). */
export const NO_PATTERN = "(none)";

/** A full stop after these (or after one capital: "U.S.") does not end a sentence, e.g. "Mr. Ek said…". */
const NOT_AN_END = String.raw`(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Inc|Co|Corp|Ltd|No|vs|[A-Z]))`;
const SENTENCE_END = new RegExp(String.raw`${NOT_AN_END}[.!?]["')\]]?\s+|\n\s*\n`, "g");
const SENTENCE_STOP = new RegExp(String.raw`${NOT_AN_END}[.!?]["')\]]?(?=\s|$)|\n\s*\n`, "g");

export interface Share {
  readonly nodes: number;
  readonly isolated: number;
  /** isolated / nodes, 0 when there are no nodes. */
  readonly share: number;
}

export interface IsolatedShare extends Share {
  /** Only the kinds present in the graph, in ontology order. */
  readonly byKind: Partial<Record<NodeKind, Share>>;
}

export interface RelationRate {
  readonly edges: number;
  readonly evidence: number;
  readonly edgesPerArticle: number;
  readonly evidencePerArticle: number;
}

export interface RelationsPerArticle {
  readonly articles: number;
  readonly total: RelationRate;
  /** Every relation of the ontology, 0 when absent, so that two reports diff line by line. */
  readonly byRelation: Record<Relation, RelationRate>;
}

export interface TopEntity {
  readonly key: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly mentions: number;
  readonly articles: number;
  readonly degree: number;
}

export interface SampledEdge {
  readonly key: string;
  readonly source: string;
  readonly relation: Relation;
  readonly target: string;
  readonly modality?: string;
  readonly to?: string;
  /** Evidence items of the edge that pass the filter (all of them without --pattern). */
  readonly matching: number;
  /** One of them, drawn with the same seed. */
  readonly evidence: Evidence;
}

export interface SampleOptions {
  readonly size: number;
  readonly seed: number;
  readonly relation?: Relation;
  readonly pattern?: string;
}

const share = (isolated: number, nodes: number): Share => ({ nodes, isolated, share: nodes ? isolated / nodes : 0 });

/** Nodes without any edge, overall and per kind. */
export function isolatedShare(graph: NewsGraph): IsolatedShare {
  const nodes = new Map<NodeKind, number>();
  const isolated = new Map<NodeKind, number>();
  graph.forEachNode((node, { kind }) => {
    nodes.set(kind, (nodes.get(kind) ?? 0) + 1);
    if (graph.degree(node) === 0) isolated.set(kind, (isolated.get(kind) ?? 0) + 1);
  });
  const byKind: Partial<Record<NodeKind, Share>> = {};
  for (const kind of NODE_KINDS) if (nodes.has(kind)) byKind[kind] = share(isolated.get(kind) ?? 0, nodes.get(kind)!);
  const total = [...isolated.values()].reduce((a, b) => a + b, 0);
  return { ...share(total, graph.order), byKind };
}

/** Edges and evidence items per article of the graph, in total and per relation. */
export function relationsPerArticle(graph: NewsGraph): RelationsPerArticle {
  const articles = graph.getAttribute("articles").length;
  const rate = (edges: number, evidence: number): RelationRate => ({
    edges,
    evidence,
    edgesPerArticle: articles ? edges / articles : 0,
    evidencePerArticle: articles ? evidence / articles : 0,
  });
  const counts = new Map<Relation, [number, number]>(RELATIONS.map((r) => [r, [0, 0]]));
  graph.forEachEdge((_edge, { relation, evidence }) => {
    const c = counts.get(relation)!;
    c[0] += 1;
    c[1] += evidence.length;
  });
  const byRelation = Object.fromEntries(RELATIONS.map((r) => [r, rate(...counts.get(r)!)])) as Record<Relation, RelationRate>;
  const edges = [...counts.values()].reduce((n, c) => n + c[0], 0);
  const evidence = [...counts.values()].reduce((n, c) => n + c[1], 0);
  return { articles, total: rate(edges, evidence), byRelation };
}

/** The rule that produced an evidence item: its `pattern` (or `rule`) string field, when the extractor wrote one. */
export function evidencePattern(evidence: Evidence): string | undefined {
  for (const field of ["pattern", "rule"] as const) {
    const value = evidence[field];
    if (typeof value === "string" && value) return value;
  }
  return undefined;
}

/** Evidence items per pattern (NO_PATTERN for untagged ones), most frequent first, then by name. */
export function patternCounts(graph: NewsGraph): [string, number][] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, { evidence }) => {
    for (const item of evidence) {
      const pattern = evidencePattern(item) ?? NO_PATTERN;
      counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The `top` nodes with the most mentions, per kind (ties by label, then key); only the kinds present. */
export function topEntities(
  graph: NewsGraph,
  top: number,
  kinds: readonly NodeKind[] = NODE_KINDS,
): Partial<Record<NodeKind, TopEntity[]>> {
  const byKind = new Map<NodeKind, TopEntity[]>();
  graph.forEachNode((key, a) => {
    if (!kinds.includes(a.kind)) return;
    const entity: TopEntity = {
      key,
      label: a.label,
      kind: a.kind,
      mentions: a.mentions,
      articles: a.articles.length,
      degree: graph.degree(key),
    };
    const list = byKind.get(a.kind);
    if (list) list.push(entity);
    else byKind.set(a.kind, [entity]);
  });
  const result: Partial<Record<NodeKind, TopEntity[]>> = {};
  for (const kind of kinds) {
    const list = byKind.get(kind);
    if (!list) continue;
    result[kind] = list.sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1)).slice(0, top);
  }
  return result;
}

/** The first evidence sentence of the node's edges (edges in key order), or undefined when it has none. */
export function evidenceSentence(graph: NewsGraph, node: string): { sentence: string; article: string } | undefined {
  const edges = graph.edges(node).sort();
  const first = edges.length ? graph.getEdgeAttribute(edges[0]!, "evidence")[0] : undefined;
  return first && { sentence: first.sentence, article: first.article };
}

/**
 * The sentence of `text` around the first whole-word occurrence of one of `needles` (tried in order),
 * whitespace collapsed; undefined when none occurs. Cheap: sentence ends are ". ", "! ", "? " (not after a title or
 * an initial) or a blank line.
 * e.g. sentenceContaining("Rain fell. Ana Ruiz spoke. Then…", ["Ana Ruiz"]) → "Ana Ruiz spoke."
 */
export function sentenceContaining(text: string, needles: readonly string[]): string | undefined {
  for (const needle of needles) {
    if (!needle) continue;
    // a label may run over a line break of the wire's hard-wrapped text ("Development\nBank")
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    const ends = [...before.matchAll(SENTENCE_END)];
    const last = ends[ends.length - 1];
    const start = last ? last.index + last[0].length : 0;
    SENTENCE_STOP.lastIndex = match.index + match[0].length;
    const end = SENTENCE_STOP.exec(text);
    const stop = end ? (end[0].startsWith("\n") ? end.index : end.index + end[0].length) : text.length;
    return text.slice(start, stop).replace(/\s+/g, " ").trim();
  }
  return undefined;
}

/**
 * `size` edges drawn with `seed` among those of `relation` (if given) having evidence of `pattern` (if given),
 * each with one of its matching evidence items. Edges are taken in key order before drawing, so the same
 * graph and seed give the same sample.
 */
export function sampleEdges(graph: NewsGraph, options: SampleOptions): SampledEdge[] {
  const candidates: { key: string; matching: Evidence[] }[] = [];
  for (const key of graph.edges().sort()) {
    const { relation, evidence } = graph.getEdgeAttributes(key);
    if (options.relation && relation !== options.relation) continue;
    const matching =
      options.pattern === undefined ? evidence : evidence.filter((e) => (evidencePattern(e) ?? NO_PATTERN) === options.pattern);
    if (matching.length) candidates.push({ key, matching });
  }
  return seededSample(candidates, options.size, options.seed).map(({ key, matching }, i) => {
    const a = graph.getEdgeAttributes(key);
    const evidence = seededSample(matching, 1, options.seed + i + 1)[0]!;
    return {
      key,
      source: graph.getNodeAttribute(graph.source(key), "label"),
      relation: a.relation,
      target: graph.getNodeAttribute(graph.target(key), "label"),
      ...(a.modality ? { modality: a.modality } : {}),
      ...(a.to ? { to: a.to } : {}),
      matching: matching.length,
      evidence,
    };
  });
}

/** Lines of at most `width` characters (broken at spaces; a longer word stays whole), each after `indent`. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || !lines.length) lines.push(indent + line);
  return lines;
}
