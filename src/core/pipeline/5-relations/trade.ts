// exports and imports: "Canada exports LNG", "sells … to Japan", "supplier of wheat",
// "Japan imports 87 per cent of its energy", "Japanese purchases of Canadian wheat",
// "Canada's LNG exports". Broad domains (trade, security, …) are never traded goods.
import type { Relation } from "../../contract/ontology.js";
import { EXPORT_TRIGGERS, IMPORT_TRIGGERS, REGULATOR_NAMES } from "../../lexicon/relation-words.js";
import { AGREEMENT_HEADS } from "../../lexicon/name-heads.js";
import { BROAD_SECTORS } from "../../lexicon/sectors.js";
import { NOT_GOODS } from "../../lexicon/goods-words.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated, modalityBetween, objectsAfter, subjectBefore, type Frame, type Slot } from "./sentence-frame.js";

const ACTORS = ["country", "organization"] as const;
const ACTOR_NOUNS = new Set([
  "firms",
  "companies",
  "producers",
  "exporters",
  "importers",
  "farmers",
  "suppliers",
  "manufacturers",
  "traders",
  "buyers",
  "refiners",
  "growers",
  "mills",
  "makers",
  "firm",
  "company",
  "producer",
  "exporter",
  "importer",
  "government",
  "governments",
  "authorities",
  "customers",
  "consumers",
  "airlines",
  "carriers",
  "utilities",
  "industry",
]);
const AGENT_NOUNS = new Set([
  "buyer",
  "buyers",
  "importer",
  "importers",
  "exporter",
  "exporters",
  "supplier",
  "suppliers",
  "purchaser",
  "producer",
]);
const NOMINAL =
  /^(?:exports|export|exporter|exporters|supplier|suppliers|producer|sales|shipments|imports|import|importer|importers|buyer|buyers|purchases|purchase|purchaser|orders)$/;

/** "wine maker", "oil prices", "a steel company": a good named only to describe what follows is not traded here. */
function describes(frame: Frame, s: Slot): boolean {
  const next = frame.tokens[s.last];
  if (!next || !next.word || next.cap || EXPORT_TRIGGERS.has(next.lower) || IMPORT_TRIGGERS.has(next.lower)) return false;
  return NOT_GOODS.has(next.lower) || NOT_GOODS.has(next.lower.replace(/(?:ies)$/, "y").replace(/s$/, ""));
}

/** Nominal triggers that are also verb forms ("Chile exports copper"). */
const VERB_FORMS = new Set(["exports", "export", "imports", "import", "purchases", "purchase", "orders", "supplier"]);
/** "Chile exports copper", "will import wheat": the form is a verb after its subject or an auxiliary. */
function verbUse(frame: Frame, i: number): boolean {
  const prev = frame.tokens[i - 1];
  // ("to aid EC exports, to improve …": a verb has its object)
  if (!prev || !frame.tokens[i + 1]?.word) return false;
  if (
    /^(?:to|will|would|can|could|may|might|must|should|also|not|n't|still|now|mainly|largely)$/.test(prev.lower) ||
    /\p{Ll}ly$/u.test(prev.text)
  )
    return true;
  return frame.slots.some((s) => s.last === i && (s.kind === "country" || s.kind === "organization") && !s.adjectival);
}
const TOPIC_PREPOSITIONS = new Set(["over", "about", "against", "concerning", "regarding"]);
/** The token before the noun phrase that ends at `i` (skipping its determiners, adjectives and goods). */
function prepositionBefore(frame: Frame, i: number): number {
  let k = i - 1;
  while (
    k >= 0 &&
    frame.tokens[k]!.word &&
    !TOPIC_PREPOSITIONS.has(frame.tokens[k]!.lower) &&
    frame.tokens[k]!.lower !== "on" &&
    i - k <= 4 &&
    !/^(?:is|was|are|were|said|says|to)$/.test(frame.tokens[k]!.lower)
  )
    k--;
  return k;
}

function goods(frame: Frame, slots: readonly Slot[]): Slot[] {
  return slots.filter((s) => s.kind === "sector" && !BROAD_SECTORS.has(frame.entities[s.entity]!.label) && !describes(frame, s));
}

/** Bodies that rule on trade rather than trade. */

function tradeRule(relation: Relation, triggers: ReadonlySet<string>): RelationRule {
  return (frame) => {
    const out: Found[] = [];
    for (let i = 0; i < frame.tokens.length; i++) {
      const w = frame.tokens[i]!.lower;
      if (!triggers.has(w)) continue;
      if (frame.slots.some((s) => i >= s.first && i < s.last && !s.anaphoric)) continue;
      // "as provided for under the treaty" is a stipulation, not a supply
      if (/^provide[sd]?$/.test(w) && frame.tokens[i + 1]?.lower === "for") continue;
      const nominal = NOMINAL.test(w);
      // "a buyers market": an agent noun names a trader only with its goods ("wheat buyers", "buyer of wheat")
      if (AGENT_NOUNS.has(w) && frame.tokens[i + 1]?.lower !== "of" && !frame.slots.some((s) => s.kind === "sector" && s.last === i))
        continue;
      // "the Chilean peso was strong and they were exporting wine": a demonym before another noun is no trader
      // ("Chilean claims that its sales of fish …": the pronoun takes the demonym back)
      const ownPronoun = /^(?:its|their)$/.test(frame.tokens[i - 1]?.lower ?? "");
      let subjects = subjectBefore(frame, i, ACTORS).filter(
        (s) =>
          !s.adjectival ||
          ownPronoun ||
          s.last >= i - 1 ||
          ACTOR_NOUNS.has(frame.tokens[s.last]?.lower ?? "") ||
          frame.slots.some((g) => g.first === s.last && g.kind === "sector"),
      );
      // "supply Iran with oil products in exchange for crude": what comes back is not traded this way
      const exchange = frame.tokens.findIndex(
        (t, k) => k > i && (t.lower === "exchange" || (t.lower === "return" && frame.tokens[k - 1]?.lower === "in")),
      );
      let sellers: { origin: Slot; good: Slot }[] = [];
      let customers: { buyer: Slot; good: Slot }[] = [];
      let objects = goods(
        frame,
        objectsAfter(frame, i + 1, ["sector", ...ACTORS]).filter((s) => s.kind === "sector" && (exchange < 0 || s.first < exchange)),
      );
      // a noun ending its clause takes no goods from what follows ("aid EC exports, | improve tariffs on footwear")
      // ("exports", "imports", "orders" may be verbs: the tagger says which)
      const noun = nominal && (!VERB_FORMS.has(w) || !verbUse(frame, i));
      if (noun && !frame.tokens[i + 1]?.word) objects = [];
      const from =
        frame.tokens[i + 1]?.lower === "from"
          ? frame.slots.find((s) => s.first === i + 2 && ACTORS.includes(s.kind as "country") && !s.adjectival)
          : undefined;
      if (nominal && from && relation === "exports") {
        // "sugar and tea are among the major exports from India": goods before, actor after
        subjects = [from];
        objects = goods(
          frame,
          frame.slots.filter((s) => s.kind === "sector" && s.last <= i),
        );
      } else if (!subjects.length) {
        // "firms in Pakistan have been selling fabrics": the actor is where the sellers are
        const where = frame.slots.find(
          (s) =>
            s.last <= i &&
            s.kind === "country" &&
            /^(?:in|from)$/.test(frame.tokens[s.first - 1]?.lower ?? "") &&
            ACTOR_NOUNS.has(frame.tokens[s.first - 2]?.lower ?? ""),
        );
        if (where) subjects = [where];
      }
      // "the dispute was over sales of cereals": a noun after a preposition is no act of the clause's subject
      // (only its possessor, origin or pronoun trades: "over Canada's sales of fish", "over their exports")
      const owned = frame.slots.some(
        (s) =>
          (s.kind === "country" || s.kind === "organization") &&
          ((s.last >= i - 3 && s.last <= i) || (frame.tokens[i + 1]?.lower === "of" && s.first === i + 2)),
      );
      // ("… deferred a complaint against the U.S.-Japanese agreement on exports of chips": the parties' exports, not the subject's)
      const p = prepositionBefore(frame, i);
      const topical =
        TOPIC_PREPOSITIONS.has(frame.tokens[p]?.lower ?? "") ||
        (frame.tokens[p]?.lower === "on" && AGREEMENT_HEADS.has(frame.tokens[p - 1]?.lower ?? ""));
      if (noun && !ownPronoun && !owned && topical) subjects = subjects.filter((s) => s.last >= i - 2);
      if (!subjects.length) continue;
      if (nominal) {
        // "LNG exports", "wheat purchases": goods right before the noun
        const before = frame.slots.filter(
          (s) => s.kind === "sector" && s.last <= i && s.last >= i - 2 && s.first > subjects[subjects.length - 1]!.last - 1,
        );
        objects = [...goods(frame, before), ...objects];
        // "Canada's LNG exports": a possessor is the trader; "Canadian lumber exports": an origin
        // is the exporter ("a duty on U.S. corn imports": the U.S. sells, the subject buys)
        const firstGood = before[0];
        // "Norway is Chile's second biggest oil supplier": the possessor of a supplier is its customer
        const supplier = relation === "exports" && /^suppliers?$/.test(w);
        const possessor =
          firstGood &&
          frame.slots.find(
            (s) =>
              s.kind === "country" &&
              frame.tokens[s.last]?.lower === "'s" &&
              (s.last === firstGood.first - 1 ||
                (supplier &&
                  s.last < firstGood.first &&
                  firstGood.first - s.last <= 4 &&
                  frame.tokens.slice(s.last + 1, firstGood.first).every((t) => t.word && !t.cap))),
          );
        const origin = firstGood && frame.slots.find((s) => s.kind === "country" && s.last === firstGood.first);
        if (possessor && supplier) {
          customers = goods(frame, before).map((good) => ({ buyer: possessor, good }));
          subjects = subjects.filter((s) => s.entity !== possessor.entity);
        } else if (possessor) subjects = [possessor];
        else if (origin && relation === "exports") subjects = [origin];
        else if (origin) {
          // "Soviet grain imports rose": a country's own imports, when the clause names no other country
          // ("Taiwan sets Canadian wheat import target", "India's Malaysian palm oil imports", "a duty on U.S. corn
          // imports": the origin sells, another buys)
          const others = subjects.filter((s) => s.entity !== origin.entity);
          const at = origin.first - (frame.tokens[origin.first - 1]?.lower === "the" ? 2 : 1);
          const done = /^(?:on|against|of|into|to|from)$/.test(frame.tokens[at]?.lower ?? "");
          if (!others.some((s) => s.kind === "country") && !done) subjects = [origin];
          else {
            sellers = goods(frame, before).map((o) => ({ origin, good: o }));
            subjects = others;
          }
        }
      }
      if (!objects.length) continue;
      const modality = modalityBetween(frame, subjects.length ? subjects[subjects.length - 1]!.last : Math.max(0, i - 4), i);
      if (modality === "negated") continue;
      const toIndex = frame.tokens.findIndex((t, k) => k > i && t.lower === "to");
      const destination =
        toIndex > 0
          ? frame.slots.find((s) => s.first === toIndex + 1 || (s.first === toIndex + 2 && frame.tokens[toIndex + 1]!.lower === "the"))
          : undefined;
      // "sold 20,000 tonnes of wheat to Egypt": the one the goods go to, named right after them, buys them
      if (relation === "exports") {
        let k = objects[objects.length - 1]!.last;
        if (frame.tokens[k]?.lower === "to") {
          k++;
          if (frame.tokens[k]?.lower === "the") k++;
          // ("to Japan and Korea": every one of them)
          const at = frame.slots.findIndex((s) => s.first === k && ACTORS.includes(s.kind as "country") && !s.adjectival && !s.anaphoric);
          // ("sales of wheat reported to the Agriculture Department": a regulator is told, it does not buy)
          const buyers =
            at >= 0
              ? coordinated(frame, at, [...ACTORS]).filter(
                  (b) =>
                    !b.adjectival && !b.anaphoric && !(b.kind === "organization" && REGULATOR_NAMES.test(frame.entities[b.entity]!.label)),
                )
              : [];
          for (const buyer of buyers)
            if (!subjects.some((s) => s.entity === buyer.entity))
              for (const o of objects) out.push({ source: buyer.entity, relation: "imports", target: o.entity, modality, confidence: 0.6 });
        }
      }
      // "agreed to supply Taiwan with soybeans": the one supplied imports the goods
      if (relation === "exports" && /^(?:supply|supplies|supplied|supplying|provide|provides|provided)$/.test(w)) {
        const recipient = frame.slots.find((s) => s.first === i + 1 && ACTORS.includes(s.kind as "country") && !s.adjectival);
        if (recipient && frame.tokens[recipient.last]?.lower === "with") {
          for (const o of objects) out.push({ source: recipient.entity, relation: "imports", target: o.entity, modality, confidence: 0.7 });
        }
      }
      // "shipments of U.S. soybeans": the origin named before the goods is the exporter
      if (relation === "exports" && nominal) {
        const origin = objects.length
          ? frame.slots.find((s) => s.kind === "country" && s.last === objects[0]!.first && s.first > i)
          : undefined;
        if (origin) subjects = [origin];
      }
      // "bought wheat from Chile", "a copper purchase from Peru": the one bought from sells the goods
      if (relation === "imports") {
        let k = Math.max(i + 1, objects[objects.length - 1]!.last);
        if (frame.tokens[k]?.lower === "from") {
          k++;
          if (frame.tokens[k]?.lower === "the") k++;
          const seller = frame.slots.find((s) => s.first === k && ACTORS.includes(s.kind as "country") && !s.adjectival && !s.anaphoric);
          if (seller && !subjects.some((s) => s.entity === seller.entity))
            for (const o of objects) out.push({ source: seller.entity, relation: "exports", target: o.entity, modality, confidence: 0.6 });
        }
      }
      for (const { buyer, good } of customers)
        out.push({ source: buyer.entity, relation: "imports", target: good.entity, modality, confidence: 0.6 });
      for (const { origin, good } of sellers)
        out.push({ source: origin.entity, relation: "exports", target: good.entity, modality, confidence: 0.6 });
      // "the largest buyer of U.S. farm products": the origin named before the goods sells them
      if (relation === "imports") {
        for (const o of objects) {
          const origin = frame.slots.find((s) => s.kind === "country" && s.last === o.first && !subjects.includes(s));
          if (origin) out.push({ source: origin.entity, relation: "exports", target: o.entity, modality, confidence: 0.6 });
        }
      }
      // ("Congress may curb textile imports", "the Agriculture Department cut the sugar import quota":
      // a legislature, court or department rules on trade, it does not trade)
      subjects = subjects.filter((s) => !(s.kind === "organization" && REGULATOR_NAMES.test(frame.entities[s.entity]!.label)));
      for (let s of subjects) {
        // "the government wants to sell … to Japan": the seller is not the destination
        if (s.anaphoric && destination && s.entity === destination.entity) {
          const other = frame.homes.find((h) => h !== destination.entity);
          if (other === undefined) continue;
          s = { ...s, entity: other };
        }
        for (const o of objects) {
          out.push({
            source: s.entity,
            relation,
            target: o.entity,
            modality,
            confidence: s.anaphoric ? 0.6 : 0.8,
            ...(destination && destination.kind === "country" && destination.entity !== s.entity ? { to: destination.entity } : {}),
          });
        }
      }
    }
    return out;
  };
}

export const exportsRule = tradeRule("exports", EXPORT_TRIGGERS);
export const importsRule = tradeRule("imports", IMPORT_TRIGGERS);
