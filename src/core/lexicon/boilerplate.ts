// Page leftovers that are not the story: patterns for whole lines that a cleaner drops.
// Each is tested against one trimmed line.

/** Lines dropped wherever they appear. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(advt|advertisement|sponsored|subscribe|sign up|share|share this|comments?)\b\.?$/i,
  // a date on its own: "Saturday, March 7, 2026", "06 Mar, 2026", "2026-03-06"
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$/i,
  // bylines with a timestamp: "Staff Writer The Daily Star, 06 Mar, 2026 09:56 AM"
  /^.{0,100}\b\d{4},?\s+\d{1,2}:\d{2}\s*(?:am|pm)?$/i,
  /^(?:picture|photo|image|video)s?\s*(?:courtesy|credit|by)?\s*[:(]/i,
  /^(?:photo|picture|image)\s+(?:courtesy|credit)\b/i,
  /^\(?(?:with files from|reporting by|editing by|additional reporting|compiled by|written by)\b/i,
  /^[Bb]y\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$/,
  /^[•·▪►]/,
  /^(?:read more|related|recommended|most read|trending|also read)\b:?/i,
  /^(?:copyright|©|all rights reserved)/i,
];

/** A line that opens a block of teasers for other stories: it and everything after it are dropped. */
export const TEASER_BLOCK_START: readonly RegExp[] = [
  /^more\b.{0,40}\b(?:articles|stories|news)\b/i,
  /^(?:related|more|other|latest|top) (?:articles|stories|news)\b/i,
  /^you (?:may|might) also like\b/i,
];

/** A metadata line at the top of an article: "date 2026-03-06". */
export const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/** A wire dateline opening a paragraph: "OSAKA (Newswire) - ", "WASHINGTON, March 3 (Agency) — ". */
export const DATELINE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L} .]{1,30}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s+/u;
