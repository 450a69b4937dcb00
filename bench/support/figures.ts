// The one machine-readable line every bench prints besides its own output, read by bench/suite.ts:
//   BENCH_RESULT {"bench":"calls","figures":[...],"notes":[...]}
// A figure is one measured quantity: its median and max over the samples (or a single value), its unit
// and, where the project has one, the target it is judged against.

export interface Target {
  /** Which statistic the target applies to. */
  of: 'median' | 'p95' | 'p99' | 'max' | 'value';
  /** Passes when the statistic is below this number. */
  below?: number;
  /** Passes when the statistic equals this (a yes/no figure: 1 yes, 0 no). */
  equals?: number;
}

export interface Figure {
  name: string;
  unit: string;
  median?: number;
  /** Only where a target is set on it (type-ahead p95, caller-ID p99). */
  p95?: number;
  p99?: number;
  max?: number;
  /** A single value (a count, a yes/no as 1/0, a growth figure). */
  value?: number;
  samples?: number;
  target?: Target;
}

export const RESULT_PREFIX = 'BENCH_RESULT ';

export function printResult(bench: string, figures: Figure[], notes: string[] = []): void {
  console.log(`${RESULT_PREFIX}${JSON.stringify({ bench, figures, notes })}`);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** median and max of the samples, as a figure (NaN-free: no samples gives no statistics). */
export function spread(name: string, unit: string, samples: readonly number[], target?: Target): Figure {
  const figure: Figure = { name, unit, samples: samples.length };
  if (samples.length > 0) {
    figure.median = percentile(samples, 50);
    if (target?.of === 'p95') figure.p95 = percentile(samples, 95);
    if (target?.of === 'p99') figure.p99 = percentile(samples, 99);
    figure.max = Math.max(...samples);
  }
  if (target) figure.target = target;
  return figure;
}

export const yesNo = (name: string, yes: boolean, expected?: boolean): Figure => ({
  name,
  unit: 'yes/no',
  value: yes ? 1 : 0,
  ...(expected === undefined ? {} : { target: { of: 'value', equals: expected ? 1 : 0 } }),
});

/** Runs a bench's main and exits: 0 when it finished, 1 (with the error printed) when it threw. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
