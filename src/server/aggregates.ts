// The aggregates the API serves (stories, dyad series, escalation index, alerts) are computed by src/aggregate
// from every asserted event, so they are computed once and kept until the store changes (its counts differ).
// No business logic here: only calls to the aggregate stage and cheap filtering of its output.
import type { Store, StoreCounts } from '../store/index.ts';
import { readAssertedEvents } from '../aggregate/from-store.ts';
import type { EventRecord } from '../aggregate/records.ts';
import { buildStories, mentionDate, type Story } from '../aggregate/stories.ts';
import {
  escalationIndex,
  storyUnits,
  unitRange,
  unitsByDyad,
  type DyadIndex,
  type Unit,
} from '../aggregate/escalation.ts';
import { alertsForUnits, type Alert } from '../aggregate/alerts.ts';
import { dyadKey, eventDyad, type Dyad } from '../aggregate/dyads.ts';

export interface DyadSummary {
  readonly source: string;
  readonly target: string;
  /** Asserted events (mentions) in this direction. */
  readonly events: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly first: string;
  readonly last: string;
}

export interface Aggregates {
  /** Asserted events, store order (date ascending). */
  readonly records: readonly EventRecord[];
  readonly stories: readonly Story[];
  readonly units: readonly Unit[];
  readonly range: { readonly from: string; readonly to: string } | null;
  readonly alerts: readonly Alert[];
  /** Asserted records per directed dyad key ("RUS→UKR"). */
  readonly byDyad: ReadonlyMap<string, readonly EventRecord[]>;
  readonly dyads: readonly DyadSummary[];
  /** The daily escalation index of one dyad over the common range (memoised). */
  index(dyad: Dyad): DyadIndex | null;
  /** Any value derived from these aggregates, computed once per key. */
  memo<T>(key: string, compute: () => T): T;
}

export function computeAggregates(records: readonly EventRecord[]): Aggregates {
  const stories = buildStories(records);
  const units = storyUnits(stories);
  const range = unitRange(units);
  const alerts = range === null ? [] : alertsForUnits(units, range);
  const byDyad = new Map<string, EventRecord[]>();
  for (const r of records) {
    const dyad = eventDyad(r);
    if (dyad === null) continue;
    const key = dyadKey(dyad);
    const list = byDyad.get(key);
    if (list === undefined) byDyad.set(key, [r]);
    else list.push(r);
  }
  const dyads = [...byDyad.values()].map(summarise).sort((a, b) => b.events - a.events || cmp(a.source, b.source));
  const unitLists = unitsByDyad(units);
  const indexes = new Map<string, DyadIndex | null>();
  const memos = new Map<string, unknown>();
  return {
    records,
    stories,
    units,
    range,
    alerts,
    byDyad,
    dyads,
    index(dyad) {
      const key = dyadKey(dyad);
      let index = indexes.get(key);
      if (index === undefined) {
        const list = unitLists.get(key);
        index = list === undefined || range === null ? null : escalationIndex(dyad, list, range.from, range.to);
        indexes.set(key, index);
      }
      return index;
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

function summarise(list: readonly EventRecord[]): DyadSummary {
  const dyad = eventDyad(list[0]!)!;
  let cooperation = 0;
  let first = '';
  let last = '';
  for (const r of list) {
    if (r.event.quadClass <= 2) cooperation++;
    const date = mentionDate(r);
    if (date === null) continue;
    if (first === '' || date < first) first = date;
    if (last === '' || date > last) last = date;
  }
  return { ...dyad, events: list.length, cooperation, conflict: list.length - cooperation, first, last };
}

/**
 * Recomputes when the store's counts change; concurrent requests share one computation. The counts are checked
 * at most every `recheckMs` (counting is not free on a big store: 0.5 s cold at 300k events), so a new ingest
 * shows up within that delay.
 */
export class AggregateCache {
  readonly #store: Store;
  readonly #recheckMs: number;
  #key = '';
  #counts: StoreCounts | null = null;
  #checked = -Infinity;
  #pending: Promise<Aggregates> | null = null;

  constructor(store: Store, recheckMs = 5000) {
    this.#store = store;
    this.#recheckMs = recheckMs;
  }

  async get(): Promise<Aggregates> {
    if (this.#pending !== null && performance.now() - this.#checked < this.#recheckMs) return this.#pending;
    this.#checked = performance.now();
    this.#counts = await this.#store.counts();
    const key = JSON.stringify(this.#counts);
    if (this.#pending === null || key !== this.#key) {
      this.#key = key;
      const pending = readAssertedEvents(this.#store).then(computeAggregates);
      this.#pending = pending;
      // A failed computation is not cached.
      pending.catch(() => {
        if (this.#pending === pending) this.#pending = null;
      });
    }
    return this.#pending;
  }

  /** The store counts as of the last check (call get() first). */
  counts(): StoreCounts | null {
    return this.#counts;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
