// Tokens of a text range, as offsets with a few surface flags. Dotted abbreviations
// ("U.S.", "U.S.S.R.") stay one token; a possessive "'s" is a token of its own.
import type { Token } from "../types.js";

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*|['’][sS]\b|\d+(?:[.,]\d+)*(?:\p{L}[\p{L}\p{N}]*)?|\p{N}+|[^\s\p{L}\p{N}]/gu;

/** Two or more letters, all uppercase. NOTE: an ASCII fast path of the Unicode rule below it (same answers). */
function isUpper(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) {
      const all = t.replace(/[^\p{L}]/gu, "");
      return all.length >= 2 && all === all.toUpperCase() && all !== all.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** The first character is a letter or digit (ASCII fast path of /[\p{L}\p{N}]/u). */
function startsWord(c: number, first: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(first);
}

/** The first character is an uppercase letter (ASCII fast path of /\p{Lu}/u). */
function startsCapital(c: number, first: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(first);
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let previousEnd = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const t = m[0];
    const first = t.charAt(0);
    const code = t.charCodeAt(0);
    tokens.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase().replace("’", "'"),
      cap: startsCapital(code, first),
      upper: isUpper(t),
      word: startsWord(code, first) && first !== "'" && first !== "’",
      spaceBefore: m.index > previousEnd || tokens.length === 0,
    });
    previousEnd = m.index + t.length;
  }
  return tokens;
}

/** A name written between "<" and ">" (a symbol's exchange suffix may follow it: "<NRDV.OL>"). */
export function inAngleBrackets(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== "<" || tokens[first]!.spaceBefore) return false;
  for (let k = last; k < Math.min(tokens.length, last + 3); k++) {
    if (tokens[k]!.spaceBefore) return false;
    if (tokens[k]!.text === ">") return true;
  }
  return false;
}
