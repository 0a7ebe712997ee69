// Everything the server derives from stories, for one pair of states at a time: stories never merge across
// pairs, so building them from the pair's own events (both directions: reciprocal stories merge them) gives
// exactly what a build over the whole store gives for that pair. The result is compact (series, index values,
// alerts, listed stories) so it can cross a thread boundary and stay cached.
import type { Store } from '../store/index.ts';
import { readAssertedEvents } from '../aggregate/from-store.ts';
import type { EventRecord } from '../aggregate/records.ts';
import { buildStories, type Story } from '../aggregate/stories.ts';
import { escalationIndex, storyUnits, unitsByDyad } from '../aggregate/escalation.ts';
import { DEFAULT_ALERT_OPTIONS, detectAlerts, type Alert } from '../aggregate/alerts.ts';
import { aggregateSeries, mentionObservations, storyObservations, type SeriesPoint } from '../aggregate/series.ts';
import { dyadKey, type Dyad } from '../aggregate/dyads.ts';
import type { ReportCounts } from '../export/counts.ts';

export interface Range {
  readonly from: string;
  readonly to: string;
}

export interface IndexValue {
  readonly date: string;
  readonly index: number;
  readonly hostility: number;
  readonly baseline: number;
}

/** What the dyad view shows of one direction. */
export interface DyadView {
  readonly dyad: Dyad;
  /** Asserted dated events in this direction. */
  readonly events: number;
  /** Daily escalation index over the covered range; empty when the dyad has no story there. */
  readonly index: readonly IndexValue[];
  readonly alerts: readonly Alert[];
  readonly series: Readonly<Record<'mention' | 'story', Readonly<Record<'day' | 'week', readonly SeriesPoint[]>>>>;
}

/** A story as lists show it: the first 10 mentions and how many there are. */
export interface ListedStory extends Story {
  readonly mentionCount: number;
}

export interface PairResult {
  /** [pair.source → pair.target, pair.target → pair.source] */
  readonly views: readonly [DyadView, DyadView];
  /** In build order. */
  readonly stories: readonly ListedStory[];
  /** GDELT NumMentions, NumSources, NumArticles of each event's story. */
  readonly counts: readonly (readonly [string, ReportCounts])[];
}

/** One direction of a pair from the pair's stories; `records` are this direction's. */
function dyadView(
  dyad: Dyad,
  records: readonly EventRecord[],
  stories: readonly Story[],
  range: Range | null,
): DyadView {
  const units = unitsByDyad(storyUnits(stories)).get(dyadKey(dyad)) ?? [];
  const index = units.length === 0 || range === null ? null : escalationIndex(dyad, units, range.from, range.to);
  // As alertsForUnits: a dyad that can never meet the evidence rule gets no chart.
  const conflictStories = new Set(units.filter((u) => u.weight > 0).map((u) => u.storyId)).size;
  const alerts = index === null || conflictStories < DEFAULT_ALERT_OPTIONS.minStories ? [] : detectAlerts(index);
  const mentions = mentionObservations(records);
  const told = storyObservations(stories).filter((o) => o.dyad.source === dyad.source && o.dyad.target === dyad.target);
  return {
    dyad,
    events: records.length,
    index: (index?.points ?? []).map((p) => ({
      date: p.date,
      index: p.index,
      hostility: p.hostility,
      baseline: p.baseline,
    })),
    alerts,
    series: {
      mention: { day: aggregateSeries(mentions, 'day'), week: aggregateSeries(mentions, 'week') },
      story: { day: aggregateSeries(told, 'day'), week: aggregateSeries(told, 'week') },
    },
  };
}

/** Builds one pair (`pair.source` < `pair.target`) from its asserted events in both directions. */
export async function buildPair(store: Store, pair: Dyad, range: Range | null): Promise<PairResult> {
  const reverse = { source: pair.target, target: pair.source };
  const forward = await readAssertedEvents(store, { dyad: pair });
  const backward = await readAssertedEvents(store, { dyad: reverse });
  const stories = buildStories([...forward, ...backward]);
  const counts: [string, ReportCounts][] = [];
  const listed: ListedStory[] = [];
  for (const story of stories) {
    const reported = { mentions: story.mentions.length, sources: story.sources, articles: story.articles };
    for (const m of story.mentions) counts.push([m.eventId, reported]);
    // A big story has thousands of mentions: lists keep the first few, the count says how many.
    listed.push({ ...story, mentionCount: story.mentions.length, mentions: story.mentions.slice(0, 10) });
  }
  return {
    views: [dyadView(pair, forward, stories, range), dyadView(reverse, backward, stories, range)],
    stories: listed,
    counts,
  };
}
