// robust-hostile-graph: a contract-valid graph whose every string a page shows (keys, labels,
// aliases, evidence, article titles, urls, outlets, `to`) carries markup, event handlers or
// javascript: urls. Each payload, if it ever ran, would set window.__pwned to say which one did.
import { CONTRACT_VERSION, KIND_COLORS, createNewsGraph, type ArticleMeta, type NewsGraph, type NodeKind } from "../../src/core/index.js";

export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `<svg onload="window.__pwned='svg'"></svg>`,
  iframe: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  attribute: `" onmouseover="window.__pwned='attribute'" data-x="`,
  href: `javascript:window.__pwned='href'`,
} as const;

/** Article urls a link must never be made of (only http and https are followed), and one it may. */
export const ARTICLES: readonly ArticleMeta[] = [
  { id: `a ${PAYLOADS.img}.txt`, title: `Talks ${PAYLOADS.img} in Oslo`, url: PAYLOADS.href, outlet: PAYLOADS.svg, date: "2026-03-06" },
  { id: "b.txt", title: PAYLOADS.script, url: "JaVaScRiPt:window.__pwned='mixed-case'", outlet: PAYLOADS.attribute },
  { id: "c.txt", title: PAYLOADS.iframe, url: " javascript:window.__pwned='leading-space'" },
  { id: "d.txt", title: "A data url", url: "data:text/html,<script>window.__pwned='data'</script>" },
  {
    id: "e.txt",
    title: "A safe link with markup in its query",
    url: `https://example.org/story?q="><script>window.__pwned='query'</script>`,
  },
];

interface HostileNode {
  readonly key: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** Four nodes on the corners of a square, so that every node and edge midpoint is easy to hit. */
export const NODES: readonly HostileNode[] = [
  {
    key: `leader:${PAYLOADS.attribute}`,
    kind: "leader",
    label: `Ana ${PAYLOADS.img} Ruiz`,
    aliases: [PAYLOADS.script, PAYLOADS.href],
    x: 0,
    y: 0,
  },
  { key: "person:<b>berg</b>", kind: "person", label: PAYLOADS.script, aliases: [PAYLOADS.svg, "Berg"], x: 100, y: 0 },
  { key: "country:javascript", kind: "country", label: PAYLOADS.href, aliases: [PAYLOADS.iframe], x: 0, y: -100 },
  { key: `agreement:${PAYLOADS.iframe}`, kind: "agreement", label: PAYLOADS.iframe, aliases: [PAYLOADS.img], x: 100, y: -100 },
];

const [ANA, BERG, COUNTRY, PACT] = NODES as [HostileNode, HostileNode, HostileNode, HostileNode];

const sentence = (...parts: string[]) => parts.join(" ");

export const EDGES = [
  {
    key: "edge:met",
    source: ANA.key,
    target: BERG.key,
    relation: "met",
    evidence: [
      { article: ARTICLES[0]!.id, sentence: sentence(ANA.label, "met", BERG.label, PAYLOADS.svg, "in Oslo."), confidence: 0.9 },
      { article: "b.txt", sentence: sentence(PAYLOADS.script, "and", PAYLOADS.href, "met", PAYLOADS.attribute), confidence: 0.5 },
    ],
  },
  {
    key: "edge:leads",
    source: ANA.key,
    target: COUNTRY.key,
    relation: "leads",
    evidence: [{ article: "c.txt", sentence: sentence(PAYLOADS.iframe, "leads", PAYLOADS.href), confidence: 0.8 }],
  },
  {
    key: "edge:signed",
    source: COUNTRY.key,
    target: PACT.key,
    relation: "signed",
    modality: "planned",
    evidence: [
      { article: "d.txt", sentence: sentence(PAYLOADS.href, "signed", PAYLOADS.iframe), confidence: 0.7 },
      { article: "e.txt", sentence: sentence("A sentence with", PAYLOADS.img, "and a link."), confidence: 0.7 },
    ],
  },
] as const;

export function hostileGraph(): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({ contract: CONTRACT_VERSION, articles: [...ARTICLES] });
  for (const n of NODES) {
    graph.addNode(n.key, {
      label: n.label,
      kind: n.kind,
      aliases: [n.label, ...n.aliases],
      mentions: 2,
      articles: ARTICLES.map((a) => a.id),
      x: n.x,
      y: n.y,
      size: 12,
      color: KIND_COLORS[n.kind],
    });
  }
  for (const e of EDGES) {
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      relation: e.relation,
      weight: new Set(e.evidence.map((ev) => ev.article)).size,
      evidence: e.evidence.map((ev) => ({ ...ev })),
      ...("modality" in e ? { modality: e.modality } : {}),
      ...(e.relation === "signed" ? { to: PAYLOADS.img } : {}),
    });
  }
  return graph;
}
