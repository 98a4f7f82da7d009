// Properties of parseGraphJson over random damage (fast-check): whatever graph.json holds, the
// viewer and `newsgraph export` get a graph or a ContractError that says what is wrong, nothing else.
// `npm run fuzz` (FUZZ_RUNS) runs many more cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toGraphJson } from "../../../src/core/index.js";
import { sampleGraph } from "../../helpers/core-graph.js";
import { runs } from "../../helpers/robust-arbitraries.js";
import { parseOutcome } from "../../helpers/robust-parse-outcome.js";

const VALID = toGraphJson(sampleGraph());
const valid = () => JSON.parse(VALID) as unknown;

describe("parseGraphJson over random damage", () => {
  const onlyContractErrors = (text: string) => {
    const result = parseOutcome(text);
    return result === "accepted" || result.startsWith("ContractError: ");
  };

  it("accepts the valid graph.json the damage starts from", () => {
    expect(parseOutcome(VALID)).toBe("accepted");
  });

  it("refuses every truncation of a valid graph.json with a ContractError", () => {
    const end = VALID.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) =>
        parseOutcome(VALID.slice(0, cut)).startsWith("ContractError: graph.json is not valid JSON"),
      ),
      { numRuns: runs(300, 0.05) },
    );
  });

  it("throws nothing but ContractError for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => onlyContractErrors(JSON.stringify(value) ?? "")),
      { numRuns: runs(500, 0.1) },
    );
  });

  it("throws nothing but ContractError when any field of a valid graph.json is replaced by any JSON value", () => {
    /** Every path to a value in `value` ("nodes.0.attributes.x" as ["nodes", 0, "attributes", "x"]). */
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === "object"
        ? [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]))]
        : [at];
    const all = paths(valid()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, replacement) => {
        const g = valid() as unknown as Record<string | number, unknown>;
        let parent = g;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        parent[path.at(-1)!] = replacement;
        return onlyContractErrors(JSON.stringify(g));
      }),
      { numRuns: runs(500, 0.1) },
    );
  });
});
