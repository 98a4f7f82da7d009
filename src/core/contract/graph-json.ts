// The graph contract as zod schemas: graph.json is graphology's serialization of
// a directed multigraph whose node, edge and graph attributes are declared here.
import { z } from "zod";
import { CorrectionReport } from "./corrections.js";
import { Modality, NodeKind, Relation } from "./ontology.js";

/** The contract version this code writes; a graph from a later version is refused. */
export const CONTRACT_VERSION = 1;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "expected an ISO 8601 date (YYYY-MM-DD…)");

export const ArticleMeta = z.looseObject({
  id: z.string().min(1),
  title: z.string().optional(),
  date: IsoDate.optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Evidence = z.looseObject({
  article: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  confidence: z.number().min(0).max(1).optional(),
  // What is known of the article, copied so that each evidence item can be cited on its own
  // (in GraphML, GEXF or Neo4j, where the graph's `articles` list may not travel).
  title: ArticleMeta.shape.title,
  date: ArticleMeta.shape.date,
  url: ArticleMeta.shape.url,
  outlet: ArticleMeta.shape.outlet,
});
export type Evidence = z.infer<typeof Evidence>;

export const NodeAttributes = z.looseObject({
  label: z.string().min(1),
  kind: NodeKind,
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  articles: z.array(z.string()),
  x: z.number(),
  y: z.number(),
  size: z.number().positive(),
  color: z.string(),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.looseObject({
  relation: Relation,
  weight: z.number().int().positive(),
  evidence: z.array(Evidence).min(1),
  /** Absent means asserted; planned/hedged/negated relations are kept but marked. */
  modality: Modality.optional(),
  /** A detail such as the destination of an export ("exports LNG to Japan"). */
  to: z.string().optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.looseObject({
  contract: z
    .number()
    .int()
    .positive()
    .max(CONTRACT_VERSION, {
      message: `graph is from a newer contract version; this newsgraph reads version ${CONTRACT_VERSION}`,
    })
    .optional(),
  articles: z.array(ArticleMeta),
  /** What became of each entry of the corrections file the build applied (absent: none was). */
  corrections: z.array(CorrectionReport).optional(),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

export const GraphJson = z.object({
  options: z.object({
    type: z.literal("directed"),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  attributes: GraphAttributes,
  nodes: z.array(z.object({ key: z.string().min(1), attributes: NodeAttributes })),
  edges: z.array(
    z.object({
      key: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: EdgeAttributes,
    }),
  ),
});
export type GraphJson = z.infer<typeof GraphJson>;
