// Counts → precision, recall, F1. Empty denominators give null (shown as "–"), not 0 or NaN,
// so "nothing predicted" is not confused with "everything predicted was wrong".

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Prf extends Counts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function prf(counts: Counts): Prf {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? counts.tp + counts.fp + counts.fn === 0
        ? null
        : 0
      : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = Object.freeze({ tp: 0, fp: 0, fn: 0 });

/** Adds counts under a key of a mutable tally. */
export function tally(map: Map<string, Counts>, key: string, delta: Partial<Counts>): void {
  const c = map.get(key) ?? ZERO;
  map.set(key, { tp: c.tp + (delta.tp ?? 0), fp: c.fp + (delta.fp ?? 0), fn: c.fn + (delta.fn ?? 0) });
}
