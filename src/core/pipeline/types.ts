// The shapes that flow between pipeline stages. Spans are [start, end) character
// offsets into the article's original text; text is materialized only at assembly.
import type { Article } from "../contract/article.js";
import type { Modality, NodeKind, Relation } from "../contract/ontology.js";

export type Span = readonly [start: number, end: number];

/** Stage 1: an article with the parts that are the story (blocks) and the page leftovers (dropped). */
export interface CleanDoc {
  readonly article: Article;
  readonly blocks: readonly Span[];
  readonly dropped: readonly Span[];
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** First character is an uppercase letter. */
  readonly cap: boolean;
  /** Two or more letters, all uppercase (acronyms, wire headlines). */
  readonly upper: boolean;
  readonly word: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

/** Stage 2: a sentence of one document, with its tokens. */
export interface Sentence {
  readonly doc: number;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** Mostly upper-case text (a wire headline): names are found from vocabularies only. */
  readonly shouting: boolean;
}

export interface Role {
  /** The title as written, lower-cased ("prime minister", "ambassador"). */
  readonly title: string;
  /** The title makes its holder a head of state or government. */
  readonly leader: boolean;
  /** Mention index (in the same sentence) of the country, place or organization the role is of. */
  readonly of?: number;
  /** Mention index of a second country or body the person serves, named in an apposition. */
  readonly alsoOf?: number;
}

/** A vocabulary term inside a longer name; resolution sets its entity. */
export interface InnerTerm {
  readonly kind: NodeKind;
  readonly canonical: string;
  entity?: number;
}

/** Stage 3: a typed name or vocabulary term found in a sentence. */
export interface Mention {
  readonly doc: number;
  readonly sentence: number;
  /** Token range [first, last) within the sentence. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  kind: NodeKind | "name";
  /** The name without titles or articles, as used for resolution ("Ana Ruiz"). */
  readonly name: string;
  /** A fixed canonical label from a vocabulary (countries, sectors), if any. */
  readonly canonical?: string;
  role?: Role;
  /** The mention is an adjective (a demonym such as "Japanese"). */
  readonly adjectival?: boolean;
  /** Vocabulary terms inside this name (the countries of "U.S.-Soviet grain agreement", its sector). */
  readonly inner?: readonly InnerTerm[];
  /** Set by resolution: the entity this mention refers to. */
  entity?: number;
}

/** Stage 4: one real-world thing, across all articles. */
export interface Entity {
  readonly id: number;
  kind: NodeKind;
  label: string;
  readonly aliases: Map<string, number>;
  readonly mentions: Mention[];
  /**
   * The id of the one article an agreement described in lower case belongs to ("a long-term supply
   * deal"): two articles' deals of one description are two things unless their parties match.
   */
  scope?: string;
}

export interface EvidenceSpan {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** Stage 5: a relation found in one sentence. */
export interface RelationCandidate {
  readonly source: number;
  readonly relation: Relation;
  readonly target: number;
  readonly evidence: EvidenceSpan;
  readonly modality: Modality;
  readonly to?: number;
}
