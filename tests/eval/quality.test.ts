// Extraction quality can only go up: every gold set of ../shared/eval is built and scored, and
// no F1 may fall below the level reached so far (raise these floors when the extractor improves).
import { beforeAll, describe, expect, it } from "vitest";
import { EVAL_DIR, HAS_EVAL, goldSetNames, micro, scoreSet, type SetScore } from "../helpers/eval-sets.js";

/** [set, entities F1, relations F1] reached; typed scores from ../shared/eval/score.mjs. */
const FLOORS: readonly [string, number, number][] = [
  ["seeds", 0.985, 0.975],
  ["dev-bbc-politics", 0.935, 0.91],
  ["dev-bbc-trade", 0.945, 0.83],
  ["dev-reuters-grain", 0.95, 0.83],
  ["dev-reuters-oil", 0.93, 0.785],
];
const DEV_MICRO: readonly [number, number] = [0.94, 0.84];

const skip = !HAS_EVAL;
const title = (t: string) => (skip ? `${t} — skipped: no gold sets at ${EVAL_DIR} (the shared/ folder beside the repository)` : t);

describe("extraction quality on the gold sets", () => {
  const scores = new Map<string, SetScore>();

  beforeAll(async () => {
    if (skip) return;
    for (const name of goldSetNames()) scores.set(name, await scoreSet(name));
  }, 120_000);

  it.skipIf(skip).each(FLOORS)(title("%s: entities F1 >= %s, relations F1 >= %s"), (name, entities, relations) => {
    const s = scores.get(name);
    expect(s, `gold set ${name} is missing`).toBeDefined();
    expect(s!.entities.f1).toBeGreaterThanOrEqual(entities);
    expect(s!.relations.f1).toBeGreaterThanOrEqual(relations);
  });

  it.skipIf(skip)(title(`dev sets micro-averaged: entities F1 >= ${DEV_MICRO[0]}, relations F1 >= ${DEV_MICRO[1]}`), () => {
    const dev = [...scores.values()].filter((s) => s.name.startsWith("dev-"));
    expect(dev.length).toBeGreaterThanOrEqual(4);
    expect(micro(dev, (s) => s.entities).f1).toBeGreaterThanOrEqual(DEV_MICRO[0]);
    expect(micro(dev, (s) => s.relations).f1).toBeGreaterThanOrEqual(DEV_MICRO[1]);
  });
});
