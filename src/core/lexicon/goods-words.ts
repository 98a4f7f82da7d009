// Traded goods are an open class: whatever noun phrase is bought, sold, shipped or supplied. These
// vocabularies only shape that phrase: words that are not goods, quantities to skip, modifiers that
// do not make a different good, and plurals that have no singular. Matched on lower-case words.

/**
 * Heads of a phrase that is traded but is no good: securities and stakes, companies and their
 * parts, money, measures, and what is "bought" or "sold" figuratively ("sold its stake", "bought
 * time", "buy shares", "sold 5 pct"). An object headed by one of these yields no good at all.
 */
export const NOT_GOODS: ReadonlySet<string> = new Set([
  // securities, stakes, money
  "share", "stake", "stock", "bond", "security", "securities", "asset", "equity", "holding", "interest", "option", "warrant",
  "debt", "loan", "credit", "note", "paper", "bill", "currency", "dollar", "yen", "euro", "pound", "franc", "mark", "lira", "peso",
  "rouble", "ruble", "rupee", "yuan", "won", "ecu", "sterling", "cash", "money", "fund", "capital", "dividend", "premium", "profit",
  "revenue", "income", "cost", "price", "value", "worth", "amount", "sum", "fee", "tax", "tariff", "duty", "subsidy", "quota", "insurance",
  "policy", "mortgage", "deposit", "account", "portfolio", "position", "contract", "future", "derivative", "right", "licence", "license",
  "patent", "franchise", "title", "ticket", "vote", "seat",
  // companies and their parts, property
  "company", "firm", "business", "unit", "label", "subsidiary", "division", "arm", "operation", "venture", "group", "bank", "brand", "outlet",
  "chain", "store", "shop", "network", "plant", "factory", "mill", "refinery", "mine", "site", "facility", "property", "building",
  "house", "home", "land", "estate", "office", "headquarters", "station", "airline", "carrier", "team", "club", "player", "service",
  "operator", "maker", "producer", "supplier", "buyer", "customer", "client", "partner", "rival", "owner", "investor",
  // measures and parts of a whole
  "pct", "percent", "cent", "percentage", "proportion", "half", "third", "quarter", "majority", "minority", "rest", "remainder",
  "bulk", "lot", "number", "quantity", "volume", "total", "level", "record", "figure", "rate", "output", "production", "capacity",
  "copy", "item", "piece", "one", "ones", "deal", "order", "sale", "purchase", "export", "import", "supply", "shipment", "delivery",
  // time and figures of speech
  "time", "year", "month", "week", "day", "season", "period", "idea", "story", "message", "vision", "plan", "argument", "case", "line",
  "way", "thing", "anything", "something", "everything", "nothing", "support", "access", "control", "influence", "power",
  "advantage", "life", "love", "soul", "hope", "peace", "freedom", "market", "goodwill", "job", "success", "source", "industry", "advertising",
  // places and people
  "country", "nation", "state", "member", "government", "region", "area", "territory", "city", "town", "port", "people", "man",
  "woman", "child", "worker", "employee", "staff", "farmer", "consumer", "exporter", "importer", "trader", "official", "manager", "executive",
  "troop", "soldier", "police", "officer", "fellow", "inquiry", "investigation", "review", "release", "arrest", "ban", "halt",
]);

/**
 * Heads that say only "goods": a good when a modifier says which ("steel goods", "farm products"),
 * none on their own ("sold goods worth $5bn").
 */
export const GENERIC_GOODS: ReadonlySet<string> = new Set([
  "goods", "product", "products", "commodity", "commodities", "item", "items", "merchandise", "material", "materials", "equipment",
  "supplies", "cargo", "cargoes", "part", "parts",
]);

/** Quantity and unit words skipped before the goods ("20,000 tonnes of", "1.5 mln barrels of", "$5bn worth of"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "bushel", "bushels", "bale", "bales", "bag", "bags", "kg", "kilo", "kilos",
  "kilogram", "kilograms", "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "litre", "litres", "liter", "liters", "gallon",
  "gallons", "cubic", "metre", "metres", "meter", "meters", "feet", "ft", "cu", "bcm", "mw", "megawatts", "gigawatts", "carat", "carats",
  "acre", "acres", "hectare", "hectares", "bpd", "b/d", "mbd", "tpd", "bcf", "mcf", "mln", "million", "millions", "bln", "billion", "billions", "trillion", "thousand", "thousands", "hundred", "hundreds", "dozen",
  "dozens", "metric", "short", "long", "dlrs", "dollars", "dollar", "worth", "pct", "percent", "per", "cent", "head", "units", "unit",
  "cargo", "cargoes", "shipment", "shipments", "consignment", "consignments", "quantity", "quantities", "amount", "amounts", "lot",
  "lots", "batch", "batches", "load", "loads", "number", "numbers", "supplies", "volume", "volumes", "fleet", "range", "kind", "kinds",
  "type", "types", "sort", "sorts", "variety", "form", "forms", "grade", "grades", "category", "categories", "bn", "m", "k", "mn",
  "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "that", "some", "more", "less", "fewer", "of", "all", "any", "both", "each", "only", "just", "also", "further",
  "another", "extra", "additional", "new", "much", "many", "several", "few", "large", "small", "big", "huge", "vast", "substantial",
  "significant", "limited", "increased", "increasing", "record", "total", "annual", "yearly", "monthly", "weekly", "daily", "estimated",
  "initial", "first", "second", "third", "final", "last", "next", "remaining", "same", "similar", "such", "other", "own", "existing",
  "current", "future", "forthcoming", "planned", "certain", "various", "combined", "net", "gross", "average", "one", "two", "three",
  "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "half", "$", "£", "€", "¥", "%", "-",
]);

/** Words that make a quantity only before a number ("up to 50", "about 500", "at least two", "more than 20"). */
export const BEFORE_NUMBERS: ReadonlySet<string> = new Set([
  "up", "to", "about", "around", "nearly", "almost", "over", "under", "at", "least", "than", "roughly", "approximately", "some", "only",
]);

/**
 * Modifiers that do not make a different good ("second-hand airplanes" are aircraft, "cheap
 * steel" is steel): dropped from the phrase before it is named. Classifying modifiers stay
 * ("diesel engines", "roasted coffee").
 */
export const PLAIN_MODIFIERS: ReadonlySet<string> = new Set([
  "new", "used", "second-hand", "secondhand", "cheap", "cheaper", "cheapest", "expensive", "low-cost", "low-priced", "low-price",
  "high-priced", "major", "main", "key", "principal", "important", "basic", "essential", "vital", "such", "other", "certain",
  "various", "more", "further", "additional", "extra", "much-needed", "badly-needed", "needed", "urgently-needed", "modern",
  "advanced", "sophisticated", "foreign", "imported", "domestic", "local", "overseas", "world", "global", "total", "annual",
  "forthcoming", "future", "current", "existing", "remaining", "surplus", "excess", "unsold", "traditional", "popular", "unspecified",
  "undisclosed", "high-quality", "quality", "top-quality", "low-quality", "premium", "standard", "ordinary", "finished", "similar",
  "same", "large", "small", "big", "huge", "mid-size", "medium-sized", "larger", "smaller", "bigger",
]);

/** Plurals that are not the plural of a singular good: they name their node as written. */
export const PLURAL_ONLY: ReadonlySet<string> = new Set([
  "goods", "clothes", "arms", "textiles", "electronics", "plastics", "chemicals", "pharmaceuticals", "oats", "spirits", "cereals",
  "earnings", "proceeds", "sweets", "greens", "remains", "glasses", "jeans", "trousers", "scissors",
]);

/** Endings of abstract nouns: what ends so is no traded good ("intervention", "efficiency", "insurance"). */
export const ABSTRACT_ENDING = /\p{L}{3}(?:tion|sion|ment|ness|ity|ism|ance|ence)$/u;
/** Things traded whose name ends like an abstract noun. */
export const CONCRETE_ABSTRACT_ENDING: ReadonlySet<string> = new Set([
  "equipment", "ammunition", "commodity", "electricity", "television", "fragrance", "appliance", "cement", "pigment", "garment", "instrument", "ornament", "supplement",
]);
