// A progress bar with an ETA on stderr, for long builds: drawn only on a terminal, at most every
// 100 ms, and cleared at the end, so logs and pipes never see it.
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressBar {
  /** `done` of `total` units of `label` ("extract 1,200/19,043"). */
  update(label: string, done: number, total: number): void;
  /** Removes the bar (before the final summary line). */
  clear(): void;
}

const NONE: ProgressBar = { update: () => {}, clear: () => {} };

const seconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`);

/** A bar on `stream` when it is a terminal and not `quiet`; otherwise one that does nothing. */
export function createProgressBar(stream: ProgressStream, options: { quiet?: boolean; now?: () => number } = {}): ProgressBar {
  if (options.quiet || !stream.isTTY) return NONE;
  const now = options.now ?? (() => performance.now());
  let shown = false;
  let last = -Infinity;
  let started: { label: string; at: number; done: number } | undefined;
  return {
    update(label, done, total) {
      const t = now();
      if (!started || started.label !== label) started = { label, at: t, done };
      if (t - last < 100 && done < total) return;
      last = t;
      const rate = (done - started.done) / Math.max(1e-3, (t - started.at) / 1000);
      const eta = rate > 0 && done < total ? ` ETA ${seconds((total - done) / rate)}` : "";
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : width;
      const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")}${eta}`;
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
