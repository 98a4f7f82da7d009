// Stage 4: mentions of all articles → entities. One entity per real thing: vocabulary
// terms by their canonical label, people by the set of their name words (surname-only
// and title+surname references join the full name), acronyms defined in the text
// join what they abbreviate, and agreement descriptions join the named agreement.
import type { NodeKind } from "../../contract/ontology.js";
import type { Entity, Mention, Sentence } from "../types.js";
import { EMPTY_GAZETTEER, type Gazetteer } from "../../lexicon/gazetteer.js";
import { NOT_ORGANIZATION_ACRONYMS, NOT_ORGANIZATION_WORDS } from "../../lexicon/name-words.js";
import { AGREEMENT_HEADS, FIRM_FORM_WORDS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS } from "../../lexicon/name-heads.js";
import { GIVEN_NAMES } from "../../lexicon/given-names.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { SECTORS } from "../../lexicon/sectors.js";
import {
  EMPLOYER_TITLES,
  HONORIFICS,
  LEGISLATOR_TITLES,
  PARTY_ADJECTIVES,
  TITLE_WORDS,
  TITLES_NOT_HEADS_IN,
} from "../../lexicon/titles.js";
import { agreementWords, nameKey, normalizeName, personKey } from "./name-forms.js";
import { inAngleBrackets } from "../2-segment/tokenize.js";

/** An agreement's head noun, its synonyms as one: "deal", "accord", "pact" and "agreement" are one kind of thing, an "act" another. */
function agreementHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const head = words.findLast((w) => AGREEMENT_HEADS.has(w.replace(/s$/, "")) || AGREEMENT_HEADS.has(w)) ?? "";
  const singular = AGREEMENT_HEADS.has(head.replace(/s$/, "")) ? head.replace(/s$/, "") : head;
  return /^(?:agreement|accord|deal|pact|arrangement)$/.test(singular) ? "agreement" : singular;
}

const isPerson = (k: Mention["kind"]) => k === "person" || k === "leader";

/** "Northern Fisheries Agreement (NFA)": acronym → the mention it abbreviates. */
function acronymDefinitions(sentences: readonly Sentence[], mentions: readonly Mention[][]): Map<string, Mention> {
  const defs = new Map<string, Mention>();
  const matches = (acronym: string, long: Mention) => {
    if (long.kind === "name" || long.kind === "sector" || long.kind === "country" || long.kind === "person" || long.kind === "leader")
      return false;
    const initials = long.name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    const letters = acronym.toUpperCase().replace(/[^A-Z]/g, "");
    // the acronym's letters appear in order among the name's initials (or its letters, for "MoU")
    return (
      isSubsequence(letters, initials.toUpperCase()) ||
      (letters.length >= 2 && isSubsequence(acronym.toUpperCase(), long.name.toUpperCase()) && letters[0] === initials[0])
    );
  };
  sentences.forEach((s, si) => {
    const ms = mentions[si]!;
    const between = (a: Mention, b: Mention) =>
      s.tokens
        .slice(a.last, b.first)
        .map((t) => t.lower)
        .join(" ");
    for (let i = 1; i < ms.length; i++) {
      const m = ms[i]!;
      const prev = ms[i - 1]!;
      // "Long Name (ACR)"
      if (
        m.last - m.first === 1 &&
        s.tokens[m.first - 1]?.text === "(" &&
        s.tokens[m.last]?.text === ")" &&
        prev.last === m.first - 1 &&
        matches(m.name, prev)
      ) {
        defs.set(m.name.toLowerCase(), prev);
        continue;
      }
      // "Avions de Transport Regional (ATR)": an untyped name spelled out by a body's acronym is that body
      if (
        m.kind === "organization" &&
        prev.kind === "name" &&
        prev.name.includes(" ") &&
        s.tokens[m.first - 1]?.text === "(" &&
        s.tokens[m.last]?.text === ")" &&
        prev.last === m.first - 1 &&
        prev.name
          .split(/[\s-]+/)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join("") === m.name
      ) {
        (prev as { kind: Mention["kind"] }).kind = "organization";
        defs.set(m.name.toLowerCase(), prev);
        continue;
      }
      // "ACR (Long Name)"
      if (
        prev.last - prev.first === 1 &&
        s.tokens[prev.first]!.upper &&
        s.tokens[prev.last]?.text === "(" &&
        m.first === prev.last + 1 &&
        matches(prev.name, m)
      ) {
        defs.set(prev.name.toLowerCase(), m);
        continue;
      }
      // "ACR, the Long Name," and "Long Name, or ACR"
      const gap = between(prev, m);
      if (prev.last - prev.first === 1 && s.tokens[prev.first]!.upper && (gap === ", the" || gap === ",") && matches(prev.name, m))
        defs.set(prev.name.toLowerCase(), m);
      else if (m.last - m.first === 1 && s.tokens[m.first]!.upper && (gap === ", or" || gap === "or") && matches(m.name, prev))
        defs.set(m.name.toLowerCase(), prev);
    }
  });
  return defs;
}

/**
 * "Nordvik Holdings Inc <NRDV>": a company's stock symbol in angle brackets, as wire copy writes it,
 * is another name of the company — in that article only (a symbol elsewhere may be an acronym).
 */
function stockSymbols(sentences: readonly Sentence[], mentions: readonly Mention[][]): Map<string, Mention> {
  const symbols = new Map<string, Mention>();
  sentences.forEach((s, si) => {
    const ms = mentions[si]!;
    for (let i = 1; i < ms.length; i++) {
      const [prev, m] = [ms[i - 1]!, ms[i]!];
      if (
        m.kind === "organization" &&
        prev.kind === "organization" &&
        prev.last === m.first - 1 &&
        inAngleBrackets(s.tokens, m.first, m.last)
      )
        symbols.set(m.name, prev);
    }
  });
  return symbols;
}

/** Initials of a name's capitalized words: "European Union" → "EU", "Bank of Japan" → "BJ". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w[0])
    .join("");
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return needle.length > 0 && j === needle.length;
}

/** "Line" of "Line of Control": a capitalized word joined by "of" to another capitalized word. */
function insideOfPhrase(tokens: readonly Sentence["tokens"][number][], m: Mention): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last];
  return (before?.lower === "of" && !!tokens[m.first - 2]?.cap) || (after?.lower === "of" && !!tokens[m.last + 1]?.cap);
}

const PLACE_NOUNS = new Set([
  "port",
  "ports",
  "city",
  "cities",
  "town",
  "towns",
  "village",
  "villages",
  "province",
  "provinces",
  "region",
  "district",
  "capital",
  "island",
  "islands",
  "state",
]);

/** "the ports of X", "the city of X" (also "… of X and Y": the second name of a pair). */
function placeNounBefore(tokens: readonly Sentence["tokens"][number][], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "and" || tokens[k]?.text === ",") {
    // walk back over a coordinated name: "ports of Anzali and Nowshahr"
    k--;
    while (k > 0 && tokens[k]!.cap) k--;
  }
  return tokens[k]?.lower === "of" && PLACE_NOUNS.has(tokens[k - 1]?.lower ?? "");
}

/** "Sindh province", "Rajasthan state": a lower-case place noun right after the name. */
function placeNounAfter(tokens: readonly Sentence["tokens"][number][], last: number): boolean {
  const next = tokens[last];
  return !!next && !next.cap && /^(?:province|state|region|district|prefecture|county)$/.test(next.lower);
}

/** "X in (north-west) Iran": a name right before "in" and a country or region. */
function inPlaceAfter(mentions: readonly Mention[], tokens: readonly Sentence["tokens"][number][], m: Mention): boolean {
  if (tokens[m.last]?.lower !== "in") return false;
  let k = m.last + 1;
  while (k < tokens.length && (DIRECTION_WORDS.test(tokens[k]!.lower) || tokens[k]!.text === "-")) k++;
  const next = mentions.find((x) => x.first === k);
  return !!next && (next.kind === "country" || next.kind === "place") && !next.adjectival;
}
const DIRECTION_WORDS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast)$/;

/** The article writes this word in lower case somewhere ("export" beside "Export"). */
function writesLowerCase(doc: ResolveInput, word: string): boolean {
  const lower = word.toLowerCase();
  return doc.sentences.some((s) => s.tokens.some((t) => t.lower === lower && !t.cap));
}

export interface ResolveInput {
  readonly article: { readonly id: string };
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[][];
}

const PLACE_CONTEXT = new Set(["in", "at", "to", "from", "near", "visited", "visit", "outside", "via"]);
/** Words before "to"/"in" that make what follows a destination ("flew to Basra", "arrived in Jolfa"). */
const TRAVEL_WORDS = new Set([
  "flew",
  "travelled",
  "traveled",
  "went",
  "arrived",
  "landed",
  "trip",
  "visit",
  "returned",
  "headed",
  "drove",
  "sailed",
  "moved",
  "stopover",
  "stop",
]);

/** Prepositions of place: a name always found after one of them is a place ("in Frankfurt"). */
const LOCATIVES = new Set(["in", "from", "near", "outside", "across", "throughout"]);
/** "flew to X", "arrived in X", "visited X": what follows is a destination. */
const travelledTo = (tokens: readonly Sentence["tokens"][number][], first: number) =>
  (/^(?:to|in)$/.test(tokens[first - 1]?.lower ?? "") && TRAVEL_WORDS.has(tokens[first - 2]?.lower ?? "")) ||
  tokens[first - 1]?.lower === "visited";

export function resolveEntities(docs: readonly ResolveInput[], gazetteer: Gazetteer = EMPTY_GAZETTEER): Entity[] {
  const cityOf = (m: Mention): string | undefined => {
    const key = m.name.toLowerCase();
    // ("English", "Asian": a language or an adjective, though some town bears it)
    if (NOT_ORGANIZATION_WORDS.has(key)) return undefined;
    const city = gazetteer.cities.get(key);
    if (city) return city;
    const before = docs[m.doc]!.sentences[m.sentence]!.tokens[m.first - 1]?.lower ?? "";
    return PLACE_CONTEXT.has(before) ? gazetteer.towns.get(key) : undefined;
  };
  // "Chancellor X" with no country named: in an article mostly about a country where that title is a
  // minister's ("UK Chancellor" is the finance minister), X is no head of government
  for (const d of docs) {
    const titled = d.mentions
      .flat()
      .filter((m) => m.kind === "leader" && m.role && m.role.of === undefined && TITLES_NOT_HEADS_IN[m.role.title]);
    if (!titled.length) continue;
    const counts = new Map<string, number>();
    for (const m of d.mentions.flat()) if (m.kind === "country" && m.canonical) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const dominant = ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : undefined;
    for (const m of titled) {
      if (!dominant || !TITLES_NOT_HEADS_IN[m.role!.title]!.includes(dominant)) continue;
      m.kind = "person";
      m.role = { ...m.role!, leader: false };
    }
  }
  // the last words of the full personal names of each article
  const surnamesOf = new Map<ResolveInput, Set<string>>();
  const surnameHere = (d: ResolveInput, m: Mention): boolean => {
    if (m.name.includes(" ") || m.canonical !== m.name) return false;
    let set = surnamesOf.get(d);
    if (!set) {
      set = new Set();
      for (const ms of d.mentions)
        for (const x of ms)
          if ((isPerson(x.kind) || (x.kind === "name" && looksLikeFullName(x.name))) && x.name.includes(" "))
            set.add(x.name.split(/\s+/).pop()!);
      surnamesOf.set(d, set);
    }
    if (!set.has(m.name)) return false;
    // ("in Douglas", "to Douglas": the place itself)
    const before = d.sentences[m.sentence]!.tokens[m.first - 1]?.lower ?? "";
    return !PLACE_CONTEXT.has(before) && before !== "of";
  };
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const entity = (key: string, kind: NodeKind, label: string): Entity => {
    let e = byKey.get(key);
    if (!e) {
      e = { id: entities.length, kind, label, aliases: new Map(), mentions: [] };
      entities.push(e);
      byKey.set(key, e);
    }
    return e;
  };
  const attach = (e: Entity, m: Mention) => {
    m.entity = e.id;
    e.mentions.push(m);
    const alias = m.name.replace(/\s+/g, " ");
    e.aliases.set(alias, (e.aliases.get(alias) ?? 0) + 1);
  };

  dropCommonOpeners(docs);
  firmsNamedLikePersons(docs);
  const works = titlesOfWorks(docs);

  // pass 1: vocabulary terms, full personal names, named things
  const persons = new Map<string, Entity>(); // person key → entity
  const pending: { m: Mention; doc: number }[] = [];
  const acronyms = new Map<string, Mention>();
  const symbols = new Map<string, Mention>(); // "<article> <symbol>" → the company it stands for
  docs.forEach((d, di) => {
    for (const [k, v] of acronymDefinitions(d.sentences, d.mentions)) acronyms.set(k, v);
    for (const [k, v] of stockSymbols(d.sentences, d.mentions)) symbols.set(`${di} ${k}`, v);
    for (const ms of d.mentions) {
      for (const m of ms) {
        for (const x of m.inner ?? []) {
          // countries and sectors named inside a longer name are mentioned too ("Canada-United States-Mexico Agreement")
          const e = entity(`${x.kind}:${x.canonical.toLowerCase()}`, x.kind, x.canonical);
          x.entity = e.id;
          attach(e, { ...m, kind: x.kind, name: x.canonical, canonical: x.canonical, inner: [] });
        }
        // ("the abortion drama Vera Drake": a film, a book or a song is none of the kinds of things in the graph)
        if (!m.role && (isPerson(m.kind) || m.kind === "name" || m.kind === "organization") && works.has(m.name)) continue;
        const city = !m.role && (isPerson(m.kind) || m.kind === "name") && m.name.includes(" ") ? cityOf(m) : undefined;
        if (m.kind === "place" && surnameHere(d, m)) {
          // "Finance Minister Roger Douglas … Douglas said": the article's person, not the town
          (m as { kind: Mention["kind"] }).kind = "name";
          pending.push({ m, doc: di });
        } else if (city) {
          m.kind = "place";
          attach(entity(`place:${nameKey(city)}`, "place", city), m);
        } else if (m.canonical) attach(entity(`${m.kind}:${m.canonical.toLowerCase()}`, m.kind as NodeKind, m.canonical), m);
        else if (isPerson(m.kind) && m.name.split(/\s+/).length >= 2) {
          const key = personKey(m.name);
          let e = persons.get(key);
          if (!e) {
            e = entity(`person:${key}`, m.kind as NodeKind, m.name);
            persons.set(key, e);
          }
          if (m.kind === "leader") e.kind = "leader";
          attach(e, m);
        } else pending.push({ m, doc: di });
      }
    }
  });

  // pass 2: single names, acronyms and descriptions join what they refer to
  const personWords = new Map<string, Set<Entity>>(); // name word → persons having it
  for (const e of persons.values())
    for (const w of personKey(e.label).split(" ")) {
      if (!personWords.has(w)) personWords.set(w, new Set());
      personWords.get(w)!.add(e);
    }
  const docPersons = (doc: number) => {
    const set = new Set<Entity>();
    for (const ms of docs[doc]!.mentions) for (const m of ms) if (m.entity !== undefined && isPerson(m.kind)) set.add(entities[m.entity]!);
    return set;
  };
  const docPersonCache = new Map<number, Set<Entity>>();

  const named = pending.filter(({ m }) => m.kind !== "name" && !isPerson(m.kind));
  const names = pending.filter(({ m }) => m.kind === "name" || isPerson(m.kind));

  // named things (organizations, agreements, events, places) by normalized name; acronyms join their definitions
  const agreementEntities: Entity[] = [];
  const capitalized = (name: string) => /^\p{Lu}/u.test(name) && !/^(?:The|A|An)\b/.test(name);
  // ("the December accord": a date is no name, so it waits for the article's named accord)
  const order = (m: Mention) => (m.kind === "agreement" && (!capitalized(m.name) || datedOnly(m.name)) ? 1 : 0);
  const initialsIndex = new Map<string, Set<Entity>>(); // "EU" → {European Union}
  const acronymDocs = new Map<string, Set<number>>(); // "EU" → the articles that write it
  for (const { m } of named) {
    if (!/^\p{Lu}{2,5}$/u.test(m.name)) continue;
    if (!acronymDocs.has(m.name)) acronymDocs.set(m.name, new Set());
    acronymDocs.get(m.name)!.add(m.doc);
  }
  for (const { m } of named.sort(
    (a, b) => order(a.m) - order(b.m) || b.m.name.length - a.m.name.length || (a.m.name < b.m.name ? -1 : a.m.name > b.m.name ? 1 : 0),
  )) {
    const def = symbols.get(`${m.doc} ${m.name}`) ?? acronyms.get(m.name.toLowerCase());
    if (def && def.entity !== undefined) {
      attach(entities[def.entity]!, m);
      continue;
    }
    if (m.kind === "agreement") {
      // "the MFA pact": a description naming a defined acronym is that agreement
      const viaAcronym = m.name
        .split(/\s+/)
        .map((w) => acronyms.get(w.toLowerCase()))
        .find((d) => d?.entity !== undefined && entities[d.entity]!.kind === "agreement");
      if (viaAcronym) {
        attach(entities[viaAcronym.entity!]!, m);
        continue;
      }
      const words = agreementWords(m.name);
      // a description ("a long-term supply deal") is its article's own: another article's deal of that
      // description is another deal, unless their parties match (joinSameDeals, once relations are found)
      // ("a Memorandum of Understanding", "the MoU": capitals on a name of no one agreement describe it too)
      const described = !capitalized(m.name) || words.size === 0;
      // ("the Louvre accord", "the Louvre Agreement", "the Louvre pact": one name, its head noun written three ways)
      const dealName = normalizeName(m.name).replace(/\b(?:accords?|pacts?|agreements|deals?)$/, "agreement");
      const key = described ? `agreement:${m.doc}:${dealName}` : `agreement:${dealName}`;
      const exact = byKey.get(key) ?? (described ? byKey.get(`agreement:${dealName}`) : undefined);
      if (exact) {
        attach(exact, m);
        continue;
      }
      // a description whose content words are all in one named agreement, or in one this article describes, joins it
      // (another article's named agreement of another kind is not it: a "marketing agreement" is no "Wheat Marketing Act")
      const kindOfDeal = agreementHead(m.name);
      const hosts = agreementEntities.filter((e) => {
        if (e.scope !== undefined && e.scope !== docs[m.doc]!.article.id) return false;
        if (!e.mentions.some((x) => x.doc === m.doc) && agreementHead(e.label) !== kindOfDeal) return false;
        const ew = agreementWords(e.label);
        return words.size > 0 && [...words].every((w) => ew.has(w));
      });
      const named = hosts.filter((e) => capitalized(e.label));
      // a description in an article that names exactly one agreement is that agreement ("the defence and trade agreement")
      // (an agreement the article mentions only in passing is not what it is about)
      const inDoc = [
        ...new Set(agreementEntities.filter((e) => e.mentions.filter((x) => x.doc === m.doc && !/^\p{Lu}+$/u.test(x.name)).length >= 2)),
      ];
      // "the December accord" after "last December's OPEC accord": a date says when, not which; the one accord of the article
      const head = m.name.toLowerCase().split(/\s+/).pop()!;
      const dated = datedOnly(m.name);
      const sameHead = dated
        ? agreementEntities.filter((e) => e.label.toLowerCase().split(/\s+/).pop() === head && e.mentions.some((x) => x.doc === m.doc))
        : [];
      const host =
        hosts.length === 1
          ? hosts[0]
          : named.length === 1
            ? named[0]
            : sameHead.length === 1
              ? sameHead[0]
              : !capitalized(m.name) && inDoc.length === 1
                ? inDoc[0]
                : undefined;
      if (host) {
        attach(host, m);
        continue;
      }
      const e = entity(key, "agreement", m.name);
      if (described) e.scope = docs[m.doc]!.article.id;
      agreementEntities.push(e);
      attach(e, m);
      continue;
    }
    // an undefined acronym of a name already seen ("EU" after "European Union"), when only one name fits
    if (/^\p{Lu}{2,5}$/u.test(m.name) && !byKey.has(`${m.kind}:${nameKey(m.name)}`)) {
      // (spelled out in the same article, or in a fair share of the articles that use the acronym:
      // "BT" in thirty stories is not the name one other story spells out)
      const fits = [...(initialsIndex.get(m.name) ?? [])].filter(
        (e) =>
          e.mentions.some((x) => x.doc === m.doc) || new Set(e.mentions.map((x) => x.doc)).size * 3 >= (acronymDocs.get(m.name)?.size ?? 0),
      );
      if (fits.length === 1) {
        attach(fits[0]!, m);
        continue;
      }
    }
    // "Nordvik spokesman X" made an organization of a word that is one known person's surname elsewhere
    // ("Ruiz spokesman X", "the Ruiz administration"): it is that person
    if (m.kind === "organization" && /^\p{Lu}\p{Ll}+$/u.test(m.name)) {
      const owners = [...(personWords.get(m.name.toLowerCase()) ?? [])].filter(
        (e) => e.mentions.length && e.label.split(/\s+/).pop()!.toLowerCase() === m.name.toLowerCase(),
      );
      if (owners.length === 1) {
        m.kind = owners[0]!.kind;
        attach(owners[0]!, m);
        continue;
      }
    }
    // a single capitalized word the article also writes in lower case is a common word ("Export director …")
    if (m.kind === "organization" && !m.name.includes(" ") && !/^\p{Lu}+\d*$/u.test(m.name) && writesLowerCase(docs[m.doc]!, m.name))
      continue;
    const e = entity(`${m.kind}:${nameKey(m.name)}`, m.kind as NodeKind, m.name);
    attach(e, m);
    if (e.kind === "organization" || e.kind === "agreement") {
      const initials = initialsOf(m.name);
      if (initials.length >= 2) {
        if (!initialsIndex.has(initials)) initialsIndex.set(initials, new Set());
        initialsIndex.get(initials)!.add(e);
      }
    }
  }

  // multi-word names that neither a title nor a given name typed ("Ana Ruiz" only if "Ana" is known):
  // their context across all articles decides between a person and an organization
  const unknown = [
    ...unknownNames(
      names.map((n) => n.m),
      personWords,
    ),
  ];
  // single capitalized words, counted below; with the last words of the unknown names, in one pass over
  // the articles: how often each is written in lower case ("Home Shopping", "European Price" end on common words)
  const singles = new Map<string, number>();
  for (const { m } of names) if (!m.name.includes(" ")) singles.set(m.name.toLowerCase(), (singles.get(m.name.toLowerCase()) ?? 0) + 1);
  const lastWords = new Set(unknown.map(([, group]) => group[0]!.name.split(/\s+/).pop()!.toLowerCase()));
  const singleCounts =
    singles.size || lastWords.size
      ? wordCounts(docs, new Set([...singles.keys(), ...lastWords]))
      : new Map<string, { lower: number; plural: number }>();
  for (const [key, group] of unknown) {
    const words = group[0]!.name.split(/\s+/);
    // "Nordvik Xbox", "Ostrava United": a name opening with a known organization or a city is no person's
    const owned =
      byKey.get(`organization:${nameKey(words[0]!)}`)?.kind === "organization" ||
      words.some((w) => gazetteer.cities.has(w.toLowerCase()) || byKey.has(`place:${nameKey(w)}`));
    const common = (singleCounts.get(words[words.length - 1]!.toLowerCase())?.lower ?? 0) >= 2;
    const [kind, cued] = owned ? (["organization", true] as const) : nameKind(docs, group, common);
    const label = group[0]!.name;
    const e =
      kind === "person" ? entity(`person:${key}`, "person", label) : entity(`organization:${nameKey(label)}`, "organization", label);
    // (a person typed only by default does not take in the bare surnames of other articles)
    if (kind === "person" && cued) {
      persons.set(key, e);
      for (const w of key.split(" ")) {
        if (!personWords.has(w)) personWords.set(w, new Set());
        personWords.get(w)!.add(e);
      }
    }
    for (const m of group) {
      m.kind = kind;
      attach(e, m);
    }
  }

  // single capitalized words the articles write in lower case at least as often ("Net", "Sales", "Year"):
  // common words capitalized by a sentence or a table, which name something only in their own article
  const singleDocs = new Map<string, Set<number>>();
  for (const { m } of names)
    if (!m.name.includes(" ")) (singleDocs.get(m.name) ?? singleDocs.set(m.name, new Set()).get(m.name)!).add(m.doc);
  // a bare word used in far more articles than a person's full name is not that person's surname there
  // ("Labour" in 180 stories is not the "Blair Labour" of one)
  const surnameOf = (e: Entity, name: string) => new Set(e.mentions.map((x) => x.doc)).size * 10 >= (singleDocs.get(name)?.size ?? 0);
  const common = (name: string) =>
    !name.includes(" ") &&
    (name.length < 2 || (singleCounts.get(name.toLowerCase())?.lower ?? 0) >= (singles.get(name.toLowerCase()) ?? 0));

  // first words of the organizations' names ("ford" of "Ford Motor Co"), once the named ones are known
  let firmFirst: Set<string> | undefined;
  const firmWords = () =>
    (firmFirst ??= new Set(
      entities
        .filter(
          (e) =>
            e.kind === "organization" &&
            e.mentions.length &&
            FIRM_ENDINGS.has(e.label.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, "")) &&
            !/^\S+'s /.test(e.label),
        )
        .map((e) => e.label.split(/\s+/)[0]!.toLowerCase()),
    ));
  // single words some article names a company by ("US aircraft firm Nordvik", "a spokesman for Nordvik")
  // single words some articles name a company by, twice or more ("US aircraft firm Nordvik", "Nordvik executives")
  // (their own words only: "Argentina's X" or a list's cue is too weak to unmake a titled person)
  let cuedFirms: Set<string> | undefined;
  const firmCued = () => {
    if (cuedFirms) return cuedFirms;
    const counts = new Map<string, number>();
    for (const { m } of names) {
      if (m.kind !== "name" || m.name.includes(" ")) continue;
      const tokens = docs[m.doc]!.sentences[m.sentence]!.tokens;
      if (titleComplement(tokens, m.first, m.last) || organizationWordsAround(tokens, m)) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    }
    return (cuedFirms = new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name)));
  };
  // titled names first, so that a bare word can join the titled single name ("President Berg") of another article
  for (const { m, doc } of [...names.filter((n) => n.m.role), ...names.filter((n) => !n.m.role)]) {
    if (m.entity !== undefined) continue;
    const isCommon = !m.role && common(m.name);
    const def = acronyms.get(m.name.toLowerCase());
    if (def && def.entity !== undefined) {
      attach(entities[def.entity]!, m);
      continue;
    }
    const key = personKey(m.name);
    const words = key.split(" ").filter(Boolean);
    // "flew to Lincoln", "visited Lincoln": a known town, even where a person of that name is about
    if (m.kind === "name" && !m.role && !m.name.includes(" ") && travelledTo(docs[m.doc]!.sentences[m.sentence]!.tokens, m.first)) {
      const town = cityOf(m);
      if (town) {
        m.kind = "place";
        attach(entity(`place:${nameKey(town)}`, "place", town), m);
        continue;
      }
    }
    let inDoc = docPersonCache.get(doc);
    if (!inDoc) docPersonCache.set(doc, (inDoc = docPersons(doc)));
    const matches = (pool: Iterable<Entity>, elsewhere = false) =>
      [...pool]
        .filter((e) => e.kind === "leader" || e.kind === "person")
        .filter((e) => {
          const ew = new Set(personKey(e.label).split(" "));
          if (!(words.length > 0 && words.every((w) => ew.has(w)))) return false;
          // in another article one word names a person by the family name, the last word of a full form
          // ("Prince Charles" is not "Charles Berg"; "Sheikh Ali" after "Sheikh Ali al-Sabah" in one article is)
          // (or by the very single name a title gave it there: "President Berg" for "Berg")
          return (
            !elsewhere ||
            words.length > 1 ||
            personKey(e.label) === key ||
            [...e.aliases.keys()].some((a) => a.includes(" ") && normalizeName(a).split(" ").pop() === words[0])
          );
        });
    let local = matches(inDoc);
    // "Nancy Berg … President Berg": a head of state's title names the one leader of that name the
    // articles know ("Tomas Berg") rather than another person of the same family in this article
    if (m.kind === "leader" && local.length && local.every((e) => e.kind !== "leader")) {
      const leaders = matches(new Set(words.flatMap((w) => [...(personWords.get(w) ?? [])])), true).filter(
        (e) => e.kind === "leader" && !local.includes(e),
      );
      if (leaders.length === 1) local = leaders;
    }
    // (a city's name alone is the city, not a person of another article whose name has that word: "Oslo" is not "Oslo Rovers")
    let global = local.length
      ? local
      : isCommon || (m.kind === "name" && !m.name.includes(" ") && gazetteer.cities.has(m.name.toLowerCase()))
        ? []
        : matches(new Set(words.flatMap((w) => [...(personWords.get(w) ?? [])])), true);
    // a head of state's title names a head of state elsewhere, not a person of another article who
    // shares the surname ("King Berg" is not the singer "Ana Berg")
    if (!local.length && m.kind === "leader") global = global.filter((e) => e.kind === "leader");
    // "Reagan" with a President Ronald Reagan and a Nancy Reagan known: a bare surname names the leader
    if (!local.length && global.length > 1) {
      const leaders = global.filter((e) => e.kind === "leader");
      // (of several, the one named by this very word: "President Berg" for "Berg")
      const same = leaders.filter((e) => personKey(e.label) === key);
      if (same.length === 1) global = same;
      else if (leaders.length === 1) global = leaders;
    }
    // (a leader is named by surname alone far more often than in full: no ratio guard for one)
    // (unless the word also opens a firm's name: "Ford" is more often Ford Motor than President Ford)
    if (
      global.length === 1 &&
      (local.length || (!firmWords().has(m.name.toLowerCase()) && (global[0]!.kind === "leader" || surnameOf(global[0]!, m.name))))
    ) {
      const e = global[0]!;
      if (m.kind === "leader") e.kind = "leader";
      attach(e, m);
      continue;
    }
    // "senior vice president Nordvik", "fellow Nordvik board member": a job's title before a word the
    // articles name a company by is that company's, no one's name (an honorific or a head of state's title is a person's)
    if (isPerson(m.kind) && m.role && !m.name.includes(" ") && m.kind !== "leader" && !HONORIFICS.has(m.role.title)) {
      const firm = byKey.get(`organization:${nameKey(m.name)}`);
      if (firm?.mentions.length) {
        m.kind = "organization";
        m.role = undefined;
        attach(firm, m);
        continue;
      }
      if (firmCued().has(m.name)) {
        // (left for the single words below, which make it the organization)
        m.kind = "name";
        m.role = undefined;
        continue;
      }
    }
    if (isPerson(m.kind) && m.role) {
      // a titled single name with no full form anywhere: "Secretary Berg"
      const e = entity(`person:${key}`, m.kind as NodeKind, m.name);
      if (m.kind === "leader") e.kind = "leader";
      attach(e, m);
      persons.set(key, e);
      // (a bare "Berg" later in the same article is this person)
      inDoc.add(e);
      // (and bare mentions of the same word elsewhere name this person: "President Berg … the Berg administration")
      for (const w of words) (personWords.get(w) ?? personWords.set(w, new Set()).get(w)!).add(e);
      continue;
    }
    // otherwise an unknown single capitalized word: a known organization or place, or a city
    if (isCommon) continue;
    const known = byKey.get(`organization:${nameKey(m.name)}`) ?? byKey.get(`place:${nameKey(m.name)}`);
    const tokens = docs[m.doc]!.sentences[m.sentence]!.tokens;
    const travelled = travelledTo(tokens, m.first);
    // "the ports of Anzali and Nowshahr", "Jolfa in north-west Iran": the words around make it a place
    // (a name the article repeats elsewhere is more likely a company: "Airbus in Europe")
    const repeated = docs[m.doc]!.mentions.flat().filter((x) => x.name === m.name).length > 1;
    // ("owner of Liffe in London": an employer's title says it is a body)
    const placed =
      m.kind === "name" &&
      !m.name.includes(" ") &&
      (placeNounBefore(tokens, m.first) ||
        placeNounAfter(tokens, m.last) ||
        (!repeated && !titleComplement(tokens, m.first) && inPlaceAfter(docs[m.doc]!.mentions[m.sentence]!, tokens, m)));
    const city =
      known || NOT_ORGANIZATION_ACRONYMS.has(m.name)
        ? undefined
        : (cityOf(m) ?? ((travelled || placed) && m.kind === "name" ? m.name : undefined));
    if (known) attach(known, m);
    else if (city && !m.role) {
      m.kind = "place";
      attach(entity(`place:${nameKey(city)}`, "place", city), m);
    }
  }

  // a single capitalized word used twice or more, not only to open a sentence, names an
  // organization (companies are often named by one word: "Nordvik said …", "bought from Acme")
  const unresolved = new Map<string, Mention[]>();
  for (const { m } of names) {
    if (
      m.entity !== undefined ||
      m.kind !== "name" ||
      m.name.includes(" ") ||
      NOT_ORGANIZATION_WORDS.has(m.name.toLowerCase()) ||
      NOT_ORGANIZATION_ACRONYMS.has(m.name)
    )
      continue;
    const list = unresolved.get(m.name) ?? [];
    list.push(m);
    unresolved.set(m.name, list);
  }
  // (the unresolved words are single-word names, already counted)
  const lowerCounts = singleCounts;
  for (const [name, all] of unresolved) {
    // a word an article also writes in lower case is a common word there ("Export", "Fellow", "the labour market")
    // (and "Line" of "Line of Control" is part of a name it was cut from)
    const ms = all.filter((m) => !writesLowerCase(docs[m.doc]!, name) && !insideOfPhrase(docs[m.doc]!.sentences[m.sentence]!.tokens, m));
    // (once is enough where a title says it is someone's employer: "a spokesman for Unifax")
    // ("Cabinet chief X": a word of titles is no employer)
    // ("Labour MP X": a party may share its name with a portfolio)
    const employer = ms.some(
      (m) =>
        organizationCue(docs[m.doc]!, m) &&
        (!TITLE_WORDS.has(name.toLowerCase()) || beforeLegislator(docs[m.doc]!.sentences[m.sentence]!.tokens, m)),
    );
    if (!employer && (ms.length < 2 || !ms.some((m) => m.first > 0))) continue;
    if (ms.length * 4 < all.length) continue;
    // a word written in lower case about as often as capitalized is a common word ("Open"); an
    // acronym seen in the plural is a common noun ("PCs")
    const counts = lowerCounts.get(name.toLowerCase());
    if (counts && (counts.lower * 2 >= ms.length || (/^\p{Lu}+$/u.test(name) && counts.plural > 0))) continue;
    // "cash trading should stay in Frankfurt … based in Frankfurt": a word only ever found after "in" is a place
    if (
      ms.every((m) => LOCATIVES.has(docs[m.doc]!.sentences[m.sentence]!.tokens[m.first - 1]?.lower ?? "")) &&
      !ORGANIZATION_HEADS.has(name.toLowerCase())
    ) {
      const e = entity(`place:${nameKey(name)}`, "place", name);
      for (const m of ms) {
        m.kind = "place";
        attach(e, m);
      }
      continue;
    }
    // "Labour" is the "Labour Party" named elsewhere
    const e = byKey.get(`organization:${nameKey(`${name} Party`)}`) ?? entity(`organization:${nameKey(name)}`, "organization", name);
    for (const m of ms) attach(e, m);
  }

  // a shorter full name inside a longer one of the same article ("Santos Alvite" in "Fernando Santos Alvite"),
  // or one the article says is the same person ("Mahmoud Abbas, also known as Abu Mazen")
  docs.forEach((d, di) => {
    const people = [
      ...new Set(
        d.mentions
          .flat()
          .filter((m) => m.entity !== undefined && isPerson(m.kind))
          .map((m) => entities[m.entity!]!),
      ),
    ];
    for (const short of people) {
      const words = personKey(short.label).split(" ");
      if (words.length < 2) continue;
      const hosts = people.filter(
        (e) =>
          e !== short &&
          e.mentions.length &&
          personKey(e.label).split(" ").length > words.length &&
          words.every((w) => personKey(e.label).split(" ").includes(w)),
      );
      if (hosts.length === 1) absorb(hosts[0]!, short);
    }
    d.sentences.forEach((s, si) => {
      const ms = d.mentions[si]!;
      for (let i = 1; i < ms.length; i++) {
        const [a, b] = [ms[i - 1]!, ms[i]!];
        if (a.entity === undefined || b.entity === undefined || a.entity === b.entity || !isPerson(a.kind) || !isPerson(b.kind)) continue;
        const gap = s.tokens
          .slice(a.last, b.first)
          .map((t) => t.lower)
          .join(" ");
        if (/^,? ?(?:also )?(?:known as|nicknamed|better known as|alias)$/.test(gap)) absorb(entities[a.entity]!, entities[b.entity]!);
      }
    });
    void di;
  });
  function absorb(host: Entity, other: Entity) {
    if (host === other || !other.mentions.length) return;
    for (const m of other.mentions) attach(host, m);
    other.mentions.length = 0;
    if (other.kind === "leader") host.kind = "leader";
  }

  // "UK Chancellor X" somewhere makes every "Chancellor X" a minister's title: X leads nothing unless
  // another head's title says so
  for (const e of entities) {
    if (e.kind !== "leader") continue;
    const minister = new Set(
      e.mentions
        .filter(
          (m) =>
            m.role?.of !== undefined &&
            TITLES_NOT_HEADS_IN[m.role.title]?.includes(docs[m.doc]!.mentions[m.sentence]![m.role.of]?.canonical ?? ""),
        )
        .map((m) => m.role!.title),
    );
    // (and a head's title said once among many others is a guess about the future: "a good prime minister X will make")
    const titled = e.mentions.filter((m) => m.role && !HONORIFICS.has(m.role.title));
    const head = titled.filter((m) => m.kind === "leader" && !minister.has(m.role!.title)).length;
    if (head === 0 || titled.length - head > 3 * head) e.kind = "person";
    // ("CBS President X", "X, chairman of Nordvik Corp": someone a body's title is given as often as a head's
    // title alone, and no country's head's title names, is that body's head, not a state's)
    const of = (m: Mention) => (m.role?.of !== undefined ? docs[m.doc]!.mentions[m.sentence]![m.role.of] : undefined);
    const ofBody = e.mentions.filter((m) => m.role && !m.role.leader && of(m)?.kind === "organization").length;
    const ofState = e.mentions.some((m) => m.role?.leader && (of(m)?.kind === "country" || of(m)?.kind === "place"));
    const asHead = e.mentions.filter((m) => m.role?.leader).length;
    if (ofBody > 0 && ofBody >= asHead && !ofState) e.kind = "person";
  }
  // "President Berg" (no full name in its articles) is the "Tomas Berg" other articles call president,
  // when exactly one leader's full name ends with that word
  {
    const byLast = new Map<string, Entity[]>();
    for (const e of entities) {
      if (e.kind !== "leader" || !e.mentions.length || !e.label.includes(" ")) continue;
      const last = personKey(e.label).split(" ").pop()!;
      byLast.set(last, [...(byLast.get(last) ?? []), e]);
    }
    for (const e of entities) {
      if (e.kind !== "leader" || !e.mentions.length || e.label.includes(" ")) continue;
      const hosts = byLast.get(personKey(e.label));
      if (hosts?.length === 1) absorb(hosts[0]!, e);
    }
  }
  // "Prime Minister X met his Chilean counterpart, Y": Y holds the office of the person named before
  for (const d of docs) {
    for (const ms of d.mentions) {
      ms.forEach((m, i) => {
        if (m.role?.title !== "counterpart" || m.entity === undefined) return;
        const host = ms
          .slice(0, i)
          .reverse()
          .find((p) => isPerson(p.kind) && p.entity !== undefined && p.entity !== m.entity);
        if (host && entities[host.entity!]!.kind === "leader") entities[m.entity]!.kind = "leader";
      });
    }
  }
  // "X, spokesman of the General Agreement on Tariffs and Trade": a named agreement with staff is a body too
  for (const d of docs)
    for (const ms of d.mentions)
      for (const m of ms) {
        if (!isPerson(m.kind) || m.role?.of === undefined || m.entity === undefined || !EMPLOYER_TITLES.has(m.role.title)) continue;
        const of = ms[m.role.of];
        const body = of?.entity !== undefined ? entities[of.entity]! : undefined;
        if (body?.kind === "agreement" && !/\b(?:deal|pact|accord|treaty|protocol)s?$/i.test(body.label)) body.kind = "organization";
      }
  // "Tory leader X" and "Conservative leader X": a person leads one party at a time, so two bodies
  // that each call the same person their leader, again and again, are one body under two names
  const ledBy = new Map<Entity, Map<Entity, number>>();
  for (const d of docs)
    for (const ms of d.mentions)
      for (const m of ms) {
        if (m.role?.title !== "leader" || m.role.of === undefined || m.entity === undefined) continue;
        const of = ms[m.role.of];
        const body = of?.entity !== undefined ? entities[of.entity]! : undefined;
        if (!body || body.kind !== "organization" || !isPerson(entities[m.entity]!.kind)) continue;
        const counts = ledBy.get(entities[m.entity]!) ?? ledBy.set(entities[m.entity]!, new Map()).get(entities[m.entity]!)!;
        counts.set(body, (counts.get(body) ?? 0) + 1);
      }
  for (const counts of ledBy.values()) {
    const bodies = [...counts]
      .filter(([, n]) => n >= 2)
      .map(([b]) => b)
      .sort((a, b) => b.mentions.length - a.mentions.length);
    for (const other of bodies.slice(1)) if (other.mentions.length) absorb(bodies[0]!, other);
  }

  // "the Six Nations title", "Oscar nominations", "the Olympic champion": a name its articles treat as
  // a competition, an award or a ceremony is an event, whatever its head noun ("Nations", "League")
  const events = new Map<string, Entity>();
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    let event = 0;
    let organization = 0;
    for (const m of e.mentions) {
      const tokens = docs[m.doc]!.sentences[m.sentence]!.tokens;
      const hyphen = tokens[m.last]?.text === "-" && !tokens[m.last]!.spaceBefore;
      const next = tokens[m.last + (hyphen ? 1 : 0)];
      if (next?.word && !next.cap && EVENT_AFTER.has(next.lower)) event++;
      const after = tokens[m.last]?.lower === "'s" ? tokens[m.last + 1] : tokens[m.last];
      if (after?.word && !after.cap && ORGANIZATION_AFTER.has(after.lower)) organization++;
    }
    if (event >= 3 && event > 2 * organization) {
      e.kind = "event";
      events.set(nameKey(e.label), e);
    }
  }
  // "Olympic" and "Olympics", "Oscar" and "Oscars": the singular of an event names it too
  for (const e of entities) {
    if ((e.kind !== "organization" && e.kind !== "event") || !e.mentions.length) continue;
    const key = nameKey(e.label);
    const host = events.get(key.replace(/s$/, "")) ?? events.get(`${key}s`);
    if (host && host !== e) {
      absorb(host, e);
    }
  }
  // "Tory" and "Tories", "Liberal Democrat" and "Liberal Democrats": a member's name, in the plural, names the body
  const orgsByKey = new Map<string, Entity>();
  for (const e of entities) if (e.kind === "organization" && e.mentions.length) orgsByKey.set(nameKey(e.label), e);
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    const key = nameKey(e.label);
    if (!/\p{L}$/u.test(key) || /s$/.test(key)) continue;
    const host = orgsByKey.get(pluralOf(key));
    if (host && host !== e && host.mentions.length) absorb(host, e);
  }
  // "Nordwerk Motor Co Ltd", "Nordwerk Motor Corp" and "Nordwerk Motor": one company, its legal form written or not
  const firms = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    for (const name of new Set(e.mentions.map((m) => m.name))) {
      const stem = firmStem(name);
      if (stem === undefined) continue;
      const list = firms.get(stem) ?? firms.set(stem, []).get(stem)!;
      if (!list.includes(e)) list.push(e);
    }
  }
  for (const group of firms.values()) {
    // (only where a legal form was dropped from one of the names: two bare names are joined by their key already)
    if (group.length < 2) continue;
    const [host, ...rest] = [...group].sort((a, b) => b.mentions.length - a.mentions.length || a.id - b.id);
    for (const other of rest) if (other.kind === "organization") absorb(host!, other);
  }

  // "Lib Dems" and "Liberal Democrats": a name whose every word opens the word of one other name's
  const longNames = new Map<string, Entity[]>(); // "3 l d" → the organizations of three words opening with l, d
  const shape = (words: readonly string[]) => words.map((w) => w[0]).join(" ");
  const wordsOf = (label: string) => normalizeName(label).split(" ").filter(Boolean);
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    const words = wordsOf(e.label);
    if (words.length < 2) continue;
    (longNames.get(shape(words)) ?? longNames.set(shape(words), []).get(shape(words))!).push(e);
  }
  const shortenings: { e: Entity; host: Entity; shortened: string[] }[] = [];
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    const words = wordsOf(e.label);
    if (words.length < 2) continue;
    const stem = (w: string) => w.replace(/s$/, "");
    const hosts = (longNames.get(shape(words)) ?? []).filter((x) => x !== e && x.mentions.length > 0 && shortens(e.label, x.label));
    if (hosts.length !== 1) continue;
    const long = wordsOf(hosts[0]!.label);
    shortenings.push({ e, host: hosts[0]!, shortened: words.filter((w, k) => stem(w).length < stem(long[k]!).length) });
  }
  // (a shortened word is no word of its own, which the articles write in lower case: "Lib", "Bros", "Sen";
  // "Car Corp" is not "Carrier Corp")
  if (shortenings.length) {
    const counts = wordCounts(docs, new Set(shortenings.flatMap((x) => x.shortened.flatMap((w) => [w, w.replace(/s$/, "")]))));
    const common = (w: string) => (counts.get(w)?.lower ?? 0) + (counts.get(w.replace(/s$/, ""))?.lower ?? 0) >= 3;
    for (const { e, host, shortened } of shortenings) if (!shortened.some(common)) absorb(host, e);
  }

  // "the Conservative Party" and "the Conservatives", "Labour" and "the Labour Party": one party
  const byWord = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.kind !== "organization" || !e.mentions.length) continue;
    for (const name of new Set(e.mentions.map((m) => m.name))) {
      if (name.includes(" ")) continue;
      const key = nameKey(name).replace(/s$/, "");
      (byWord.get(key) ?? byWord.set(key, []).get(key)!).push(e);
    }
  }
  for (const e of entities) {
    const party = e.kind === "organization" && e.mentions.length ? /^(?:the )?(\S+) Party$/i.exec(e.label) : null;
    if (!party) continue;
    const hosts = [...new Set(byWord.get(nameKey(party[1]!).replace(/s$/, "")) ?? [])].filter((x) => x !== e);
    if (hosts.length === 1) absorb(hosts[0]!, e);
  }
  for (const e of entities) e.label = chooseLabel(e);
  return entities;
}

/** Words right after a name that make it a competition, an award or a ceremony: "X final", "X nominations", "X-winning". */
const EVENT_AFTER = new Set([
  "final",
  "finals",
  "semi-final",
  "semi-finals",
  "quarter-final",
  "quarter-finals",
  "medal",
  "medals",
  "medallist",
  "medallists",
  "nomination",
  "nominations",
  "nominee",
  "nominees",
  "nominated",
  "ceremony",
  "winning",
  "winner",
  "winners",
  "champion",
  "champions",
  "gold",
  "silver",
  "bronze",
  "qualifier",
  "qualifiers",
  "tournament",
  "trophy",
  "title",
  "titles",
  "campaign",
  "opener",
  "decider",
  "match",
  "clash",
  "fixture",
]);

/**
 * Multi-word untyped names that name no known person, grouped by their words (in order of first
 * mention). A name whose words are all among one known person's is left to join that person.
 */
function unknownNames(mentions: readonly Mention[], personWords: ReadonlyMap<string, ReadonlySet<Entity>>): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== "name" || m.entity !== undefined || !m.name.includes(" ")) continue;
    const key = personKey(m.name);
    const words = key.split(" ");
    const known = words.map((w) => personWords.get(w) ?? new Set<Entity>());
    if ([...known[0]!].some((e) => words.every((_w, i) => known[i]!.has(e)))) continue;
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  return groups;
}

/** Two or three capitalized words, the first a given name: "Roger Douglas". */
const looksLikeFullName = (name: string) =>
  /^\p{Lu}\p{Ll}+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'-]+){1,2}$/u.test(name) && GIVEN_NAMES.has(name.split(" ")[0]!.toLowerCase());

/** Words after a name that say it is an organization: "X's shares", "X boss Y", "X shareholders". */
const ORGANIZATION_AFTER = new Set([
  "shares",
  "share",
  "shareholders",
  "boss",
  "bosses",
  "chief",
  "chairman",
  "chairwoman",
  "executive",
  "executives",
  "board",
  "profits",
  "profit",
  "sales",
  "stake",
  "unit",
  "subsidiary",
  "headquarters",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "founder",
  "owner",
  "owners",
  "staff",
  "employees",
  "workers",
  "manager",
  "director",
  "president",
  "customers",
  "fans",
  "players",
  "striker",
  "midfielder",
  "defender",
  "coach",
  "plc",
  "inc",
  "ltd",
  "group",
  "brand",
  "products",
  "revenues",
  "revenue",
  "earnings",
  "takeover",
  "bid",
  "deal",
  "chief executive",
]);
/** Plural nouns before names that make them bodies ("the marques Vestra and Nordia"); after a name they say what kind ("Low-cost airlines"). */
const ORGANIZATION_PLURALS = new Set([
  "marques",
  "brands",
  "labels",
  "carriers",
  "airlines",
  "carmakers",
  "makers",
  "manufacturers",
  "banks",
  "lenders",
  "insurers",
  "retailers",
  "operators",
  "clubs",
  "newspapers",
  "broadcasters",
  "networks",
  "studios",
  "publishers",
  "unions",
  "parties",
]);
const PERSON_AFTER = new Set(["himself", "herself"]);
/** Words that say when: "the December accord", "the 1986 pact", "last year's deal". */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|last|this|next|year's|month's|week's)$/i;
/** A description whose words before the head only say when: "December accord", "1986 pact". */
const datedOnly = (name: string) =>
  name.includes(" ") &&
  name
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => CALENDAR.test(w));
/** Last words of a firm's name ("Vestra Motor Co", "Nordchem Inc"). */
const FIRM_ENDINGS = new Set([
  "co",
  "corp",
  "corporation",
  "inc",
  "ltd",
  "plc",
  "llc",
  "ag",
  "sa",
  "nv",
  "gmbh",
  "company",
  "motor",
  "motors",
  "holdings",
  "industries",
  "group",
  "airlines",
  "airways",
]);
/** "car firm X", "brokerage X", "the X consortium", "X shares": an organization's words right around a name. */
/**
 * The words around a bare name say it is a body: an employer's title ("a spokesman for X"), a body's
 * noun ("carrier X"), a country owning it ("Norway's Nordfly"), or a list it shares with a body
 * ("marques Vestra and Nordia", "Nordfly and BNA aircraft").
 */
function organizationCue(doc: { readonly sentences: readonly Sentence[]; readonly mentions: readonly Mention[][] }, m: Mention): boolean {
  const tokens = doc.sentences[m.sentence]!.tokens;
  const ms = doc.mentions[m.sentence]!;
  const own = (x: Mention) => titleComplement(tokens, x.first, x.last) || organizationWordsAround(tokens, x);
  if (own(m)) return true;
  // (not a given name: "England's Jonny" is a player)
  if (
    tokens[m.first - 1]?.lower === "'s" &&
    !GIVEN_NAMES.has(m.name.toLowerCase()) &&
    ms.some((x) => x.kind === "country" && !x.adjectival && x.last === m.first - 1)
  )
    return true;
  // a list of names, through "," and "and": a member with a body's words around it types them all
  const i = ms.indexOf(m);
  const joined = (a: Mention, b: Mention) => b.first - a.last === 1 && /^(?:,|and|&)$/.test(tokens[a.last]!.lower);
  for (let k = i - 1, next = m; k >= 0 && joined(ms[k]!, next); next = ms[k]!, k--) if (own(ms[k]!)) return true;
  for (let k = i + 1, prev = m; k < ms.length && joined(prev, ms[k]!); prev = ms[k]!, k++) if (own(ms[k]!)) return true;
  // two names before one lower-case noun are of one kind: "both ATR and Nordia aircraft"
  const pair = (a: Mention, b: Mention) =>
    b.first - a.last === 1 && tokens[a.last]!.lower === "and" && !!tokens[b.last]?.word && !tokens[b.last]!.cap;
  return (
    (i > 0 && pair(ms[i - 1]!, m) && ms[i - 1]!.kind === "organization") ||
    (i + 1 < ms.length && pair(m, ms[i + 1]!) && ms[i + 1]!.kind === "organization")
  );
}

/** "Venstre MP X": a party before a legislator's title (not opening the sentence: "Veteran MP X"). */
function beforeLegislator(tokens: readonly Sentence["tokens"][number][], m: Mention): boolean {
  const next = tokens[m.last];
  return m.first > 0 && !!next && LEGISLATOR_TITLES.has(next.lower.replace(/s$/, "")) && tokens[m.last + 1]?.cap === true;
}

function organizationWordsAround(tokens: readonly Sentence["tokens"][number][], m: Mention): boolean {
  const before = tokens[m.first - 1];
  const next = tokens[m.last];
  const after = next?.lower === "'s" ? tokens[m.last + 1] : next;
  return (
    (!!before && before.word && !before.cap && (ORGANIZATION_NOUNS.has(before.lower) || ORGANIZATION_PLURALS.has(before.lower))) ||
    // "Chile's central bank, the Bancochile": a body's noun, then the name in apposition
    (tokens[m.first - 1]?.lower === "the" &&
      tokens[m.first - 2]?.text === "," &&
      !!tokens[m.first - 3] &&
      !tokens[m.first - 3]!.cap &&
      ORGANIZATION_NOUNS.has(tokens[m.first - 3]!.lower)) ||
    beforeLegislator(tokens, m) ||
    (!!after &&
      after.word &&
      !after.cap &&
      (ORGANIZATION_AFTER.has(after.lower) || (next === after && ORGANIZATION_NOUNS.has(after.lower))))
  );
}
/** The name at `first` completes an employer's title: "chief executive of X", "a spokesman for the X". */
function titleComplement(tokens: readonly Sentence["tokens"][number][], first: number, last = -1): boolean {
  // "Nordfly chief executive X": a lower-case employer's title right after the name
  const next = last >= 0 ? tokens[last] : undefined;
  // ("Nordbank President X": capitalized too, before a name)
  if (next?.word && (!next.cap || tokens[last + 1]?.cap === true) && EMPLOYER_TITLES.has(next.lower) && tokens[last + 1]?.word) return true;
  let k = first - 1;
  if (tokens[k]?.lower === "the") k--;
  if (!/^(?:of|for|at)$/.test(tokens[k]?.lower ?? "")) return false;
  const title = tokens[k - 1];
  // ("analysts at X", "executives of X": the plural says it too)
  return (
    !!title &&
    (!title.cap || k === 1) &&
    (EMPLOYER_TITLES.has(title.lower) || (/[^s]s$/.test(title.lower) && EMPLOYER_TITLES.has(title.lower.slice(0, -1))))
  );
}
const SPEECH_VERBS = new Set([
  "said",
  "says",
  "told",
  "added",
  "insisted",
  "argued",
  "explained",
  "warned",
  "believes",
  "admitted",
  "claimed",
  "stressed",
  "wrote",
]);

/**
 * What a group of same-named untyped mentions is, from its contexts: a person when an article
 * also calls it "Mr X" / "Ms X", names it by its last word alone, or gives an age ("X, 45,"); an
 * organization when the words around it are an organization's; else an organization if it
 * recurs (a company is often named bare) or ends on a common word, and a person if it was seen
 * once without context.
 */
function nameKind(
  docs: readonly ResolveInput[],
  group: readonly Mention[],
  endsOnCommonWord: boolean,
): readonly ["person" | "organization", boolean] {
  const { strong, person, organization } = contextCues(docs, group);
  if (strong + person > organization) return ["person", strong > 0];
  if (organization > 0) return ["organization", true];
  // seen once, bare: most often someone quoted or named in passing; a bare name that recurs is most often a company,
  // and so is one ending on a word the articles write in lower case ("Home Shopping": people's names are no common words)
  return [group.length >= 2 || endsOnCommonWord ? "organization" : "person", false];
}

/**
 * How the words around a group of same-named mentions, in all articles, speak of it: as a person
 * (strong: a form of address, an age, a title elsewhere; weak: the surname alone says something) or
 * as an organization (its shares, its chairman, "chief executive of X", "an analyst of X").
 */
function contextCues(
  docs: readonly ResolveInput[],
  group: readonly Mention[],
): { strong: number; person: number; organization: number; body: number } {
  // strong cues (a form of address, an age) make a person other articles may name by surname alone;
  // a weak one ("X said", which organizations say too) makes a person of this name only
  let strong = 0;
  let person = 0;
  let organization = 0;
  // the cues no appointment shares: "X chairman" may be "named X chairman", "chairman of X" is X's
  let body = 0;
  const seenDocs = new Set<number>();
  for (const m of group) {
    const tokens = docs[m.doc]!.sentences[m.sentence]!.tokens;
    const next = tokens[m.last]?.lower ?? "";
    const after = next === "'s" ? (tokens[m.last + 1]?.lower ?? "") : next;
    if (ORGANIZATION_AFTER.has(after) && tokens[m.last + (next === "'s" ? 1 : 0)]?.cap !== true) organization++;
    const before = tokens[m.first - 1];
    const bodyBefore =
      (!!before && !before.cap && ORGANIZATION_NOUNS.has(before.lower)) ||
      // ("to acquire X", "merge with X": what is taken over is a company)
      (!!before && /^(?:acquire[ds]?|acquiring)$/.test(before.lower)) ||
      (before?.lower === "with" && /^merg(?:e|ed|es|ing)$/.test(tokens[m.first - 2]?.lower ?? "")) ||
      titleComplement(tokens, m.first);
    if (bodyBefore) {
      organization++;
      body++;
    }
    // "Ana Ruiz of X", "an analyst at X": someone is of or at a body, not of another person
    // ("Ana Ruiz of Boca Raton, Fla.": of a town, which a state or a country follows)
    if (/^(?:of|at)$/.test(before?.lower ?? "")) {
      const ms = docs[m.doc]!.mentions[m.sentence]!;
      const after = tokens[m.last + 1];
      const located =
        next === "," &&
        (ms.some((x) => x.first === m.last + 1 && (x.kind === "place" || x.kind === "country")) ||
          (!!after && /^\p{Lu}\p{Ll}{1,3}$/u.test(after.text) && tokens[m.last + 2]?.text === "."));
      if (!located && ms.some((x) => x.last === m.first - 1 && isPerson(x.kind))) {
        organization++;
        body++;
      }
    }
    if (next === "," && /^\d{2}$/.test(tokens[m.last + 1]?.text ?? "") && tokens[m.last + 2]?.text === ",") strong++;
    if (PERSON_AFTER.has(next)) strong++;
    if (next === ",") {
      // an apposition: "X, the airline," / "X, a Lisbon-based carrier,"
      for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 8); k++) {
        const t = tokens[k]!;
        if (t.text === "," || t.text === "." || t.lower === "said" || t.lower === "which" || t.lower === "who") break;
        if (!t.cap && ORGANIZATION_NOUNS.has(t.lower) && /^(?:the|a|an|its)$/.test(tokens[m.last + 1]?.lower ?? "")) organization++;
      }
    }
    if (seenDocs.has(m.doc)) continue;
    seenDocs.add(m.doc);
    const last = m.name.split(/\s+/).pop()!;
    docs[m.doc]!.mentions.forEach((ms, si) => {
      const tokens = docs[m.doc]!.sentences[si]!.tokens;
      for (const x of ms) {
        if (x.name !== last || x === m) continue;
        // "Mr Ruiz" (a form of address), or "Ruiz" alone as the one who speaks ("Ruiz said", "said Ruiz")
        const speaks = SPEECH_VERBS.has(tokens[x.last]?.lower ?? "") || SPEECH_VERBS.has(tokens[x.first - 1]?.lower ?? "");
        if (x.role) strong++;
        else if (x.kind === "name" && speaks) person++;
      }
    });
  }
  return { strong, person, organization, body };
}

/**
 * "Smith Barney", "Morgan Stanley": a name that opens with a given name was typed a person's by
 * its first word alone; when the articles speak of it only as a body ("an analyst at X", "Ana Ruiz
 * of X", "X shares") and never as a person, it is an organization's name.
 */
function firmsNamedLikePersons(docs: readonly ResolveInput[]): void {
  const groups = new Map<string, Mention[]>();
  const titled = new Map<string, Mention[]>();
  // the firms some article names with a legal form ("Nordvik Canada Ltd"): "Nordvik Canada" elsewhere is that firm
  const firms = new Set<string>();
  for (const d of docs)
    for (const ms of d.mentions)
      for (const m of ms) {
        if (m.kind === "organization") {
          const stem = firmStem(m.name);
          if (stem !== undefined && stem !== normalizeName(m.name)) firms.add(stem);
        }
        if (!isPerson(m.kind) || m.canonical || !m.name.includes(" ")) continue;
        const key = personKey(m.name);
        const into = m.role || m.kind === "leader" ? titled : groups;
        (into.get(key) ?? into.set(key, []).get(key)!).push(m);
      }
  // (a title now and then is no proof: "lead manager Smith Barney" is the underwriter)
  for (const [key, group] of groups) {
    const { strong, person, body } = contextCues(docs, group);
    const others = titled.get(key) ?? [];
    // (a firm's roles are titles too: "lead manager X", "adviser X")
    const personal = others.filter((m) => !EMPLOYER_TITLES.has(m.role?.title ?? "") && !/^advis[eo]r$/.test(m.role?.title ?? "")).length;
    const firm = strong + person + personal === 0 && firms.has(firmStem(group[0]!.name) ?? "");
    if (firm || (body > 0 && body >= 3 * (strong + person + personal))) for (const m of [...group, ...others]) m.kind = "organization";
  }
}

/**
 * "Rival Nordvik cut prices": a sentence's first word, capitalized only because it opens the
 * sentence, is no part of the untyped name it starts when the articles also write it in lower case
 * ("rival"). The mention is narrowed to the rest of the name (a given name is never dropped).
 */
function dropCommonOpeners(docs: readonly ResolveInput[]): void {
  const openers = new Set<string>();
  // ("Liberal Democrat X said": a name also written whole inside a sentence keeps its first word)
  const written = new Set<string>();
  for (const d of docs)
    for (const ms of d.mentions)
      for (const m of ms) {
        if (m.first !== firstWord(d.sentences[m.sentence]!.tokens)) written.add(m.name);
        else if (m.kind === "name" && m.last - m.first >= 2) openers.add(d.sentences[m.sentence]!.tokens[m.first]!.lower);
      }
  if (!openers.size) return;
  const lower = wordCounts(docs, openers);
  for (const d of docs)
    d.sentences.forEach((sentence, si) => {
      const ms = d.mentions[si]! as Mention[];
      ms.forEach((m, i) => {
        const tokens = sentence.tokens;
        if (m.kind !== "name" || m.last - m.first < 2 || m.first !== firstWord(tokens) || !lower.get(tokens[m.first]!.lower)?.lower) return;
        if (written.has(m.name)) return;
        const next = tokens[m.first + 1]!;
        if (!next.word || !next.cap) return;
        ms[i] = { ...m, first: m.first + 1, start: next.start, name: m.name.slice(tokens[m.first]!.text.length).trim() };
      });
    });
}
/** Common nouns of creative works, which stand before a work's title: "the drama X", "her new album X". */
const WORK_NOUNS = new Set([
  "film",
  "films",
  "movie",
  "movies",
  "drama",
  "biopic",
  "documentary",
  "comedy",
  "thriller",
  "musical",
  "sitcom",
  "album",
  "single",
  "song",
  "novel",
  "book",
  "opera",
  "series",
  "blockbuster",
  "cartoon",
  "sequel",
  "remake",
]);

/**
 * Names the articles give to films, books and songs: a name that a creative work's noun stands right
 * before ("the drama X", "British movie X") or its cast after ("X, starring …") in at least a sixth of
 * its mentions, and twice or in one of at most three mentions (or five times, in a tenth). Titled mentions ("President X") are never a work's.
 */
function titlesOfWorks(docs: readonly ResolveInput[]): Set<string> {
  const counts = new Map<string, { all: number; cued: number }>();
  for (const d of docs)
    d.mentions.forEach((ms, si) => {
      const tokens = d.sentences[si]!.tokens;
      for (const m of ms) {
        if (m.role || m.canonical || !(isPerson(m.kind) || m.kind === "name" || m.kind === "organization")) continue;
        const c = counts.get(m.name) ?? { all: 0, cued: 0 };
        c.all++;
        // ("the drama X", "blockbuster The X": a title may open with its own article)
        const before = tokens[m.first - (tokens[m.first - 1]?.lower === "the" ? 2 : 1)];
        // ("X, starring Ana Ruiz", "X, directed by Tomas Berg": what follows says it too)
        const after = tokens[m.last]?.text === "," ? tokens[m.last + 1] : tokens[m.last];
        if ((before && !before.cap && WORK_NOUNS.has(before.lower)) || /^(?:starring|directed)$/.test(after?.lower ?? "")) c.cued++;
        counts.set(m.name, c);
      }
    });
  const out = new Set<string>();
  // (a much-named work is called one less often, but often: "The Aviator" in a season of award stories)
  for (const [name, c] of counts)
    if (((c.cued * 6 >= c.all && (c.cued >= 2 || c.all <= 3)) || (c.cued >= 5 && c.cued * 10 >= c.all)) && c.cued > 0) out.add(name);
  return out;
}

const firstWord = (tokens: readonly Sentence["tokens"][number][]) => tokens.findIndex((t) => t.word);

/** How often each of `words` is written in lower case, and (capitalized) with a plural "s", in all articles. */
function wordCounts(docs: readonly ResolveInput[], words: ReadonlySet<string>): Map<string, { lower: number; plural: number }> {
  const counts = new Map<string, { lower: number; plural: number }>();
  const bump = (w: string, field: "lower" | "plural") => {
    const c = counts.get(w) ?? { lower: 0, plural: 0 };
    c[field]++;
    counts.set(w, c);
  };
  for (const d of docs)
    for (const s of d.sentences)
      for (const t of s.tokens) {
        if (!t.word) continue;
        if (!t.cap && words.has(t.lower)) bump(t.lower, "lower");
        else if (t.upper === false && t.cap && /^\p{Lu}{2,}s$/u.test(t.text) && words.has(t.lower.slice(0, -1)))
          bump(t.lower.slice(0, -1), "plural");
      }
  return counts;
}

/** `short` is `long` with one or more words shortened: "Lib Dems" of "Liberal Democrats", "Salomon Bros" of "Salomon Brothers". */
function shortens(short: string, long: string): boolean {
  const stem = (w: string) => w.replace(/s$/, "");
  const a = normalizeName(short).split(" ").filter(Boolean);
  const b = normalizeName(long).split(" ").filter(Boolean);
  return (
    a.length >= 2 &&
    a.length === b.length &&
    a.every(
      (w, k) =>
        w === b[k] || (FIRM_FORM_WORDS.has(w) && FIRM_FORM_WORDS.has(b[k]!)) || (stem(w).length >= 3 && stem(b[k]!).startsWith(stem(w))),
    ) &&
    // (a legal form's abbreviation is how it is written: "Corp" is no shortened "Corporation")
    a.some((w, k) => stem(w).length < stem(b[k]!).length && !FIRM_FORM_WORDS.has(w))
  );
}

/** The label: the written one, unless only capitals were seen. */
/**
 * A company's name without its legal form ("Nordwerk Motor Co Ltd" → "nordwerk motor"), the form in
 * which its names are compared; undefined where nothing distinctive is left ("Gas Co", "Co Ltd",
 * "American Corp"): a head noun, a good, a country or a common word alone names no one firm.
 */
function firmStem(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .replace(/\./g, "")
    .split(/[\s,]+/)
    .filter(Boolean);
  // ("Dixons Group Plc" and "Dixons": a group's or a holding's noun is dropped like a legal form)
  while (words.length > 1 && (FIRM_FORM_WORDS.has(words[words.length - 1]!) || /^(?:group|holdings?)$/.test(words[words.length - 1]!))) {
    words.pop();
    if (words.length > 1 && /^(?:&|and)$/.test(words[words.length - 1]!)) words.pop();
  }
  if (!words.length) return undefined;
  if (words.length === 1) {
    const w = words[0]!;
    if (
      w.length < 3 ||
      FIRM_FORM_WORDS.has(w) ||
      ORGANIZATION_HEADS.has(w) ||
      SECTORS.has(w) ||
      COUNTRIES.has(w) ||
      NOT_ORGANIZATION_WORDS.has(w) ||
      TITLE_WORDS.has(w) ||
      GIVEN_NAMES.has(w)
    )
      return undefined;
  }
  return words.join(" ");
}

function chooseLabel(e: Entity): string {
  const written = writtenLabel(e);
  // an event by its noun, not its adjective: "Olympics" rather than "Olympic", "Oscars" rather than "Oscar"
  const label = e.kind === "event" && !/s$/.test(written) && e.aliases.has(`${written}s`) ? `${written}s` : written;
  // seen only in capitals (a headline, a dateline): "COLORADO" → "Colorado"; acronyms stay
  if ((e.kind === "place" || e.kind === "person" || e.kind === "leader") && /^[\p{Lu}\s.'-]+$/u.test(label) && /\p{Lu}{5,}/u.test(label)) {
    return label.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }
  return label;
}

/** The most used full form; for people the longest name, for agreements a capitalized name. */
function writtenLabel(e: Entity): string {
  if (e.kind === "country" || e.kind === "sector" || (e.kind === "place" && e.mentions.some((m) => m.canonical))) return e.label;
  // (an acronym is no label beside a spelled-out name; nor is a title-case spelling of an acronym written in capitals more often: "Opec")
  const upper = (a: string) => /^\p{Lu}{2,}$/u.test(a);
  // (with no other form left, the most used form is the label, acronym or not)
  let forms = [...e.aliases].filter(([a, n]) => !upper(a) && !((e.aliases.get(a.toUpperCase()) ?? 0) > n));
  // (nor is a shortened form beside the full one: "Liberal Democrats" over "Lib Dems")
  // (its uses count for the full form: "Lib Dems" 100 times and "Liberal Democrats" 80 make "Liberal Democrats")
  if (e.kind === "organization" && forms.length > 1) {
    const full = new Map(forms.filter(([a]) => !forms.some(([b]) => b !== a && shortens(a, b))));
    for (const [a, n] of forms) {
      if (full.has(a)) continue;
      const into = [...full].filter(([b]) => shortens(a, b)).sort((x, y) => y[1] - x[1])[0]?.[0];
      if (into !== undefined) full.set(into, full.get(into)! + n);
    }
    if (full.size) forms = [...full];
    // (nor a member's name beside the body's plural: "Tory" 400 times and "Tories" 300 make "Tories")
    const bodies = new Map(forms);
    for (const [a, n] of forms)
      if (PARTY_ADJECTIVES.has(a.split(" ").pop()!.toLowerCase()) && bodies.has(pluralOf(a))) {
        bodies.set(pluralOf(a), bodies.get(pluralOf(a))! + n);
        bodies.delete(a);
      }
    forms = [...bodies];
  }
  if (!forms.length) forms = [...e.aliases];
  const score = ([a, n]: [string, number]) =>
    (e.kind === "person" || e.kind === "leader" ? Math.min(a.split(" ").length, 4) * 10000 : 0) +
    // (a capitalized name, unless a date is all it has: "Lima accord" over "December accord")
    (e.kind === "agreement" && /^\p{Lu}/u.test(a) && !datedOnly(a) ? 1000 : 0) +
    n * 10 +
    a.length / 100;
  forms.sort((x, y) => score(y) - score(x) || (x[0] < y[0] ? -1 : 1));
  return forms[0]?.[0] ?? e.label;
}

/** A member's name in the plural, which names the body: "Tory" → "Tories", "Democrat" → "Democrats". */
function pluralOf(name: string): string {
  return /[^aeiou]y$/i.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
}
