// Extraction quality can only go up: every gold set of ../shared/eval is built and scored, and
// no F1 may fall below the level reached so far (raise these floors when the extractor improves).
// A gold set that appears in ../shared/eval/gold without a floor here fails until it is given one.
import { beforeAll, describe, expect, it } from "vitest";
import { EVAL_DIR, HAS_EVAL, goldSetNames, micro, scoreSet, type SetScore } from "../helpers/eval-sets.js";

/** set → [entities F1, relations F1] reached; typed scores from ../shared/eval/score.mjs. */
const FLOORS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["seeds", [0.985, 0.975]],
  ["dev-bbc-deals", [0.92, 0.795]],
  ["dev-bbc-politics", [0.945, 0.91]],
  ["dev-bbc-trade", [0.95, 0.83]],
  ["dev-reuters-grain", [0.965, 0.89]],
  ["dev-reuters-oil", [0.96, 0.835]],
  ["dev-reuters-trade", [0.915, 0.715]],
]);
/** Every dev-* set found, micro-averaged. */
const DEV_MICRO: readonly [number, number] = [0.94, 0.835];

const skip = !HAS_EVAL;
const title = (t: string) => (skip ? `${t} — skipped: no gold sets at ${EVAL_DIR} (the shared/ folder beside the repository)` : t);
const sets = skip ? [] : goldSetNames();

describe("extraction quality on the gold sets", () => {
  const scores = new Map<string, SetScore>();

  beforeAll(async () => {
    for (const name of sets) scores.set(name, await scoreSet(name));
  });

  it.skipIf(skip)(title("every gold set has a floor"), () => {
    const missing = sets.filter((name) => !FLOORS.has(name));
    expect(
      missing,
      `gold sets without a floor in tests/eval/quality.test.ts: ${missing.join(", ")} — give each its F1 floors at the level reached`,
    ).toEqual([]);
  });

  it.skipIf(skip).each(sets.filter((name) => FLOORS.has(name)))(title("%s: entities and relations F1 at or above the floor"), (name) => {
    const [entities, relations] = FLOORS.get(name)!;
    const s = scores.get(name)!;
    expect(s.entities.f1, `${name} entities F1`).toBeGreaterThanOrEqual(entities);
    expect(s.relations.f1, `${name} relations F1`).toBeGreaterThanOrEqual(relations);
  });

  it.skipIf(skip)(title(`dev sets micro-averaged: entities F1 >= ${DEV_MICRO[0]}, relations F1 >= ${DEV_MICRO[1]}`), () => {
    const dev = [...scores.values()].filter((s) => s.name.startsWith("dev-"));
    expect(dev.length).toBeGreaterThanOrEqual(6);
    expect(micro(dev, (s) => s.entities).f1).toBeGreaterThanOrEqual(DEV_MICRO[0]);
    expect(micro(dev, (s) => s.relations).f1).toBeGreaterThanOrEqual(DEV_MICRO[1]);
  });
});
