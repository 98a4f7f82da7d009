// What parseGraphJson makes of a text: the one way the corrupt-graph tests and the fuzz tests read it.
import { parseGraphJson } from "../../src/core/index.js";

/** The error parseGraphJson throws for `text`, as "name: message", or "accepted". */
export function parseOutcome(text: string): string {
  try {
    parseGraphJson(text);
    return "accepted";
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
}
