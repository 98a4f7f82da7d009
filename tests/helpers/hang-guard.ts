// hang-guard: how long a test waits for something (a page state, a spawned CLI, a build shared by the
// run) before it gives up. A hang guard, not a speed target: on a loaded machine (2 cores, other jobs
// running) a step may take many times longer than on a quiet one, and no verdict may depend on that.
// Speed is measured by `npm run bench` and `npm run bench:viewer`, never asserted by `npm test`.

/** For one wait: a page state, a process, a shared build. */
export const HANG_GUARD_MS = 5 * 60_000;
