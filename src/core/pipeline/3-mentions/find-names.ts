// Capitalized names in a sentence, classified by their head words: organizations,
// agreements, events, places and people (with the titles that say who they are).
import {
  AGREEMENT_HEADS,
  AGREEMENT_MODIFIERS,
  EVENT_HEADS,
  EVENT_OPENERS,
  LOWERCASE_EVENT_HEADS,
  LEGAL_FORMS_AFTER,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_OPENERS,
  PLACE_HEADS,
} from "../../lexicon/name-heads.js";
import { GIVEN_NAMES } from "../../lexicon/given-names.js";
import { NAME_PARTICLES, NOT_NAME_WORDS, NOT_ORGANIZATION_ACRONYMS } from "../../lexicon/name-words.js";
import { SECTORS } from "../../lexicon/sectors.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { EXPORT_TRIGGERS, IMPORT_TRIGGERS, MET_TRIGGERS, SIGNED_TRIGGERS, VISIT_TRIGGERS } from "../../lexicon/relation-words.js";
import {
  EMPLOYER_TITLES,
  HONORIFICS,
  LEGISLATOR_TITLES,
  UNAFFILIATED_TITLES,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  TITLES_NOT_HEADS_IN,
  OFFICE_HOLDERS,
  PARTY_ADJECTIVES,
} from "../../lexicon/titles.js";

import type { NodeKind } from "../../contract/ontology.js";
import type { Sentence, Token } from "../types.js";
import { titleAfter, titleBefore, type TitlePhrase } from "./find-titles.js";
import type { VocabularyMatch } from "./match-vocabulary.js";
import { tagSentence } from "./tag-parts-of-speech.js";
import { inAngleBrackets } from "../2-segment/tokenize.js";

export interface NameMatch {
  readonly first: number;
  readonly last: number;
  readonly kind: NodeKind | "name";
  readonly name: string;
  readonly title?: TitlePhrase;
  /** Token range of what the title is of (a country, place or organization), if stated. */
  readonly of?: readonly [number, number];
  /** A second body the person serves, from an apposition after a titled name ("…, who is also Chile's oil minister,"). */
  readonly alsoOf?: readonly [number, number];
}

const CALENDAR_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
/** Lower-case words after a hyphen that make an adjective, not a name ("B.C.-based"). */
const COMPOUND_SUFFIXES = new Set([
  "based",
  "led",
  "run",
  "born",
  "made",
  "owned",
  "backed",
  "era",
  "style",
  "type",
  "like",
  "wide",
  "bound",
  "free",
  "only",
  "plus",
  "minus",
]);
/** Words of the vocabularies: capitalized at a sentence start they are still not names ("Export director X"). */
/** A word shaped like a people's adjective ("European", "Scandinavian", "Balinese"): no employer's name. */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ean|ian|an|ese|ish|ic)$/u;
/** A product's model code: "A320", "NW200" (letters and at least two digits). */
const MODEL_CODE = /^\p{Lu}{1,3}-?\d{2,4}s?$/u;
const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...SECTORS.keys(),
  ...EXPORT_TRIGGERS,
  ...IMPORT_TRIGGERS,
  ...VISIT_TRIGGERS,
  ...SIGNED_TRIGGERS,
  ...MET_TRIGGERS,
  ...NOT_NAME_WORDS,
]);
const EVENT_ADJECTIVES = new Set([
  "presidential",
  "general",
  "parliamentary",
  "legislative",
  "regional",
  "local",
  "national",
  "federal",
  "provincial",
  "economic",
  "annual",
  "emergency",
  "ministerial",
  "leaders'",
]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "new",
  "any",
  "such",
  "each",
  "both",
  "no",
  "most",
  "some",
  "every",
  "all",
  "other",
  "another",
  "many",
  "several",
  "and",
  "or",
  "but",
]);
const CONNECTORS = new Set(["of", "for", "on", "and", "&", "the"]);

export function surfaceOf(tokens: readonly Token[], first: number, last: number): string {
  let out = "";
  for (let i = first; i < last; i++) out += (i > first && tokens[i]!.spaceBefore ? " " : "") + tokens[i]!.text;
  return out;
}

/** At the start of a sentence, or right after "U.S." (which wire copy follows with a capital: "U.S. Officials"). */
const isSentenceStart = (tokens: readonly Token[], i: number) =>
  tokens.slice(0, i).every((t) => !t.word) ||
  (i > 0 && /^(?:\p{Lu}\.){2,}$/u.test(tokens[i - 1]!.text)) ||
  (i > 1 && tokens[i - 1]!.text === "," && /^(?:\p{Lu}\.){2,}$/u.test(tokens[i - 2]!.text));
/** "MPs", "DVDs": the plural of an acronym is a common noun. */
const isPluralAcronym = (t: Token) => /^\p{Lu}{2,}s$/u.test(t.text);
const isNameWord = (t: Token) =>
  t.word && t.cap && !NOT_NAME_WORDS.has(t.lower) && !/^\d/.test(t.text) && !isPluralAcronym(t) && !/^I['’]/.test(t.text);
const isGivenName = (t: Token | undefined) => !!t && t.word && t.cap && GIVEN_NAMES.has(t.lower);
/** Letters written after a member's name or party: "Ana Ruiz MP", "a Labour MEP". */
const POSTNOMINALS = new Set(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "TD", "TDs", "QC"]);
/** Legal forms written before a firm's name ("AB Volvo", "PT Telkom"). */
const LEGAL_FORMS = new Set(["AB", "PT", "OAO", "OOO", "ZAO", "PJSC", "JSC", "SpA", "BV", "AS", "ASA", "Oy", "Oyj", "KK"]);
/** Words of firms' names in other languages ("Banque Industrielle", "Societe Generale"). */
const FIRM_WORDS = new Set([
  "banque",
  "banco",
  "banca",
  "societe",
  "société",
  "compagnie",
  "companhia",
  "compania",
  "industrielle",
  "industrial",
  "regional",
  "nationale",
  "nacional",
  "generale",
  "general",
  "transport",
  "transports",
  "petroleos",
  "petroleo",
]);
/**
 * A run of name words is a person's name when it opens with a given name, or has a middle initial or
 * a lower-case name particle ("Ana M. Ruiz", "Omar bin Said"); otherwise it is only a name, typed by
 * its context (a title here, "Mr Ruiz" or an organization's words elsewhere: resolution decides).
 */
function looksPersonal(tokens: readonly Token[], first: number, last: number): boolean {
  // ("Nordfly A320" is an aircraft, "Avions de Transport Regional" a company: a model number or a firm's word is no person's)
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (/\d/.test(t.text) || (i > first && (ORGANIZATION_HEADS.has(t.lower) || FIRM_WORDS.has(t.lower)))) return false;
  }
  // ("Cable & Wireless": an ampersand joins partners' names into a firm's; "AB Astra": a firm's legal form opens it)
  if (tokens.slice(first, last).some((t) => t.text === "&") || LEGAL_FORMS.has(tokens[first]!.text)) return false;
  if (isGivenName(tokens[first])) return true;
  for (let i = first + 1; i < last; i++) {
    if (isInitialDot(tokens, i) || afterHyphen(tokens, i) || (NAME_PARTICLES.has(tokens[i]!.text) && tokens[i + 1]?.cap)) return true;
  }
  return false;
}
/**
 * Where a person's name starts inside a run of capitals: at a given name that follows words that are
 * neither given names nor titles ("Nordvik TV Ana Ruiz", "Labour Ana Ruiz"), when a name of two or
 * more words follows it. The words before it are then a name of their own (an outlet, a party).
 */
function personStart(tokens: readonly Token[], a: number, b: number): number | undefined {
  for (let k = a + 1; k < b - 1; k++) {
    if (!isGivenName(tokens[k]) || tokens[k - 1]!.text === "-" || !tokens[k]!.spaceBefore) continue;
    const before = tokens.slice(a, k);
    // ("Christian Democrat Ana Ruiz": a party's name may open with a given name)
    if (
      classify(tokens, a, k) !== "organization" &&
      before.some(
        (t) =>
          isGivenName(t) ||
          // ("T. Boone Pickens": an initial opens the same name)
          /^\p{Lu}\.?$/u.test(t.text) ||
          TITLE_WORDS.has(t.lower) ||
          HONORIFICS.has(t.lower) ||
          NAME_PARTICLES.has(t.lower) ||
          !(t.word || t.text === "&" || t.text === "."),
      )
    )
      return undefined;
    const rest = tokens.slice(k, b);
    if (
      rest.filter((t) => t.word).length >= 2 &&
      classify(tokens, k, b) === "person" &&
      rest.every((t, n) => isNameWord(t) || t.text === "-" || NAME_PARTICLES.has(t.lower) || isInitialDot(tokens, k + n))
    )
      return k;
    return undefined;
  }
  return undefined;
}
/** Words that open a sentence before a name: "But", "Yesterday", "Meanwhile". */
const SENTENCE_OPENERS = new Set([
  "but",
  "and",
  "yet",
  "so",
  "then",
  "now",
  "meanwhile",
  "however",
  "yesterday",
  "today",
  "earlier",
  "later",
  "also",
  "still",
  "instead",
  "indeed",
  "when",
  "while",
  "if",
  "after",
  "before",
  "although",
  "though",
  "as",
  "since",
  "with",
  "without",
  "for",
  "in",
  "on",
  "at",
  "from",
]);

/** One-word names of a state's institutions, which open no other name ("told the Senate Berg would …"). */
const INSTITUTIONS = new Set([
  "senate",
  "congress",
  "parliament",
  "cabinet",
  "government",
  "administration",
  "treasury",
  "commons",
  "kremlin",
  "pentagon",
]);
/** A participle opening a sentence is no part of a name: "Injured Ruiz", "Joining Ana Ruiz". */
const isParticipleOpener = (tokens: readonly Token[], i: number) =>
  isSentenceStart(tokens, i) && /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(tokens[i]!.text) && !isGivenName(tokens[i]);
/** Words after the first of a titled name: any capitalized word but a function word ("Mana Said al-Oteiba"). */
const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "in",
  "on",
  "at",
  "of",
  "for",
  "to",
  "with",
  "by",
  "from",
  "as",
  "is",
  "was",
]);
const isNameTail = (t: Token) =>
  t.text === "-" || NAME_PARTICLES.has(t.lower) || (t.word && t.cap && !FUNCTION_WORDS.has(t.lower) && !/^\d/.test(t.text));
/** A lower-case part of a hyphenated name ("Mahn-je"). */
const afterHyphen = (tokens: readonly Token[], i: number) =>
  tokens[i - 1]?.text === "-" && !tokens[i]!.spaceBefore && tokens[i]!.word && !tokens[i]!.cap;
/** The period of a middle initial ("Ana M. Ruiz"). */
const isInitialDot = (tokens: readonly Token[], i: number) =>
  tokens[i]!.text === "." && !tokens[i]!.spaceBefore && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? "");
const isAcronym = (t: Token) => /^(?:\p{Lu}{2,6}|\p{Lu}\d{1,2}|\p{Lu}{1,4}-?\d{1,3})$/u.test(t.text);

/**
 * A row of figures rather than prose ("Net 5.2 mln vs 4.1 mln", "Week ago 12.5 Year ago 11.0"): a
 * quarter or more of its words are numbers. Its capitalized words are headers, not names.
 */
function isTableRow(tokens: readonly Token[]): boolean {
  let words = 0;
  let numbers = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (/^[\d.,]+$/.test(t.text) || /^(?:vs|nil)$/i.test(t.text)) numbers++;
  }
  return numbers >= 3 && numbers * 4 >= words;
}

/** "S and P", "AT and T": capital letters joined by "and", one side a single letter, make one name. */
const isLetterPair = (a: Token, b: Token) =>
  /^\p{Lu}{1,3}$/u.test(a.text) && /^\p{Lu}{1,3}$/u.test(b.text) && (a.text.length === 1 || b.text.length === 1);
/** "'s" at j joins the capitalized words after it when they end on an organization's head noun ("Rowe's Investors Service"). */
function possessiveInName(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (tokens[k]?.word && tokens[k]!.cap) k++;
  return k > j + 1 && k - j <= 4 && !isGivenName(tokens[j + 1]) && ORGANIZATION_HEADS.has(tokens[k - 1]!.lower);
}
/** "'s" at j owns nothing after it ("by Rowe's and", "Rowe's said"): the name is written with it. */
const POSSESSIVE_ENDERS = new Set(["and", "or", "said", "says", "nor"]);
function possessiveEndsName(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next) return true;
  return /^[,.;:)!?"”]$/.test(next.text) || POSSESSIVE_ENDERS.has(next.lower);
}

/** Maximal runs of capitalized words, hyphen-joined parts and inner connectors. */
function capitalRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i]!.word && tokens[i]!.cap)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (t.word && t.cap) j++;
      else if (
        (t.text === "'" || t.text === "’") &&
        !t.spaceBefore &&
        /s$/.test(tokens[j - 1]!.text) &&
        tokens[j + 1]?.cap &&
        tokens[j + 1]!.word
      )
        j++; // "Leaders' Summit"
      else if (t.lower === "'s" && !COUNTRIES.has(tokens[j - 1]!.lower) && possessiveInName(tokens, j))
        j++; // "Workers's Union", "Rowe's Investors Service"
      else if (t.lower === "'s" && !COUNTRIES.has(tokens[j - 1]!.lower) && possessiveEndsName(tokens, j)) {
        j++; // "rated by Rowe's and …": a possessive owning nothing is part of the name
        break;
      } else if (t.lower === "and" && tokens[j + 1] && isLetterPair(tokens[j - 1]!, tokens[j + 1]!) && j - 1 === i)
        j += 2; // "S and P", "AT and T"
      else if (
        t.text === "-" &&
        !t.spaceBefore &&
        /^\p{Lu}{1,3}$/u.test(tokens[j - 1]!.text) &&
        /^\d{1,2}$/.test(tokens[j + 1]?.text ?? "") &&
        !tokens[j + 1]!.spaceBefore
      )
        j += 2; // "G-7"
      else if ((t.text === "-" || t.text === "&") && !t.spaceBefore && tokens[j + 1]?.cap && !tokens[j + 1]!.spaceBefore) j += 2;
      else if (
        t.text === "-" &&
        !t.spaceBefore &&
        tokens[j + 1]?.word &&
        !tokens[j + 1]!.spaceBefore &&
        /^\p{Ll}{1,4}$/u.test(tokens[j + 1]!.text) &&
        !COMPOUND_SUFFIXES.has(tokens[j + 1]!.lower) &&
        tokens[j + 2]?.spaceBefore !== false
      )
        j += 2; // "Kim Mahn-je"
      else if (t.word && /^\d/.test(t.text) && tokens[j - 1]!.upper)
        j++; // "PL 480"
      else if (
        t.text === "." &&
        !t.spaceBefore &&
        j - 1 > i &&
        /^\p{Lu}$/u.test(tokens[j - 1]!.text) &&
        tokens[j - 2]!.cap &&
        tokens[j + 1]?.word &&
        tokens[j + 1]!.cap &&
        tokens[j + 1]!.spaceBefore
      )
        j++; // a middle initial: "Ana M. Ruiz"
      else if ((CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && tokens[j + 1]?.cap && tokens[j + 1]!.word) j++;
      else if (NAME_PARTICLES.has(t.lower) && tokens[j + 1]?.text === "-" && !tokens[j + 1]!.spaceBefore && tokens[j + 2]?.cap)
        j += 3; // "al-Nahayan"
      else break;
    }
    // do not end on a connector
    while (j > i && tokens[j - 1]!.lower !== "'s" && !tokens[j - 1]!.cap && !/^\d/.test(tokens[j - 1]!.text) && tokens[j - 2]?.text !== "-")
      j--;
    // nor on a member's letters after a name or a party: "Ana Ruiz MP", "a Labour MEP" (a seat, not part of the name)
    runs.push([i, j - i >= 2 && POSTNOMINALS.has(tokens[j - 1]!.text) ? j - 1 : j]);
    i = j;
  }
  return runs;
}

/** Splits a run at connectors unless the left part is an organization or agreement opening. */
/**
 * "African Growth and Opportunity Act", "Trade and Industry Ministry": an "and" inside one name,
 * when the run after it ends with an agreement or organization head and the word before it is
 * not a country ("Royal Canadian and Japanese Navies" stays two names).
 */
function andJoinsName(tokens: readonly Token[], at: number, runEnd: number, vocabEnds: ReadonlySet<number>): boolean {
  let end = at + 1;
  while (end < runEnd && (tokens[end]!.cap || tokens[end]!.lower === "'s")) end++;
  const head = tokens[end - 1]?.lower ?? "";
  // ("Dundee United and Vestby Rovers": a name that already ends on its head is whole before "and")
  // ("Nordvik and Co and Vestra Corp": "and Co" closes one firm's name)
  const whole =
    ORGANIZATION_HEADS.has(tokens[at - 1]?.lower ?? "") &&
    at - 2 >= 0 &&
    tokens[at - 2]!.word &&
    (tokens[at - 2]!.cap || tokens[at - 2]!.lower === "and" || tokens[at - 2]!.lower === "&");
  return (
    end > at + 1 &&
    (AGREEMENT_HEADS.has(head) || ORGANIZATION_HEADS.has(head)) &&
    !vocabEnds.has(at) &&
    tokens[at - 1]?.cap === true &&
    !tokens[at - 1]!.upper &&
    !whole
  );
}

function splitRun(tokens: readonly Token[], [a, b]: [number, number], vocabEnds: ReadonlySet<number> = new Set()): [number, number][] {
  const parts: [number, number][] = [];
  let start = a;
  let joined = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!(t.word && CONNECTORS.has(t.lower))) continue;
    const left = tokens.slice(start, i).map((x) => x.lower);
    const lastLeft = left[left.length - 1] ?? "";
    const keep =
      (t.lower !== "and" &&
        t.lower !== "&" &&
        t.lower !== "the" &&
        (ORGANIZATION_OPENERS.has(left[0] ?? "") ||
          ORGANIZATION_HEADS.has(lastLeft) ||
          AGREEMENT_HEADS.has(lastLeft) ||
          EVENT_HEADS.has(lastLeft))) ||
      ((t.lower === "and" || t.lower === "&") &&
        // ("Nordvik and Co and Vestra Corp": a firm's name that ends on its head is whole; the next "and" lists another)
        ((joined && !ORGANIZATION_HEADS.has(lastLeft)) ||
          (tokens[i + 1]?.upper === true && t.lower === "&") ||
          andJoinsName(tokens, i, b, vocabEnds) ||
          (i === start + 1 && isLetterPair(tokens[start]!, tokens[i + 1]!)))) ||
      (t.lower === "the" && joined);
    if (keep && !CALENDAR_WORDS.has(tokens[i + 1]?.lower ?? "")) {
      joined = true;
      continue;
    }
    parts.push([start, i]);
    start = i + 1;
    joined = false;
  }
  parts.push([start, b]);
  return parts.filter(([x, y]) => y > x);
}

function classify(tokens: readonly Token[], first: number, last: number): NodeKind | "name" | undefined {
  // lower-case parts of names ("al-", "bin", "-je") do not decide the kind
  const words = tokens
    .slice(first, last)
    .filter((t, k) => t.word && !afterHyphen(tokens, first + k) && !(NAME_PARTICLES.has(t.lower) && !t.cap));
  const lower = words.map((t) => t.lower);
  const plural = lower[lower.length - 1] ?? "";
  // "European Councils" → council
  const n = words.length;
  // ("Tony Banks": a given name and a surname that is a plural noun)
  const head =
    /[^s]s$/.test(plural) &&
    !ORGANIZATION_HEADS.has(plural) &&
    ORGANIZATION_HEADS.has(plural.slice(0, -1)) &&
    !(n === 2 && isGivenName(words[0]))
      ? plural.slice(0, -1)
      : plural;
  // "G-7": a group named by letters and its size; "S and P": letters joined by "and"
  if (
    last - first === 3 &&
    /^\p{Lu}{1,3}$/u.test(tokens[first]!.text) &&
    tokens[first + 1]!.text === "-" &&
    /^\d{1,2}$/.test(tokens[first + 2]!.text)
  )
    return "organization";
  if (last - first === 3 && tokens[first + 1]!.lower === "and" && isLetterPair(tokens[first]!, tokens[first + 2]!)) return "organization";
  // a lone capital letter ("a class B share", a ticker "<F>") names nothing
  if (n === 1 && /^\p{Lu}$/u.test(words[0]!.text)) return undefined;
  // "<Nordvik Holdings>", "<NRDV.OL>": wire copy puts a company's name or stock symbol in angle brackets
  if (inAngleBrackets(tokens, first, last)) return "organization";
  if (n >= 2 && EVENT_OPENERS.has(lower[0]!)) return "event";
  if (n >= 2 && AGREEMENT_HEADS.has(head) && head !== "understanding") return "agreement";
  if (
    n >= 2 &&
    (lower.includes("agreement") || lower.includes("memorandum") || lower.includes("treaty") || lower.includes("convention")) &&
    !ORGANIZATION_OPENERS.has(lower[0]!)
  )
    return "agreement";
  if (n >= 2 && (ORGANIZATION_HEADS.has(head) || (ORGANIZATION_OPENERS.has(lower[0]!) && lower.length >= 3))) return "organization";
  // "Massachusetts Department of Public Utilities", "Finance and Credit Corp of Jordan": the head stands before "of"
  const of = tokens.slice(first, last).findIndex((t) => t.lower === "of");
  if (of > 0 && n >= 3 && ORGANIZATION_HEADS.has(tokens[first + of - 1]!.lower) && tokens[first + of - 1]!.cap) return "organization";
  // "Banque Industrielle de Vestra", "Societe Generale": a firm named in another language
  if (n >= 2 && lower.some((w) => FIRM_WORDS.has(w)) && !words.some((t) => TITLE_WORDS.has(t.lower))) return "organization";
  if (n >= 2 && (tokens.slice(first, last).some((t) => t.text === "&") || LEGAL_FORMS.has(words[0]!.text))) return "organization";
  // "Nordvik SpA", "Vestra N.V.", "Ostrava Partners L.P.": a legal form closes a firm's name
  // (as a legal form is written: "SA", "S.A.", "SpA"; "Ana Sa" ends on a surname)
  if (
    n >= 2 &&
    LEGAL_FORMS_AFTER.has(plural.replace(/\./g, "")) &&
    /^[\p{Lu}.]+$|\p{Ll}\p{Lu}|^(?:Pty|Bhd|Oyj|Ltda|Sdn)$/u.test(words[n - 1]!.text)
  )
    return "organization";
  // "Nordwerk A320": a model, not a name of anyone
  if (n >= 2 && /^\p{Lu}+-?\d+\p{L}*$/u.test(words[n - 1]!.text) && !isAcronym(words[0]!)) return undefined;
  // "Air Deccan", "Air Chile": a carrier
  if (n === 2 && lower[0] === "air" && !tokens.slice(first, last).some((t) => t.text === "-")) return "organization";
  // "Saudi Press Agency SPA": an organization followed by its acronym
  if (n >= 3 && isAcronym(words[n - 1]!) && ORGANIZATION_HEADS.has(lower[n - 2]!)) return "organization";
  if (n >= 2 && EVENT_HEADS.has(head) && head !== "talks" && head !== "meeting") return "event";
  if (n >= 2 && PLACE_HEADS.has(head)) return "place";
  // "Leisure Garments", "Westar Timber": a name ending in goods is a company's (unless a given name opens it: "Ana Coffey")
  if (n >= 2 && SECTORS.has(head) && (/s$/.test(head) || !isGivenName(words[0])) && isNameWord(words[0]!) && !COUNTRIES.has(lower[0]!))
    return "organization";
  if (n === 1 && isAcronym(words[0]!) && !SECTORS.has(lower[0]!) && !NOT_ORGANIZATION_ACRONYMS.has(words[0]!.text)) return "organization";
  // "Christian Democrats", "Senate Republicans": a party's members, named by its word ("a Texas Democrat" is one member)
  if (n >= 2 && PARTY_ADJECTIVES.has(plural.replace(/s$/, "")) && !/^(?:a|an)$/.test(tokens[first - 1]?.lower ?? "")) return "organization";
  // "the Law Lords", "the Sea Lords": holders of a title, as one body
  if (n >= 2 && OFFICE_HOLDERS.has(plural) && !HONORIFICS.has(lower[0]!)) return "organization";
  if (words.every(isNameWord) || (n >= 2 && isNameWord(words[0]!) && isNameWord(words[n - 1]!)))
    return n >= 2 && looksPersonal(tokens, first, last) ? "person" : "name";
  // a title and a name: "Trade Minister Omar Said al-Rahman" (later name words may be English words)
  if (n >= 2 && isNameWord(words[n - 1]!) && words.some((w) => TITLE_WORDS.has(w.lower)) && words.every((w) => w.cap)) return "person";
  return undefined;
}

/** Words of amounts: "a one billion dollar accord" is identified by its size. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "twenty",
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "mln",
  "bln",
  "bn",
  "m",
  "dollar",
  "dollars",
  "dlr",
  "dlrs",
  "pound",
  "pounds",
  "euro",
  "euros",
  "yen",
]);
/** Words that end what an agreement is for: "a deal to buy planes | from Nordfly". */
const PURPOSE_STOPS = new Set([
  "from",
  "with",
  "by",
  "in",
  "at",
  "and",
  "or",
  "but",
  "which",
  "that",
  "who",
  "after",
  "before",
  "if",
  "as",
  "than",
  "because",
  "while",
  "when",
  "under",
  "until",
  "over",
  "worth",
  "valued",
]);
/** Verbs after "to" that say nothing of what an agreement is for ("a deal to be signed"). */
const EMPTY_PURPOSES = new Set(["be", "the", "a", "an", "go", "come", "end", "take", "make", "get", "do", "have", "help", "try", "allow"]);

/** "Nordvik airliners": one capitalized word right before a lower-case word that goes on the phrase. */
function brandBefore(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  // ("to sell its Nordvik unit": what the seller owns is named by its own name, no brand)
  const before = tokens[at - 1];
  return (
    !!next?.word &&
    !next.cap &&
    !PURPOSE_STOPS.has(next.lower) &&
    !/\p{Ll}ed$/u.test(next.text) &&
    before?.cap !== true &&
    !/^(?:its|their|his|her|our)$/.test(before?.lower ?? "")
  );
}

/**
 * The end (exclusive) of an agreement's purpose after its head: "to <verb> …" ("a deal to acquire
 * 36 planes") or "on/for <what>" naming a good or a field ("an accord on fisheries"), in lower case,
 * up to a clause boundary; undefined when there is none.
 */
function purposeAfter(tokens: readonly Token[], last: number, vocabAt: ReadonlyMap<number, VocabularyMatch>): number | undefined {
  const prep = tokens[last]?.lower;
  if (prep !== "to" && prep !== "on" && prep !== "for") return undefined;
  let k = last + 1;
  // ("a great deal to her country": a determiner or pronoun after "to" is no verb)
  if (
    prep === "to" &&
    (!tokens[k]?.word ||
      tokens[k]!.cap ||
      EMPTY_PURPOSES.has(tokens[k]!.lower) ||
      DETERMINERS.has(tokens[k]!.lower) ||
      /^(?:me|him|us|them|it|you|my)$/.test(tokens[k]!.lower) ||
      (/(?:ed|ing|s)$/.test(tokens[k]!.lower) && !/(?:ss)$/.test(tokens[k]!.lower)))
  )
    return undefined;
  if (prep !== "to" && tokens[k]?.lower === "the") k++;
  let end = k;
  let named = false;
  while (end < tokens.length && end - k < 8) {
    const t = tokens[end]!;
    // ("… on economic cooperation | signed during his visit": a participle starts another clause)
    if (
      !(t.word || (t.text === "-" && !t.spaceBefore)) ||
      PURPOSE_STOPS.has(t.lower) ||
      // ("to buy five Nordvik airliners": a maker's name before a common noun describes the goods)
      (t.cap && !vocabAt.has(end) && !(end > k && brandBefore(tokens, end))) ||
      (end > k && /\p{Ll}ed$/u.test(t.text) && !vocabAt.has(end))
    )
      break;
    if (vocabAt.get(end)?.kind === "sector" || AGREEMENT_MODIFIERS.has(t.lower) || /^\d/.test(t.text)) named = true;
    end++;
  }
  // a purpose ends on what it is about, not on "its", "of": "an agreement to sell its | Nordvik unit" names nothing
  while (end > k && (DETERMINERS.has(tokens[end - 1]!.lower) || /^(?:of|to|for|on)$/.test(tokens[end - 1]!.lower))) end--;
  // "on/for": only a named good or field ("an accord on fisheries", not "a deal on Monday");
  // "to": a verb and what it acts on ("a deal to acquire 12 planes", not "an agreement to acquire | Nordvik")
  // ("an agreement to acquire | Nordvik Ltd", "to merge with | Nordvik": the company acquired closes it)
  if (prep === "to" && TAKEOVER_VERBS.has(tokens[k]!.lower)) {
    let after = tokens[k + 1]?.lower === "with" && tokens[k]!.lower === "merge" ? k + 2 : k + 1;
    // ("a deal to supply French car maker Nordwerk with …": a description of the company before its name)
    let described = after;
    while (
      described < after + 4 &&
      tokens[described]?.word &&
      (!tokens[described]!.cap || vocabAt.get(described)?.adjectival) &&
      !PURPOSE_STOPS.has(tokens[described]!.lower)
    )
      described++;
    if (described > after && ORGANIZATION_NOUNS.has(tokens[described - 1]?.lower ?? "")) after = described;
    if (tokens[after]?.cap && tokens[after]!.word) return after;
  }
  if (end === k || (prep !== "to" && !named) || (prep === "to" && end - k < 2)) return undefined;
  // "… with Oslo": the other party closes it
  const party = tokens[end]?.lower === "with" ? vocabAt.get(end + 1) : undefined;
  return party && party.first === end + 1 && (party.kind === "country" || party.kind === "place") && !party.adjectival ? party.last : end;
}

/** Verbs whose object is a whole company, so that "an agreement to acquire | Nordvik Ltd" says what it is for. */
const TAKEOVER_VERBS = new Set(["acquire", "buy", "purchase", "merge", "supply"]);

/**
 * A signing verb right before the agreement that starts at `first`, past a determiner: "signed a
 * supply deal", "reached an agreement", "entered into a definitive agreement".
 */
function signingVerbBefore(tokens: readonly Token[], first: number): boolean {
  const at = DETERMINERS.has(tokens[first - 1]?.lower ?? "") ? first - 2 : first - 1;
  const w = tokens[at]?.lower ?? "";
  if (w === "into") return /^enter(?:ed|s|ing)?$/.test(tokens[at - 1]?.lower ?? "");
  return SIGNED_TRIGGERS.has(w) && w !== "entered";
}

/** The end of the name written from `from` on, for an agreement's label: "Nordvik Tele-Kabel and Co". */
function nameRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (
    end - from < 8 &&
    ((tokens[end]?.cap && tokens[end]!.word) ||
      (tokens[end]?.text === "-" && !tokens[end]!.spaceBefore && !!tokens[end + 1]?.word) ||
      (/^(?:&|of|and)$/.test(tokens[end]?.lower ?? "") && tokens[end + 1]?.cap && tokens[end + 1]!.word))
  )
    end++;
  return end;
}

/** Lower-case agreement phrases: "the long-term U.S.-Soviet grain agreement", "strategic partnership agreement". */
function agreementPhrases(tokens: readonly Token[], vocab: readonly VocabularyMatch[]): NameMatch[] {
  const out: NameMatch[] = [];
  const vocabAt = new Map<number, VocabularyMatch>();
  for (const v of vocab) for (let i = v.first; i < v.last; i++) vocabAt.set(i, v);
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    // (a lower-case "compact" is mostly a car: "the Nordvik Star compact")
    // ("letter of intent": a head of three words)
    const letter = head.lower === "letter" && tokens[h + 1]?.lower === "of" && tokens[h + 2]?.lower === "intent";
    // ("signed a contract with Nordvik": a contract is an agreement where it is said to be signed)
    const contract = /^contracts?$/.test(head.lower);
    if (
      head.cap ||
      (!AGREEMENT_HEADS.has(head.lower) && !letter && !contract) ||
      /^(?:act|plan|understanding|framework|declaration|compact)$/.test(head.lower)
    )
      continue;
    let last = h + 1;
    if ((head.lower === "memorandum" && tokens[h + 1]?.lower === "of" && tokens[h + 2]?.lower === "understanding") || letter) last = h + 3;
    // "an agreement in principle": a deal its parties reached, not yet written down
    const inPrinciple = tokens[last]?.lower === "in" && tokens[last + 1]?.lower === "principle";
    if (inPrinciple) last += 2;
    let first = h;
    let specific = 0;
    let modifiers = 0;
    while (first > 0) {
      const t = tokens[first - 1]!;
      if (t.text === "-" && !t.spaceBefore) {
        first--;
        continue;
      }
      // ("New York": a capitalized "New" before a capitalized word is part of a name)
      // "a $2bn deal": a currency sign before an amount
      if (/^[$£€¥]$/.test(t.text) && /^\d/.test(tokens[first]?.text ?? "")) {
        first--;
        continue;
      }
      if (!t.word || (DETERMINERS.has(t.lower) && !(t.cap && tokens[first]!.cap && t.lower === "new"))) break;
      if (t.cap || /^\d/.test(t.text) || NUMBER_WORDS.has(t.lower) || vocabAt.get(first - 1)?.kind === "country") specific++;
      else if (AGREEMENT_MODIFIERS.has(t.lower) || SECTORS.has(t.lower)) modifiers++;
      else break;
      first--;
    }
    // "a deal on Chile-Norway fishing": a post-modifier naming both parties
    if (tokens[last]?.lower === "on") {
      let k = last + 1;
      let named = 0;
      while (k < tokens.length && (vocabAt.has(k) || (tokens[k]!.text === "-" && !tokens[k]!.spaceBefore))) {
        if (vocabAt.get(k)?.kind === "country") named++;
        k = vocabAt.get(k)?.last ?? k + 1;
      }
      if (named >= 2 && k > last + 1) {
        out.push({ first, last: k, kind: "agreement", name: surfaceOf(tokens, first, k) });
        continue;
      }
    }
    // "a trade deal with Chile": the other party makes the deal specific
    const withParty =
      tokens[last]?.lower === "with" ? vocab.find((v) => v.first === last + 1 && v.kind === "country" && !v.adjectival) : undefined;
    // "signed a supply deal", "reached a framework agreement": the object of a signing verb
    const signedObject = signingVerbBefore(tokens, first);
    if (contract && !signedObject) continue;
    // "a deal to acquire 36 planes", "an accord on fisheries": what it is for, said after the head
    // (only where nothing else identifies it: "the OPEC accord to boost prices" is the OPEC accord)
    // ("a great deal", "a good deal": an amount, not an agreement)
    if (head.lower === "deal" && /^(?:great|good)$/.test(tokens[h - 1]?.lower ?? "")) continue;
    let purpose = specific === 0 && modifiers < 2 ? purposeAfter(tokens, last, vocabAt) : undefined;
    // ("a deal on meat" said in passing is generic; "signed an accord on fisheries" and "an accord on fisheries signed …" are identified)
    if (purpose && tokens[last]!.lower !== "to" && !signedObject && !SIGNED_TRIGGERS.has(tokens[purpose]?.lower ?? "")) purpose = undefined;
    // "signed an agreement with Nordvik Corp": a signed agreement whose other party is named (in the label, not the span)
    // ("an agreement with Western banks", "with British lenders": a description, not a name)
    const withName =
      signedObject &&
      !withParty &&
      !purpose &&
      tokens[last]?.lower === "with" &&
      tokens[last + 1]?.cap &&
      tokens[last + 1]!.word &&
      !vocabAt.get(last + 1)?.adjectival &&
      !REGION_WORDS.has(tokens[last + 1]!.lower)
        ? last + 1
        : undefined;
    if (withParty && modifiers >= 1) last = withParty.last;
    else if (purpose) last = purpose;
    else if (withName !== undefined) {
      // described by its party
    } else if (signedObject && modifiers + specific >= 1) {
      // described, and said to be signed
    } else if (signedObject && (letter || inPrinciple || last - h === 3)) {
      // "signed a letter of intent", "reached an agreement in principle": specific as written
    } else if (specific === 0 && modifiers < 2 && !(head.lower === "partnership" && modifiers >= 1)) continue;
    if (first > 0 && tokens[first - 1]!.cap && tokens[first - 1]!.word && !DETERMINERS.has(tokens[first - 1]!.lower)) continue; // part of a capitalized name
    // "an agreement to acquire | Nordvik Ltd": the company, a name of its own, is not in the span but is in the label
    let named = last;
    const purposeVerb = tokens.slice(h + 1, last).findIndex((t, n) => tokens[h + n]?.lower === "to" && TAKEOVER_VERBS.has(t.lower));
    if (purpose === last && purposeVerb >= 0) named = nameRunEnd(tokens, last);
    if (withName !== undefined) named = nameRunEnd(tokens, withName);
    out.push({ first, last, kind: "agreement", name: surfaceOf(tokens, first, named) });
  }
  return out;
}

/** Words that may follow an apposition's title: "X, the trade minister, said", "X, Chile's envoy and …". */
const APPOSITION_CLOSERS = new Set([
  "of",
  "to",
  "said",
  "says",
  "told",
  "added",
  "and",
  "who",
  "was",
  "is",
  "has",
  "had",
  "will",
  "would",
  "in",
  "on",
  "at",
  "since",
  "until",
  "from",
  "for",
  "during",
  "when",
  "after",
  "before",
  "last",
  "this",
  "with",
  "by",
  "have",
  "were",
  "are",
  "also",
  "or",
  "but",
]);

/** Words that make a region's name longer without making it a firm's: "North Pacific", "Gulf Coast". */
const REGION_WORDS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "upper",
  "lower",
  "greater",
  "coast",
  "ocean",
  "sea",
  "basin",
  "rim",
  "region",
  "islands",
  "island",
  "states",
  "state",
  "city",
  "county",
  "province",
  "valley",
  "river",
  "bay",
  "mountains",
  "new",
  "old",
  "mid",
]);

/**
 * The run [a, b) is one place (not a country) and other capitalized words that are no region's, no
 * title, no given name and no other vocabulary: a firm named after a region ("Union Pacific").
 */
function firmAroundPlace(tokens: readonly Token[], vocab: readonly VocabularyMatch[], a: number, b: number): boolean {
  const hits = vocab.filter((v) => v.first < b && v.last > a);
  // ("Bell Canada", "Statistics Canada": a country's name closing a firm's or an agency's; "non-OPEC Mexico" is the country)
  const kind =
    hits[0]?.kind === "country" && !hits[0].adjectival && hits[0].last === b && !(tokens[a - 1]?.text === "-" && !tokens[a]!.spaceBefore)
      ? "place"
      : hits[0]?.kind;
  if (hits.length !== 1 || kind !== "place" || (hits[0]!.first <= a && hits[0]!.last >= b)) return false;
  const rest = tokens.slice(a, b).filter((_, k) => a + k < hits[0]!.first || a + k >= hits[0]!.last);
  return (
    rest.length > 0 &&
    rest.every(
      (t) =>
        t.word &&
        t.cap &&
        !REGION_WORDS.has(t.lower) &&
        !TITLE_WORDS.has(t.lower) &&
        !isGivenName(t) &&
        !COMMON_WORDS.has(t.lower) &&
        !FUNCTION_WORDS.has(t.lower) &&
        // ("a Texas Democrat": a party's member from the place)
        !PARTY_ADJECTIVES.has(t.lower),
    )
  );
}

/** Words after a leader's name that name their time in office: "the Bush Presidency", "the Berg Administration". */
const LEADERS_OFFICES = new Set(["presidency", "administration", "premiership", "government", "era", "years", "regime"]);

/** A lower-case body's noun right before the title: "central bank governor", "party president". */
function bodyBeforeTitle(tokens: readonly Token[], title: TitlePhrase): boolean {
  const t = tokens[title.first - 1];
  // ("the company's president X": a body's noun owns the title)
  const owner = t?.lower === "'s" ? tokens[title.first - 2] : undefined;
  if (owner?.word && !owner.cap && (ORGANIZATION_NOUNS.has(owner.lower) || ORGANIZATION_HEADS.has(owner.lower))) return true;
  // ("Nordvik Laboratories (NLab) president X": a body's acronym in brackets)
  return !!t && ((t.word && !t.cap && ORGANIZATION_HEADS.has(t.lower)) || (t.text === ")" && !!tokens[title.first - 2]?.cap));
}

/**
 * "its governor": what "its" points back to, the nearest country, place or organization named before
 * `at`, is an organization ("The Nordic Bank …, its governor, X") — its head is no head of state.
 */
function bodyBefore(vocab: readonly VocabularyMatch[], orgRanges: readonly [number, number][], at: number): boolean {
  const place = vocab
    .filter((v) => v.last <= at && (v.kind === "country" || v.kind === "place") && !orgRanges.some(([x, y]) => x <= v.first && v.last <= y))
    .pop();
  const body = orgRanges
    .filter(([, y]) => y <= at)
    .sort((x, y) => x[1] - y[1])
    .pop();
  return !!body && (!place || body[1] > place.last);
}

/** "of"/"at" and a capitalized name that is no country or place right after the title: "president of Nordvik Amusements". */
function bodyComplement(tokens: readonly Token[], vocab: readonly VocabularyMatch[], at: number): boolean {
  if (!/^(?:of|at)$/.test(tokens[at]?.lower ?? "")) return false;
  let k = at + 1;
  if (tokens[k]?.lower === "the") k++;
  const t = tokens[k];
  // ("president of the company": a body's noun)
  if (k > at + 1 && t?.word && !t.cap && (ORGANIZATION_NOUNS.has(t.lower) || ORGANIZATION_HEADS.has(t.lower)) && !tokens[k + 1]?.cap)
    return true;
  return (
    !!t &&
    t.word &&
    t.cap &&
    !STATE_WORDS.has(t.lower) &&
    !vocab.some((v) => v.first === k && (v.kind === "country" || v.kind === "place") && !v.adjectival)
  );
}
/** Capitalized words after "President of the …" that still name a state. */
const STATE_WORDS = new Set([
  "republic",
  "federation",
  "confederation",
  "kingdom",
  "state",
  "states",
  "union",
  "commonwealth",
  "emirates",
  "islamic",
  "people's",
  "democratic",
  "federal",
  "united",
]);

/** What a title is of: a possessive or adjectival country/place/organization right before it. */
function affiliationBefore(
  tokens: readonly Token[],
  vocab: readonly VocabularyMatch[],
  at: number,
  orgs: readonly [number, number][],
): [number, number] | undefined {
  let end = at;
  // "Nordvik Corp <NRDV> director X": a stock symbol between the name and the title
  if (tokens[end - 1]?.text === ">") {
    const open = tokens
      .slice(Math.max(0, end - 6), end)
      .map((t) => t.text)
      .lastIndexOf("<");
    if (open >= 0) end = Math.max(0, end - 6) + open;
  }
  // "Brazil's coffee chief X": the good a portfolio is of stands between the body and the title
  for (let n = 0; n < 2; n++) {
    const good = vocab.find((m) => m.last === end && m.kind === "sector" && !tokens[m.first]!.cap);
    if (!good || tokens[good.first - 1]?.lower !== "'s") break;
    end = good.first;
  }
  // "Labour's campaign spokesman X", "Chile's chief trade negotiator X": the office's field between the owner and the title
  for (let n = 1; n <= 2 && tokens[end - 1]?.lower !== "'s"; n++) {
    const w = tokens[end - n];
    if (!w?.word || w.cap || !/^[\p{Ll}-]+$/u.test(w.text)) break;
    if (tokens[end - n - 1]?.lower === "'s") end -= n;
  }
  if (tokens[end - 1]?.lower === "'s") end--;
  // "Nordvik group President X": the body's own noun between its name and the title
  const noun = tokens[end - 1];
  if (noun?.word && !noun.cap && ORGANIZATION_NOUNS.has(noun.lower) && orgs.some(([, b]) => b === end - 1)) end--;
  const v = vocab.find((m) => m.last === end && (m.kind === "country" || m.kind === "place"));
  // ("Bank of Chile governor X": the body named after the country, not the country)
  const o = orgs.find(([a, b]) => b === end && (!v || a < v.first));
  if (o) return o;
  return v ? [v.first, v.last] : undefined;
}

/** A title that makes its holder the head of what it is of ("president", "leader"). */
const heads = (t: TitlePhrase) => t.leader || t.title === "leader";

/** "ambassador to Canada" / "minister of Trade" — the complement after a title. */
function complementAfter(
  tokens: readonly Token[],
  vocab: readonly VocabularyMatch[],
  at: number,
  orgs: readonly [number, number][],
  leader = false,
): { prep: string; range: [number, number] } | undefined {
  const prep = tokens[at]?.lower;
  // ("an analyst with Nordbank": whom someone works with is whom they work for)
  if (prep !== "to" && prep !== "of" && prep !== "for" && prep !== "at" && prep !== "with") return undefined;
  // "vice-president of marketing and sales at Nordbank": the office's domain, then the body
  if (prep === "of" && tokens[at + 1]?.word && !tokens[at + 1]!.cap && tokens[at + 1]!.lower !== "the") {
    let k = at + 1;
    while (k < at + 6 && tokens[k]?.word && !tokens[k]!.cap && !/^(?:at|with|for|the|a|an)$/.test(tokens[k]!.lower)) k++;
    if (tokens[k]?.lower === "at" || tokens[k]?.lower === "with") return complementAfter(tokens, vocab, k, orgs, leader);
    // ("director of commodity research for Nordvik Mills": "for" a body; "minister of state for trade" keeps its office)
    if (tokens[k]?.lower === "for") {
      const body = complementAfter(tokens, vocab, k, orgs, leader);
      if (body && orgs.some(([x, y]) => x === body.range[0] && y === body.range[1])) return body;
    }
  }
  let start = at + 1;
  if (tokens[start]?.lower === "the") start++;
  // "economist at securities house Nordbank", "an analyst with brokerage Kettlo": what the body is, then its name
  let described = start;
  while (described < start + 3 && tokens[described]?.word && !tokens[described]!.cap) described++;
  if (
    described > start &&
    prep !== "to" &&
    (ORGANIZATION_HEADS.has(tokens[described - 1]!.lower) || ORGANIZATION_NOUNS.has(tokens[described - 1]!.lower)) &&
    orgs.some(([a]) => a === described)
  )
    start = described;
  // ("chief economist at Oslo Commerce Bank": a body's name may open with a place's)
  const v = vocab.find(
    (m) =>
      m.first === start &&
      (m.kind === "country" || m.kind === "place") &&
      !m.adjectival &&
      !orgs.some(([x, y]) => x === start && y > m.last),
  );
  if (v && tokens[v.last]?.lower === "'s") {
    // "leader of Chile's biggest union, Unidad": the complement is what the country has
    let k = v.last + 1;
    while (k < v.last + 4 && tokens[k]?.word && !tokens[k]!.cap) k++;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.lower === "the") k++;
    // whose head someone is needs the thing itself; "commander of Chile's fleet" still serves Chile
    const owned = orgs.find(([a]) => a === k);
    if (owned) return { prep, range: owned };
    if (leader) return undefined;
  }
  const range: [number, number] | undefined = v ? [v.first, v.last] : orgs.find(([a]) => a === start);
  return range ? { prep, range } : undefined;
}

export function findNames(sentence: Sentence, vocab: readonly VocabularyMatch[]): NameMatch[] {
  const tokens = sentence.tokens;
  if (sentence.shouting || isTableRow(tokens)) return [];
  const out: NameMatch[] = [];
  const parts: [number, number][] = [];
  const vocabEnds = new Set(vocab.filter((v) => v.kind === "country").map((v) => v.last));
  for (const run of capitalRuns(tokens)) parts.push(...splitRun(tokens, run, vocabEnds));

  // "Nordvik TV Ana Ruiz": the person starts at the given name
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    // ("But Lib Dem Ana Ruiz said": the sentence's opening word is none of the name's)
    const from = b - a >= 3 && isSentenceStart(tokens, a) && SENTENCE_OPENERS.has(tokens[a]!.lower) ? a + 1 : a;
    const whole = classify(tokens, from, b);
    const k = whole === "person" || whole === "name" ? personStart(tokens, from, b) : undefined;
    if (k !== undefined) parts.splice(p, 1, [a, k], [k, b]);
  }
  // "Bank of Nordland Governor Ana Ruiz": a body's name, then a title and a person's name
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    if (b - a < 4 || classify(tokens, a, b) !== "organization") continue;
    for (let k = a + 2; k < b; k++) {
      const t = titleBefore(tokens, k);
      if (!t || t.first <= a || !tokens[t.first]!.cap || TITLE_WORDS.has(tokens[k]!.lower)) continue;
      if (!tokens.slice(k, b).every((x, n) => (n === 0 ? isNameWord(x) : isNameTail(x))) || classify(tokens, a, t.first) !== "organization")
        continue;
      parts.splice(p, 1, [a, t.first], [t.first, b]);
      break;
    }
  }
  // "X, NUJ General Secretary, said": a body's name, then its officer's title (no name of its own)
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    const t = b - a >= 2 ? titleBefore(tokens, b) : undefined;
    // ("the EU's Humanitarian Aid Commissioner": the title's field, after its owner, is no body)
    if (t && t.first > a && tokens[t.first]!.cap && tokens[a - 1]?.lower !== "'s" && classify(tokens, a, t.first) === "organization")
      parts[p] = [a, t.first];
  }
  const classified = parts.map(([a, b]) => {
    // drop a leading sentence opener or article ("The", "But")
    // ("State Department said", "Federal Reserve Board said" keep their opener, a word of office)
    while (
      a < b &&
      (tokens[a]!.lower === "the" ||
        (isSentenceStart(tokens, a) &&
          NOT_NAME_WORDS.has(tokens[a]!.lower) &&
          !ORGANIZATION_OPENERS.has(tokens[a]!.lower) &&
          !(b - a >= 2 && TITLE_MODIFIERS.has(tokens[a]!.lower) && tokens.slice(a + 1, b).some((t) => ORGANIZATION_HEADS.has(t.lower)))))
    )
      a++;
    if (b - a >= 2 && isParticipleOpener(tokens, a) && classify(tokens, a, b) === "name") a++;
    // "the Bush Presidency", "the Berg Administration": a leader's name and the office they hold
    if (
      b - a >= 2 &&
      LEADERS_OFFICES.has(tokens[b - 1]!.lower) &&
      !ORGANIZATION_OPENERS.has(tokens[a]!.lower) &&
      !vocab.some((v) => v.first < b - 1 && v.last > a)
    ) {
      const k = classify(tokens, a, b - 1);
      if (k === "name" || k === "person") b--;
    }
    // "Firstly, the prime minister …": an adverb opening a sentence is no name
    if (
      b - a === 1 &&
      isSentenceStart(tokens, a) &&
      tokens[b]?.text === "," &&
      /^\p{Lu}\p{Ll}+ly$/u.test(tokens[a]!.text) &&
      tagSentence(sentence, a, Math.min(tokens.length, a + 4))[a]!.pos === "ADV"
    )
      a = b;
    // "the Senate Berg would veto": an institution's one-word name before a name is no part of it
    if (b - a === 2 && INSTITUTIONS.has(tokens[a]!.lower) && !titleBefore(tokens, a + 1) && isNameWord(tokens[a + 1]!)) a++;
    // "Note: …", "NOTES: …": a word opening a sentence before a colon is a label
    if (b - a === 1 && tokens[b]?.text === ":" && isSentenceStart(tokens, a)) a = b;
    // a country or place opening a run of name words is not part of the name: "Canada Ana Ruiz"
    const lead = vocab.find((v) => v.first === a && v.last < b && (v.kind === "country" || v.kind === "place"));
    if (lead) {
      const rest = classify(tokens, lead.last, b);
      const whole = classify(tokens, a, b);
      if (
        (rest === "person" || rest === "name") &&
        (whole === "person" || whole === undefined || whole === "name") &&
        !(rest === "name" && firmAroundPlace(tokens, vocab, a, b))
      )
        a = lead.last;
      // "the Turkish TAV consortium": an acronym after a demonym is named on its own
      // (before a body's noun or a title: "the Soviet EEP eligibility" names no body)
      else if (
        rest === "organization" &&
        whole !== "organization" &&
        lead.adjectival &&
        b - lead.last === 1 &&
        isAcronym(tokens[lead.last]!) &&
        tokens[b]?.word &&
        !tokens[b]!.cap &&
        (ORGANIZATION_HEADS.has(tokens[b]!.lower) || TITLE_WORDS.has(tokens[b]!.lower))
      )
        a = lead.last;
    }
    // "Airbus A320 planes", "Nordwerk NW-200": the one name before a model's code is its maker
    // (a good after the code, or a number before the name: "ordered 30 Airbus A320s"; "Route A14" is a road)
    const product = vocab.some((v) => v.first === b && v.kind === "sector") || /^\d/.test(tokens[a - 1]?.text ?? "");
    if (b - a === 2 && MODEL_CODE.test(tokens[b - 1]!.text) && product && isNameWord(tokens[a]!) && !COMMON_WORDS.has(tokens[a]!.lower))
      return { a, b: b - 1, kind: "organization" as const };
    return { a, b, kind: a < b ? classify(tokens, a, b) : undefined };
  });
  const orgRanges = classified.filter((c) => c.kind === "organization").map((c) => [c.a, c.b] as [number, number]);
  // what a title may be of: organizations, and untyped names ("chief executive of Nordfly Air": resolution types it)
  // a noun or adjective in front of a title in an apposition: "X, a telecoms analyst with Nordbank"
  let tags: ReturnType<typeof tagSentence> | undefined;
  const posAt = (k: number) => (tags ??= tagSentence(sentence))[k]!.pos;
  const describes = (k: number) => posAt(k) === "NOUN" || posAt(k) === "ADJ";
  const employers = (): [number, number][] => [
    ...orgRanges,
    ...classified.filter((c) => (c.kind === "name" || c.kind === "agreement") && c.a < c.b).map((c) => [c.a, c.b] as [number, number]),
  ];
  // what a title's complement may name: also a name typed a person's by its given name alone ("president of
  // Smith Tool"), which resolution may find is a firm's; the role then points at it (a person is represented by no one)
  const complements = (): [number, number][] => [
    ...employers(),
    ...classified.filter((c) => c.kind === "person" && c.a < c.b).map((c) => [c.a, c.b] as [number, number]),
  ];

  for (const { a, b, kind } of classified) {
    if (!kind || a >= b) continue;
    if (kind === "person" || kind === "name") {
      // a title inside the run ("Prime Minister Ana Ruiz", "U.S. Trade Representative Tomas Berg")
      let nameStart = a;
      let title: TitlePhrase | undefined;
      // the first title after which the rest of the run is a name ("President Sheikh Zaid bin Sultan …" → "Zaid bin Sultan …")
      for (let k = a + 1; k < b; k++) {
        const t = titleBefore(tokens, k);
        if (!t || t.first < a - 3 || TITLE_WORDS.has(tokens[k]!.lower)) continue;
        if (!tokens.slice(k, b).every((x, n) => (n === 0 ? isNameWord(x) : isNameTail(x) || afterHyphen(tokens, k + n)))) continue;
        title = t;
        nameStart = k;
        break;
      }
      let complementOf: [number, number] | undefined;
      let itsBody = false;
      if (!title) {
        const t = titleBefore(tokens, a);
        if (t) title = t;
      }
      if (!title) {
        // "Ambassador to Canada Ana Ruiz", "Minister of Trade for Ontario Jane Doe"
        // ("president of American Nordchem": a demonym is no complement)
        // ("president of US Sprint's unit": a name owning something is the body's, not the office holder's)
        const v = vocab.find((m) => m.last === a && (m.kind === "country" || m.kind === "place") && !m.adjectival);
        const prep = v ? tokens[v.first - 1] : undefined;
        if (v && prep && (prep.lower === "to" || prep.lower === "of" || prep.lower === "for") && tokens[b]?.lower !== "'s") {
          const t = titleBefore(tokens, v.first - 1);
          if (t) {
            title = t;
            if (prep.lower !== "to") complementOf = [v.first, v.last];
          }
        }
      }
      // "Chile's Mining Minister, Sheikh Omar Farsi,": a form of address does not hide the office before the comma
      const addressOnly = title !== undefined && title.first === a && HONORIFICS.has(title.title);
      if ((!title || addressOnly) && tokens[a - 1]?.text === "," && b - a >= 2) {
        // "European Union ambassador to the WTO, Ana Ruiz, said": the title stands before the comma
        let end = a - 1;
        const range =
          orgRanges.find(([, y]) => y === end) ??
          ((v) => (v ? ([v.first, v.last] as [number, number]) : undefined))(vocab.find((m) => m.last === end && m.kind !== "sector"));
        let prepAt = -1;
        if (range) {
          let p = range[0] - 1;
          if (tokens[p]?.lower === "the") p--;
          if (/^(?:to|of|for|at|in)$/.test(tokens[p]?.lower ?? "")) {
            prepAt = p;
            end = p;
          }
        }
        const t = titleBefore(tokens, end);
        // ("songs by Nordic Band, Queen, Ana Ruiz": a lone title word in a list is another name)
        const listed =
          !!t && t.last - t.first === 1 && tokens[t.first]!.cap && (tokens[t.first - 1]?.text === "," || isSentenceStart(tokens, t.first));
        // ("Kings And Queen, Ana Ruiz": a title word inside another name is no title)
        const inName =
          !!t &&
          ((t.first > 0 &&
            !isSentenceStart(tokens, t.first) &&
            tokens[t.first - 1]!.word &&
            tokens[t.first - 1]!.cap &&
            !/^(?:the|a|an)$/.test(tokens[t.first - 1]!.lower) &&
            !orgRanges.some(([, y]) => y === t.first) &&
            !vocab.some((v) => v.last === t.first)) ||
            tokens.slice(t.first, t.last).some((x) => x.text === "And"));
        if (t && !inName && !listed && (prepAt < 0 || range)) {
          title = t;
          // "The Nordic Bank …, its governor, X,"
          if (tokens[t.first - 1]?.lower === "its") itsBody = bodyBefore(vocab, orgRanges, t.first);
          if (prepAt >= 0 && !/^(?:to|in|at)$/.test(tokens[prepAt]!.lower)) complementOf = range;
        }
      }
      const nameTokens = tokens.slice(nameStart, b);
      if (
        !nameTokens.length ||
        !isNameWord(nameTokens[0]!) ||
        !nameTokens.every(
          (t, n) =>
            afterHyphen(tokens, nameStart + n) ||
            isInitialDot(tokens, nameStart + n) ||
            (title && n > 0 ? isNameTail(t) : isNameWord(t) || NAME_PARTICLES.has(t.lower) || t.text === "-"),
        )
      ) {
        if (kind === "name" && !title) out.push({ first: a, last: b, kind: "name", name: surfaceOf(tokens, a, b) });
        continue;
      }
      // vocabulary words (countries, places) are not names unless titled
      const vocabHit = vocab.find((v) => v.first < b && v.last > nameStart);
      if (
        vocabHit &&
        !title &&
        kind === "name" &&
        firmAroundPlace(tokens, vocab, nameStart, b) &&
        // ("the U.S. Understands Japan": a verb written in capitals names nothing)
        !(
          vocabHit.kind === "country" && Array.from({ length: vocabHit.first - nameStart }, (_, n) => posAt(nameStart + n)).includes("VERB")
        )
      ) {
        // "Union Pacific said", "Pacific Telesis", "Texas Instruments": a firm named after a region
        out.push({ first: nameStart, last: b, kind: "name", name: surfaceOf(tokens, nameStart, b) });
        continue;
      }
      // "Michael Douglas", "Morgan Stanley", "David M. Holland": a town's or a country's one-word name after a given name is a surname
      if (
        vocabHit &&
        !title &&
        (vocabHit.kind === "place" || (vocabHit.kind === "country" && !vocabHit.adjectival)) &&
        vocabHit.last === b &&
        vocabHit.last - vocabHit.first === 1 &&
        vocabHit.first > nameStart &&
        isGivenName(tokens[nameStart]) &&
        tokens
          .slice(nameStart, vocabHit.first)
          .every((t) => (isNameWord(t) && !REGION_WORDS.has(t.lower)) || /^\p{Lu}$/u.test(t.text) || t.text === ".") &&
        !vocab.some((v) => v !== vocabHit && v.first < b && v.last > nameStart)
      ) {
        out.push({ first: nameStart, last: b, kind: "person", name: surfaceOf(tokens, nameStart, b) });
        continue;
      }
      if (vocabHit && (!title || (vocabHit.first <= nameStart && vocabHit.last >= b))) continue;
      let of: [number, number] | undefined;
      let ofNewOrg = false;
      // "Ex-Labour MP X", "the ex-Tory MP X": a body someone has left is no affiliation
      const left =
        (tokens[a]!.lower === "ex" && tokens[a + 1]?.text === "-") || (tokens[a - 1]?.text === "-" && tokens[a - 2]?.lower === "ex");
      if (left && title && title.first > a) {
        out.push({ first: nameStart, last: b, kind: "person", name: surfaceOf(tokens, nameStart, b), title });
        continue;
      }
      if (
        title &&
        title.first > a &&
        vocab.some((v) => v.first === a && v.last < title!.first) &&
        classify(tokens, a, title.first) === "organization"
      ) {
        out.push({ first: a, last: title.first, kind: "organization", name: surfaceOf(tokens, a, title.first) });
        of = [a, title.first];
        ofNewOrg = true;
      } else if (
        title &&
        title.first > a &&
        (!vocab.some((v) => v.first < title!.first && v.last > a) || classify(tokens, a, title.first) === "organization")
      ) {
        // ("Bank of Nordland Governor X": a body named after a country too)
        // "Nordvik Group President X": the words before the title in the same run name an organization
        const orgKind = classify(tokens, a, title.first);
        const lone = title.first - a === 1 && !isAcronym(tokens[a]!);
        if (!lone && (orgKind === "organization" || orgKind === "name" || orgKind === "person")) {
          out.push({ first: a, last: title.first, kind: "organization", name: surfaceOf(tokens, a, title.first) });
          of = [a, title.first];
          ofNewOrg = true;
        } else if (
          lone &&
          (LEGISLATOR_TITLES.has(title.title) ||
            (EMPLOYER_TITLES.has(title.title) && !COMMON_WORDS.has(tokens[a]!.lower) && !CALENDAR_WORDS.has(tokens[a]!.lower)))
        ) {
          // ("Nordbank President X": a lone word before an employer's title is the employer; resolution decides)
          // "Labour MP X", "Republican Senator X": one word before a legislator's title is likely a party;
          // resolution decides ("Veteran MP X": a word the articles also write in lower case names nothing)
          out.push({ first: a, last: title.first, kind: "name", name: surfaceOf(tokens, a, title.first) });
          of = [a, title.first];
        }
      } else if (title && title.last <= a && !affiliationBefore(tokens, vocab, title.first, orgRanges)) {
        // "Nordvik president X": an unknown capitalized word right before a lower-case title
        const prev = classified.find((c) => c.b === title!.first && c.kind === "name");
        // ("Murdered director X": a verb form opening the sentence is no organization)
        const verbOpener =
          !!prev && prev.b - prev.a === 1 && isSentenceStart(tokens, prev.a) && /\p{Ll}(?:ed|ing)$/u.test(tokens[prev.a]!.text);
        if (
          prev &&
          !verbOpener &&
          !tokens[title.first]!.cap &&
          !COMMON_WORDS.has(tokens[prev.a]!.lower) &&
          !UNAFFILIATED_TITLES.has(title.title) &&
          !NOT_ORGANIZATION_ACRONYMS.has(tokens[prev.a]!.text)
        ) {
          out.push({ first: prev.a, last: prev.b, kind: "organization", name: surfaceOf(tokens, prev.a, prev.b) });
          of = [prev.a, prev.b];
          ofNewOrg = true;
        }
      }
      // "Nordfly Air's managing director X": a name owning the title is an organization
      const possessor =
        title && !of && tokens[title.first - 1]?.lower === "'s"
          ? classified.find((c) => c.b === title!.first - 1 && c.kind === "name" && c.b - c.a <= 4)
          : undefined;
      if (
        possessor &&
        title &&
        !UNAFFILIATED_TITLES.has(title.title) &&
        !vocab.some((v) => v.first < possessor.b && v.last > possessor.a)
      ) {
        out.push({ first: possessor.a, last: possessor.b, kind: "organization", name: surfaceOf(tokens, possessor.a, possessor.b) });
        of = [possessor.a, possessor.b];
        ofNewOrg = true;
      }
      if (title && !of && !UNAFFILIATED_TITLES.has(title.title)) {
        // ("French businessman X" is French, and represents nothing)
        of = affiliationBefore(tokens, vocab, title.first, employers()) ?? complementOf;
        // "Japan's Ambassador to Canada Ana Ruiz": the complement is a destination
        if (!of) {
          const c = complementAfter(tokens, vocab, title.last, complements(), heads(title));
          if (c && c.prep !== "to") of = c.range;
        }
        if (!of) {
          // "King Fahd of Saudi Arabia"
          const c = complementAfter(tokens, vocab, b, orgRanges, heads(title));
          if (c && c.prep === "of") of = c.range;
        }
      }
      // "OPEC President X, who is also Nigerian Oil Minister,": a second office, of another body
      const [firstTitle, firstOf] = [title, of];
      // ("Dr Ana Ruiz, head of …": a form of address says nothing of the office the apposition names)
      if (
        !(title && !of && !UNAFFILIATED_TITLES.has(title.title) && !HONORIFICS.has(title.title)) &&
        tokens[b]?.text === "," &&
        b + 1 < tokens.length
      ) {
        // apposition: "Ana Ruiz, Japan's ambassador to Canada," / "X, president of Y"
        let s = b + 1;
        // an age first: "X, 42, senior vice president of Y"
        if (/^\d{2}$/.test(tokens[s]?.text ?? "") && tokens[s + 1]?.text === ",") s += 2;
        // a relative clause says it too: "X, who is also chairman of Y,"
        if (tokens[s]?.lower === "who" && /^(?:is|was)$/.test(tokens[s + 1]?.lower ?? "")) s += 2;
        if (/^(?:also|now|currently|formerly|previously)$/.test(tokens[s]?.lower ?? "")) s++;
        if (tokens[s]?.lower === "the" || tokens[s]?.lower === "a" || tokens[s]?.lower === "an") s++;
        let affil: [number, number] | undefined;
        // ("The Nordic Bank …, X, its governor, said")
        if (tokens[s]?.lower === "its") itsBody = bodyBefore(vocab, orgRanges, nameStart);
        if (/^(?:its|his|her|their)$/.test(tokens[s]?.lower ?? "")) s++;
        const v = vocab.find(
          (m) => m.first === s && (m.kind === "country" || m.kind === "place") && !orgRanges.some(([x, y]) => x === s && y > m.last),
        );
        // "X, Nordvik's chief operating officer": a name owning the title is an organization
        const owner =
          b - nameStart >= 2 &&
          classified.find((c) => c.a === s && c.kind === "name" && tokens[c.b]?.lower === "'s" && titleAfter(tokens, c.b + 1));
        if (owner && !orgRanges.some(([x]) => x === s)) {
          out.push({ first: owner.a, last: owner.b, kind: "organization", name: surfaceOf(tokens, owner.a, owner.b) });
          orgRanges.push([owner.a, owner.b]);
        }
        // "X, the Nordvik midfielder": an unknown name right before a lower-case title is the employer
        const employer =
          !v && !orgRanges.some(([x]) => x === s) ? classified.find((c) => c.a === s && c.kind === "name" && c.b - c.a <= 3) : undefined;
        const employerTitle =
          employer && tokens[employer.b]?.word && !tokens[employer.b]!.cap ? titleAfter(tokens, employer.b, describes) : undefined;
        if (
          employer &&
          employerTitle &&
          !UNAFFILIATED_TITLES.has(employerTitle.title) &&
          !COMMON_WORDS.has(tokens[employer.a]!.lower) &&
          !NOT_ORGANIZATION_ACRONYMS.has(tokens[employer.a]!.text) &&
          posAt(employer.b - 1) !== "ADJ" &&
          !(employer.b - employer.a === 1 && DEMONYM_SHAPE.test(tokens[employer.a]!.text))
        ) {
          out.push({ first: employer.a, last: employer.b, kind: "organization", name: surfaceOf(tokens, employer.a, employer.b) });
          orgRanges.push([employer.a, employer.b]);
        }
        const o = orgRanges.find(([x]) => x === s);
        const lead = v ? ([v.first, v.last] as [number, number]) : o;
        if (lead) {
          affil = lead;
          s = lead[1];
          if (tokens[s]?.lower === "'s") s++;
        }
        // ("X, deputy board chairman of Y": a title word may open a longer title)
        const bare = titleAfter(tokens, s);
        const described = titleAfter(tokens, s, describes);
        const first =
          bare && described && described.last > bare.last && tokens[bare.last]?.word && !APPOSITION_CLOSERS.has(tokens[bare.last]!.lower)
            ? described
            : (bare ?? described);
        // ("X, senior vice-president and manager of Y": two titles share the complement)
        const second = first && tokens[first.last]?.lower === "and" ? titleAfter(tokens, first.last + 1) : undefined;
        const t = first && second ? { ...first, last: second.last } : first;
        // "the city of Dalian, U.S. Secretary of State Jane Doe said": that title is Jane Doe's
        let after = t ? t.last : 0;
        const c0 = t ? complementAfter(tokens, vocab, t.last, complements(), heads(t)) : undefined;
        if (c0) after = c0.range[1];
        // ("According to the Times, the UK leader wants …": a title followed by its verb opens the main clause)
        // (a title with a complement ends where the complement's name does: "X, manager at Nordvik Snaps believes")
        const closed = !!c0 || !tokens[after] || !tokens[after]!.word || APPOSITION_CLOSERS.has(tokens[after]!.lower);
        // ("In a speech in Dundee, the prime minister said": a place the sentence is in has no office)
        const located = /^(?:in|at|from|near|outside)$/.test(tokens[nameStart - 1]?.lower ?? "") && kind === "name";
        if (t && ((tokens[after]?.cap && tokens[after]!.word) || !closed || located)) {
          // not an apposition
        } else if (t && t.last < tokens.length) {
          title = t;
          of = affil;
          if (!of) {
            const c = complementAfter(tokens, vocab, t.last, complements(), heads(t));
            if (c && c.prep !== "to") of = c.range;
          }
        }
      }
      let alsoOf: [number, number] | undefined;
      if (firstTitle && firstOf && title !== firstTitle) {
        if (of && (of[0] !== firstOf[0] || of[1] !== firstOf[1])) alsoOf = of;
        [title, of] = [firstTitle, firstOf];
      }
      if (!title && kind === "name") {
        // "Note: figures exclude …": a word opening a sentence before a colon is a label
        if (b - nameStart === 1 && tokens[b]?.text === ":" && isSentenceStart(tokens, nameStart)) continue;
        out.push({ first: nameStart, last: b, kind: "name", name: surfaceOf(tokens, nameStart, b) });
        continue;
      }
      // (what is neither a country nor a place is a body: its president is no head of state)
      const ofOrg =
        ofNewOrg || (!!of && !vocab.some((v) => v.first === of![0] && v.last === of![1] && (v.kind === "country" || v.kind === "place")));
      // "Soviet Leader X": a bare "leader" of a country is its head
      const countryLeader =
        title?.title === "leader" &&
        title.last - title.first === 1 &&
        !!of &&
        vocab.some((v) => v.first === of![0] && v.last === of![1] && v.kind === "country");
      // a few titles name a minister in some countries ("UK Chancellor" is the finance minister)
      const ofCountry = of ? vocab.find((v) => v.first === of![0] && v.kind === "country")?.canonical : undefined;
      const notHead = !!title && !!ofCountry && (TITLES_NOT_HEADS_IN[title.title]?.includes(ofCountry) ?? false);
      // "Prime Minister X met his Chilean counterpart, Y": Y holds the same office as the name before
      const counterpartOf =
        title?.title === "counterpart"
          ? [...out].reverse().find((m) => m.last <= title!.first && (m.kind === "leader" || m.kind === "person"))
          : undefined;
      // "central bank president X", "X, president of Nordvik Amusements": the head of a body, not of a state
      const ofBody = !!title && (bodyBeforeTitle(tokens, title) || bodyComplement(tokens, vocab, title.last) || (itsBody && !of));
      const leader = counterpartOf
        ? counterpartOf.kind === "leader" && !ofOrg
        : (!!title?.leader || countryLeader) && !ofOrg && !notHead && !ofBody;
      out.push({
        first: nameStart,
        last: b,
        kind: leader ? "leader" : "person",
        name: surfaceOf(tokens, nameStart, b),
        ...(title ? { title } : {}),
        ...(of ? { of } : {}),
        ...(alsoOf ? { alsoOf } : {}),
      });
      continue;
    }
    // events named by a place + lower-case head: "Tokyo summit"
    out.push({ first: a, last: b, kind, name: surfaceOf(tokens, a, b) });
  }

  // "<Name> summit", "Palestinian presidential election" in lower case: a name, a country or a place, then the head
  const eventStarts: [number, number][] = [
    ...classified.filter((c) => c.a < c.b && c.kind !== undefined && c.kind !== "person").map((c) => [c.a, c.b] as [number, number]),
    ...vocab.filter((v) => v.kind === "country" || v.kind === "place").map((v) => [v.first, v.last] as [number, number]),
  ];
  for (let [a, b] of eventStarts) {
    // "U.S.-Soviet summit": a hyphenated start takes in the name before it
    if (tokens[a]?.text === "-" && !tokens[a]!.spaceBefore) a = vocab.find((v) => v.last === a)?.first ?? a + 1;
    let h = b;
    if (EVENT_ADJECTIVES.has(tokens[h]?.lower ?? "")) h++;
    const head = tokens[h];
    if (head && !head.cap && LOWERCASE_EVENT_HEADS.has(head.lower) && !CALENDAR_WORDS.has(tokens[a]!.lower)) {
      out.push({ first: a, last: h + 1, kind: "event", name: surfaceOf(tokens, a, h + 1) });
    }
  }
  out.push(...agreementPhrases(tokens, vocab));
  // "Operation BLUEWATER" style names where the second word is upper case are caught by classify; nothing else here.
  return out;
}
