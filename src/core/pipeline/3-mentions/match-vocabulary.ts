// Vocabulary matches in a sentence: countries and demonyms, places (capitals, regions,
// provinces and states) and sectors. Longest match wins at each position.
import { CAPITALS, COUNTRIES, MAX_COUNTRY_WORDS } from "../../lexicon/countries.js";
import { DIRECTIONS, PLACE_DEMONYMS, REGIONS, SUBNATIONAL } from "../../lexicon/name-heads.js";
import { MAX_SECTOR_WORDS, SECTORS } from "../../lexicon/sectors.js";
import type { NodeKind } from "../../contract/ontology.js";
import type { Sentence, Token } from "../types.js";

export interface VocabularyMatch {
  readonly first: number;
  readonly last: number;
  readonly kind: NodeKind;
  readonly canonical: string;
  readonly adjectival: boolean;
}

/** The words of tokens[first..last) joined as vocabulary keys are ("u.s.", "north pacific", "by-products"). */
export function phrase(tokens: readonly Token[], first: number, last: number): string {
  let out = "";
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    out += (i > first && t.spaceBefore ? " " : "") + t.lower;
  }
  return out;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function placeAt(tokens: readonly Token[], i: number): VocabularyMatch | undefined {
  for (let n = 4; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const words = tokens.slice(i, i + n);
    if (!words[0]!.cap || !words[words.length - 1]!.cap) continue;
    const key = phrase(tokens, i, i + n);
    const surface = words.map((t, k) => (k && t.spaceBefore ? " " : "") + t.text).join("");
    const people = PLACE_DEMONYMS.get(key);
    if (people) return { first: i, last: i + n, kind: "place", canonical: people, adjectival: true };
    if (SUBNATIONAL.has(key) || CAPITALS.has(key))
      return { first: i, last: i + n, kind: "place", canonical: CAPITALS.get(key) ?? surface, adjectival: false };
    const region = REGIONS.has(key) || (n >= 2 && DIRECTIONS.has(words[0]!.lower) && REGIONS.has(phrase(tokens, i + 1, i + n)));
    if (region) {
      // "North Pacific Ocean" is the North Pacific
      const last = /^(?:Ocean|Sea)$/.test(tokens[i + n]?.text ?? "") ? i + n + 1 : i + n;
      return { first: i, last, kind: "place", canonical: titleCase(key), adjectival: false };
    }
  }
  return undefined;
}

function countryAt(tokens: readonly Token[], i: number): VocabularyMatch | undefined {
  for (let n = Math.min(MAX_COUNTRY_WORDS, tokens.length - i); n >= 1; n--) {
    const first = tokens[i]!;
    const lastTok = tokens[i + n - 1]!;
    if (!first.cap || !lastTok.word) continue;
    const entry = COUNTRIES.get(phrase(tokens, i, i + n));
    if (!entry) continue;
    // "US" and "USA" only when upper case; "Korea" but not "korea"
    if (n === 1 && first.text.length <= 3 && !first.upper && !first.text.includes(".")) continue;
    return { first: i, last: i + n, kind: "country", canonical: entry.label, adjectival: entry.adjectival };
  }
  return undefined;
}

/**
 * Every prefix of the first word of a sector form ("c", "co", "cru", "crude", …). A form that a phrase
 * starting with token t matches begins with t's lower-case text, so a token outside this set starts
 * no sector: most tokens are ruled out by one lookup instead of a phrase per length.
 */
const SECTOR_STARTS: ReadonlySet<string> = new Set(
  [...SECTORS.keys()].flatMap((form) => {
    const word = form.split(/[\s-]/)[0]!;
    return Array.from({ length: word.length }, (_, k) => word.slice(0, k + 1));
  }),
);

function sectorAt(tokens: readonly Token[], i: number, shouting: boolean): VocabularyMatch | undefined {
  if (!SECTOR_STARTS.has(tokens[i]!.lower)) return undefined;
  const first = tokens[i]!;
  if (!first.word) return undefined;
  // phrases[n] = phrase(tokens, i, i + n), built once each (longest tried first below)
  const longest = Math.min(MAX_SECTOR_WORDS * 2, tokens.length - i);
  const phrases: string[] = [""];
  for (let n = 1; n <= longest; n++) {
    const t = tokens[i + n - 1]!;
    phrases.push(phrases[n - 1] + (n > 1 && t.spaceBefore ? " " : "") + t.lower);
  }
  for (let n = longest; n >= 1; n--) {
    const key = phrases[n]!.includes("-") ? phrases[n]!.replace(/ - /g, "-") : phrases[n]!;
    const label = SECTORS.get(key) ?? (key.includes("-") ? SECTORS.get(key.replace(/-/g, " ")) : undefined);
    if (!label) continue;
    const words = tokens.slice(i, i + n).filter((t) => t.word);
    // lower-case words, or an acronym (LNG), or any case in a shouted headline
    // wire copy capitalizes the word after "U.S." ("U.S. Farm products"): that word counts as lower case
    const afterAbbreviation = i > 0 && /^(?:\p{Lu}\.){2,}$/u.test(tokens[i - 1]!.text);
    const casing = shouting || words.every((t) => !t.cap || t.upper || (t === first && (i === 0 || afterAbbreviation)));
    if (!casing) continue;
    if (words.some((t) => t.upper) && !shouting && !words.every((t) => t.upper)) continue;
    return { first: i, last: i + n, kind: "sector", canonical: label, adjectival: false };
  }
  return undefined;
}

/** The sectors a capitalized name is made of, in any case: "International Coffee Agreement" → coffee. */
export function sectorsWithin(tokens: readonly Token[], first: number, last: number): VocabularyMatch[] {
  const out: VocabularyMatch[] = [];
  for (let i = first; i < last; ) {
    const m = sectorAt(tokens, i, true);
    if (m && m.last <= last) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

export function matchVocabulary(sentence: Sentence): VocabularyMatch[] {
  const out: VocabularyMatch[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    const country = t.cap || sentence.shouting ? countryAt(tokens, i) : undefined;
    const place = t.cap || sentence.shouting ? placeAt(tokens, i) : undefined;
    // the longer of the two: "British Columbia" is a place, not "British" + "Columbia"
    const named = country && place ? (place.last > country.last ? place : country) : (country ?? place);
    const m = named ?? sectorAt(tokens, i, sentence.shouting);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}
