// Normal forms of names used to decide that two mentions name the same thing.

/** Lower-case, accents folded, possessive and punctuation dropped: "Japan’s" → "japan". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[.']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** Remembers the last results of a pure string function (resolution asks for the same names again and again). */
function memoize(fn: (name: string) => string, limit = 100_000): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let value = memo.get(name);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(name, (value = fn(name)));
    }
    return value;
  };
}

/** The words of a personal name as a sorted set, so family-name-first order matches. */
export const personKey = memoize((name: string): string =>
  [
    ...new Set(
      normalizeName(name)
        .split(" ")
        .filter((w) => w.length > 1 || /\d/.test(w)),
    ),
  ]
    .sort()
    .join(" "),
);

const AGREEMENT_NOISE = new Set([
  "agreement",
  "agreements",
  "accord",
  "accords",
  "treaty",
  "pact",
  "deal",
  "arrangement",
  "memorandum",
  "protocol",
  "of",
  "on",
  "the",
  "a",
  "new",
  "long",
  "term",
  "longterm",
  "and",
  "for",
  "with",
  "historic",
  "landmark",
  // (what every company deal is: "a memorandum of understanding", "a definitive agreement" name no one deal)
  "understanding",
  "mou",
  "letter",
  "intent",
  "in",
  "principle",
  "definitive",
  "tentative",
  "final",
  "interim",
  "preliminary",
]);

/** Content words of an agreement name: "the new strategic partnership agreement" → {strategic, partnership}. */
export function agreementWords(name: string): Set<string> {
  return new Set(
    normalizeName(name)
      .split(" ")
      .filter((w) => w && !AGREEMENT_NOISE.has(w)),
  );
}

/** The key of an organization, place or event name: normalized, head noun singular ("Japanese Navies" → "japanese navy"). */
export const nameKey = memoize((name: string): string =>
  normalizeName(name)
    .replace(/isation\b/g, "ization")
    .replace(/(\w{3})ies$/, "$1y")
    .replace(/(\w{3}[^s])s$/, "$1"),
);
