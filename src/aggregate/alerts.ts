// Alerts: a one-sided CUSUM control chart on each dyad's daily escalation index. CUSUM accumulates small
// sustained rises (a build-up over weeks) that a one-day threshold misses, and forgets isolated spikes through
// the reference value k. Levels are successive thresholds within one episode (S > 0 without a return to zero),
// so one escalation yields at most one alert per level. Each alert needs a minimum of evidence: enough distinct
// conflict stories from enough independent outlets since the episode began.
import { dayNumber } from './dates.ts';
import {
  DEFAULT_ESCALATION_OPTIONS,
  escalationIndex,
  unitsByDyad,
  type DyadIndex,
  type EscalationOptions,
  type Evidence,
  type Unit,
} from './escalation.ts';

export interface AlertLevel {
  readonly name: string;
  /** CUSUM value S_t at or above which the level is reached. */
  readonly threshold: number;
}

export interface AlertOptions {
  /** Reference value k: the drift (in index units) the chart tolerates every day. */
  readonly k: number;
  /** Increasing thresholds; the names appear in the alert's `level`. */
  readonly levels: readonly AlertLevel[];
  /** Distinct conflict stories (QuadClass 3–4) the episode must hold before any alert. */
  readonly minStories: number;
  /** Distinct outlets among those stories. */
  readonly minSources: number;
  /** No alert before this many days of baseline exist (the start of the range has no normal to compare with). */
  readonly warmupDays: number;
  /** At most this many stories listed as evidence, strongest first. */
  readonly maxEvidenceStories: number;
}

export const DEFAULT_ALERT_OPTIONS: AlertOptions = {
  k: 0.5,
  levels: [
    { name: 'watch', threshold: 5 },
    { name: 'warning', threshold: 10 },
    { name: 'critical', threshold: 20 },
  ],
  minStories: 3,
  minSources: 2,
  warmupDays: 14,
  maxEvidenceStories: 8,
};

export interface Alert {
  readonly source: string;
  readonly target: string;
  readonly date: string;
  readonly level: string;
  /** S_t, the CUSUM value on the alert day. */
  readonly score: number;
  /** Event ids of the evidence, the story that pulled hardest on the alert day first. */
  readonly events: readonly string[];
  /** The day the episode began (S left zero). */
  readonly since: string;
  readonly evidence: readonly Evidence[];
}

/** The JSON contract of `detente alerts --json`, field for field. */
export interface AlertRecord {
  readonly source: string;
  readonly target: string;
  readonly date: string;
  readonly level: string;
  readonly score: number;
  readonly events: readonly string[];
}

export function alertRecord(alert: Alert): AlertRecord {
  return {
    source: alert.source,
    target: alert.target,
    date: alert.date,
    level: alert.level,
    score: alert.score,
    events: alert.events,
  };
}

/** Runs the chart over one dyad's index. */
export function detectAlerts(index: DyadIndex, options: AlertOptions = DEFAULT_ALERT_OPTIONS): Alert[] {
  const alerts: Alert[] = [];
  const first = index.points[0];
  if (first === undefined) return alerts;
  const firstDay = dayNumber(first.date);
  let cusum = 0;
  let episode: Unit[] = [];
  let since = first.date;
  let reached = 0; // levels already alerted in this episode
  for (const point of index.points) {
    const next = Math.max(0, cusum + point.index - options.k);
    if (cusum === 0 && next > 0) {
      episode = [];
      since = point.date;
      reached = 0;
    }
    cusum = next;
    if (cusum === 0) continue;
    episode.push(...point.units);
    if (dayNumber(point.date) - firstDay < options.warmupDays) continue;
    const level = options.levels[reached];
    if (level === undefined || cusum < level.threshold) continue;
    const conflict = episode.filter((u) => u.weight > 0);
    const stories = new Set(conflict.map((u) => u.storyId));
    if (stories.size < options.minStories || sourcesOf(conflict, point.date) < options.minSources) continue;
    // Every level the value has passed is reached at once; the alert carries the highest.
    while (options.levels[reached + 1] !== undefined && cusum >= options.levels[reached + 1]!.threshold) reached++;
    const evidence = strongest(conflict, point.date, options.maxEvidenceStories);
    alerts.push({
      source: index.dyad.source,
      target: index.dyad.target,
      date: point.date,
      level: options.levels[reached]!.name,
      score: Math.round(cusum * 100) / 100,
      events: evidence.map((e) => e.eventId),
      since,
      evidence,
    });
    reached++;
  }
  return alerts;
}

/** Index and alerts for every dyad over one common range, sorted by date, then dyad. */
export function alertsForUnits(
  units: readonly Unit[],
  range: { from: string; to: string },
  escalation: EscalationOptions = DEFAULT_ESCALATION_OPTIONS,
  options: AlertOptions = DEFAULT_ALERT_OPTIONS,
): Alert[] {
  const out: Alert[] = [];
  for (const list of unitsByDyad(units).values()) {
    // A dyad that can never meet the evidence rule needs no chart.
    if (new Set(list.filter((u) => u.weight > 0).map((u) => u.storyId)).size < options.minStories) continue;
    const index = escalationIndex(list[0]!.dyad, list, range.from, range.to, escalation);
    out.push(...detectAlerts(index, options));
  }
  return out.sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.source, b.source) || cmp(a.target, b.target) || a.score - b.score,
  );
}

/** Distinct outlets that had published any of the units' mentions by `day`. */
function sourcesOf(units: readonly Unit[], day: string): number {
  const outlets = new Set<string>();
  for (const u of units) for (const e of u.evidence) if (e.reported <= day) outlets.add(e.outlet);
  return outlets.size;
}

/**
 * Evidence of the stories that drove the chart most on the alert day: weight discounted by 10% per day of age,
 * so a late alert level is explained by the latest rise rather than by the first story of a long episode.
 */
function strongest(units: readonly Unit[], alertDay: string, max: number): Evidence[] {
  const today = dayNumber(alertDay);
  const pull = (u: Unit) => u.weight * 0.9 ** (today - dayNumber(u.day));
  const seen = new Set<string>();
  const picked: Unit[] = [];
  const sorted = [...units].sort((a, b) => pull(b) - pull(a) || cmp(b.day, a.day) || cmp(a.storyId, b.storyId));
  for (const u of sorted) {
    if (seen.has(u.storyId)) continue;
    seen.add(u.storyId);
    picked.push(u);
    if (picked.length >= max) break;
  }
  return picked.flatMap((u) => u.evidence.filter((e) => e.reported <= alertDay));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
