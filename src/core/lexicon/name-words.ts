// Capitalized words that are not names: sentence openers, calendar words and
// common nouns that wire copy capitalizes. They never start or form a person's name.

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "by", "for", "from", "of", "to", "with", "as", "after",
  "before", "during", "since", "until", "while", "when", "where", "which", "who", "what", "why", "how", "that", "this",
  "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
  "my", "your", "some", "many", "most", "several", "all", "both", "each", "every", "any", "no", "not", "other",
  "another", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last",
  "next", "new", "also", "however", "meanwhile", "although", "though", "because", "yet", "so", "still", "even",
  "according", "under", "over", "about", "against", "between", "among", "into", "through", "without", "within",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow",
  "officials", "official", "sources", "source", "analysts", "traders", "dealers", "government", "ministers",
  "minister", "president", "premier", "chairman", "spokesman", "spokeswoman", "secretary", "ambassador",
  "prime", "said", "says", "told", "news", "mln", "dlrs", "pct", "billion", "million",
  "per", "cent", "percent", "inc", "corp", "ltd", "co", "mr", "mrs", "ms", "dr", "sir", "we're", "it's", "i'm",
  "earlier", "later", "now", "then", "only", "just", "more", "less", "than", "very", "well", "would", "could",
  "should", "will", "can", "may", "might", "must", "shall", "was", "were", "is", "are", "be", "been", "has", "have",
  "had", "do", "does", "did", "not", "like", "trade", "talks", "agreement", "deal", "accord", "summit", "foreign",
  "economic", "state", "federal", "national", "international", "world", "global", "west", "east", "north", "south",
  "western", "eastern", "northern", "southern", "central", "royal", "senior", "house", "measures", "energy",
  "defence", "defense", "security", "technology", "asked", "speaking", "writing", "reporting", "editing",
  "chief", "deputy", "vice", "acting", "former", "external", "commission", "committee", "council", "fellow",
  // a party's adjectives ("Christian Democratic leader X"), never a surname
  "democratic", "socialist", "communist",
]);

/** Lower-case particles allowed inside a personal name ("Willy De Clercq", "Punta del Este"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "bin", "ibn", "al", "el", "la", "le", "ben", "y", "zur", "zu", "vom", "ter", "ten", "dei", "degli"]);

/** Capitalized single words that recur in news without naming an organization. */
export const NOT_ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "english", "arabic", "mandarin", "cantonese", "hindi", "urdu", "latin", "hebrew", "swahili", "internet", "web",
  "christmas", "easter", "ramadan", "god", "allah", "muslims", "christians", "jews", "muslim", "christian", "jewish",
  "islamic", "catholic", "protestant",
  "western", "eastern", "northern", "southern", "asian", "african", "european", "arab", "latin", "nordic", "baltic",
  "pacific", "atlantic", "mr", "mrs", "ms", "dr", "he", "she", "they", "it", "we", "i", "you", "this", "that",
]);

/** Acronyms of common nouns and units: capitalized, but never an organization, a person or a place ("TV", "GDP"). */
export const NOT_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set(["GDP", "GNP", "CEO", "CFO", "DVD", "CD", "ID", "SMS", "GPS", "PIN", "ATM", "IPO", "HIV", "PR", "HQ", "VAT", "AM", "PM", "TV", "OK", "PC", "IT", "AI", "US", "UK", "ET", "GMT", "EST", "PST", "CET", "AP", "MP", "MPS", "QC", "MW", "KW", "BPD",
  // credit ratings and diseases
  "AAA", "AA", "BBB", "BB", "CCC", "CC", "AIDS", "SARS"]);
