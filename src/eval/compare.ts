// Before/after: `eval --json` writes headline figures and the key of every miss; `eval --baseline
// FILE` compares the current run with such a file, so a dictionary change shows as a few changed
// figures and the records it fixed or broke.
import type { EvalReport } from './evaluate.ts';

export interface Headline {
  readonly name: string;
  readonly value: number | null;
}

export interface Comparison {
  readonly figures: readonly { name: string; before: number | null; after: number | null }[];
  /** Misses of the baseline that are gone now, and new misses. */
  readonly fixed: readonly string[];
  readonly broken: readonly string[];
}

export function headlines(report: EvalReport): Headline[] {
  const out: Headline[] = [];
  const p = report.plover;
  if (p !== null) {
    out.push(
      { name: 'plover micro F1', value: p.micro.f1 },
      { name: 'plover macro F1', value: p.macroF1 },
      { name: 'plover category found', value: p.categoryFound.rate },
      { name: 'plover source matched', value: p.sourceMatch.rate },
      { name: 'plover target matched', value: p.targetMatch.rate },
      { name: 'plover category+source+target', value: p.fullMatch.rate },
      { name: 'plover events in right category', value: p.eventPrecision.rate },
    );
  }
  const q = report.petr2;
  if (q !== null) {
    out.push(
      { name: 'petr2 root+actors precision', value: q.root.precision },
      { name: 'petr2 root+actors recall', value: q.root.recall },
      { name: 'petr2 root+actors F1', value: q.root.f1 },
      { name: 'petr2 code+actors F1', value: q.code.f1 },
      { name: 'petr2 root only F1', value: q.rootNoActors.f1 },
    );
  }
  return out;
}

/** A stable key per miss: the record id, plus the expected event for PETR2 (a record may have several). */
export function missKeys(report: EvalReport): string[] {
  const keys: string[] = [];
  for (const m of report.plover?.misses ?? []) keys.push(`${m.id} ${m.category}`);
  for (const m of report.petr2?.misses ?? []) {
    keys.push(`${m.id} ${m.expected.code} ${m.expected.source}>${m.expected.target}`);
  }
  return keys;
}

/** Reads `headlines` and `missKeys` back from an earlier `eval --json`; null when the file is not one. */
export function readBaseline(json: unknown): { headlines: Headline[]; missKeys: string[] } | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  const h = o['headlines'];
  const k = o['missKeys'];
  if (!Array.isArray(h) || !Array.isArray(k)) return null;
  const list: Headline[] = [];
  for (const item of h) {
    if (typeof item !== 'object' || item === null) return null;
    const { name, value } = item as Record<string, unknown>;
    if (typeof name !== 'string' || (typeof value !== 'number' && value !== null)) return null;
    list.push({ name, value });
  }
  if (!k.every((x): x is string => typeof x === 'string')) return null;
  return { headlines: list, missKeys: k };
}

export function compare(
  current: { headlines: readonly Headline[]; missKeys: readonly string[] },
  baseline: { headlines: readonly Headline[]; missKeys: readonly string[] },
): Comparison {
  const before = new Map(baseline.headlines.map((h) => [h.name, h.value]));
  const figures = current.headlines.map((h) => ({ name: h.name, before: before.get(h.name) ?? null, after: h.value }));
  const was = new Set(baseline.missKeys);
  const now = new Set(current.missKeys);
  return {
    figures,
    fixed: baseline.missKeys.filter((k) => !now.has(k)),
    broken: current.missKeys.filter((k) => !was.has(k)),
  };
}
