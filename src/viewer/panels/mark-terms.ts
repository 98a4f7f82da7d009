// mark-terms: splits a sentence into plain and marked pieces around given names (whole words only),
// e.g. ("Ruiz met Lind.", ["Ruiz", "Lind"]) → [Ruiz*, " met ", Lind*, "."]; the panel turns them into <mark>.

export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

export function splitOnTerms(sentence: string, terms: Iterable<string>): Piece[] {
  // Longest first, so "Ana Ruiz" wins over "Ruiz" at the same place; one-letter terms are noise.
  const sorted = [...new Set(terms)].filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = "";
  let i = 0;
  while (i < sentence.length) {
    const term = sorted.find((t) => sentence.startsWith(t, i) && !isWordChar(sentence[i - 1]) && !isWordChar(sentence[i + t.length]));
    if (term === undefined) {
      plain += sentence[i];
      i += 1;
      continue;
    }
    if (plain) pieces.push({ text: plain, marked: false });
    plain = "";
    pieces.push({ text: term, marked: true });
    i += term.length;
  }
  if (plain) pieces.push({ text: plain, marked: false });
  return pieces;
}
