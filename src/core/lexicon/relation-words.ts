// Trigger words of each relation and words that change a statement's modality.
// Matched on lower-case tokens; multi-word triggers are written with spaces.

export const MET_TRIGGERS: ReadonlySet<string> = new Set([
  "met", "meet", "meets", "meeting", "hosted", "hosts", "host", "hosting", "dined", "talks", "talked", "welcomed", "welcomes",
  "received", "receives", "conferred", "spoke with", "sat down with", "greeted", "discussed", "discussing", "discusses",
]);

export const SIGNED_TRIGGERS: ReadonlySet<string> = new Set([
  "signed", "sign", "signs", "signing", "inked", "inks", "concluded", "concludes", "sealed", "seals", "struck", "strikes",
  "initialled", "initialed", "ratified", "ratifies", "agreed", "reached", "clinched", "finalised", "finalized",
]);

export const EXPORT_TRIGGERS: ReadonlySet<string> = new Set([
  "exports", "exported", "export", "exporting", "exporter", "exporters", "sells", "sold", "sell", "selling", "sales",
  "supplies", "supplied", "supply", "supplying", "supplier", "suppliers", "ships", "shipped", "ship", "shipping",
  "shipments", "producer", "provides", "provided", "lend", "lends", "lent", "lending",
]);

export const IMPORT_TRIGGERS: ReadonlySet<string> = new Set([
  "imports", "imported", "import", "importing", "importer", "importers", "buys", "bought", "buy", "buying", "buyer",
  "buyers", "purchases", "purchased", "purchase", "purchasing", "purchaser", "orders", "ordered", "order",
]);

export const VISIT_TRIGGERS: ReadonlySet<string> = new Set([
  "visited", "visit", "visits", "visiting", "travelled", "traveled", "travels", "travel", "arrived", "arrives", "arrive",
  "landed", "lands", "landing", "land", "stopped", "flew", "flies", "toured", "tours", "tour", "trip", "stop", "returned",
  "returns", "returning", "return", "went", "mission", "stopover",
]);

export const COVERS_TRIGGERS: ReadonlySet<string> = new Set([
  "covers", "covering", "cover", "covered", "on", "across", "including", "includes", "include", "involve", "involves",
  "for", "boost", "deepen", "co-operation", "cooperation", "focuses", "focused", "focus", "aims", "about", "concerning",
  "regarding", "provides", "provided", "supply", "sale", "sales", "of", "in", "to",
]);

export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "n't", "never", "no", "neither", "nor", "refused", "declined", "failed", "denied", "without", "cancelled",
  "canceled", "cancels", "cancel", "postponed", "scrapped", "stopped", "stops", "halted", "halts", "halt", "suspended",
  "suspends", "rejected", "rejects", "abandoned", "refuses", "refuse", "refusal", "unwilling", "unwillingness", "reluctant", "reluctance", "failure",
]);

export const PLANNED: ReadonlySet<string> = new Set([
  "will", "would", "shall", "plans", "plan", "planned", "planning", "expected", "expects", "set", "scheduled", "due",
  "intends", "intend", "wants", "want", "hopes", "hope", "seeks", "seek", "aims", "proposed", "proposes", "upcoming",
  "next", "could", "may", "might", "should", "possible", "potential", "potentially", "likely", "considering", "consider",
]);

/** Pronouns and descriptions that refer back to an earlier entity of the given kinds. */
export const ANAPHORS: readonly {
  words: readonly string[];
  kinds: readonly ("leader" | "person" | "country" | "organization" | "agreement")[];
  count: 1 | 2;
  /** Bound only as the body of someone's title ("president of the company"), never as an actor. */
  titleBody?: true;
}[] = [
  { words: ["he"], kinds: ["leader", "person"], count: 1 },
  { words: ["she"], kinds: ["leader", "person"], count: 1 },
  { words: ["the", "prime", "minister"], kinds: ["leader"], count: 1 },
  { words: ["the", "president"], kinds: ["leader"], count: 1 },
  { words: ["the", "premier"], kinds: ["leader"], count: 1 },
  { words: ["the", "chancellor"], kinds: ["leader"], count: 1 },
  { words: ["the", "two", "leaders"], kinds: ["leader"], count: 2 },
  { words: ["both", "leaders"], kinds: ["leader"], count: 2 },
  { words: ["the", "leaders"], kinds: ["leader"], count: 2 },
  { words: ["the", "two", "countries"], kinds: ["country"], count: 2 },
  { words: ["both", "countries"], kinds: ["country"], count: 2 },
  { words: ["the", "two", "nations"], kinds: ["country"], count: 2 },
  { words: ["the", "two", "companies"], kinds: ["organization"], count: 2 },
  { words: ["the", "two", "firms"], kinds: ["organization"], count: 2 },
  { words: ["both", "companies"], kinds: ["organization"], count: 2 },
  { words: ["both", "firms"], kinds: ["organization"], count: 2 },
  // "president of the company": the article's most mentioned organization so far (as an actor, "the company"
  // is too often another one: "the company said it would sell …" after a paragraph on its buyer)
  { words: ["the", "company"], kinds: ["organization"], count: 1, titleBody: true },
  { words: ["the", "firm"], kinds: ["organization"], count: 1, titleBody: true },
  { words: ["the", "agreement"], kinds: ["agreement"], count: 1 },
  { words: ["the", "accord"], kinds: ["agreement"], count: 1 },
  { words: ["the", "deal"], kinds: ["agreement"], count: 1 },
  { words: ["the", "pact"], kinds: ["agreement"], count: 1 },
  { words: ["the", "treaty"], kinds: ["agreement"], count: 1 },
  { words: ["the", "partnership"], kinds: ["agreement"], count: 1 },
  { words: ["the", "memorandum"], kinds: ["agreement"], count: 1 },
  { words: ["the", "protocol"], kinds: ["agreement"], count: 1 },
];

/** Phrases that stand for the article's main country ("the government wants to sell …"). */
export const HOME_COUNTRY_PHRASES: readonly (readonly string[])[] = [["the", "government"], ["the", "country"]];

/** Verbs that open reported speech: the speaker before them is not the actor after them ("Ruiz said Berg met Holm"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "reported", "reports",
  "announced", "announces", "confirmed", "confirms", "believes", "believed", "thinks", "thought", "argued", "argues",
  "claimed", "claims", "insisted", "insists", "warned", "warns", "predicted", "predicts", "explained", "explains",
]);

/** Names of bodies that rule on trade or are told of it, not traders: "Congress may curb textile imports". */
export const REGULATOR_NAMES = /\b(?:Department|Congress|Senate|Parliament|Commission|Court|Committee|Tribunal)\b/;
