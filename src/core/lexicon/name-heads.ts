// Head nouns that decide what kind of thing a capitalized name is
// ("Northern Policy Foundation" → organization, "North Pacific Ocean" → place).

export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "navy", "navies", "army", "air force", "forces", "coast guard", "police", "ministry", "department", "dept", "office", "agency",
  "foundation", "institute", "institution", "bank", "fund", "council", "commission", "committee", "board", "authority",
  "association", "federation", "confederation", "union", "league", "party", "parliament", "congress", "senate", "assembly", "cabinet",
  "government", "administration", "court", "tribunal", "organisation", "organization", "group", "company", "corporation",
  "corp", "inc", "ltd", "plc", "co", "llc", "gmbh", "holdings", "industries", "airlines", "airways",
  "motors", "petroleum", "oil", "energy", "exchange", "university", "college", "school", "press", "news", "times",
  "post", "journal", "network", "broadcasting", "television", "radio", "tv", "club", "society", "secretariat",
  "center", "centre", "alliance", "coalition", "movement", "front", "service", "services", "systems", "technologies",
  "bureau", "reserve", "treasury", "house", "chamber", "guard", "desk", "trust", "cooperative", "co-operative",
  "consortium", "partners", "capital", "securities", "investments", "group", "mills", "steel", "mining", "resources",
  "brotherhood", "nations", "aid", "relief", "community", "communities", "watch", "materials", "chemicals", "foods", "electric", "pharmaceuticals", "logistics", "shipping", "airline", "observatory", "programme", "program", "initiative", "forum", "delegation", "mission", "markets", "brothers", "associates", "investors", "advisers", "division", "fc", "afc", "rfc",
  "laboratories", "laboratory", "labs", "enterprises", "bancorp", "bancorporation", "bancshares", "bankshares",
  "futures", "research", "economics", "advisors", "management", "consultants", "consulting", "international",
  // sports clubs' names ("Ostrava United", "Vestby Rovers")
  "united", "rangers", "rovers", "athletic", "wanderers", "albion", "hotspur", "harriers",
]);

export const AGREEMENT_HEADS: ReadonlySet<string> = new Set([
  "agreement", "agreements", "accord", "accords", "treaty", "pact", "partnership", "protocol", "memorandum",
  "convention", "charter", "plan", "act", "deal", "arrangement", "compact", "understanding", "framework", "declaration", "mou",
]);

export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "summit", "conference", "games", "olympics", "election", "elections", "referendum", "war", "festival", "cup",
  "championship", "championships", "talks", "round", "expo", "exercise", "exercises", "meeting", "ceremony", "crisis",
]);

/** Words that open an event name ("Operation Bluewater"). */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(["operation", "exercise"]);

export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "ocean", "sea", "river", "lake", "gulf", "bay", "strait", "straits", "canal", "island", "islands", "peninsula",
  "mountains", "valley", "desert", "coast", "province", "state", "county", "region", "territory", "territories",
  "city", "port", "square", "temple", "palace", "airport", "basin", "plain", "plains", "delta", "highlands", "heights", "district", "prefecture", "oblast",
]);

/** Regions and geographic areas (a direction word may precede them: "North Pacific"). */
export const REGIONS: ReadonlySet<string> = new Set([
  "arctic", "antarctic", "antarctica", "pacific", "atlantic", "indo-pacific", "asia-pacific", "middle east",
  "near east", "far east", "europe", "asia", "africa", "latin america", "north america", "south america",
  "central america", "caribbean", "balkans", "mediterranean", "baltic", "scandinavia", "siberia", "gulf",
  "persian gulf", "arabian gulf", "sahara", "sahel", "west bank", "gaza", "gaza strip", "kashmir", "tibet",
  "xinjiang", "crimea", "donbas", "south china sea", "east china sea", "horn of africa", "southeast asia",
  "south asia", "east asia", "central asia", "eastern europe", "western europe", "the americas", "oceania",
  "north sea", "black sea", "red sea", "caspian", "himalayas", "amazon", "andes", "alps", "yukon", "hong kong", "macau",
]);

export const DIRECTIONS: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
  "northwest", "southeast", "southwest", "upper", "lower",
]);

/** Provinces and states often named in news without a head noun (sub-national places). */
export const SUBNATIONAL: ReadonlySet<string> = new Set([
  // Canadian provinces and territories
  "british columbia", "b.c.", "alberta", "saskatchewan", "manitoba", "ontario", "quebec", "nova scotia",
  "new brunswick", "newfoundland", "labrador", "prince edward island", "nunavut", "northwest territories",
  // U.S. states (those not also common words or first names)
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
  "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
  "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
  "vermont", "virginia", "west virginia", "wisconsin", "wyoming", "washington state",
  // large sub-national units elsewhere
  "scotland", "wales", "england", "northern ireland", "bavaria", "catalonia", "flanders", "wallonia", "queensland",
  "new south wales", "victoria", "tasmania", "punjab", "bengal", "gujarat", "maharashtra", "kerala", "tamil nadu",
  "hokkaido", "okinawa", "kyushu", "honshu", "guangdong", "sichuan", "ontario", "siberia", "patagonia",
]);

/**
 * Adjectives and peoples of regions that are not sovereign states ("Scottish club X" → Scotland), as
 * country demonyms point at their country. (Continents' adjectives, "Asian", "European", name no place.)
 */
export const PLACE_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["scottish", "Scotland"], ["scots", "Scotland"], ["welsh", "Wales"], ["northern irish", "Northern Ireland"], ["siberian", "Siberia"],
  ["californian", "California"], ["texan", "Texas"], ["bavarian", "Bavaria"], ["catalan", "Catalonia"], ["quebecois", "Quebec"],
  ["tibetan", "Tibet"], ["kashmiri", "Kashmir"], ["basque", "Basque Country"], ["flemish", "Flanders"], ["sicilian", "Sicily"],
]);

/** Words that open an organization's name before "of"/"for" ("Ministry of Agriculture", "Bank of Japan"). */
export const ORGANIZATION_OPENERS: ReadonlySet<string> = new Set([
  "ministry", "department", "bank", "organisation", "organization", "institute", "university", "office", "council",
  "commission", "bureau", "federation", "confederation", "association", "union", "league", "party", "house", "chamber", "board",
  "committee", "court", "agency", "society", "academy", "fund", "foundation", "government", "embassy", "order",
]);

/** Words that may describe an agreement before its head noun ("long-term grain agreement"). */
export const AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set([
  "strategic", "comprehensive", "partnership", "free", "trade", "long", "term", "long-term", "bilateral", "economic",
  "security", "defence", "defense", "nuclear", "peace", "military", "investment", "cooperation", "co-operation",
  "operation", "framework", "supply", "compensation", "barter", "swap", "purchase", "purchasing", "credit", "loan",
  "fishing", "fisheries", "tariff", "textile", "commodity", "marketing", "export", "import", "maritime", "patrol",
  "market", "access", "sales", "price", "pricing", "production", "quota", "quotas", "output", "ceasefire", "cease-fire",
  "association", "partnership", "multilateral", "regional", "global", "interim", "preliminary", "final", "historic",
  "landmark", "shipping", "grains", "farm", "agricultural", "energy", "technology", "cultural", "aviation", "air",
  "services", "tax", "currency", "monetary", "debt", "aid", "understanding",
  // companies' deals
  "definitive", "tentative", "merger", "acquisition", "takeover", "buyout", "joint", "venture", "licensing", "licence",
  "license", "distribution", "lease", "leasing", "standstill", "royalty",
]);

/** Event heads that follow a place or name in lower case ("Tokyo summit", "G7 summit"). */
export const LOWERCASE_EVENT_HEADS: ReadonlySet<string> = new Set([
  "summit", "conference", "election", "elections", "referendum", "games", "olympics", "meeting",
]);

/** Legal forms written after a firm's name, without their dots, in lower case ("S.A.", "N.V.", "SpA", "L.P."). */
export const LEGAL_FORMS_AFTER: ReadonlySet<string> = new Set([
  "sa", "nv", "bv", "ag", "lp", "llp", "spa", "ab", "kk", "plc", "gmbh", "srl", "sarl", "oy", "oyj", "asa", "pty", "bhd", "sdn",
  "sca", "sae", "cv", "kg", "kgaa", "ltda", "sas", "lda",
]);

/** Words a firm's name may end on besides its own: company words and legal forms ("Nordwerk Motor Co Ltd"). */
export const FIRM_FORM_WORDS: ReadonlySet<string> = new Set([
  "corp", "corporation", "inc", "incorporated", "co", "company", "cos", "companies", "ltd", "limited", "llc",
  ...LEGAL_FORMS_AFTER,
]);

/** Lower-case nouns that say what a body is, before or after its name: "the carrier X", "car maker X", "X shares". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "firm", "firms", "company", "companies", "group", "carrier", "airline", "operator", "maker", "manufacturer", "rival", "rivals",
  "bank", "giant", "retailer", "broadcaster", "network", "club", "side", "team", "party", "agency", "exchange", "producer",
  "conglomerate", "insurer", "supermarket", "chain", "subsidiary", "unit", "brand", "label", "studio", "newspaper", "magazine",
  "channel", "station", "publisher", "developer", "provider", "utility", "refiner", "miner", "lender", "distributor", "exporter",
  "importer", "shipper", "trader", "corporation", "venture", "joint", "partner", "band", "charity", "union", "association",
  "organisation", "organization", "body", "regulator", "watchdog", "outfit", "champions", "holders", "hosts", "brokerage",
  "consortium", "carmaker", "automaker", "steelmaker", "chipmaker", "drugmaker", "bookmaker", "broker", "investor", "fund",
  "marque", "makers", "consultancy", "think-tank",
]);
