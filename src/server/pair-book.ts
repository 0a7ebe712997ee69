// What the server knows of every pair's stored result: its summary (alerts, last week of the index) and whether it
// is fresh, stale (served while it is built again) or missing (built before the cross-pair views can answer).
// The cross-pair views (latest alerts, escalation ranking) are computed from these small summaries.
import type { Alert } from '../aggregate/alerts.ts';
import { dyadKey, type Dyad } from '../aggregate/dyads.ts';
import type { DerivedPairState, DyadTotal } from '../store/index.ts';
import { decodeSummary, type PairSummary } from './pair-record.ts';
import { isFresh, refreshPlan } from './pair-refresh.ts';

export interface DyadSummary extends DyadTotal {
  readonly conflict: number;
}

/** A dyad ranked by escalation over the last week of the covered range. */
export interface Escalating extends DyadSummary {
  /** Mean daily index over the last 7 days. */
  readonly index: number;
  readonly latest: number;
}

export interface CrossPair {
  /** Sorted by date, then dyad (as alertsForUnits). */
  readonly alerts: readonly Alert[];
  readonly escalating: readonly Escalating[];
}

/** Dyads ranked for escalation: the busiest ones (a quiet dyad's index is noise). */
const ESCALATION_CANDIDATES = 300;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class PairBook {
  readonly #dyads: readonly DyadSummary[];
  readonly #summaries = new Map<string, PairSummary>();
  /** Stored results that are fresh. */
  readonly #pairKeys = new Map<string, Dyad>();
  readonly #fresh = new Set<string>();
  /** In the order to build: missing first, then stale, then gone; each busiest first. */
  readonly work: readonly Dyad[];
  #missing: Set<string>;
  #cross: CrossPair | null = null;
  #settle: () => void = () => {};
  /** Resolves when no pair is missing any more (or the builds stopped: settle()). */
  readonly complete: Promise<void>;

  constructor(dyads: readonly DyadSummary[], states: readonly DerivedPairState[], stamp: string) {
    this.#dyads = dyads;
    const plan = refreshPlan(dyads, states, stamp);
    const gone = new Set(plan.gone.map(dyadKey));
    for (const state of states) {
      const key = dyadKey(state.pair);
      if (gone.has(key) || state.summary === null) continue;
      this.#summaries.set(key, decodeSummary(state.summary));
      this.#pairKeys.set(key, state.pair);
      if (isFresh(state, stamp)) this.#fresh.add(key);
    }
    this.#missing = new Set(plan.missing.map(dyadKey));
    this.work = [...plan.missing, ...plan.stale, ...plan.gone];
    this.complete = new Promise((resolve) => (this.#settle = resolve));
    if (this.#missing.size === 0) this.#settle();
  }

  settle(): void {
    this.#settle();
  }

  /** The pairs with a summary. */
  pairs(): Dyad[] {
    return [...this.#pairKeys.values()];
  }

  /** Pairs with events and no summary yet. */
  get missing(): number {
    return this.#missing.size;
  }

  /** True when the pair's stored result can be read (fresh or stale). */
  stored(pair: Dyad): boolean {
    return this.#summaries.has(dyadKey(pair));
  }

  fresh(pair: Dyad): boolean {
    return this.#fresh.has(dyadKey(pair));
  }

  /** A pair built (again): its summary replaces the stored one. */
  update(pair: Dyad, summary: PairSummary, saved: boolean): void {
    const key = dyadKey(pair);
    this.#summaries.set(key, summary);
    this.#pairKeys.set(key, pair);
    this.#missing.delete(key);
    if (this.#missing.size === 0) this.#settle();
    if (saved) this.#fresh.add(key);
    this.#cross = null;
  }

  /** A pair without events any more. */
  remove(pair: Dyad): void {
    this.#summaries.delete(dyadKey(pair));
    this.#pairKeys.delete(dyadKey(pair));
    this.#missing.delete(dyadKey(pair));
    if (this.#missing.size === 0) this.#settle();
    this.#cross = null;
  }

  /** Latest alerts and escalation ranking from every pair's summary. */
  cross(): CrossPair {
    if (this.#cross !== null) return this.#cross;
    const alerts: Alert[] = [];
    for (const summary of this.#summaries.values()) alerts.push(...summary.alerts);
    alerts.sort(
      (a, b) => cmp(a.date, b.date) || cmp(a.source, b.source) || cmp(a.target, b.target) || a.score - b.score,
    );
    const escalating: (Escalating & { rank: number })[] = [];
    this.#dyads.slice(0, ESCALATION_CANDIDATES).forEach((dyad, rank) => {
      const forward = dyad.source < dyad.target;
      const pair = forward ? dyad : { source: dyad.target, target: dyad.source };
      const week = this.#summaries.get(dyadKey(pair))?.weeks[forward ? 0 : 1] ?? null;
      if (week !== null) escalating.push({ ...dyad, ...week, rank });
    });
    escalating.sort((a, b) => b.index - a.index || b.events - a.events || a.rank - b.rank);
    this.#cross = { alerts, escalating: escalating.map(({ rank: _rank, ...rest }) => rest) };
    return this.#cross;
  }
}
