// editor: the analyst's corrections made in the page — the list of entries (the corrections file's),
// applied to the graph as loaded with correctGraph (core), so that what the page shows is what a
// build with the downloaded file writes (less the relations only the build's rules can find again).
import {
  CORRECTIONS_VERSION,
  correctGraph,
  type Correction,
  type CorrectionReport,
  type Corrections,
  type NewsGraph,
} from "../../core/index.js";

export interface Editor {
  /** The entries so far, in order. */
  readonly entries: () => readonly Correction[];
  /** Adds an entry and shows the corrected graph, selecting `select` if given; returns why it could not be applied, if so (then it is not kept). */
  readonly add: (entry: Correction, select?: string | null) => string | null;
  /** Takes entry `index` back. */
  readonly undo: (index: number) => void;
  /** Saves the entries as corrections.json. */
  readonly download: () => void;
  /** What became of entry `index` in the graph shown (one carried over from another graph may be stale). */
  readonly report: (index: number) => CorrectionReport | undefined;
}

export function correctionsFile(entries: readonly Correction[]): Corrections {
  return { corrections: CORRECTIONS_VERSION, entries: [...entries] };
}

/** The text of corrections.json for `entries`: what `newsgraph build --corrections` reads. */
export function correctionsText(entries: readonly Correction[]): string {
  return `${JSON.stringify(correctionsFile(entries), null, 2)}\n`;
}

/** `original` corrected by `entries`, every entry's report, and the last entry's. */
export function corrected(
  original: NewsGraph,
  entries: readonly Correction[],
): { graph: NewsGraph; reports: CorrectionReport[]; last: CorrectionReport | undefined } {
  const { graph, reports } = correctGraph(original, correctionsFile(entries));
  return { graph, reports, last: reports.find((r) => r.entry === entries.length - 1) };
}
