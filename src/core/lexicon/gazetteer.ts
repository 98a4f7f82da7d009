// A gazetteer of city names, supplied by the caller (the CLI loads one from a package;
// the core stays free of file access). Keys are lower-case names.

export interface Gazetteer {
  /** Lower-case city name → the name as spelled, for cities large enough to name unambiguously. */
  readonly cities: ReadonlyMap<string, string>;
  /** Smaller towns: taken as places only where the text says someone is in, at or going to them. */
  readonly towns: ReadonlyMap<string, string>;
}

export const EMPTY_GAZETTEER: Gazetteer = { cities: new Map(), towns: new Map() };
