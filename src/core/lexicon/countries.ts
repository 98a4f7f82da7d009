// Countries and their demonyms: names, aliases and capitals from the countries-list package,
// demonyms from i18n-nationality (both MIT), plus the usual short forms of news copy and states
// that no longer exist (common in older wire stories).
import { countries as COUNTRY_LIST } from "countries-list";
import NATIONALITIES from "i18n-nationality/langs/en.json";

export interface CountryEntry {
  /** The canonical label: the common English name ("United States"). */
  readonly label: string;
  /** Whether the surface is an adjective ("Japanese") rather than a name ("Japan"). */
  readonly adjectival: boolean;
}

/** ISO codes of territories that are not sovereign states: places, not countries, in this ontology. */
const NOT_SOVEREIGN = new Set([
  "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG", "GI", "GL",
  "GP", "GS", "GU", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR",
  "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT",
]);

/** Short forms used in news copy, by canonical label (names as data, not logic). */
const NEWS_FORMS: Readonly<Record<string, readonly string[]>> = {
  "United States": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America", "the States"],
  "United Kingdom": ["Britain", "Great Britain", "U.K.", "UK"],
  "South Korea": ["Korea", "Republic of Korea", "S. Korea"],
  "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
  China: ["People's Republic of China", "PRC", "mainland China"],
  Taiwan: ["Republic of China"],
  Russia: ["Russian Federation"],
  Netherlands: ["Holland", "The Netherlands"],
  "United Arab Emirates": ["UAE", "U.A.E.", "Emirates"],
  "Saudi Arabia": ["Saudi", "Saudis"],
  Czechia: ["Czech Republic"],
  Türkiye: ["Turkey", "Turkiye"],
  "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  "Myanmar": ["Burma"],
  "Eswatini": ["Swaziland"],
  "Democratic Republic of the Congo": ["DR Congo", "DRC", "Democratic Republic of Congo", "Zaire"],
  "Cabo Verde": ["Cape Verde"],
  "Vatican City": ["Vatican", "Holy See"],
};

/** Labels as English-language news writes them, where they differ from the package's common name. */
const NEWS_LABELS: Readonly<Record<string, string>> = { Türkiye: "Turkey", Czechia: "Czech Republic" };

/** Countries of the past that news archives still name. */
const HISTORICAL: readonly { label: string; names: string[]; demonyms: string[] }[] = [
  { label: "Soviet Union", names: ["Soviet Union", "USSR", "U.S.S.R.", "Soviets"], demonyms: ["Soviet"] },
  { label: "West Germany", names: ["West Germany", "Federal Republic of Germany"], demonyms: ["West German"] },
  { label: "East Germany", names: ["East Germany", "German Democratic Republic"], demonyms: ["East German"] },
  { label: "Yugoslavia", names: ["Yugoslavia"], demonyms: ["Yugoslav", "Yugoslavian"] },
  { label: "Czechoslovakia", names: ["Czechoslovakia"], demonyms: ["Czechoslovak"] },
];

/** Demonyms that also name a country's people or are common variants. */
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  "United Kingdom": ["British", "UK", "Briton", "Britons", "Brits"],
  "United States": ["U.S.", "US"],
  Netherlands: ["Dutch"],
  Philippines: ["Philippine", "Filipino"],
  "New Zealand": ["Kiwi"],
  China: ["Sino"],
  Switzerland: ["Swiss"],
  Thailand: ["Thai"],
  Palestine: ["Palestinian"],
  Argentina: ["Argentine", "Argentinian"],
  "United Arab Emirates": ["Emirati"],
  "Saudi Arabia": ["Saudi Arabian"],
  Slovakia: ["Slovak"],
  Slovenia: ["Slovene"],
  Yemen: ["Yemeni"],
  Kosovo: ["Kosovar"],
  Monaco: ["Monegasque"],
  "Trinidad and Tobago": ["Trinidadian"],
  Iceland: ["Icelander"],
  "South Sudan": ["South Sudanese"],
  "Papua New Guinea": ["Papua New Guinean"],
  Turkmenistan: ["Turkmen"],
};

// Surfaces that are too ambiguous in English prose to mean a country.
const AMBIGUOUS = new Set(["Chad", "Guinea", "Jersey", "Georgia", "Turkey", "Niger", "Jordan", "Dominica", "Man", "Mali", "Peru", "Oman", "Israel"].map((s) => s.toLowerCase()));
// Keep the real country names that are ambiguous only as common nouns when capitalized in prose.
const CAPITALIZED_OK = new Set(["Turkey", "Jordan", "Georgia", "Chad", "Israel", "Peru", "Oman", "Mali", "Niger", "Guinea"]);

function build(): Map<string, CountryEntry> {
  const map = new Map<string, CountryEntry>();
  const add = (surface: string, label: string, adjectival: boolean) => {
    const key = surface.toLowerCase();
    if (!surface || /[^\p{L}\p{M}\s.'’-]/u.test(surface)) return;
    if (!map.has(key)) map.set(key, { label, adjectival });
  };
  const nationalities = (NATIONALITIES as { nationalities: Record<string, string> }).nationalities;
  for (const [code, c] of Object.entries(COUNTRY_LIST)) {
    if (NOT_SOVEREIGN.has(code)) continue;
    const label = NEWS_LABELS[c.name] ?? c.name;
    add(c.name, label, false);
    for (const alt of c.alias ?? []) if (alt.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(alt) && !alt.includes(",")) add(alt, label, false);
    const demonym = nationalities[code];
    if (demonym) {
      add(demonym, label, true);
      // the people: "Israelis", "Canadians" (not "-ese" or "-sh" forms: "the Japanese", "the British")
      if (/[^sh]$/.test(demonym) && !/ese$/.test(demonym)) add(`${demonym}s`, label, false);
    }
  }
  for (const [name, forms] of Object.entries(NEWS_FORMS)) for (const f of forms) add(f, NEWS_LABELS[name] ?? name, false);
  for (const [label, forms] of Object.entries(EXTRA_DEMONYMS)) {
    for (const f of forms) {
      add(f, label, !["U.S.", "US"].includes(f));
      if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u.test(f) && /[^sh]$/.test(f) && !/ese$/.test(f)) add(`${f}s`, label, false);
    }
  }
  for (const h of HISTORICAL) {
    for (const n of h.names) add(n, h.label, false);
    for (const d of h.demonyms) add(d, h.label, true);
  }
  for (const a of AMBIGUOUS) if (!CAPITALIZED_OK.has(a.charAt(0).toUpperCase() + a.slice(1))) map.delete(a);
  return map;
}

/** Lower-cased surface ("u.s.", "japanese", "south korea") → country. */
export const COUNTRIES: ReadonlyMap<string, CountryEntry> = build();

/** The longest country surface, in words, to bound look-ahead. */
export const MAX_COUNTRY_WORDS = Math.max(...[...COUNTRIES.keys()].map((k) => k.split(/\s+/).length));

/** Capital cities from the same package ("Tokyo", "Ottawa", "Washington"). */
export const CAPITALS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of Object.values(COUNTRY_LIST)) {
    const cap = c.capital;
    if (!cap) continue;
    map.set(cap.toLowerCase(), cap);
    const short = cap.replace(/\s+D\.?C\.?$/, "").replace(/\s+City$/, "");
    if (short !== cap) map.set(short.toLowerCase(), short);
  }
  return map;
})();
