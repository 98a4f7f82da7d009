// signed: "X and Y signed the <agreement>", "the agreement was signed by X",
// "an agreement signed with Chile", and the parties named in a bilateral
// agreement's name ("U.S.-Soviet grain agreement").
import { SIGNED_TRIGGERS } from "../../lexicon/relation-words.js";
import type { Found, RelationRule } from "./rule.js";
import { coordinated, modalityBetween, objectsAfter, subjectBefore, type Slot } from "./sentence-frame.js";

const PARTIES = ["leader", "person", "country", "organization"] as const;
/** What a party does under an agreement it made: "under which OPEC agreed to …". */
const UNDERTAKINGS = new Set([
  "agreed",
  "agrees",
  "pledged",
  "pledges",
  "undertook",
  "undertakes",
  "committed",
  "commits",
  "promised",
  "promises",
]);

/** Words that end the clause of a signing verb before its object. */
const CLAUSE_BREAKS = new Set([",", ";", "while", "when", "whereas", "after", "before", "because", "which", "who", "but", "although"]);

export const signed: RelationRule = (frame) => {
  const out: Found[] = [];
  const agreements = frame.slots.filter((s) => s.kind === "agreement");
  // parties named inside a bilateral agreement's name
  for (const a of agreements) {
    const inner = a.mention?.inner?.filter((x) => x.kind === "country") ?? [];
    const text = a.mention?.name ?? "";
    if (inner.length >= 2 && /[\p{L}.][-–\/] ?\p{Lu}/u.test(text)) {
      for (const x of inner) {
        if (x.entity !== undefined)
          out.push({ source: x.entity, relation: "signed", target: a.entity, modality: "asserted", confidence: 0.7 });
      }
    }
  }
  // "a trade deal with Chile": the party named after "with" signed it
  for (const a of agreements) {
    const text = a.mention?.name ?? "";
    const at = text.search(/\bwith\b/);
    if (at < 0) continue;
    for (const x of a.mention?.inner ?? []) {
      if (x.kind === "country" && x.entity !== undefined && text.indexOf(x.canonical, at) > at) {
        out.push({ source: x.entity, relation: "signed", target: a.entity, modality: "asserted", confidence: 0.7 });
      }
    }
  }
  // who undertakes something under an agreement is a party to it: "the December accord, under which
  // OPEC agreed to cut output", "Under the Paris accords, Chile, Peru and Norway agreed to …"
  for (const a of agreements) {
    let k = a.last;
    if (frame.tokens[k]?.text === ",") k++;
    if (/^(?:under|by|in)$/.test(frame.tokens[k]?.lower ?? "") && frame.tokens[k + 1]?.lower === "which") k += 2;
    else {
      const under = frame.tokens[a.first - 1]?.lower === "the" ? a.first - 2 : a.first - 1;
      if (frame.tokens[under]?.lower !== "under" || frame.tokens[a.last]?.text !== ",") continue;
      if (frame.tokens[k]?.lower === "the") k++;
    }
    const first = frame.slots.find((x) => x.first === k && PARTIES.includes(x.kind as "country") && !x.adjectival);
    if (!first) continue;
    const parties = coordinated(frame, frame.slots.indexOf(first), PARTIES);
    const end = parties[parties.length - 1]!.last;
    const verb = frame.tokens.slice(end, end + 3).findIndex((t) => UNDERTAKINGS.has(t.lower));
    if (verb < 0) continue;
    const modality = modalityBetween(frame, end, end + verb);
    if (modality === "negated") continue;
    for (const p of parties) out.push({ source: p.entity, relation: "signed", target: a.entity, modality, confidence: 0.75 });
  }
  if (!agreements.length) return out;
  for (let i = 0; i < frame.tokens.length; i++) {
    const w = frame.tokens[i]!.lower;
    // ("entered into an agreement")
    const entered = /^enter(?:ed|s|ing)?$/.test(w) && frame.tokens[i + 1]?.lower === "into";
    if (!SIGNED_TRIGGERS.has(w) && !entered) continue;
    if (entered && !agreements.some((a) => a.first === i + 2 || a.first === i + 3)) continue;
    // ("the accords agreed by the Group of Five": passive, right after the agreement)
    const passive = frame.tokens[i + 1]?.lower === "by" && agreements.some((a) => a.last === i);
    if ((w === "agreed" || w === "reached") && !agreements.some((a) => a.first > i) && !passive) continue;
    // (the agreement after the verb is its object only in the same clause: "the ship was struck while
    // watching Warsaw Pact exercises" signed nothing)
    const ahead = agreements.find((a) => a.first > i);
    const object = ahead && !frame.tokens.slice(i + 1, ahead.first).some((t) => CLAUSE_BREAKS.has(t.lower)) ? ahead : undefined;
    const target = object ?? (ahead ? undefined : [...agreements].reverse().find((a) => a.last <= i));
    if (!target) continue;
    let parties: Slot[] = [];
    const by = frame.tokens[i + 1]?.lower === "by" ? i + 2 : -1;
    // "signed with Chile", "signed in Oslo last month with Nordvik": the other party, a few words on in the clause
    let withAt = -1;
    for (let k = i + 1; k < Math.min(frame.tokens.length, i + 10); k++) {
      const w = frame.tokens[k]!.lower;
      if (w === "," || w === ";" || w === "and" || w === "but" || w === "which" || w === "who" || w === "that") break;
      if (w === "with") {
        withAt = k + 1;
        break;
      }
    }
    // "an agreement signed between the Chilean and Peruvian governments": the parties after "between"
    const between = target.last <= i && frame.tokens[i + 1]?.lower === "between" ? i + 2 : -1;
    if (between >= 0) {
      const first = frame.slots.find((x) => x.first >= between && x.first <= between + 1 && PARTIES.includes(x.kind as "country"));
      parties = first ? coordinated(frame, frame.slots.indexOf(first), PARTIES) : [];
    } else if (by >= 0 || (target.last <= i && withAt < 0)) {
      // passive: "was signed by X and Y" / "the agreement signed by X"
      const after = objectsAfter(frame, i + 1, PARTIES);
      const first = after[0];
      parties = first && by >= 0 ? coordinated(frame, frame.slots.indexOf(first), PARTIES) : subjectBefore(frame, target.first, PARTIES);
    } else {
      parties = subjectBefore(frame, i, PARTIES);
    }
    if (withAt >= 0) {
      // "signed with Chile": the other party signed too
      const other = objectsAfter(frame, withAt, PARTIES).find((s) => !s.adjectival);
      // ("with French businessman X": a description may stand before the name)
      const described = (k: number) =>
        frame.tokens[k]!.word && (!frame.tokens[k]!.cap || frame.slots.some((s) => s.adjectival && s.first <= k && k < s.last));
      if (other && (other.first <= withAt + 1 || Array.from({ length: other.first - withAt }, (_, n) => withAt + n).every(described)))
        parties = [...parties, ...coordinated(frame, frame.slots.indexOf(other), PARTIES)];
    }
    const modality = modalityBetween(frame, parties.length ? parties[parties.length - 1]!.last : Math.max(0, i - 3), i);
    if (modality === "negated") continue;
    for (const p of parties) {
      if (p.kind === "agreement") continue;
      out.push({ source: p.entity, relation: "signed", target: target.entity, modality, confidence: p.anaphoric ? 0.6 : 0.85 });
    }
  }
  // "an agreement to acquire Nordvik Ltd", "a deal to merge with Nordvik", "a deal to supply car maker Nordvik":
  // the company taken over or supplied is a party
  for (const a of agreements) {
    const span = frame.tokens
      .slice(a.first, a.last)
      .map((t) => t.lower)
      .join(" ");
    if (!/\bto (?:acquire|buy|purchase|merge|supply)\b/.test(span)) continue;
    const target = frame.slots.find((x) => x.first === a.last && x.kind === "organization" && !x.anaphoric);
    const makers = out.filter((f) => f.relation === "signed" && f.target === a.entity);
    if (!target || !makers.length || makers.some((f) => f.source === target.entity)) continue;
    out.push({ source: target.entity, relation: "signed", target: a.entity, modality: makers[0]!.modality, confidence: 0.7 });
    // "a deal to supply Nordwerk with 30,000 vans": the makers sell the goods, the company supplied buys them
    if (!/\bto supply\b/.test(span) || frame.tokens[target.last]?.lower !== "with") continue;
    const goods = objectsAfter(frame, target.last + 1, ["sector"]);
    for (const g of goods) {
      out.push({ source: target.entity, relation: "imports", target: g.entity, modality: makers[0]!.modality, confidence: 0.65 });
      for (const m of makers)
        if (frame.entities[m.source]!.kind === "organization" || frame.entities[m.source]!.kind === "country")
          out.push({ source: m.source, relation: "exports", target: g.entity, modality: m.modality, confidence: 0.65 });
    }
  }
  // "a deal to acquire 36 planes from Nordjet": the seller is a party and sells the goods, the buyers buy them
  for (const a of agreements) {
    if (!/\bto (?:acquire|buy|purchase|import|lease)\b/.test(a.mention?.name ?? "") || frame.tokens[a.last]?.lower !== "from") continue;
    let k = a.last + 1;
    if (frame.tokens[k]?.lower === "the") k++;
    const seller = frame.slots.find(
      (x) => x.first === k && (x.kind === "organization" || x.kind === "country") && !x.adjectival && !x.anaphoric,
    );
    if (!seller) continue;
    const goods = (a.mention?.inner ?? []).filter((x) => x.kind === "sector" && x.entity !== undefined).map((x) => x.entity!);
    const buyers = out.filter(
      (f) =>
        f.relation === "signed" &&
        f.target === a.entity &&
        f.modality === "asserted" &&
        (frame.entities[f.source]!.kind === "organization" || frame.entities[f.source]!.kind === "country"),
    );
    if (!buyers.length) continue;
    out.push({ source: seller.entity, relation: "signed", target: a.entity, modality: "asserted", confidence: 0.7 });
    for (const g of goods) {
      out.push({ source: seller.entity, relation: "exports", target: g, modality: "asserted", confidence: 0.65 });
      for (const b of buyers)
        if (b.source !== seller.entity)
          out.push({ source: b.source, relation: "imports", target: g, modality: "asserted", confidence: 0.65 });
    }
  }
  return out;
};
