// Pearson's r, and the pairing of two keyed series on the keys they share.

/** Pearson correlation of two equal-length samples; null when n < 3 or either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** The keys present in both maps (sorted) with their paired values. */
export function paired(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): { keys: string[]; xs: number[]; ys: number[] } {
  const keys = [...a.keys()].filter((k) => b.has(k)).sort();
  return { keys, xs: keys.map((k) => a.get(k)!), ys: keys.map((k) => b.get(k)!) };
}
