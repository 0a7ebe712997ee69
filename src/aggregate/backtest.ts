// The backtest report: what the alerts said before the 2022-02-24 invasion, how often they fired elsewhere, and
// how our daily counts compare with GDELT's where the dates overlap. Pure: records and parsed GDELT files in.
import { alertsForUnits, DEFAULT_ALERT_OPTIONS, type Alert, type AlertOptions } from './alerts.ts';
import { daysBetween, quarterOf } from './dates.ts';
import { dyadKey, type Dyad } from './dyads.ts';
import { DEFAULT_ESCALATION_OPTIONS, storyUnits, type EscalationOptions } from './escalation.ts';
import { paired, pearson } from './correlation.ts';
import type { GdeltRow } from './gdelt.ts';
import type { EventRecord } from './records.ts';
import { mentionObservations, isAsserted } from './series.ts';
import { buildStories, DEFAULT_STORY_OPTIONS, type StoryOptions } from './stories.ts';
import { goldLabels, scoreMerging, type GoldStory, type MergeScore } from './story-eval.ts';

export const INVASION = '2022-02-24';

/** The dyads the issue asks about, in order. */
export const FOCUS_DYADS: readonly Dyad[] = [
  { source: 'RUS', target: 'UKR' },
  { source: 'UKR', target: 'RUS' },
  { source: 'RUS', target: 'IGOWSTNAT' },
  { source: 'RUS', target: 'USA' },
];

/**
 * Dyads where nothing changed in Oct 2021 – Apr 2022 as far as escalation goes, named before looking at the
 * alerts: allies and partners whose relations stayed routine. Alerts on them are false alarms.
 */
export const CONTROL_DYADS: readonly { dyad: Dyad; why: string }[] = [
  { dyad: { source: 'USA', target: 'GBR' }, why: 'close allies, routine consultations throughout' },
  { dyad: { source: 'GBR', target: 'USA' }, why: 'close allies, routine consultations throughout' },
  { dyad: { source: 'FRA', target: 'DEU' }, why: 'EU partners, coordinated policy on the crisis' },
  { dyad: { source: 'DEU', target: 'FRA' }, why: 'EU partners, coordinated policy on the crisis' },
  { dyad: { source: 'USA', target: 'DEU' }, why: 'NATO allies; the Nord Stream dispute stayed verbal' },
  {
    dyad: { source: 'RUS', target: 'BLR' },
    why: 'allies; joint exercises are cooperation, not escalation between them',
  },
  { dyad: { source: 'RUS', target: 'CHN' }, why: 'partners; the 4 Feb 2022 joint statement is cooperation' },
  { dyad: { source: 'UKR', target: 'POL' }, why: 'partners; Polish support grew, no conflict between them' },
];

export interface FocusResult {
  readonly dyad: string;
  readonly stories: number;
  /** The first alert dated before the invasion, with its lead time in days. */
  readonly firstAlert: (Alert & { readonly leadDays: number }) | null;
  readonly alerts: readonly Alert[];
}

export interface QuarterCount {
  readonly dyad: string;
  readonly quarter: string;
  readonly alerts: number;
}

export interface Correlation {
  readonly what: string;
  readonly n: number;
  /** null when n < 3 or a side is constant: Pearson's r is undefined there. */
  readonly r: number | null;
  readonly note: string;
}

export interface BacktestReport {
  readonly events: { readonly total: number; readonly asserted: number; readonly stories: number };
  readonly range: { readonly from: string; readonly to: string };
  readonly focus: readonly FocusResult[];
  readonly otherAlerts: readonly Alert[];
  readonly maxAlertsPerDyadQuarter: number;
  readonly busiestDyadQuarters: readonly QuarterCount[];
  readonly controls: readonly {
    readonly dyad: string;
    readonly why: string;
    readonly stories: number;
    readonly alerts: number;
    readonly maxPerQuarter: number;
  }[];
  readonly gdelt: readonly Correlation[];
  /** Story merging against each set of hand annotations given. */
  readonly merging: readonly { readonly name: string; readonly score: MergeScore }[];
}

export interface BacktestOptions {
  readonly range: { readonly from: string; readonly to: string };
  readonly goldStories?: readonly { readonly name: string; readonly stories: readonly GoldStory[] }[];
  readonly story?: StoryOptions;
  readonly escalation?: EscalationOptions;
  readonly alerts?: AlertOptions;
}

export function runBacktest(
  records: readonly EventRecord[],
  gdelt: readonly GdeltRow[],
  options: BacktestOptions,
): BacktestReport {
  const asserted = records.filter(isAsserted);
  const stories = buildStories(asserted, options.story ?? DEFAULT_STORY_OPTIONS);
  const units = storyUnits(stories, options.escalation ?? DEFAULT_ESCALATION_OPTIONS);
  const alerts = alertsForUnits(
    units,
    options.range,
    options.escalation ?? DEFAULT_ESCALATION_OPTIONS,
    options.alerts ?? DEFAULT_ALERT_OPTIONS,
  );
  const storiesPerDyad = new Map<string, Set<string>>();
  for (const u of units) {
    const key = dyadKey(u.dyad);
    const set = storiesPerDyad.get(key) ?? new Set<string>();
    set.add(u.storyId);
    storiesPerDyad.set(key, set);
  }
  const byDyad = new Map<string, Alert[]>();
  for (const a of alerts) {
    const key = dyadKey(a);
    byDyad.set(key, [...(byDyad.get(key) ?? []), a]);
  }
  const focusKeys = new Set(FOCUS_DYADS.map(dyadKey));
  const focus = FOCUS_DYADS.map((dyad): FocusResult => {
    const key = dyadKey(dyad);
    const list = byDyad.get(key) ?? [];
    const first = list.find((a) => a.date < INVASION) ?? null;
    return {
      dyad: key,
      stories: storiesPerDyad.get(key)?.size ?? 0,
      firstAlert: first === null ? null : { ...first, leadDays: daysBetween(first.date, INVASION) },
      alerts: list,
    };
  });
  const quarters = new Map<string, QuarterCount>();
  for (const a of alerts) {
    const key = `${dyadKey(a)}|${quarterOf(a.date)}`;
    const q = quarters.get(key) ?? { dyad: dyadKey(a), quarter: quarterOf(a.date), alerts: 0 };
    quarters.set(key, { ...q, alerts: q.alerts + 1 });
  }
  const quarterList = [...quarters.values()].sort(
    (a, b) => b.alerts - a.alerts || cmp(a.dyad, b.dyad) || cmp(a.quarter, b.quarter),
  );
  const controls = CONTROL_DYADS.map(({ dyad, why }) => {
    const key = dyadKey(dyad);
    const perQuarter = quarterList.filter((q) => q.dyad === key);
    return {
      dyad: key,
      why,
      stories: storiesPerDyad.get(key)?.size ?? 0,
      alerts: byDyad.get(key)?.length ?? 0,
      maxPerQuarter: Math.max(0, ...perQuarter.map((q) => q.alerts)),
    };
  });
  return {
    events: { total: records.length, asserted: asserted.length, stories: stories.length },
    range: options.range,
    focus,
    otherAlerts: alerts.filter((a) => !focusKeys.has(dyadKey(a))),
    maxAlertsPerDyadQuarter: Math.max(0, ...quarterList.map((q) => q.alerts)),
    busiestDyadQuarters: quarterList.slice(0, 10),
    controls,
    gdelt: compareWithGdelt(asserted, gdelt),
    merging: (options.goldStories ?? []).map((set) => ({
      name: set.name,
      score: scoreMerging(stories, goldLabels(asserted, set.stories), set.stories.length),
    })),
  };
}

/**
 * Our mention-level counts against GDELT row counts. GDELT counts article-event clusters, so mention counts
 * (not stories) are the comparable unit. Three views, each only where both sides have data:
 *   1. per focus dyad, the daily series over the days GDELT has day-level rows for;
 *   2. per GDELT day, across dyads: does the ranking of busy dyads agree?
 *   3. per GDELT month with month-only rows (RUS→UKR April 2022), the QuadClass mix (4 shares).
 * GDELT country codes have no IGO form (NATO rows carry an empty country), so IGO dyads never match there.
 */
export function compareWithGdelt(records: readonly EventRecord[], gdelt: readonly GdeltRow[]): Correlation[] {
  const ours = mentionObservations(records);
  const out: Correlation[] = [];
  const gdeltDays = [...new Set(gdelt.flatMap((r) => (r.date === null ? [] : [r.date])))].sort();
  const ourDays = new Set(ours.map((o) => o.date));
  const overlapDays = gdeltDays.filter((d) => ourDays.has(d));
  for (const dyad of FOCUS_DYADS) {
    const key = dyadKey(dyad);
    const a = new Map<string, number>();
    const b = new Map<string, number>();
    for (const d of overlapDays) {
      a.set(d, 0);
      b.set(d, 0);
    }
    for (const o of ours) if (dyadKey(o.dyad) === key && a.has(o.date)) a.set(o.date, a.get(o.date)! + 1);
    for (const r of gdelt) {
      if (r.date !== null && b.has(r.date) && `${r.source}→${r.target}` === key) b.set(r.date, b.get(r.date)! + 1);
    }
    const p = paired(a, b);
    out.push({
      what: `daily ${key} events, ours vs GDELT`,
      n: p.keys.length,
      r: pearson(p.xs, p.ys),
      note: `overlapping days with day-level GDELT rows: ${p.keys.join(', ') || 'none'}`,
    });
  }
  for (const day of overlapDays) {
    const a = new Map<string, number>();
    const b = new Map<string, number>();
    for (const o of ours) if (o.date === day) a.set(dyadKey(o.dyad), (a.get(dyadKey(o.dyad)) ?? 0) + 1);
    for (const r of gdelt) {
      if (r.date !== day || r.source === '' || r.target === '' || r.source === r.target) continue;
      const key = `${r.source}→${r.target}`;
      b.set(key, (b.get(key) ?? 0) + 1);
    }
    // Dyads either side saw that day; absent on one side means zero there.
    for (const k of a.keys()) if (!b.has(k)) b.set(k, 0);
    for (const k of b.keys()) if (!a.has(k)) a.set(k, 0);
    const p = paired(a, b);
    out.push({
      what: `events per dyad on ${day}, ours vs GDELT (across dyads)`,
      n: p.keys.length,
      r: pearson(p.xs, p.ys),
      note: `ours ${sum(p.xs)} events on ${[...a.values()].filter((v) => v > 0).length} dyads; GDELT ${sum(p.ys)} rows`,
    });
  }
  const monthOnly = [
    ...new Set(gdelt.filter((r) => r.date === null).map((r) => `${r.month}|${r.source}→${r.target}`)),
  ].sort();
  for (const entry of monthOnly) {
    const [month, key] = entry.split('|') as [string, string];
    const gq = [0, 0, 0, 0];
    const oq = [0, 0, 0, 0];
    for (const r of gdelt)
      if (r.date === null && r.month === month && `${r.source}→${r.target}` === key && r.quadClass !== null)
        gq[r.quadClass - 1]! += 1;
    for (const o of ours) if (o.date.startsWith(month) && dyadKey(o.dyad) === key) oq[o.quadClass - 1]! += 1;
    const share = (q: number[]) => q.map((v) => v / Math.max(1, sum(q)));
    out.push({
      what: `QuadClass mix of ${key} in ${month}, ours vs GDELT (month-level rows only)`,
      n: 4,
      r: pearson(share(oq), share(gq)),
      note: `ours ${sum(oq)} events [${oq.join(' ')}], GDELT ${sum(gq)} rows [${gq.join(' ')}] (Q1–Q4)`,
    });
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
