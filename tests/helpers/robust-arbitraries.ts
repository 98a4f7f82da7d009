// robust-arbitraries: fast-check generators of article text for the property and fuzz tests:
// fragments of wire-style sentences written for this project, names repeated and mangled, unicode
// of every plane, very long tokens, runs of punctuation and odd whitespace, all mixed.
import fc from "fast-check";
import type { Article } from "../../src/core/index.js";

/** Names the extractor knows how to read: people with and without titles, countries, places, agreements. */
export const NAMES = [
  "Ana Ruiz",
  "President Ana Ruiz",
  "Ruiz",
  "Mrs. Ruiz",
  "Tomas Berg",
  "Foreign Minister Tomas Berg",
  "Mr. Berg",
  "Berg",
  "Prime Minister Lena Novak",
  "Novak",
  "Trade Minister Pavel Varga",
  "ambassador Mira Sato",
  "Chile",
  "Chilean",
  "Norway",
  "Norwegian",
  "U.S.",
  "United States",
  "the European Union",
  "EU",
  "Japan",
  "Oslo",
  "Santiago",
  "Lima",
  "the Blue Harbour Agreement",
  "the Pacific Salmon Accord",
  "the Oslo Fisheries Forum",
  "Nordic Timber Corp",
  "salmon",
  "copper",
] as const;

/** Pieces of wire copy: verbs of every relation, negation and plans, datelines, attributions, pronouns. */
export const WIRE = [
  "met",
  "met with",
  "held talks with",
  "signed",
  "agreed to sign",
  "plans to sign",
  "has not met",
  "did not sign",
  "visited",
  "arrived in",
  "exports",
  "sells",
  "imports",
  "buys",
  "leads",
  "represents",
  "covers",
  "which covers",
  "of",
  "and",
  "with",
  "in",
  "to",
  "from",
  "on Monday",
  "last week",
  "said in a statement",
  "officials said",
  "according to the ministry",
  "He",
  "She",
  "They",
  "the two leaders",
  "the accord",
  "OSLO, March 6 (Wirewire) -",
  "SANTIAGO -",
  "(Wirewire) -",
  "Reporting by Ana Ruiz;",
  "Editing by Tomas Berg",
  "date 2026-03-06\n",
  "Title: Talks in Oslo\n\n",
  "---\ntitle: x\n---\n",
  "Advertisement",
  "Read more:",
] as const;

const PUNCTUATION = [
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "-",
  "–",
  "—",
  "'",
  "’",
  '"',
  "“",
  "”",
  "(",
  ")",
  "[",
  "]",
  "…",
  "/",
  "&",
  "<",
  ">",
  "*",
  "#",
] as const;
/** Numbers outside 0-9, which the tokenizer once skipped (names were joined across them). */
const NUMBERS = ["½", "²", "①", "٣", "𐭸", "Ⅻ"] as const;
const SPACES = [" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\u200b", "\ufeff"] as const;

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzAEIOUÁÉÑØÅßЖЯ漢字".split(""));

/** One piece of text; `weight`s favour wire copy so that relations are found often. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 6, arbitrary: fc.constantFrom(...WIRE) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}( [A-Z][a-z]{1,9}){0,3}$/) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }, // a lone surrogate
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...PUNCTUATION), minLength: 2, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 2, max: 30 })).map(([n, k]) => Array(k).fill(n).join(" and ")),
  },
  { weight: 1, arbitrary: fc.tuple(letters, fc.integer({ min: 100, max: 4000 })).map(([c, k]) => c.toUpperCase() + c.repeat(k)) },
  { weight: 1, arbitrary: fc.string({ unit: letters, minLength: 50, maxLength: 400 }) },
);

/** Pieces joined by spaces, or glued one time in four. */
export const articleText: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, fc.constantFrom(" ", " ", " ", "")), { maxLength: 80 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(""));

/** 1–4 articles with distinct ids (a.txt, b.txt, …). */
export const articles: fc.Arbitrary<Article[]> = fc
  .array(articleText, { minLength: 1, maxLength: 4 })
  .map((texts) => texts.map((text, i) => ({ id: `${String.fromCharCode(97 + i)}.txt`, text })));

// npm test (and CI) replays the same cases every time, so a red build is reproducible;
// npm run fuzz (FUZZ_RUNS) explores new random cases on every run.
if (!process.env.FUZZ_RUNS) fc.configureGlobal({ seed: 20261122 });

/** How many runs a property gets: `normal` in `npm test`, scaled up under `npm run fuzz` (FUZZ_RUNS). */
export function runs(normal: number, share = 1): number {
  const fuzz = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(fuzz) && fuzz > 0 ? Math.max(normal, Math.round(fuzz * share)) : normal;
}
