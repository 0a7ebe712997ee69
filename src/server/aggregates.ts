// The aggregates the API serves, kept per version of the store (a version ends when its counts change, checked
// at most every `recheckMs`). Two kinds:
// - plain totals (dyads, daily volume, the covered range, an actor's days) are grouped by the store in SQL, in
//   well under a second on a million events;
// - whatever needs stories (a dyad's escalation index and alerts, story-level series, story lists) is built pair
//   by pair (src/server/pair-builder.ts), in a worker thread when the server has the database's address. A dyad
//   view builds its own pair on demand; the overview's alerts and escalation ranking need every pair, so a
//   background pass goes through them busiest first and the overview reports its progress until it is done.
// No business logic here: only calls to the aggregate stage and the store.
import type { DyadTotal, Store, StoreCounts } from '../store/index.ts';
import { DEFAULT_ESCALATION_OPTIONS } from '../aggregate/escalation.ts';
import type { Alert } from '../aggregate/alerts.ts';
import { dyadKey, type Dyad } from '../aggregate/dyads.ts';
import { addDays } from '../aggregate/dates.ts';
import type { CountsOf } from '../export/counts.ts';
import type { DyadView, IndexValue, Range } from './pair-builder.ts';
import { StoryList } from './story-list.ts';
import { StoryCounts } from './story-counts.ts';
import { buildInThread, type BuildPair } from './pair-client.ts';

export interface DyadSummary extends DyadTotal {
  readonly conflict: number;
}

/** A dyad ranked by escalation over the last week of the covered range. */
export interface Escalating extends DyadSummary {
  /** Mean daily index over the last 7 days. */
  readonly index: number;
  readonly latest: number;
}

/** What the pass over every pair found. */
export interface GlobalAggregates {
  /** Sorted by date, then dyad (as alertsForUnits). */
  readonly alerts: readonly Alert[];
  /** Newest first (the reverse of the build order), each with its first 10 mentions. */
  readonly stories: StoryList;
  readonly escalating: readonly Escalating[];
  /** GDELT NumMentions, NumSources, NumArticles per event id. */
  readonly counts: CountsOf;
}

export interface Progress {
  /** Pairs of states built so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

/** Dyads ranked for escalation: the busiest ones (a quiet dyad's index is noise). */
const ESCALATION_CANDIDATES = 300;
/** Pairs whose dyad views stay in memory (compact: series, index values, alerts). */
const PAIR_CACHE = 256;

function summary(total: DyadTotal): DyadSummary {
  return { ...total, conflict: total.events - total.cooperation };
}

/** Mean index over the last week of the range, and the last value. */
function lastWeek(index: readonly IndexValue[], range: Range): { index: number; latest: number } | null {
  const weekFrom = addDays(range.to, -6);
  const recent = index.filter((p) => p.date >= weekFrom);
  if (recent.length === 0) return null;
  const mean = recent.reduce((s, p) => s + p.index, 0) / recent.length;
  return { index: Math.round(mean * 1000) / 1000, latest: recent.at(-1)!.index };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const pairOf = (dyad: Dyad): Dyad => (dyad.source < dyad.target ? dyad : { source: dyad.target, target: dyad.source });

/** The aggregates of one version of the store. Each part is computed once, when first asked for. */
export class Snapshot {
  readonly counts: StoreCounts;
  readonly #store: Store;
  readonly #build: BuildPair;
  readonly #memo = new Map<string, Promise<unknown>>();
  readonly #pairs = new Map<string, Promise<readonly [DyadView, DyadView]>>();
  #global: Promise<GlobalAggregates> | null = null;
  #progress: Progress = { done: 0, total: 0 };
  #globalDone = false;

  constructor(store: Store, counts: StoreCounts, build: BuildPair) {
    this.#store = store;
    this.counts = counts;
    this.#build = build;
  }

  /** Any value derived from this version, computed once per key; a failure is not kept. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let pending = this.#memo.get(key) as Promise<T> | undefined;
    if (pending === undefined) {
      pending = compute();
      this.#memo.set(key, pending);
      pending.catch(() => this.#memo.delete(key));
    }
    return pending;
  }

  /** Every directed dyad, busiest first. */
  dyads(): Promise<readonly DyadSummary[]> {
    return this.memo('dyads', async () => (await this.#store.dyadTotals()).map(summary));
  }

  /** The range the escalation index covers: first to last day a fresh dyad event was reported. */
  range(): Promise<Range | null> {
    return this.memo('range', () => this.#store.reportRange(DEFAULT_ESCALATION_OPTIONS.maxReportLagDays));
  }

  /** One direction's series, escalation index and alerts. */
  async dyad(dyad: Dyad): Promise<DyadView> {
    const pair = pairOf(dyad);
    const views = await this.#pair(pair, null);
    return pair === dyad ? views[0] : views[1];
  }

  /** A pair's views, built (and kept) on first demand; `found` hands over what a pass build returned. */
  #pair(pair: Dyad, found: Promise<readonly [DyadView, DyadView]> | null): Promise<readonly [DyadView, DyadView]> {
    const key = dyadKey(pair);
    let pending = this.#pairs.get(key);
    this.#pairs.delete(key); // re-inserted below: most recently used last, the first key is evicted
    pending ??= found ?? this.range().then(async (range) => (await this.#build(pair, range)).views);
    this.#pairs.set(key, pending);
    pending.catch(() => this.#pairs.delete(key));
    while (this.#pairs.size > PAIR_CACHE) this.#pairs.delete(this.#pairs.keys().next().value!);
    return pending;
  }

  /** The pass over every pair (started on the first call). */
  global(): Promise<GlobalAggregates> {
    if (this.#global === null) {
      const pending = this.#computeGlobal();
      this.#global = pending;
      pending.catch(() => {
        if (this.#global === pending) this.#global = null;
      });
    }
    return this.#global;
  }

  /** Null once the pass over every pair is done; else how far it got. */
  progress(): Progress | null {
    return this.#globalDone ? null : this.#progress;
  }

  async #computeGlobal(): Promise<GlobalAggregates> {
    const [dyads, range] = await Promise.all([this.dyads(), this.range()]);
    // Rank among the busiest dyads: ties in the escalation ranking keep this order.
    const rank = new Map(dyads.slice(0, ESCALATION_CANDIDATES).map((d, i) => [dyadKey(d), i]));
    // Unordered pairs, busiest first: a reciprocal story holds both directions, so each pair is built once.
    const pairs = new Map(dyads.map((d) => [dyadKey(pairOf(d)), pairOf(d)]));
    this.#progress = { done: 0, total: pairs.size };
    const alerts: Alert[] = [];
    const stories = new StoryList();
    const counts = new StoryCounts();
    const escalating: (Escalating & { rank: number })[] = [];
    for (const pair of pairs.values()) {
      const building = this.#build(pair, range);
      // A dyad view asked for meanwhile waits for this build instead of starting its own.
      this.#pair(
        pair,
        building.then((r) => r.views),
      );
      const result = await building;
      stories.add(result.stories);
      counts.add(result.counts);
      for (const view of result.views) {
        alerts.push(...view.alerts);
        const at = rank.get(dyadKey(view.dyad));
        const week = at === undefined || range === null ? null : lastWeek(view.index, range);
        if (at !== undefined && week !== null) escalating.push({ ...dyads[at]!, ...week, rank: at });
      }
      this.#progress = { done: this.#progress.done + 1, total: pairs.size };
      // Built in this thread, a pair is one synchronous stretch: let requests in between two.
      await new Promise((resolve) => setImmediate(resolve));
    }
    alerts.sort(
      (a, b) => cmp(a.date, b.date) || cmp(a.source, b.source) || cmp(a.target, b.target) || a.score - b.score,
    );
    escalating.sort((a, b) => b.index - a.index || b.events - a.events || a.rank - b.rank);
    this.#globalDone = true;
    return {
      alerts,
      stories: stories.finish(),
      escalating: escalating.map(({ rank: _rank, ...rest }) => rest),
      counts: counts.finish(),
    };
  }
}

/**
 * The current Snapshot: a new one when the store's counts change; concurrent requests share it. The counts are
 * checked at most every `recheckMs` (counting is not free on a big store), so a new ingest shows within that.
 */
export class AggregateCache {
  readonly #store: Store;
  readonly #build: BuildPair;
  readonly #recheckMs: number;
  #snapshot: Snapshot | null = null;
  #checked = -Infinity;
  #checking: Promise<Snapshot> | null = null;

  constructor(store: Store, options: { readonly build?: BuildPair; readonly recheckMs?: number } = {}) {
    this.#store = store;
    this.#build = options.build ?? buildInThread(store);
    this.#recheckMs = options.recheckMs ?? 5000;
  }

  async get(): Promise<Snapshot> {
    if (this.#snapshot !== null && performance.now() - this.#checked < this.#recheckMs) return this.#snapshot;
    this.#checking ??= (async () => {
      try {
        const counts = await this.#store.counts();
        this.#checked = performance.now();
        if (this.#snapshot === null || JSON.stringify(counts) !== JSON.stringify(this.#snapshot.counts)) {
          this.#snapshot = new Snapshot(this.#store, counts, this.#build);
        }
        return this.#snapshot;
      } finally {
        this.#checking = null;
      }
    })();
    return this.#checking;
  }
}
