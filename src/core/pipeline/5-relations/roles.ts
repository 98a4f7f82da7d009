// leads and represents, from titles: "Japanese Prime Minister X" → X leads Japan;
// "Japan's Ambassador to Canada X" → X represents Japan; "X of the Northern Policy Foundation".
import { GIVEN_NAMES } from "../../lexicon/given-names.js";
import { ORGANIZATION_HEADS } from "../../lexicon/name-heads.js";
import { EMPLOYER_TITLES, PARTY_ADJECTIVES, TITLE_WORDS } from "../../lexicon/titles.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import type { RelationRule, Found } from "./rule.js";
import type { Frame, Slot } from "./sentence-frame.js";

/** Head nouns of a state's own bodies: who serves one serves its country ("US Treasury Under-Secretary X"). */
const STATE_BODIES = new Set([
  "ministry",
  "department",
  "treasury",
  "embassy",
  "government",
  "administration",
  "agency",
  "office",
  "commission",
  "cabinet",
  "parliament",
  "senate",
  "congress",
  "house",
  "assembly",
  "court",
  "reserve",
  "navy",
  "army",
  "police",
  "council",
  "delegation",
  "mission",
  "secretariat",
  "bureau",
  "service",
  "forces",
  "force",
]);

/** Nouns after a firm's name that say it is one: "Berg's Vestragra company". */
const FIRM_NOUNS = new Set([
  "company",
  "firm",
  "group",
  "business",
  "empire",
  "conglomerate",
  "subsidiary",
  "unit",
  "venture",
  "outfit",
  "operation",
  "holding",
]);

/** A country's group that someone leads: "the Chilean delegation", "a U.S. trade mission". */
const DELEGATIONS = new Set(["delegation", "delegations", "mission", "team"]);
const LEAD_VERBS = new Set(["lead", "leads", "led", "leading", "head", "heads", "headed", "heading"]);

/** "Ana Ruiz will lead the Chilean delegation", "a Chilean trade delegation headed by Ana Ruiz": she represents Chile. */
function delegationLeaders(frame: Frame): Found[] {
  const { tokens, slots } = frame;
  const out: Found[] = [];
  const person = (s: Slot) => s.kind === "person" || s.kind === "leader";
  for (const c of slots) {
    if (c.kind !== "country" || c.anaphoric) continue;
    let end = c.last;
    if (tokens[end]?.word && !tokens[end]!.cap && !DELEGATIONS.has(tokens[end]!.lower) && DELEGATIONS.has(tokens[end + 1]?.lower ?? ""))
      end++;
    if (!DELEGATIONS.has(tokens[end]?.lower ?? "")) continue;
    // passive: "… delegation led by X"
    if (LEAD_VERBS.has(tokens[end + 1]?.lower ?? "") && tokens[end + 2]?.lower === "by") {
      const actor = slots.find((s) => s.first === end + 3 && person(s));
      if (actor) out.push({ source: actor.entity, relation: "represents", target: c.entity, modality: "asserted", confidence: 0.75 });
      continue;
    }
    // active: "X (will) lead(s) the … delegation"
    let k = c.first - 1;
    if (/^(?:the|a|an|its|his|her)$/.test(tokens[k]?.lower ?? "")) k--;
    if (!LEAD_VERBS.has(tokens[k]?.lower ?? "")) continue;
    const actor = [...slots].reverse().find((s) => s.last <= k && person(s));
    if (actor && k - actor.last <= 3 && tokens.slice(actor.last, k).every((t) => t.word && !t.cap)) {
      out.push({ source: actor.entity, relation: "represents", target: c.entity, modality: "asserted", confidence: 0.75 });
    }
  }
  return out;
}

export const roles: RelationRule = (frame) => {
  const out: Found[] = delegationLeaders(frame);
  let previousOf: Slot | undefined;
  let previousEnd = -1;
  frame.slots.forEach((slot) => {
    const m = slot.mention;
    if (!m || slot.anaphoric) return;
    // "UAE President X and Oil Minister Y": Y's title is of the same country
    // ("Nordbank chief executive X and chief operating officer Y": a firm's officers, of the same firm)
    if (
      m.role &&
      m.role.of === undefined &&
      previousOf &&
      (previousOf.kind === "country" || EMPLOYER_TITLES.has(m.role.title)) &&
      slot.kind === "person" &&
      frame.tokens.slice(previousEnd, slot.first).some((t) => t.lower === "and") &&
      frame.tokens.slice(previousEnd, slot.first).every((t) => t.lower === "and" || !t.cap || TITLE_WORDS.has(t.lower))
    ) {
      out.push({ source: slot.entity, relation: "represents", target: previousOf.entity, modality: "asserted", confidence: 0.6 });
    }
    if (m.role?.of !== undefined) {
      const target = frame.mentions[m.role.of];
      previousOf = frame.slots.find((s) => s.mention === target && (s.kind === "country" || s.kind === "organization"));
      previousEnd = slot.last;
    }
    if (m.role?.alsoOf !== undefined && (slot.kind === "person" || slot.kind === "leader")) {
      const also = frame.slots.find(
        (s) => s.mention === frame.mentions[m.role!.alsoOf!] && (s.kind === "country" || s.kind === "organization"),
      );
      if (also) out.push({ source: slot.entity, relation: "represents", target: also.entity, modality: "asserted", confidence: 0.8 });
    }
    if (m.role?.of !== undefined) {
      const target = frame.mentions[m.role.of];
      const ofMention = frame.slots.find((s) => s.mention === target);
      if (!ofMention) return;
      // a leader leads only under a leader's title: "UK finance minister X" represents the UK, whatever else X is
      const leaderTitle = m.role.leader || m.role.title === "counterpart";
      if (slot.kind === "leader" && leaderTitle && (ofMention.kind === "country" || ofMention.kind === "place")) {
        out.push({ source: slot.entity, relation: "leads", target: ofMention.entity, modality: "asserted", confidence: 0.9 });
      } else if (
        (slot.kind === "person" || slot.kind === "leader") &&
        (ofMention.kind === "country" || ofMention.kind === "organization")
      ) {
        out.push({ source: slot.entity, relation: "represents", target: ofMention.entity, modality: "asserted", confidence: 0.85 });
        // "US Treasury Under-Secretary X" represents the Treasury and the United States
        // (only a state's body serves its country: "American Motors" is a company, "Bank of Japan Ltd" a bank)
        const body = ofMention.mention?.name ?? "";
        // (the head of "U.S. Council of Economic Advisers" is "council")
        const head = body.toLowerCase().split(/ of /)[0]!.split(/\s+/).pop() ?? "";
        // ("Bank of Japan", "Reserve Bank of India": a body named after its country)
        // ("Nordland Association of Banks" is named after no country: the name after "of" must be the country's)
        const named = /\bof (?:the )?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)$/u.exec(body)?.[1];
        const after = (x: { entity?: number }) => {
          const country = named === undefined ? undefined : COUNTRIES.get(named.toLowerCase());
          return !!country && !country.adjectival && x.entity !== undefined && frame.entities[x.entity]!.label === country.label;
        };
        for (const x of ofMention.mention?.inner ?? []) {
          if (x.kind === "country" && x.entity !== undefined && (STATE_BODIES.has(head) || after(x)))
            out.push({ source: slot.entity, relation: "represents", target: x.entity, modality: "asserted", confidence: 0.7 });
        }
      }
      return;
    }
    // "Tory Ana Ruiz", "fellow Republican Tomas Berg": a party's member, named by the party's adjective
    const party = frame.slots.find(
      (s) =>
        s.last === slot.first &&
        s.last - s.first === 1 &&
        s.kind === "organization" &&
        !s.anaphoric &&
        PARTY_ADJECTIVES.has(frame.tokens[s.first]!.lower),
    );
    if (party && (slot.kind === "person" || slot.kind === "leader"))
      out.push({ source: slot.entity, relation: "represents", target: party.entity, modality: "asserted", confidence: 0.6 });
    // "Nordvik Air's Lena Holm", "Chelsea's Ana Ruiz": an organization's person (no title needed)
    // (only a name that is plainly someone's: "Nordvik's Locked Up" is a record, "Globe's Richard III" a play)
    // (or a surname of someone the article names in full: "Bache's Wolffe")
    const known = slot.last - slot.first === 1 && /\s/.test(frame.entities[slot.entity]!.label);
    if (
      slot.kind === "person" &&
      frame.tokens[slot.first - 1]?.lower === "'s" &&
      (GIVEN_NAMES.has(frame.tokens[slot.first]!.lower) || known) &&
      !/^[IVX]+$/.test(frame.tokens[slot.last - 1]!.text)
    ) {
      const owner = frame.slots.find((s) => s.last === slot.first - 1 && s.kind === "organization" && !s.anaphoric);
      if (owner) out.push({ source: slot.entity, relation: "represents", target: owner.entity, modality: "asserted", confidence: 0.6 });
    }
    // "Berg's Vestragra company", "Ana Ruiz's Nordvik Holdings Corp": the body a person is said to have
    // (only what is plainly a body: "Ana Ruiz's Blue Water" is more often a book or a record)
    if ((slot.kind === "person" || slot.kind === "leader") && frame.tokens[slot.last]?.lower === "'s") {
      const owned = frame.slots.find((s) => s.first === slot.last + 1 && s.kind === "organization" && !s.anaphoric);
      const next = owned ? frame.tokens[owned.last] : undefined;
      const body =
        !!owned &&
        ((!!next?.word && !next.cap && FIRM_NOUNS.has(next.lower)) ||
          (slot.last - slot.first >= 2 && ORGANIZATION_HEADS.has(frame.tokens[owned.last - 1]!.lower)));
      if (owned && body)
        out.push({ source: slot.entity, relation: "represents", target: owned.entity, modality: "asserted", confidence: 0.6 });
    }
    // "Ana Ruiz (Chile)", "Tomas Berg (Ostrava Rangers)": the team, party or country a list puts beside a name
    if ((slot.kind === "person" || slot.kind === "leader") && frame.tokens[slot.last]?.text === "(") {
      const inside = frame.slots.find(
        (s) => s.first === slot.last + 1 && (s.kind === "organization" || (s.kind === "country" && !s.adjectival)) && !s.anaphoric,
      );
      // ("Avions de Transport Regional (ATR)": an acronym of the name itself)
      const initials = frame.tokens
        .slice(slot.first, slot.last)
        .filter((t) => t.cap)
        .map((t) => t.text[0])
        .join("");
      const acronym =
        inside &&
        frame.tokens
          .slice(inside.first, inside.last)
          .map((t) => t.text)
          .join("") === initials;
      if (inside && !acronym && frame.tokens[inside.last]?.text === ")")
        out.push({ source: slot.entity, relation: "represents", target: inside.entity, modality: "asserted", confidence: 0.65 });
    }
    // "Lena Holm of the Northern Policy Foundation"
    let at = slot.last;
    if (frame.tokens[at]?.text === "," && frame.tokens[at + 1]?.lower === "from") at++;
    if (slot.kind === "person" && (frame.tokens[at]?.lower === "of" || frame.tokens[at]?.lower === "from")) {
      let k = at + 1;
      if (frame.tokens[k]?.lower === "the") k++;
      // "the UK's Human Rights Watch": skip a possessive country
      const owner = frame.slots.find((s) => s.first === k && s.kind === "country" && frame.tokens[s.last]?.lower === "'s");
      if (owner) k = owner.last + 1;
      const org = frame.slots.find((s) => s.first === k && (s.kind === "organization" || (s.kind === "country" && !s.adjectival)));
      if (org) out.push({ source: slot.entity, relation: "represents", target: org.entity, modality: "asserted", confidence: 0.7 });
    }
  });
  return out;
};
