// tiny-graph: a builder for small contract-valid graphs (addNode/addEdge with defaults) and the
// seven-node fixture the viewer's unit tests share: two leaders, their countries, a pact, a sector.
import {
  KIND_COLORS,
  createNewsGraph,
  edgeKey,
  nodeKey,
  type ArticleMeta,
  type EdgeAttributes,
  type Evidence,
  type NewsGraph,
  type NodeAttributes,
  type NodeKind,
  type Relation,
} from "../../src/core/index.js";

export function createFixtureGraph(articles: ArticleMeta[] = []): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({ articles });
  return graph;
}

/** Adds a node keyed nodeKey(kind, label); every contract field has a default. Returns the key. */
export function addFixtureNode(graph: NewsGraph, kind: NodeKind, label: string, extra: Partial<NodeAttributes> = {}): string {
  const key = nodeKey(kind, label);
  const attributes: NodeAttributes = {
    label,
    kind,
    aliases: [label],
    mentions: 1,
    articles: [],
    x: graph.order,
    y: graph.order % 3,
    size: 6,
    color: KIND_COLORS[kind],
    ...extra,
  };
  graph.addNode(key, attributes);
  return key;
}

/** Adds an edge keyed edgeKey(source, relation, target) with one evidence sentence by default. Returns the key. */
export function addFixtureEdge(
  graph: NewsGraph,
  source: string,
  relation: Relation,
  target: string,
  extra: Partial<EdgeAttributes> & { evidence?: Evidence[] } = {},
): string {
  const key = edgeKey(source, relation, target);
  const attributes: EdgeAttributes = {
    relation,
    weight: extra.evidence?.length ?? 1,
    evidence: [{ article: "a1.txt", sentence: `${source} ${relation} ${target}.` }],
    ...extra,
  };
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

/** The keys of the tiny fixture, so tests name nodes and edges instead of restating strings. */
export interface TinyGraph {
  readonly graph: NewsGraph;
  readonly nodes: {
    readonly ana: string;
    readonly bo: string;
    readonly spain: string;
    readonly sweden: string;
    readonly pact: string;
    readonly wind: string;
    readonly summit: string;
  };
  readonly edges: {
    readonly anaLeadsSpain: string;
    readonly boLeadsSweden: string;
    readonly anaMetBo: string;
    readonly anaSignedPact: string;
    readonly boSignedPact: string;
    readonly pactCoversWind: string;
    readonly swedenExportsWind: string;
  };
}

/**
 *   Ana Ruiz ──leads──▶ Spain        Bo Lind ──leads──▶ Sweden ──exports──▶ wind power
 *      │  └──met (stored once, Ana→Bo)──┘  │                                   ▲
 *      └──signed──▶ Iberian–Nordic Energy Pact ◀──signed (planned)──┘ ──covers──┘
 *   Energy Summit: no edge at all.
 */
export function buildTinyGraph(): TinyGraph {
  const graph = createFixtureGraph([
    { id: "a1.txt", title: "Spain and Sweden sign an energy pact", date: "2026-03-02" },
    { id: "a2.txt", date: "2026-03-03" },
  ]);
  const ana = addFixtureNode(graph, "leader", "Ana Ruiz", {
    aliases: ["Ana Ruiz", "Ruiz", "President Ruiz"],
    mentions: 5,
    articles: ["a1.txt", "a2.txt"],
  });
  const bo = addFixtureNode(graph, "leader", "Bo Lind", { aliases: ["Bo Lind", "Lind"], mentions: 3, articles: ["a1.txt"] });
  const spain = addFixtureNode(graph, "country", "Spain", { articles: ["a1.txt"] });
  const sweden = addFixtureNode(graph, "country", "Sweden", { articles: ["a1.txt", "a2.txt"] });
  const pact = addFixtureNode(graph, "agreement", "Iberian–Nordic Energy Pact", { articles: ["a1.txt"] });
  const wind = addFixtureNode(graph, "sector", "wind power", { articles: ["a2.txt"] });
  const summit = addFixtureNode(graph, "event", "Energy Summit", { articles: ["a2.txt", "unlisted.txt"] });

  const edges = {
    anaLeadsSpain: addFixtureEdge(graph, ana, "leads", spain),
    boLeadsSweden: addFixtureEdge(graph, bo, "leads", sweden),
    anaMetBo: addFixtureEdge(graph, ana, "met", bo, {
      evidence: [{ article: "a1.txt", sentence: "Ruiz met Lind in Madrid on Monday.", start: 0, end: 34, confidence: 0.9 }],
    }),
    anaSignedPact: addFixtureEdge(graph, ana, "signed", pact, {
      evidence: [
        { article: "a1.txt", sentence: "President Ruiz signed the Iberian–Nordic Energy Pact." },
        { article: "a2.txt", sentence: "The pact Ruiz signed last week takes effect in May." },
      ],
    }),
    boSignedPact: addFixtureEdge(graph, bo, "signed", pact, {
      modality: "planned",
      evidence: [{ article: "a1.txt", sentence: "Lind is expected to sign the pact in Stockholm." }],
    }),
    pactCoversWind: addFixtureEdge(graph, pact, "covers", wind),
    swedenExportsWind: addFixtureEdge(graph, sweden, "exports", wind, { to: "Spain" }),
  };
  return { graph, nodes: { ana, bo, spain, sweden, pact, wind, summit }, edges };
}
