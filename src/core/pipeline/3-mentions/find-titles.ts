// Title phrases ("U.S. Trade Representative", "Japanese Prime Minister", "Ambassador to Canada"):
// where they are, what they make their holder (leader or person) and whom they are of.
import { LEADER_TITLES, LEGISLATOR_TITLES, PERSON_TITLES, TITLE_MODIFIERS } from "../../lexicon/titles.js";
import type { Token } from "../types.js";

export interface TitlePhrase {
  readonly first: number;
  readonly last: number;
  /** Lower-cased title head ("prime minister"). */
  readonly title: string;
  readonly leader: boolean;
}

/** The most words a title head has ("chancellor of the exchequer"). */
const MAX_TITLE_WORDS = Math.max(...[...LEADER_TITLES, ...PERSON_TITLES].map((t) => t.split(" ").length));
/** A body's nouns that may stand in a title: "board chairman", "committee member". */
const BODY_NOUNS = new Set([
  "board",
  "management",
  "supervisory",
  "executive",
  "committee",
  "party",
  "council",
  "bank",
  "company",
  "group",
]);
/** What may stand before a legislator's title ("former MP", "senior senator"). */
const SEAT_MODIFIERS = new Set(["former", "senior", "junior", "veteran", "deputy", "acting", "backbench", "new"]);
const MONARCHS = new Set(["king", "queen", "emperor", "empress", "sultan", "shah", "tsar", "emir", "amir", "prince", "princess"]);

/** The longest title head starting at i ("prime minister", "trade representative", "ambassador"). */
function headAt(tokens: readonly Token[], i: number): { end: number; title: string } | undefined {
  // ("vice-president", "director-general": a hyphen between two words, written without spaces, is part of the title)
  const joins = (k: number) =>
    tokens[k]!.text === "-" &&
    !tokens[k]!.spaceBefore &&
    tokens[k - 1]?.word === true &&
    tokens[k + 1]?.word === true &&
    !tokens[k + 1]!.spaceBefore;
  for (let n = MAX_TITLE_WORDS + 2; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const words = tokens.slice(i, i + n);
    if (!words.every((t, k) => t.word || (k > 0 && k < n - 1 && joins(i + k)))) continue;
    if (words.filter((t) => t.word).length > MAX_TITLE_WORDS) continue;
    const written = words.map((t, k) => (k === 0 || t.text === "-" || words[k - 1]!.text === "-" ? t.lower : ` ${t.lower}`)).join("");
    // a plural title before names: "Presidents Ana Ruiz and Tomas Berg"
    // (only before a list: "Queens Park Rangers" is a club)
    const list = tokens.slice(i + n, i + n + 8).some((t, k, next) => t.lower === "and" && next[k + 1]?.cap === true);
    const key =
      /[^s]s$/.test(written) && !LEADER_TITLES.has(written) && !PERSON_TITLES.has(written) && list ? written.slice(0, -1) : written;
    // a monarch's title is written capitalized: "comeback king X", "drama queen X" are no titles
    if (MONARCHS.has(key) && !tokens[i]!.cap) return undefined;
    if (LEADER_TITLES.has(key) || PERSON_TITLES.has(key)) return { end: i + n, title: key };
  }
  return undefined;
}

/**
 * A title phrase ending right before `end` (exclusive), e.g. the tokens of
 * "Deputy Foreign Minister" before a name. Modifiers must be capitalized or all the
 * phrase lower case ("trade representative").
 */
export function titleBefore(tokens: readonly Token[], end: number): TitlePhrase | undefined {
  for (let headStart = Math.max(0, end - MAX_TITLE_WORDS); headStart < end; headStart++) {
    const head = headAt(tokens, headStart);
    if (!head || head.end !== end) continue;
    let first = headStart;
    // a legislator holds a seat, not a portfolio: "Labour MP X" is of a party, "former MP X" still a title
    const seat = LEGISLATOR_TITLES.has(head.title);
    while (first > 0) {
      const t = tokens[first - 1]!;
      if (seat && !SEAT_MODIFIERS.has(t.lower)) break;
      // "Under-Secretary": a hyphen between modifier and head
      // ("co-chairman": "co" is a title's prefix only so written, "Co" a firm's)
      if (
        t.text === "-" &&
        !t.spaceBefore &&
        tokens[first - 2]?.word &&
        (TITLE_MODIFIERS.has(tokens[first - 2]!.lower) || /^[Cc]o$/.test(tokens[first - 2]!.text))
      ) {
        first -= /^[Cc]o$/.test(tokens[first - 2]!.text) ? 2 : 1;
        continue;
      }
      if (!t.word || !(TITLE_MODIFIERS.has(t.lower) || headAt(tokens, first - 1)?.end === first)) break;
      // ("president and chief executive X": two titles joined)
      if (
        t.lower === "and" &&
        !(
          tokens[first - 2]?.cap ||
          TITLE_MODIFIERS.has(tokens[first - 2]?.lower ?? "") ||
          (first >= 2 && headAt(tokens, first - 2)?.end === first - 1)
        )
      )
        break;
      first--;
    }
    if (tokens[first]?.lower === "and") first++;
    // ("Fellow Tory X", "fellow Briton X": a bare "fellow" before a name is an adjective; "Research Fellow X" a title)
    if (head.title === "fellow" && first === headStart) return undefined;
    const modifiers = tokens.slice(first, headStart).map((t) => t.lower);
    const demoted = modifiers.some(
      (m) => m === "vice" || m === "deputy" || m === "former" || m === "acting" || m === "assistant" || m === "shadow",
    );
    // "UAE President Sheikh X": any leader title in the phrase makes a leader
    // ("Lord Chancellor Lord X": a head's title inside a longer title is that title's)
    // ("president and chief executive X": a head of state holds no second, lesser title)
    const joined = modifiers.includes("and") && !LEADER_TITLES.has(head.title);
    const leaderHead = LEADER_TITLES.has(head.title)
      ? head.title
      : joined
        ? undefined
        : modifiers.find((m, k) => LEADER_TITLES.has(m) && !PERSON_TITLES.has(`${tokens[first + k - 1]?.lower} ${m}`));
    return { first, last: end, title: leaderHead ?? head.title, leader: !!leaderHead && !demoted };
  }
  return undefined;
}

/**
 * A title phrase starting at `start` (for appositions: "X, Japan's ambassador to Canada").
 * `describes(k)` admits other words before the head ("a telecoms analyst", "its defensive coach").
 */
export function titleAfter(tokens: readonly Token[], start: number, describes?: (k: number) => boolean): TitlePhrase | undefined {
  // ("deputy board chairman", "party treasurer": a body's noun says whose title it is)
  const modifier = (k: number) =>
    tokens[k]!.word &&
    (TITLE_MODIFIERS.has(tokens[k]!.lower) || (!!describes && !tokens[k]!.cap && (describes(k) || BODY_NOUNS.has(tokens[k]!.lower))));
  let i = start;
  while (i < tokens.length && modifier(i) && !headAt(tokens, i)) i++;
  let best: TitlePhrase | undefined;
  for (let j = i; j < Math.min(tokens.length, i + MAX_TITLE_WORDS + 2); j++) {
    const head = headAt(tokens, j);
    if (!head) {
      if (!modifier(j)) break;
      continue;
    }
    const modifiers = tokens.slice(start, j).map((t) => t.lower);
    const demoted = modifiers.some((m) => m === "vice" || m === "deputy" || m === "former" || m === "acting" || m === "shadow");
    best = { first: start, last: head.end, title: head.title, leader: LEADER_TITLES.has(head.title) && !demoted };
    j = head.end - 1;
  }
  return best;
}
