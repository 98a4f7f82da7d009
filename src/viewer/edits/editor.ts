// editor: the analyst's corrections made in the page — the list of entries (the corrections file's),
// applied to the graph as loaded with correctGraph (core), so that what the page shows is what a
// build with the downloaded file writes (less the relations only the build's rules can find again).
import { CORRECTIONS_VERSION, correctGraph, type Correction, type CorrectionReport, type Corrections, type NewsGraph } from "../../core/index.js";

export interface Editor {
  /** The entries so far, in order. */
  readonly entries: () => readonly Correction[];
  /** Adds an entry and shows the corrected graph, selecting `select` if given; returns why it could not be applied, if so (then it is not kept). */
  readonly add: (entry: Correction, select?: string | null) => string | null;
  /** Takes entry `index` back. */
  readonly undo: (index: number) => void;
  /** Saves the entries as corrections.json. */
  readonly download: () => void;
}

export function correctionsFile(entries: readonly Correction[]): Corrections {
  return { corrections: CORRECTIONS_VERSION, entries: [...entries] };
}

/** The text of corrections.json for `entries`: what `newsgraph build --corrections` reads. */
export function correctionsText(entries: readonly Correction[]): string {
  return `${JSON.stringify(correctionsFile(entries), null, 2)}\n`;
}

/** `original` corrected by `entries`, and the report of the last entry. */
export function corrected(original: NewsGraph, entries: readonly Correction[]): { graph: NewsGraph; last: CorrectionReport | undefined } {
  const { graph, reports } = correctGraph(original, correctionsFile(entries));
  return { graph, last: reports[reports.length - 1] };
}
