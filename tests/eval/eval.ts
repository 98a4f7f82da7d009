// npm run eval: builds every gold set of ../shared/eval (the seeds and the dev sets) and prints
// entity and relation scores per set, per relation and micro-averaged over the dev sets.
// With --verbose it also lists what was missed and what was wrongly found.
import { goldSetNames, HAS_EVAL, EVAL_DIR, micro, scoreSet, type Prf } from "../helpers/eval-sets.js";

const verbose = process.argv.includes("--verbose");
const fmt = (p: Prf) =>
  `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, gold ${p.gold})`;

if (!HAS_EVAL) {
  console.error(`eval: no gold sets at ${EVAL_DIR} (the shared/ folder beside the repository)`);
  process.exitCode = 2;
} else {
  const sets = [];
  for (const name of goldSetNames()) {
    const s = await scoreSet(name);
    sets.push(s);
    console.log(`== ${name}`);
    console.log(`  entities   ${fmt(s.entities)}`);
    console.log(`  relations  ${fmt(s.relations)}`);
    for (const [relation, p] of Object.entries(s.perRelation)) console.log(`    ${relation.padEnd(11)}${fmt(p)}`);
    if (verbose) {
      for (const [title, list] of [
        ["missed entities", s.errors.missedEntities],
        ["missed relations", s.errors.missedRelations],
        ["false relations", s.errors.falseRelations],
      ] as const) {
        if (list.length) console.log(`  ${title}:\n    ${list.join("\n    ")}`);
      }
    }
  }
  const dev = sets.filter((s) => s.name.startsWith("dev-"));
  console.log(`== dev sets, micro-averaged (${dev.length})`);
  console.log(`  entities   ${fmt(micro(dev, (s) => s.entities))}`);
  console.log(`  relations  ${fmt(micro(dev, (s) => s.relations))}`);
}
