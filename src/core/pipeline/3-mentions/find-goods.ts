// Traded goods as an open class: the noun phrase that is the object of exporting, importing, buying,
// selling, supplying, shipping, ordering or delivering ("supplying diesel engines", "20,000 tonnes
// of rice", "imports of soybeans", "coal imports", "tractors, fertiliser and spare parts"), chunked
// from parts of speech. The sector lexicon only names the phrase ("maize" → corn); phrases headed by
// what is no good ("sold its stake", "bought time") are returned as `blocked`, so that a sector word
// inside them ("its oil unit") is not taken for a good either. Only sentences with a trade word
// are tagged.
import { EXPORT_TRIGGERS, IMPORT_TRIGGERS } from "../../lexicon/relation-words.js";
import {
  ABSTRACT_ENDING,
  BEFORE_NUMBERS,
  CONCRETE_ABSTRACT_ENDING,
  GENERIC_GOODS,
  NOT_GOODS,
  PLAIN_MODIFIERS,
  PLURAL_ONLY,
  QUANTITY_WORDS,
} from "../../lexicon/goods-words.js";
import { COUNTRIES } from "../../lexicon/countries.js";
import { SECTORS } from "../../lexicon/sectors.js";
import { TITLE_HEADS } from "../../lexicon/titles.js";
import type { Sentence } from "../types.js";
import { tagSentence, type Tagged } from "./tag-parts-of-speech.js";

export interface GoodsMatch {
  readonly first: number;
  readonly last: number;
  readonly kind: "sector";
  readonly canonical: string;
}

export interface FoundGoods {
  readonly goods: readonly GoodsMatch[];
  /** Token ranges [first, last) of traded objects that are no goods ("its oil unit", "a 20 pct stake"). */
  readonly blocked: readonly (readonly [number, number])[];
}

const TRADE_WORDS: ReadonlySet<string> = new Set([...EXPORT_TRIGGERS, ...IMPORT_TRIGGERS]);
/** Trade words whose object is a good of any kind; "provide" and "lend" take goods only from the lexicon (stage 5). */
const OPEN_TRIGGERS: ReadonlySet<string> = new Set([...TRADE_WORDS].filter((w) => !/^(?:provide|lend|lent|producer)/.test(w)));
/** Nouns of trade whose goods follow "of" ("exports of steel", "a buyer of coffee", "an order for 30 aircraft"). */
const OF_NOUNS =
  /^(?:exports?|imports?|sales?|purchases?|shipments?|suppliers?|supply|supplies|exporters?|importers?|buyers?|purchasers?|deliveries|delivery|orders?)$/;
/** Nouns naming trade in a good written before them ("coal imports", "engine shipments"). */
// (agent nouns are left to the lexicon: "the surprise buyer", "the biggest internet supplier")
const NOMINAL_AFTER_GOODS = /^(?:exports|imports|shipments|purchases|deliveries)$/;
/** Verbs whose first object may be the one supplied ("supply Iran with oil", "sold GM a stake"). */
const GIVING =
  /^(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|sell|sells|sold|selling|lend|lends|lent|lending|ship|ships|shipped|shipping|deliver|delivers|delivered|delivering|offer|offers|offered)$/;
/** Words that open the list of examples of the goods before them ("products such as …"). */
const EXAMPLES = [
  ["such", "as"],
  ["including"],
  ["like"],
  ["notably"],
  ["especially"],
  ["mainly"],
  ["mostly"],
  ["chiefly"],
  ["in", "particular"],
];
const NONE: FoundGoods = { goods: [], blocked: [] };

interface Word {
  readonly first: number;
  readonly last: number;
  readonly lower: string;
  readonly pos: string;
  readonly lemma: string;
  readonly cap: boolean;
}

/** The sentence's words: tokens, with hyphenated compounds joined ("second-hand", "by-products"). */
function wordsOf(sentence: Sentence, tags: readonly Tagged[]): Word[] {
  const t = sentence.tokens;
  const out: Word[] = [];
  for (let i = 0; i < t.length; ) {
    let j = i + 1;
    while (j + 1 < t.length && t[j]!.text === "-" && !t[j]!.spaceBefore && !t[j + 1]!.spaceBefore && t[j + 1]!.word && t[i]!.word) j += 2;
    const lower = t
      .slice(i, j)
      .map((x) => x.lower)
      .join("");
    const head = tags[j - 1]!;
    out.push({
      first: i,
      last: j,
      lower,
      pos: head.pos,
      lemma: j - i > 1 ? lower.slice(0, lower.length - t[j - 1]!.lower.length) + head.lemma : head.lemma,
      cap: t[i]!.cap,
    });
    i = j;
  }
  return out;
}

/** "engines" → "engine", "batteries" → "battery", "fillets" → "fillet"; "goods" and "gas" stay. */
export function singular(word: string, lemma: string): string {
  if (PLURAL_ONLY.has(word) || !word.endsWith("s") || lemma === word) return word;
  if (word.startsWith(lemma) && lemma.length >= word.length - 2) return lemma;
  if (word.endsWith("ies") && lemma.endsWith("y")) return lemma;
  return word.endsWith("ss") ? word : word.slice(0, -1);
}

const isNumber = (w: Word) => w.pos === "NUM" || /^[\d$£€¥]/.test(w.lower);
const nominal = (w: Word) =>
  (w.pos === "NOUN" || w.pos === "ADJ" || (w.pos === "VERB" && /(?:ed|en)$/.test(w.lower))) && !w.cap && /^\p{Ll}/u.test(w.lower);

/** The sector label of a phrase (its words, lower-case): the lexicon's name for it, else the phrase itself. */
export function nameGood(words: readonly Word[]): { canonical: string; head: string } | undefined {
  let ws = [...words];
  // "second hand airplanes": plain modifiers make no other good
  // ("biggest", "latest": a superlative ranks the good, it does not name another)
  const plain = (w: Word) => PLAIN_MODIFIERS.has(w.lower) || (w.pos === "ADJ" && /est$/.test(w.lower));
  while (ws.length > 1 && (plain(ws[0]!) || (ws[0]!.lower === "second" && ws[1]!.lower === "hand")))
    ws = ws.slice(ws[0]!.lower === "second" ? 2 : 1);
  const head = ws[ws.length - 1]!;
  const headSingular = singular(head.lower, head.lemma);
  // ("all-time": the last part of a hyphenated head counts too)
  const lastPart = headSingular.slice(headSingular.lastIndexOf("-") + 1);
  if (
    NOT_GOODS.has(headSingular) ||
    NOT_GOODS.has(head.lower) ||
    NOT_GOODS.has(lastPart) ||
    QUANTITY_WORDS.has(head.lower) ||
    TITLE_HEADS.has(head.lower) ||
    /^non-/.test(head.lower)
  )
    return undefined;
  // an abstract noun is no good ("exporting success", "intervention", "efficiency"), but some things end so too ("equipment")
  if (ABSTRACT_ENDING.test(headSingular) && !CONCRETE_ABSTRACT_ENDING.has(headSingular)) return undefined;
  for (let k = 0; k < ws.length; k++) {
    const rest = ws.slice(k);
    const text = rest.map((w) => w.lower).join(" ");
    const known = SECTORS.get(text) ?? SECTORS.get(`${text}s`);
    if (known) return { canonical: known, head: head.lower };
    // a description or a kind is dropped before a known good ("triple-decker aircraft", "computer chips");
    // a process makes another good ("roasted coffee", "frozen hake fillets")
    if (/(?:ed|en)$/.test(rest[0]!.lower) && !rest[0]!.lower.includes("-")) break;
  }
  if (GENERIC_GOODS.has(head.lower) && ws.length === 1) return undefined;
  if (GENERIC_GOODS.has(headSingular) && ws.length === 1) return undefined;
  const label = [...ws.slice(0, -1).map((w) => w.lower), headSingular].join(" ");
  return { canonical: label, head: head.lower };
}

/**
 * The goods phrase starting at word `p` (after quantities and determiners): [first word, end word)
 * of its words, or undefined when no noun phrase starts there.
 */
function phraseAt(words: readonly Word[], p: number): { from: number; to: number } | undefined {
  // "tonnes of Brazilian beans": an origin before the goods is no part of their name
  if (words[p]?.cap && COUNTRIES.get(words[p]!.lower)?.adjectival && words[p + 1] && !words[p + 1]!.cap) p++;
  let q = p;
  let noun = false;
  // modifiers come before the noun: an adjective after it starts another phrase ("corn last year")
  while (
    q < words.length &&
    nominal(words[q]!) &&
    !TRADE_WORDS.has(words[q]!.lower) &&
    // ("bought palm stearine today": a day ends the phrase)
    !/^(?:today|yesterday|tomorrow|tonight)$/.test(words[q]!.lower) &&
    !(noun && words[q]!.pos !== "NOUN" && !words[q]!.lower.includes("-"))
  ) {
    if (words[q]!.pos === "NOUN") noun = true;
    q++;
  }
  // the head is the last noun of the run ("frozen hake fillets", not a trailing adjective)
  while (q > p && words[q - 1]!.pos !== "NOUN") q--;
  // "buy fellow UK firm X", "ordered captain X": words before a name describe the name
  if (q < words.length && words[q]!.cap) return undefined;
  return q > p ? { from: p, to: q } : undefined;
}

/** Skips quantities, units, determiners and partitives before the goods ("1.5 mln tonnes of"). */
function skipQuantity(words: readonly Word[], p: number): number {
  while (p < words.length) {
    const w = words[p]!;
    if (w.lower === "second" && words[p + 1]?.lower === "hand") p += 2;
    // "up to 50", "at least two", "more than 20": quantities only before a number ("sold to allies" is none)
    else if (BEFORE_NUMBERS.has(w.lower)) {
      let k = p;
      while (k < words.length && (BEFORE_NUMBERS.has(words[k]!.lower) || words[k]!.lower === "more" || words[k]!.lower === "less")) k++;
      if (k < words.length && isNumber(words[k]!)) p = k;
      else break;
    } else if (
      isNumber(w) ||
      (QUANTITY_WORDS.has(w.lower) &&
        !(
          w.pos === "NOUN" &&
          !/^(?:of|worth)$/.test(words[p + 1]?.lower ?? "") &&
          !QUANTITY_WORDS.has(words[p + 1]?.lower ?? "") &&
          !isNumber(words[p + 1] ?? w)
        ))
    )
      p++;
    else break;
  }
  return p;
}

interface Item {
  readonly from: number;
  readonly to: number;
}

/** The goods at word `p` and those coordinated with them ("tractors, fertiliser, medicines and spare parts"). */
function listAt(words: readonly Word[], p: number): { items: Item[]; end: number } {
  const first = phraseAt(words, skipQuantity(words, p));
  if (!first) return { items: [], end: p };
  const items: Item[] = [first];
  let pending: Item[] = [];
  let q = first.to;
  for (;;) {
    const sep = words[q]?.lower;
    const and = sep === "and" || sep === "or" || sep === "&";
    const comma = sep === ",";
    if (!and && !comma) break;
    let r = q + 1;
    if (comma && /^(?:and|or)$/.test(words[r]?.lower ?? "")) r++;
    const next = phraseAt(words, skipQuantity(words, r));
    // "sold wheat and farmers complained": a noun followed by a verb starts a clause
    const after = next ? words[next.to] : undefined;
    if (!next || (after && (after.pos === "VERB" || after.pos === "AUX") && !TRADE_WORDS.has(after.lower))) break;
    if (and || (comma && r > q + 1)) {
      items.push(...pending, next);
      pending = [];
    } else pending.push(next);
    q = next.to;
  }
  return { items, end: q };
}

/** The examples after a phrase ("products such as crude oil, copper and steel"). */
function examplesAfter(words: readonly Word[], end: number): Item[] {
  let p = end;
  if (words[p]?.lower === ",") p++;
  for (const e of EXAMPLES) {
    if (e.every((w, k) => words[p + k]?.lower === w)) return listAt(words, p + e.length).items;
  }
  return [];
}

/** Whether a trade word at word `i` is used as a verb taking an object after it. */
function verbal(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  // "its purchasing manager", "the Ryanair order book": a trade word after a determiner or a name is a noun
  if (prev && (prev.pos === "DET" || /^(?:its|their|his|her|our|my|your)$/.test(prev.lower))) return false;
  if (prev && (prev.pos === "PROPN" || prev.pos === "NOUN") && /^(?:order|export|import|supply|ship|sale|purchase)$/.test(w.lower))
    return false;
  // "a media buying agency": after a singular noun a gerund is part of a compound ("firms selling X" is not)
  if (prev && prev.pos === "NOUN" && /ing$/.test(w.lower) && !prev.lower.endsWith("s")) return false;
  if (w.pos === "VERB") return true;
  // "Lesotho exports tractors": tagged as a noun, but a name before and a noun phrase after make it a verb
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    !!before &&
    !!after &&
    before.pos === "PROPN" &&
    (after.pos === "NUM" || after.pos === "NOUN" || after.pos === "ADJ") &&
    after.lower !== "of"
  );
}

/** Tokens before and after a trade word that its goods can take (the tagged window). */
const BEFORE = 6;
const AFTER = 30;

/**
 * Whether the trade word at token `i` may have goods by its spelling and neighbours alone: a word
 * or number after it ("sold wheat", "exports of", "supply Iran with"), or a lower-case word before
 * a trade noun ("coal imports"). Most trade words in news have neither ("in order to", "sales
 * rose"); only the others are worth tagging.
 */
function mayTrade(tokens: Sentence["tokens"], i: number): boolean {
  const t = tokens[i]!;
  if (!OPEN_TRIGGERS.has(t.lower) || (t.cap && i > 0)) return false;
  if (t.lower === "order" && tokens[i - 1]?.lower === "in") return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (NOMINAL_AFTER_GOODS.test(t.lower) && prev?.word && !prev.cap) return true;
  if (!next) return false;
  if (next.lower === "of" || next.lower === "for") return OF_NOUNS.test(t.lower);
  return (next.word && (!next.cap || GIVING.test(t.lower) || /^\d/.test(next.text))) || /^[$£€¥]$/.test(next.text);
}

export function findGoods(sentence: Sentence): FoundGoods {
  if (sentence.shouting) return NONE;
  const tokens = sentence.tokens;
  let from = tokens.length;
  let to = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!mayTrade(tokens, i)) continue;
    from = Math.min(from, Math.max(0, i - BEFORE));
    to = Math.max(to, Math.min(tokens.length, i + AFTER));
  }
  if (from >= to) return NONE;
  const tags = tagSentence(sentence, from, to);
  const words = wordsOf(sentence, tags);
  const goods: GoodsMatch[] = [];
  const blocked: [number, number][] = [];
  const seen = new Set<number>();
  const take = (items: readonly Item[]) => {
    for (const { from, to } of items) {
      if (seen.has(from)) continue;
      seen.add(from);
      const phrase = words.slice(from, to);
      const first = phrase[0]!.first;
      const last = phrase[phrase.length - 1]!.last;
      const named = nameGood(phrase);
      if (named) goods.push({ first, last, kind: "sector", canonical: named.canonical });
      else if (!GENERIC_GOODS.has(phrase[phrase.length - 1]!.lower)) {
        blocked.push([first, last]);
        continue;
      }
      // "products such as crude oil, copper and steel"
      take(examplesAfter(words, to));
    }
  };
  words.forEach((w, i) => {
    if (!OPEN_TRIGGERS.has(w.lower) || (w.cap && i > 0)) return;
    // the object: "sold wheat", "exports of wheat", "supply Iran with oil", "an order for 30 aircraft"
    let p = i + 1;
    const next = words[p]?.lower;
    if (w.pos !== "VERB" && OF_NOUNS.test(w.lower) && (next === "of" || (/^orders?$/.test(w.lower) && next === "for"))) p++;
    else if (!verbal(words, i)) p = -1;
    else if (GIVING.test(w.lower)) {
      // "supply Iran with refined products", "sold GM a stake": past the one supplied
      let q = p;
      while (q < words.length && (words[q]!.pos === "PROPN" || words[q]!.cap)) q++;
      if (q > p && words[q]?.lower === "with") p = q + 1;
      else if (q > p && /^(?:DET|NUM)$/.test(words[q]?.pos ?? "")) p = q;
    }
    if (p > 0) {
      let { items } = listAt(words, p);
      // "ordered an inquiry": an order of what the lexicon does not know is goods only when counted ("ordered 30 turbines")
      if (/^order/.test(w.lower) && !isNumber(words[skipQuantity(words, p) - 1] ?? w))
        items = items.filter((it) =>
          SECTORS.has(
            words
              .slice(it.from, it.to)
              .map((x) => x.lower)
              .join(" "),
          ),
        );
      take(items);
    }
    // "coal imports", "diesel engine shipments": the goods written before the noun
    if (w.pos === "NOUN" && NOMINAL_AFTER_GOODS.test(w.lower)) {
      let s = i;
      while (s > 0 && nominal(words[s - 1]!) && words[s - 1]!.pos !== "VERB" && !TRADE_WORDS.has(words[s - 1]!.lower)) s--;
      if (s < i && words[i - 1]!.pos === "NOUN") take([{ from: s, to: i }]);
    }
  });
  return { goods, blocked };
}
