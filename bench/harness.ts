// The shape of a benchmark. Each bench/*.bench.ts file exports `benchmarks: Benchmark[]`; scripts/bench.mjs runs
// every one in its own process through bench/runner.ts. See BENCHMARKS.md.

/** What a benchmark must reach: a time, a ratio to its peer, or a throughput. All given targets must pass. */
export interface Targets {
  /** The keylens median must be below this many milliseconds. */
  readonly maxMs?: number;
  /** keylens median ÷ peer median must be at most this. */
  readonly maxRatio?: number;
  /** `operations` ÷ keylens median seconds must be at least this. */
  readonly minPerSecond?: number;
}

/** What a check learns: whether the peer may run (its tool is installed). */
export interface CheckContext {
  readonly peer: boolean;
}

/** A peer a keylens function is compared with: the floor (a plain sort) or another tool (pandas, LibreOffice …). */
export interface Peer<D> {
  readonly name: string;
  /**
   * Makes the peer ready and returns null, or returns why it cannot run. With `install: false` only look, never
   * install (the smoke test). Omit for peers that need nothing (plain JavaScript).
   */
  readonly setup?: (options: { install: boolean }) => string | null | Promise<string | null>;
  /**
   * The timed peer work on the prepared data. A peer outside this process (Python, Chromium) may time itself and
   * return `{ selfTimedMs }` so start-up is not counted; the harness then uses that figure.
   */
  readonly run: (data: D) => unknown;
}

/** One benchmark: prepare data (untimed), check both sides agree (untimed), then time `run` and the peer's `run`. */
export interface Benchmark<D = unknown> {
  /** Unique name, also the CLI filter: "abc-value 1M". */
  readonly name: string;
  /** Items per run at full size (values, rows, calls). */
  readonly size: number;
  /** One line: what is measured. */
  readonly what: string;
  /** Set while the function under test does not exist yet: the row shows "not yet" with this reason. */
  readonly pending?: string;
  /** Builds the input for `size` items; not timed. The smoke test calls it with 1,000. */
  readonly prepare: (size: number) => D | Promise<D>;
  /**
   * Runs keylens and (when `context.peer`) the peer on `data` and throws if their answers differ; returns a
   * one-line summary of the agreed answer (e.g. "A 2,131 / B 1,806 / C 996,063 on both sides").
   */
  readonly check: (data: D, context: CheckContext) => string | Promise<string>;
  /** The timed keylens work. */
  readonly run: (data: D) => unknown;
  readonly peer?: Peer<D>;
  /** Operations per run, for a throughput figure (e.g. 1,000,000 basic fees); defaults to none. */
  readonly operations?: (size: number) => number;
  readonly targets: Targets;
  /** Untimed warm-up runs of each side before timing; defaults to 1. */
  readonly warmup?: number;
}

/** Returns `benchmark` typed against its data: lets a bench file list benchmarks of different data types. */
export function benchmark<D>(b: Benchmark<D>): Benchmark<unknown> {
  return b as unknown as Benchmark<unknown>;
}

/** Throws with `message` unless `condition`: the assertion of a check. */
export function agree(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`keylens and the peer disagree: ${message}`);
}

/** Returns n with thousands separators: 1,000,000. */
export function grouped(n: number): string {
  return n.toLocaleString("en-US");
}
