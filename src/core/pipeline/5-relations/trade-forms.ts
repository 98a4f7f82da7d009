// exports and imports said without a trading verb: a country's staple export named by a copula or an
// apposition ("Coal was Australia's largest single export", "coffee, Colombia's traditional export,"),
// and a buyer named as the destination of sales with no seller ("sales of wheat to China and Egypt").
import { REGULATOR_NAMES, REPORTING_VERBS } from "../../lexicon/relation-words.js";
import { BROAD_SECTORS } from "../../lexicon/sectors.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated, modalityBetween, type Frame, type Slot } from "./sentence-frame.js";

const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "became", "becomes"]);
const STAPLE_NOUNS = /^(?:export|exports|export earner|export earners|export crop|export crops|foreign exchange earner)$/;
/** Nouns of goods sent somewhere, with no seller of their own: "sales of wheat to China". */
const SHIPMENT_NOUNS = new Set(["sales", "sale", "shipments", "shipment", "deliveries", "delivery", "exports"]);

const traded = (frame: Frame, s: Slot | undefined): s is Slot =>
  !!s && s.kind === "sector" && !BROAD_SECTORS.has(frame.entities[s.entity]!.label);
const trader = (s: Slot | undefined): s is Slot => !!s && (s.kind === "country" || s.kind === "organization") && !s.adjectival;

/** After a possessor's "'s" at `at`: up to three lower-case words, then the staple noun; its end, or -1. */
function stapleAfter(frame: Frame, at: number): number {
  let k = at;
  while (k < at + 4 && frame.tokens[k]?.word && !frame.tokens[k]!.cap) {
    for (const n of [2, 1]) {
      const words = frame.tokens
        .slice(k, k + n)
        .map((t) => t.lower)
        .join(" ");
      if (frame.tokens.slice(k, k + n).length === n && STAPLE_NOUNS.test(words)) return k + n;
    }
    k++;
  }
  return -1;
}

export const tradeForms: RelationRule = (frame) => {
  const out: Found[] = [];
  const { tokens, slots } = frame;
  for (const owner of slots) {
    if (!trader(owner) || tokens[owner.last]?.lower !== "'s") continue;
    const end = stapleAfter(frame, owner.last + 1);
    if (end < 0) continue;
    // "Coal was Australia's largest export": the good is the subject of the copula
    const copula = owner.first - 1;
    if (COPULAS.has(tokens[copula]?.lower ?? "")) {
      const good = [...slots].reverse().find((s) => s.last <= copula && s.last >= copula - 1);
      if (traded(frame, good)) {
        for (const g of coordinated(frame, slots.indexOf(good), ["sector"]).filter((s) => traded(frame, s)))
          out.push({ source: owner.entity, relation: "exports", target: g.entity, modality: "asserted", confidence: 0.75 });
      }
      continue;
    }
    // "coffee, Colombia's traditional major export,": an apposition to the good
    if (tokens[owner.first - 1]?.text === ",") {
      const good = slots.find((s) => s.last === owner.first - 1);
      if (traded(frame, good) && /^[,.;]$|^(?:and|is|was|will|has|accounts?)$/.test(tokens[end]?.lower ?? "."))
        out.push({ source: owner.entity, relation: "exports", target: good.entity, modality: "asserted", confidence: 0.75 });
    }
  }
  // "sales of wheat to China and Egypt": the buyers import the goods
  for (let i = 0; i < tokens.length; i++) {
    if (!SHIPMENT_NOUNS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== "of") continue;
    let k = i + 2;
    const goods: Slot[] = [];
    while (k < tokens.length && k < i + 12) {
      const s = slots.find((x) => x.first === k);
      if (traded(frame, s)) {
        goods.push(s);
        k = s.last;
      } else if (tokens[k]!.word && tokens[k]!.lower !== "to") k++;
      else break;
    }
    if (!goods.length || tokens[k]?.lower !== "to") continue;
    let b = k + 1;
    if (tokens[b]?.lower === "the") b++;
    const buyer = slots.find((s) => s.first === b);
    if (!trader(buyer)) continue;
    const modality = modalityBetween(frame, Math.max(0, i - 4), i);
    if (modality === "negated") continue;
    // ("… to Morocco, the U.S. Agriculture Department said": who speaks is no buyer)
    const buyers = coordinated(frame, slots.indexOf(buyer), ["country", "organization"]).filter(
      (s) =>
        trader(s) &&
        (s === buyer || !REPORTING_VERBS.has(tokens[s.last]?.lower ?? "")) &&
        // ("sales of wheat reported to the Agriculture Department": a regulator is told, it does not buy)
        !(s.kind === "organization" && REGULATOR_NAMES.test(frame.entities[s.entity]!.label)),
    );
    for (const who of buyers)
      for (const g of goods) out.push({ source: who.entity, relation: "imports", target: g.entity, modality, confidence: 0.65 });
  }
  return out;
};
