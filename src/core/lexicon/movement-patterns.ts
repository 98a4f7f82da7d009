// Visit and meeting patterns as data: a trigger (lemmas, inflected by the matcher), who acts,
// what the other argument is, what blocks it, and one example sentence of our own that
// tests/core/pipeline/movement-patterns.test.ts runs. Matched by 5-relations/movement-patterns.ts.

/** How the first trigger word is inflected: "visit" → visit, visits, visited, visiting. */
export type Inflection = "verb" | "noun" | "none";

/**
 * Who the actor is:
 * - `subject`: the person subject of the clause before the trigger ("Ana Ruiz heads to Lima");
 * - `nearest`: the possessor or the nearest person before the trigger ("during her tour of Peru, …"
 *   binds "her"; "Ruiz began a tour of Peru"), else the person after a comma that follows the
 *   argument ("During a tour of Peru, Ruiz said …");
 * - `after`: the person right after the trigger ("a visit by Ana Ruiz", "the visit of Ana Ruiz").
 */
export type Actor = "subject" | "nearest" | "after";

/**
 * The other argument:
 * - `places`: the coordinated places/countries right after the trigger (or after the actor, for `after`),
 *   past "to", "in", "the" ("a tour of Peru, Chile and Bolivia"); not "heads to court in Lima";
 * - `subject`: the subject before the trigger, a place or a person ("Lima was visited by Ana Ruiz");
 * - `place-before`: the place of "in <place>" just before the trigger ("in Lima on the last leg of");
 * - `people`: the coordinated persons right after the trigger ("visited Tomas Berg");
 * - `here`: the article's main country, when the actor's title names another ("arrived here").
 */
export type Argument = "places" | "place-before" | "subject" | "people" | "here";

export interface MovementPattern {
  readonly id: string;
  readonly relation: "visited" | "met";
  /** Lower-case words in order; the first is a lemma inflected as `inflect` says; "…" skips up to five words of the same clause. */
  readonly trigger: readonly string[];
  readonly inflect: Inflection;
  /** Inflected forms to leave out ("visiting Tomas Berg" is usually an adjective: "visiting President Berg"). */
  readonly exceptForms?: readonly string[];
  readonly actor: Actor;
  readonly argument: Argument;
  /** One of these words must come right before the trigger ("after talks in Lima"). */
  readonly requireBefore?: readonly string[];
  /** None of these words may come right before the trigger ("the head to …": a noun, not a verb). */
  readonly blockBefore?: readonly string[];
  /** With no place named, the visit is "here" ("to coincide with the visit of Chile's Ana Ruiz"). */
  readonly orHere?: boolean;
  readonly confidence: number;
  /** A sentence of our own and the edge it states, as the tests write it ("A → B", "A ↔ B" sorted). */
  readonly example: readonly [string, string];
}

const NOUN_DETERMINERS = ["a", "an", "the", "his", "her", "its", "their", "this", "that", "'s", "state"];

export const MOVEMENT_PATTERNS: readonly MovementPattern[] = [
  {
    id: "tour-of", relation: "visited", trigger: ["tour", "of"], inflect: "noun", actor: "nearest", argument: "places", confidence: 0.8,
    example: ["Ana Ruiz began a tour of Peru, Chile and Bolivia on Monday.", "Ana Ruiz → Bolivia"],
  },
  {
    id: "head-to", relation: "visited", trigger: ["head", "to"], inflect: "verb", actor: "subject", argument: "places", confidence: 0.7,
    blockBefore: NOUN_DETERMINERS,
    example: ["Ana Ruiz headed to Lima after the vote.", "Ana Ruiz → Lima"],
  },
  {
    id: "leg-of", relation: "visited", trigger: ["leg", "of"], inflect: "noun", actor: "nearest", argument: "place-before", confidence: 0.75,
    example: ["Ana Ruiz spoke in Lima on the final leg of her journey.", "Ana Ruiz → Lima"],
  },
  {
    id: "talks-in", relation: "visited", trigger: ["talks", "in"], inflect: "none", actor: "subject", argument: "places", confidence: 0.65,
    requireBefore: ["after", "following", "during", "held", "hold", "holds", "holding"],
    example: ["Ana Ruiz spoke to reporters after talks in Lima.", "Ana Ruiz → Lima"],
  },
  {
    id: "visit-by", relation: "visited", trigger: ["visit", "by"], inflect: "noun", actor: "after", argument: "places", confidence: 0.75,
    example: ["The rally came during a visit by Ana Ruiz to Peru.", "Ana Ruiz → Peru"],
  },
  {
    id: "visit-of", relation: "visited", trigger: ["visit", "of"], inflect: "noun", actor: "after", argument: "places", orHere: true, confidence: 0.7,
    example: ["The talks marked the first visit of Foreign Minister Ana Ruiz to Peru.", "Ana Ruiz → Peru"],
  },
  {
    id: "visit-here", relation: "visited", trigger: ["visit", "here"], inflect: "noun", actor: "nearest", argument: "here", confidence: 0.55,
    example: ["Chilean Trade Minister Ana Ruiz ended a brief visit here. Peru and Bolivia want her copper, Peru's officials said.", "Ana Ruiz → Peru"],
  },
  {
    id: "arrive-here", relation: "visited", trigger: ["arrive", "here"], inflect: "verb", actor: "subject", argument: "here", confidence: 0.55,
    example: ["Chilean Trade Minister Ana Ruiz arrived here on Monday. Peru and Bolivia want her copper, Peru's officials said.", "Ana Ruiz → Peru"],
  },
  {
    id: "visited-by-place", relation: "visited", trigger: ["visited", "by"], inflect: "none", actor: "after", argument: "subject", confidence: 0.75,
    example: ["Lima was visited by Ana Ruiz last year.", "Ana Ruiz → Lima"],
  },
  {
    id: "visited-by-person", relation: "met", trigger: ["visited", "by"], inflect: "none", actor: "after", argument: "subject", confidence: 0.7,
    example: ["Tomas Berg was visited by Ana Ruiz in hospital.", "Ana Ruiz ↔ Tomas Berg"],
  },
  {
    id: "visited-person", relation: "met", trigger: ["visit"], inflect: "verb", exceptForms: ["visiting", "visit"], actor: "subject", argument: "people", confidence: 0.75,
    example: ["Ana Ruiz visited Tomas Berg at his farm.", "Ana Ruiz ↔ Tomas Berg"],
  },
  {
    id: "visit-from", relation: "met", trigger: ["receive", "…", "visit", "from"], inflect: "verb", actor: "subject", argument: "people", confidence: 0.7,
    example: ["Ana Ruiz received a short visit from Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
  },
  {
    id: "visit-to", relation: "visited", trigger: ["visit", "to"], inflect: "noun", actor: "nearest", argument: "places", confidence: 0.75,
    example: ["During her visit to Peru, Ana Ruiz signed a fisheries accord.", "Ana Ruiz → Peru"],
  },
  {
    id: "trip-to", relation: "visited", trigger: ["trip", "to"], inflect: "noun", actor: "nearest", argument: "places", confidence: 0.7,
    example: ["Ana Ruiz was on a three-day trip to Peru and Chile.", "Ana Ruiz → Chile"],
  },
  {
    id: "after-meeting", relation: "met", trigger: ["meeting"], inflect: "none", actor: "subject", argument: "people", confidence: 0.7,
    requireBefore: ["after", "before", "when", "while", "since"],
    example: ["Ana Ruiz told reporters in Lima after meeting Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
  },
  {
    id: "discuss-with", relation: "met", trigger: ["discuss", "…", "with"], inflect: "verb", actor: "subject", argument: "people", confidence: 0.7,
    example: ["Ana Ruiz discussed the fishing quotas with Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
  },
];

/** Irregular forms of trigger lemmas (regular ones are derived: +s, +ed, +ing). */
export const IRREGULAR_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["fly", ["flies", "flew", "flown", "flying"]],
  ["go", ["goes", "went", "gone", "going"]],
  ["leave", ["leaves", "left", "leaving"]],
]);
