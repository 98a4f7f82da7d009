// The corrections file a build applies: --corrections <file>, else <out>/corrections.json when there
// is one (the file the page's "Download corrections" saves, put beside the graph it corrects).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Corrections, correctionsProblem, type CorrectionReport } from "../core/contract/corrections.js";
import { InputError } from "../core/errors.js";

/** The default corrections file of a build writing into `out`. */
export const CORRECTIONS_FILE = "corrections.json";

/**
 * Reads and validates the corrections for a build into `out`: the file given, which must exist, or
 * `<out>/corrections.json` if present. Undefined when there is none; a one-line InputError when the
 * file cannot be used (read before anything is extracted or written).
 */
export async function readCorrections(
  given: string | undefined,
  out: string,
): Promise<{ path: string; corrections: Corrections } | undefined> {
  const path = given ?? join(out, CORRECTIONS_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // (no default file: none there, or no folder there yet — an --out below a file fails when it is written)
    if (given === undefined && (code === "ENOENT" || code === "ENOTDIR")) return undefined;
    throw new InputError(
      `${path}: cannot read the corrections file (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (err as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: the corrections file is not JSON (${(err as Error).message.split("\n")[0]})`);
  }
  const parsed = Corrections.safeParse(value);
  if (!parsed.success) throw new InputError(`${path}: ${correctionsProblem(parsed.error)}`);
  return { path, corrections: parsed.data };
}

/** One line for each entry a build could not apply: "corrections.json: entry 2 (merge) is stale: no entity "X"". */
export function correctionLines(path: string, reports: readonly CorrectionReport[]): string[] {
  return reports
    .filter((r) => r.status !== "applied")
    .map((r) => `newsgraph: ${path}: entry ${r.entry} (${r.op}) is ${r.status}${r.reason ? `: ${r.reason}` : ""}`);
}
