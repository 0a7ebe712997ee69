// Dyad series: per directed dyad and per day or week, from asserted events only. Two variants: every mention
// counts (what a naive counter like GDELT reports) or every story counts once (what happened).
import { weekStart } from './dates.ts';
import { codeKey, dyadKey, eventDyad, type Dyad } from './dyads.ts';
import type { DyadDay } from '../store/store.ts';
import type { EventRecord } from './records.ts';
import { buildStories, mentionDate, type Story, type StoryOptions, DEFAULT_STORY_OPTIONS } from './stories.ts';

export type Period = 'day' | 'week';
export type Level = 'mention' | 'story';

export interface SeriesPoint {
  readonly source: string;
  readonly target: string;
  /** The day, or the Monday that starts the week. */
  readonly period: string;
  readonly events: number;
  /** Counts per QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly quad: readonly [number, number, number, number];
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  /** (cooperation − conflict) / (cooperation + conflict): +1 all cooperation, −1 all conflict. */
  readonly balance: number;
}

export interface SeriesOptions {
  readonly period: Period;
  readonly level: Level;
  readonly story?: StoryOptions;
}

/** One weighted observation: where it lands and what it weighs. */
export interface Observation {
  readonly dyad: Dyad;
  readonly date: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  /** The Goldstein value, summed over `count` events when the observation is a pre-summed group. */
  readonly goldstein: number;
  /** How many events the observation stands for (1 unless the database summed them: see fromDyadDays). */
  readonly count?: number;
}

export function isAsserted(record: EventRecord): boolean {
  return record.event.modality === 'asserted';
}

/** Mention-level observations: one per asserted event with a dyad and a date. */
export function mentionObservations(records: readonly EventRecord[]): Observation[] {
  const out: Observation[] = [];
  for (const record of records) {
    if (!isAsserted(record)) continue;
    const dyad = eventDyad(record);
    const date = mentionDate(record);
    if (dyad === null || date === null) continue;
    out.push({ dyad, date, quadClass: record.event.quadClass, goldstein: record.event.goldstein });
  }
  return out;
}

/**
 * Story-level observations: one per story and direction at the story's first date. A reciprocal story (a
 * meeting) counts in each direction its mentions were coded in, once.
 */
export function storyObservations(stories: readonly Story[]): Observation[] {
  const out: Observation[] = [];
  for (const story of stories) {
    if (story.modality !== 'asserted') continue;
    const directions = new Map<string, Dyad>();
    for (const m of story.mentions) directions.set(`${m.source}→${m.target}`, { source: m.source, target: m.target });
    for (const dyad of [...directions.values()].sort((a, b) => cmp(dyadKey(a), dyadKey(b)))) {
      out.push({ dyad, date: story.firstDate, quadClass: story.quadClass, goldstein: story.goldstein });
    }
  }
  return out;
}

export function observations(records: readonly EventRecord[], level: Level, story?: StoryOptions): Observation[] {
  if (level === 'mention') return mentionObservations(records);
  return storyObservations(buildStories(records.filter(isAsserted), story ?? DEFAULT_STORY_OPTIONS));
}

/** Sums observations per dyad and period; sorted by dyad, then period. Periods with no events are absent. */
export function aggregateSeries(items: readonly Observation[], period: Period): SeriesPoint[] {
  interface Acc {
    dyad: Dyad;
    period: string;
    quad: [number, number, number, number];
    sum: number;
  }
  const accs = new Map<string, Acc>();
  const weeks = new Map<string, string>(); // date → week start: few distinct dates, many observations
  for (const o of items) {
    let p = o.date;
    if (period === 'week') {
      p = weeks.get(o.date) ?? weekStart(o.date);
      weeks.set(o.date, p);
    }
    const key = `${dyadKey(o.dyad)}|${p}`;
    let acc = accs.get(key);
    if (acc === undefined) {
      acc = { dyad: o.dyad, period: p, quad: [0, 0, 0, 0], sum: 0 };
      accs.set(key, acc);
    }
    const q = (o.quadClass - 1) as 0 | 1 | 2 | 3;
    acc.quad[q] += o.count ?? 1;
    acc.sum += o.goldstein;
  }
  const points = [...accs.values()].map((a): SeriesPoint => {
    const events = a.quad[0] + a.quad[1] + a.quad[2] + a.quad[3];
    const cooperation = a.quad[0] + a.quad[1];
    const conflict = a.quad[2] + a.quad[3];
    return {
      source: a.dyad.source,
      target: a.dyad.target,
      period: a.period,
      events,
      quad: a.quad,
      goldsteinSum: round(a.sum),
      goldsteinMean: round(a.sum / events),
      balance: round((cooperation - conflict) / (cooperation + conflict)),
    };
  });
  return points.sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.period, b.period));
}

/**
 * Mention-level observations from the store's dyad-day sums (Store.dyadDays): the same series as
 * mentionObservations over the records, without reading the records. Codes fold to dyad keys as in
 * actorKey (RUSGOV → RUS; IGO codes whole); Goldstein is split across QuadClasses by their share,
 * which leaves per-period sums exact.
 */
export function fromDyadDays(days: readonly DyadDay[]): Observation[] {
  const out: Observation[] = [];
  for (const d of days) {
    const source = codeKey(d.sourceCode);
    const target = codeKey(d.targetCode);
    if (source === null || target === null || source === target) continue;
    const total = d.quad[0] + d.quad[1] + d.quad[2] + d.quad[3];
    d.quad.forEach((count, q) => {
      if (count === 0) return;
      out.push({
        dyad: { source, target },
        date: d.day,
        quadClass: (q + 1) as 1 | 2 | 3 | 4,
        goldstein: (d.goldsteinSum * count) / total,
        count,
      });
    });
  }
  return out;
}

/** The whole computation: asserted records → observations at the chosen level → series. */
export function dyadSeries(records: readonly EventRecord[], options: SeriesOptions): SeriesPoint[] {
  return aggregateSeries(observations(records, options.level, options.story), options.period);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
