// The ontology: node kinds and relations, and which kinds each relation joins.
// Mirrors ../shared/spec/ontology.md; the only place kinds and relations are declared.
import { z } from "zod";

export const NODE_KINDS = ["leader", "person", "country", "place", "organization", "agreement", "sector", "event"] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const RELATIONS = ["signed", "met", "exports", "imports", "leads", "represents", "covers", "visited"] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

/** How sure the text is that a relation happened: only `asserted` is a fact. */
export const Modality = z.enum(["asserted", "planned", "hedged", "negated"]);
export type Modality = z.infer<typeof Modality>;

export interface RelationSignature {
  readonly source: readonly NodeKind[];
  readonly target: readonly NodeKind[];
  /** Symmetric relations are stored once, from the smaller node key to the larger. */
  readonly symmetric: boolean;
}

const PEOPLE = ["leader", "person"] as const;
const ACTORS = ["country", "organization"] as const;
const LOCATIONS = ["country", "place"] as const;

export const RELATION_SIGNATURES: Readonly<Record<Relation, RelationSignature>> = {
  signed: { source: [...PEOPLE, ...ACTORS], target: ["agreement"], symmetric: false },
  met: { source: PEOPLE, target: PEOPLE, symmetric: true },
  exports: { source: ACTORS, target: ["sector"], symmetric: false },
  imports: { source: ACTORS, target: ["sector"], symmetric: false },
  leads: { source: ["leader"], target: LOCATIONS, symmetric: false },
  represents: { source: ["person"], target: ACTORS, symmetric: false },
  covers: { source: ["agreement"], target: ["sector"], symmetric: false },
  visited: { source: PEOPLE, target: LOCATIONS, symmetric: false },
};

/** True when `relation` may join a `source` node to a `target` node. */
export function fitsSignature(relation: Relation, source: NodeKind, target: NodeKind): boolean {
  const sig = RELATION_SIGNATURES[relation];
  return sig.source.includes(source) && sig.target.includes(target);
}
