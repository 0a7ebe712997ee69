// Keeping the stored pair results (pair-record.ts) in step with the events: which pairs need a build, and one
// pair's build and save. `detente ingest` runs refreshPairs at its end, so a server started afterwards answers
// from stored results at once; the server refreshes what is still stale in the background (aggregates.ts).
import type { DerivedPairState, DyadTotal, PairSave, Store } from '../store/index.ts';
import { DEFAULT_ESCALATION_OPTIONS } from '../aggregate/escalation.ts';
import { dyadKey, type Dyad } from '../aggregate/dyads.ts';
import { buildPair, type DyadView, type Range } from './pair-builder.ts';
import { decodeSummary, decodeViews, encodePair, pairStamp, pairSummary, type PairSummary } from './pair-record.ts';

/** A pair's build as the server uses it. */
export interface BuiltPair {
  readonly views: readonly [DyadView, DyadView];
  readonly summary: PairSummary;
  /** False when the store could not take it (opened read-only): the server keeps it for this process only. */
  readonly saved: boolean;
  /** Why it was not saved. */
  readonly unsaved?: string;
}

export const pairOf = (dyad: Dyad): Dyad =>
  dyad.source < dyad.target ? dyad : { source: dyad.target, target: dyad.source };

/** A stored result still valid: built from the pair's current events, with this format and report range. */
export const isFresh = (state: DerivedPairState | null | undefined, stamp: string): boolean =>
  state?.stamp === stamp && state.dirty === null;

export interface RefreshPlan {
  /** Pairs with events and no stored result, busiest first. */
  readonly missing: readonly Dyad[];
  /** Pairs with events whose stored result is dirty or of another stamp, busiest first. */
  readonly stale: readonly Dyad[];
  /** Pairs stored or marked that no longer have events: their results are deleted. */
  readonly gone: readonly Dyad[];
}

/** Unordered pairs of the dyads (busiest first: dyadTotals' order), each once. */
export function pairsOf(dyads: readonly DyadTotal[]): Dyad[] {
  return [...new Map(dyads.map((d) => [dyadKey(pairOf(d)), pairOf(d)])).values()];
}

export function refreshPlan(
  dyads: readonly DyadTotal[],
  states: readonly DerivedPairState[],
  stamp: string,
): RefreshPlan {
  const stored = new Map(states.map((s) => [dyadKey(s.pair), s]));
  const pairs = pairsOf(dyads);
  const live = new Set(pairs.map(dyadKey));
  return {
    missing: pairs.filter((p) => stored.get(dyadKey(p))?.stamp == null),
    stale: pairs.filter((p) => {
      const state = stored.get(dyadKey(p));
      return state?.stamp != null && !isFresh(state, stamp);
    }),
    gone: states.filter((s) => !live.has(dyadKey(s.pair))).map((s) => s.pair),
  };
}

/** A pair's build, and what to save of it (null: nothing, the pair has no events and nothing stored). */
interface PairBuild {
  readonly built: Omit<BuiltPair, 'saved' | 'unsaved'>;
  readonly save: PairSave | null;
}

/**
 * Builds one pair from its events, unless its stored result is fresh already (another process built it
 * meanwhile: then that one is read, and there is nothing to save). The dirty mark is read before the events,
 * so a save of articles during the build leaves the pair dirty. A pair left without events is saved as null
 * (its result deleted).
 */
async function buildToSave(store: Store, pair: Dyad, range: Range | null): Promise<PairBuild> {
  const stamp = pairStamp(range);
  const state = await store.derivedPair(pair);
  if (isFresh(state, stamp) && state?.summary != null) {
    const views = await store.readPairPayload(pair, 'views');
    if (views !== null)
      return { built: { views: decodeViews(views), summary: decodeSummary(state.summary) }, save: null };
  }
  const result = await buildPair(store, pair, range);
  const built = { views: result.views, summary: pairSummary(result.views, range) };
  const empty = result.views[0].events + result.views[1].events === 0;
  // Nothing stored and nothing to store (a dyad view asked for a pair without events): no write.
  if (empty && state === null) return { built, save: null };
  return { built, save: { pair, result: empty ? null : encodePair(pair, result, range), seen: state?.dirty ?? null } };
}

/** One pair built (see buildToSave) and saved: what the server's builds do. */
export async function refreshPair(store: Store, pair: Dyad, range: Range | null): Promise<BuiltPair> {
  const { built, save } = await buildToSave(store, pair, range);
  try {
    if (save !== null) await store.savePairResults([save]);
  } catch (error) {
    return { ...built, saved: false, unsaved: error instanceof Error ? error.message : String(error) };
  }
  return { ...built, saved: true };
}

/** Stories saved per transaction at most (a pair's own may be more): few commits, bounded memory. */
const SAVE_STORIES = 100_000;

export interface RefreshReport {
  /** Pairs of states with events. */
  readonly pairs: number;
  readonly built: number;
  readonly deleted: number;
  readonly seconds: number;
}

/**
 * Brings every stored pair result up to date: builds the missing and stale ones (busiest first), deletes those
 * of pairs without events. `onPair(done, total)` reports progress.
 */
export async function refreshPairs(
  store: Store,
  onPair: (done: number, total: number) => void = () => {},
): Promise<RefreshReport> {
  const started = performance.now();
  const [dyads, states, range] = await Promise.all([
    store.dyadTotals(),
    store.derivedPairs(),
    store.reportRange(DEFAULT_ESCALATION_OPTIONS.maxReportLagDays),
  ]);
  const plan = refreshPlan(dyads, states, pairStamp(range));
  const work = [...plan.missing, ...plan.stale, ...plan.gone];
  let done = 0;
  let batch: PairSave[] = [];
  let stories = 0;
  const flush = async () => {
    await store.savePairResults(batch);
    done += batch.length;
    batch = [];
    stories = 0;
  };
  for (const pair of work) {
    const { save } = await buildToSave(store, pair, range);
    if (save !== null) {
      batch.push(save);
      stories += save.result?.stories.length ?? 0;
    } else done++;
    if (stories >= SAVE_STORIES) await flush();
    onPair(done + batch.length, work.length);
  }
  await flush();
  return {
    pairs: pairsOf(dyads).length,
    built: plan.missing.length + plan.stale.length,
    deleted: plan.gone.length,
    seconds: (performance.now() - started) / 1000,
  };
}
