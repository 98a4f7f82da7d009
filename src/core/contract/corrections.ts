// The corrections file (corrections.json): an analyst's decisions about the graph, applied by every
// build after resolution, so that they survive new articles. Each entry is one decision, keyed by what
// it applies to (a node key such as "person:ana-ruiz", or a label or alias), applied in order.
import { z } from "zod";
import { NodeKind, Relation } from "./ontology.js";

/** "a person", "an agreement". */
export function withArticle(kind: NodeKind): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/** Why an entity of kind `from` cannot be merged into one of kind `into` (undefined: it can — one kind, or a person and a leader). */
export function mergeRefusal(from: NodeKind, into: NodeKind): string | undefined {
  const people = (k: NodeKind) => k === "person" || k === "leader";
  return from === into || (people(from) && people(into)) ? undefined : `${withArticle(from)} cannot be merged into ${withArticle(into)}`;
}

/** The corrections format this code reads and writes; a file from a later version is refused. */
export const CORRECTIONS_VERSION = 1;

/** What an entry applies to: a node key ("person:ana-ruiz") or a label or alias ("Ana Ruiz"). */
const Ref = z.string().trim().min(1, "names no entity (an empty string)");
const Note = z.string().optional();

export const Correction = z.discriminatedUnion("op", [
  /** `from` and everything said of it become `into` (its mentions, aliases and relations). */
  z.strictObject({ op: z.literal("merge"), from: Ref, into: Ref, note: Note }),
  z.strictObject({ op: z.literal("rename"), entity: Ref, label: z.string().trim().min(1, "is an empty label"), note: Note }),
  z.strictObject({ op: z.literal("retype"), entity: Ref, kind: NodeKind, note: Note }),
  /** The entity and its relations are left out of the graph. */
  z.strictObject({ op: z.literal("hide"), entity: Ref, note: Note }),
  z.strictObject({ op: z.literal("alias"), entity: Ref, alias: z.string().trim().min(1, "is an empty alias"), note: Note }),
  /** One edge (source, relation, target), all its evidence. */
  z.strictObject({ op: z.literal("hideRelation"), source: Ref, relation: Relation, target: Ref, note: Note }),
  /** One evidence item: the sentence of `article` that starts at `start` (offsets as graph.json gives them). */
  z.strictObject({ op: z.literal("hideEvidence"), article: z.string().min(1), start: z.number().int().nonnegative(), note: Note }),
]);
export type Correction = z.infer<typeof Correction>;

export const Corrections = z
  .strictObject({
    corrections: z
      .number()
      .int()
      .positive()
      .max(CORRECTIONS_VERSION, {
        message: `is from a newer format; this newsgraph reads corrections version ${CORRECTIONS_VERSION}`,
      }),
    entries: z.array(Correction),
  })
  .superRefine((file, ctx) => {
    // "A into B" then "B into A" undoes itself: refused, whatever comes between
    const into = new Map<string, string>();
    file.entries.forEach((e, i) => {
      if (e.op !== "merge") return;
      const from = e.from.toLowerCase();
      let k: string | undefined = e.into.toLowerCase();
      for (let steps = 0; k !== undefined && steps <= into.size; steps++, k = into.get(k)) {
        if (k === from) {
          ctx.addIssue({
            code: "custom",
            path: ["entries", i],
            message:
              steps === 0 ? `merges "${e.from}" into itself` : `merging "${e.from}" into "${e.into}" makes a cycle with an earlier merge`,
          });
          return;
        }
      }
      into.set(from, e.into.toLowerCase());
    });
  });
export type Corrections = z.infer<typeof Corrections>;

/** What became of an entry in a build: applied, stale (it matched nothing) or refused (with the reason). */
export const CorrectionStatus = z.enum(["applied", "stale", "refused"]);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

export const CorrectionReport = z.object({
  /** The entry's index in `entries` (from 0). */
  entry: z.number().int().nonnegative(),
  op: z.string(),
  status: CorrectionStatus,
  reason: z.string().optional(),
});
export type CorrectionReport = z.infer<typeof CorrectionReport>;

/** One line naming the first thing wrong with a corrections file. */
export function correctionsProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const [first, index, ...rest] = issue.path;
  const where =
    first === "entries" && typeof index === "number"
      ? `entry ${index}${rest.length ? ` (${rest.join(".")})` : ""}`
      : issue.path.join(".") || "the file";
  return `${where}: ${issue.message}`;
}
