// Tokens of a text range, as offsets with a few surface flags. Dotted abbreviations
// ("U.S.", "U.S.S.R.") stay one token; a possessive "'s" is a token of its own.
import type { Token } from "../types.js";

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*|['’][sS]\b|\d+(?:[.,]\d+)*(?:\p{L}[\p{L}\p{N}]*)?|\p{N}+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let previousEnd = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const t = m[0];
    const first = t.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    const letters = t.replace(/[^\p{L}]/gu, "");
    tokens.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase().replace("’", "'"),
      cap: /\p{Lu}/u.test(first),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word: isWord && !/^['’]/.test(t),
      spaceBefore: m.index > previousEnd || tokens.length === 0,
    });
    previousEnd = m.index + t.length;
  }
  return tokens;
}
