// Stage 2: blocks → sentences (abbreviation-aware), each with its tokens.
// A sentence ends at . ! ? (and any closing quotes) followed by a capital, a quote or a digit.
import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import type { CleanDoc, Sentence, Span, Token } from "../types.js";
import { tokenize } from "./tokenize.js";

const CLOSERS = new Set(['"', "”", "’", "'", ")", "»"]);

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "." && t.text !== "!" && t.text !== "?" && !/\.$/.test(t.text)) return false;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
  const next = tokens[j];
  if (!next) return true;
  if (!next.spaceBefore && j === i + 1) return false;
  if (!(next.cap || /^[\d"“‘'(]/.test(next.text))) return false;
  if (t.text === ".") {
    const prev = tokens[i - 1];
    if (prev && !t.spaceBefore) {
      // "Mr." / "Jan." / single initials "J." do not end a sentence
      if (ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text)) return false;
    }
  } else if (/\.$/.test(t.text)) {
    // a dotted abbreviation ("U.S.") ends a sentence only before a word that usually starts one
    return /^(?:The|A|An|In|It|He|She|They|We|But|And|On|At|This|That|These|Those|There|Officials?|Its|His|Her)$/.test(next.text);
  }
  return true;
}

function closerEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
  return j;
}

/** Mostly upper-case words: a wire headline. */
export function isShouting(tokens: readonly Token[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const t of tokens) {
    if (!t.word || /^\d/.test(t.text)) continue;
    if (t.upper) upper++;
    else lower++;
  }
  return upper >= 3 && upper > lower * 2;
}

export function splitSentences(doc: CleanDoc, docIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  const text = doc.article.text;
  const push = (tokens: Token[]) => {
    if (!tokens.some((t) => t.word)) return;
    sentences.push({
      doc: docIndex,
      index: sentences.length,
      start: tokens[0]!.start,
      end: tokens[tokens.length - 1]!.end,
      tokens,
      shouting: isShouting(tokens),
    });
  };
  for (const [start, end] of doc.blocks as Span[]) {
    const tokens = tokenize(text, start, end);
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (isBoundary(tokens, i)) {
        const to = closerEnd(tokens, i);
        push(tokens.slice(from, to));
        from = to;
        i = to - 1;
      }
    }
    if (from < tokens.length) push(tokens.slice(from));
  }
  return sentences;
}
