// Title words: what precedes or follows a name and says what the person is.
// Matching is on lower-cased words; multi-word titles are listed whole.

/** Titles of a head of state or government: their holder is a `leader`. */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "empress", "emir", "amir",
  "sultan", "shah", "tsar", "taoiseach", "governor", "head of state", "head of government", "pm",
  "supreme leader", "grand duke",
]);

/** Other titles and roles: their holder is a `person` who may represent a country or body. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "minister", "secretary", "secretary of state", "secretary-general", "secretary general", "ambassador", "envoy",
  "representative", "trade representative", "commissioner", "spokesman", "spokeswoman", "spokesperson",
  "chairman", "chairwoman", "chair", "director", "director-general", "director general", "senator", "congressman",
  "congresswoman", "mayor", "leader", "official", "adviser", "advisor", "economist", "analyst", "executive",
  "chief executive", "ceo", "head", "undersecretary", "under secretary", "under-secretary", "deputy", "consul",
  "attache", "negotiator", "delegate", "general", "admiral", "commander", "lawmaker", "mp", "legislator",
  "correspondent", "producer", "host", "reporter", "editor", "chief", "governor-general", "vice president",
  "vice-president", "deputy prime minister", "vice premier", "vice-premier", "foreign secretary", "chancellor of the exchequer",
  "president-elect", "chief of staff", "counsellor", "counselor", "diplomat", "officer", "manager", "professor",
  "researcher", "fellow", "founder", "owner", "partner", "trader", "dealer", "strategist",
  "speaker", "majority leader", "minority leader", "whip", "backbencher", "treasurer", "auditor", "controller", "administrator",
  "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "counterpart", "prince", "princess", "crown prince", "lord chancellor", "board member",
  // occupations written before a name like a title ("beer magnate X", "Nordvik boss X")
  "boss", "magnate", "tycoon", "entrepreneur", "businessman", "businesswoman", "billionaire", "banker", "investor",
  "lawyer", "judge", "campaigner", "activist", "author", "writer", "actor", "actress", "singer", "coach", "captain",
  "striker", "midfielder", "defender", "goalkeeper", "footballer", "manager", "chief operating officer", "chief financial officer",
]);

/**
 * Titles of a body's staff: what they are of, or the name right before them, is an employer ("a
 * spokesman for X", "chief executive of X", "Nordbank President X"), and a named agreement with such
 * staff is a body.
 */
export const EMPLOYER_TITLES: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "executive", "chief executive", "director", "managing director",
  "director-general", "director general", "secretary-general", "secretary general", "president", "vice president", "vice-president",
  "founder", "owner", "manager", "officer", "official", "head", "chief", "boss", "employee", "shareholder", "analyst", "economist", "partner",
  "ceo", "chief operating officer", "chief financial officer", "treasurer", "strategist", "board member",
]);

/**
 * A firm's officers: who is "X, chairman," or "president and chief executive X" in an article about
 * a company is that company's (an analyst, a spokesman or a director may be anyone's).
 */
export const OFFICER_TITLES: ReadonlySet<string> = new Set([
  "chairman", "chairwoman", "chief executive", "ceo", "president", "vice president", "vice-president", "managing director",
  "chief operating officer", "chief financial officer", "treasurer", "founder",
]);

/** Titles of a legislature's members: the one word before them names a party ("Labour MP X", "Republican Senator X"). */
export const LEGISLATOR_TITLES: ReadonlySet<string> = new Set(["mp", "mep", "msp", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "councillor", "peer", "backbencher"]);

/** Occupations that say what someone does, not for whom: "beer magnate X" is not of a company called "Beer". */
export const UNAFFILIATED_TITLES: ReadonlySet<string> = new Set([
  "magnate", "tycoon", "entrepreneur", "businessman", "businesswoman", "billionaire", "banker", "investor", "lawyer", "judge",
  "campaigner", "activist", "author", "writer", "actor", "actress", "singer",
]);

/** Forms of address: titles that say nothing of the office ("Sheikh", "Dr"). */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik"]);

/** Words that may stand in front of a title head ("Trade and Industry Minister", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy", "vice", "acting", "former", "interim", "senior", "junior", "chief", "assistant", "associate", "first",
  "foreign", "finance", "trade", "agriculture", "agricultural", "farm", "defence", "defense", "energy", "oil",
  "petroleum", "mines", "mining", "industry", "industrial", "economy", "economic", "economics", "commerce", "external",
  "international", "home", "interior", "justice", "health", "education", "environment", "transport", "labour", "labor",
  "treasury", "fisheries", "food", "natural", "resources", "budget", "development", "planning", "investment",
  "information", "communications", "culture", "tourism", "science", "technology", "security", "national",
  "federal", "provincial", "state", "prime", "political", "parliamentary", "general", "executive", "managing",
  "house", "senate", "majority", "minority", "opposition", "shadow", "cabinet", "european", "affairs", "and",
  "relations", "policy", "under", "permanent", "special", "principal", "lead", "top", "oil", "mines", "chief", "regional", "global", "marketing", "sales", "research", "public", "digital", "secretary", "trade representative", "operating", "financial",
  // the field of a body's officer ("sporting director", "artistic director")
  "sporting", "technical", "commercial", "artistic", "creative", "editorial", "musical", "medical", "legal", "operations", "programme",
]);

/** Lower-cased forms of titles that, before "of"/"for"/"to", take a complement ("Minister of Trade"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...LEADER_TITLES, ...PERSON_TITLES].filter((t) => !t.includes(" ")));

/** Every word a title is made of, heads and modifiers ("prime", "minister", "deputy"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);

/** Leader titles that, in the named countries, belong to a minister ("UK Chancellor" = finance minister). */
export const TITLES_NOT_HEADS_IN: Readonly<Record<string, readonly string[]>> = {
  chancellor: ["United Kingdom"],
};

/** A party's adjective written before a member's name: "Tory Ana Ruiz", "Republican Tomas Berg". */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set([
  "tory", "conservative", "labour", "liberal", "democrat", "republican", "socialist", "communist", "nationalist", "unionist",
]);

/** Holders of an office named together as a body: "the Law Lords", "the Joint Chiefs". */
export const OFFICE_HOLDERS: ReadonlySet<string> = new Set([
  "lords", "ministers", "commissioners", "governors", "trustees", "justices", "chiefs", "elders", "senators",
]);
