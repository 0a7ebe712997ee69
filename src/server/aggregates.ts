// The aggregates the API serves, kept per version of the store (a version ends when its counts change, checked
// at most every `recheckMs`). Two kinds:
// - plain totals (dyads, daily volume, the covered range, an actor's days) are grouped by the store in SQL, in
//   well under a second on a million events;
// - whatever needs stories (a dyad's escalation index and alerts, story-level series, story lists, the GDELT
//   story counts) is built pair of states by pair (pair-builder.ts) and stored with the events (pair-record.ts):
//   `detente ingest` builds the pairs it changed, so the server reads results. What it finds stale (events
//   saved since, or a new report range) it serves as stored and builds again in the background (in a worker
//   thread when the server has the database's address), saving it; a pair with no stored result at all is
//   built before the cross-pair views (overview alerts and ranking, /api/alerts, /api/stories) answer.
// No business logic here: only calls to the aggregate stage and the store.
import type { DerivedStoryFilter, DyadTotal, Store, StoreCounts } from '../store/index.ts';
import { DEFAULT_ESCALATION_OPTIONS } from '../aggregate/escalation.ts';
import { dyadKey, sidePrefix, type Dyad } from '../aggregate/dyads.ts';
import type { CountsOf } from '../export/counts.ts';
import type { DyadView, ListedStory, Range } from './pair-builder.ts';
import { countsLookup, type CountsPart } from './story-counts.ts';
import { buildInThread, type BuildPair } from './pair-client.ts';
import { PairBook, type CrossPair, type DyadSummary } from './pair-book.ts';
import { decodeCounts, decodeViews, inflateChunk, pairStamp, storyAt } from './pair-record.ts';
import { pairOf } from './pair-refresh.ts';

export type { DyadSummary, Escalating } from './pair-book.ts';

export interface Progress {
  /** Pairs of states built so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

/** The store's story filter, with dyad sides as the API takes them (prefixes, NATO/EU/UN/OSCE aliases). */
export type StoryFilter = DerivedStoryFilter;

/** Pairs whose dyad views stay in memory (a busy pair is 1 MB of JSON: a few dozen). */
const PAIR_CACHE = 32;

function summary(total: DyadTotal): DyadSummary {
  return { ...total, conflict: total.events - total.cooperation };
}

/** The aggregates of one version of the store. Each part is computed once, when first asked for. */
export class Snapshot {
  readonly counts: StoreCounts;
  readonly #store: Store;
  readonly #build: BuildPair;
  readonly #memo = new Map<string, Promise<unknown>>();
  readonly #pairs = new Map<string, Promise<readonly [DyadView, DyadView]>>();
  #progress: Progress = { done: 0, total: 0 };
  #retired = false;
  #unsavedNoted = false;

  readonly #staleDelayMs: number;

  constructor(store: Store, counts: StoreCounts, build: BuildPair, staleDelayMs = 0) {
    this.#store = store;
    this.counts = counts;
    this.#build = build;
    this.#staleDelayMs = staleDelayMs;
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

  /** A newer version took over: the background builds of this one stop after the pair under way. */
  retire(): void {
    this.#retired = true;
  }

  /** Every directed dyad, busiest first. */
  dyads(): Promise<readonly DyadSummary[]> {
    return this.memo('dyads', async () => (await this.#store.dyadTotals()).map(summary));
  }

  /** The range the escalation index covers: first to last day a fresh dyad event was reported. */
  range(): Promise<Range | null> {
    return this.memo('range', () => this.#store.reportRange(DEFAULT_ESCALATION_OPTIONS.maxReportLagDays));
  }

  /** The stored results' summaries; starts the background builds of what is missing or stale. */
  book(): Promise<PairBook> {
    return this.memo('book', async () => {
      const [dyads, range, states] = await Promise.all([this.dyads(), this.range(), this.#store.derivedPairs()]);
      const book = new PairBook(dyads, states, pairStamp(range));
      this.#progress = { done: 0, total: book.missing };
      if (book.work.length > 0) this.#refresh(book, range).catch((error: unknown) => console.error(error));
      return book;
    });
  }

  /** Resolves once every pair with events has a summary (stored, or built now when it had none). */
  async ready(): Promise<PairBook> {
    const book = await this.book();
    await book.complete;
    return book;
  }

  /** Builds what the book lists (missing first), saving each; requests keep being served from what is stored. */
  async #refresh(book: PairBook, range: Range | null): Promise<void> {
    let waited = false;
    try {
      for (const pair of book.work) {
        if (this.#retired) return;
        const wasMissing = !book.stored(pair);
        if (!wasMissing && !waited) {
          // Stale pairs are served as stored meanwhile: give a running ingest time to finish (a newer version
          // of the store then retires this one) rather than build its busiest pairs again after every batch.
          waited = true;
          await new Promise((resolve) => setTimeout(resolve, this.#staleDelayMs).unref());
          if (this.#retired) return;
        }
        const building = this.#build(pair, range);
        // A dyad view asked for meanwhile waits for this build instead of starting its own.
        this.#pair(
          pair,
          building.then((b) => b.views),
        );
        const built = await building;
        if (!built.saved && !this.#unsavedNoted) {
          this.#unsavedNoted = true;
          console.error(`pair results built by the server could not be saved (${built.unsaved})`);
        }
        if (built.views[0].events + built.views[1].events === 0) book.remove(pair);
        else book.update(pair, built.summary, built.saved);
        if (wasMissing) this.#progress = { done: this.#progress.done + 1, total: this.#progress.total };
        // Built in this thread, a pair is one synchronous stretch: let requests in between two.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      // Stopped early (a newer version, a failure): whoever waits gets what there is.
      book.settle();
    }
  }

  /** Null once every pair has a result; else how many of the pairs without one are built. */
  progress(): Progress | null {
    return this.#progress.done >= this.#progress.total ? null : this.#progress;
  }

  /** Latest alerts and escalation ranking, once every pair has a summary. */
  async cross(): Promise<CrossPair> {
    return (await this.ready()).cross();
  }

  /** One direction's series, escalation index and alerts. */
  async dyad(dyad: Dyad): Promise<DyadView> {
    const pair = pairOf(dyad);
    const views = await this.#pair(pair, null);
    return pair === dyad ? views[0] : views[1];
  }

  /** A pair's views: stored, else built; the last PAIR_CACHE used are kept. `found` hands over a pass build. */
  #pair(pair: Dyad, found: Promise<readonly [DyadView, DyadView]> | null): Promise<readonly [DyadView, DyadView]> {
    const key = dyadKey(pair);
    let pending = found ?? this.#pairs.get(key);
    this.#pairs.delete(key); // re-inserted below: most recently used last, the first key is evicted
    pending ??= this.#load(pair);
    this.#pairs.set(key, pending);
    pending.catch(() => this.#pairs.delete(key));
    while (this.#pairs.size > PAIR_CACHE) this.#pairs.delete(this.#pairs.keys().next().value!);
    return pending;
  }

  async #load(pair: Dyad): Promise<readonly [DyadView, DyadView]> {
    const book = await this.book();
    if (book.stored(pair)) {
      const data = await this.#store.readPairPayload(pair, 'views');
      if (data !== null) return decodeViews(data);
    }
    return (await this.#build(pair, await this.range())).views;
  }

  /** A page of stories, newest first, from the stored story rows. */
  async stories(filter: StoryFilter): Promise<{ total: number; items: ListedStory[] }> {
    await this.ready();
    const side = (wanted: string | undefined) => (wanted === undefined || wanted === '' ? '' : sidePrefix(wanted));
    const page = await this.#store.queryDerivedStories({
      ...filter,
      source: side(filter.source),
      target: side(filter.target),
    });
    const chunks = new Map<string, Promise<Buffer | null>>(); // a chunk listed twice on one page is read once
    const items = await Promise.all(
      page.items.map(async (ref) => {
        const key = `${dyadKey(ref.pair)}#${ref.chunk}`;
        let chunk = chunks.get(key);
        if (chunk === undefined) {
          chunk = this.#store.readStoryChunk(ref.pair, ref.chunk).then((d) => (d === null ? null : inflateChunk(d)));
          chunks.set(key, chunk);
        }
        const text = await chunk;
        if (text === null) throw new Error(`story chunk ${key} is missing`);
        return storyAt(text, ref.start, ref.end);
      }),
    );
    return { total: page.total, items };
  }

  /**
   * GDELT NumMentions, NumSources, NumArticles per event id, from every stored pair (events in a story of one
   * mention are not listed: the export writes 1/1/1 for them). About 15 MB at 1M events, kept for this version.
   */
  storyCounts(): Promise<CountsOf> {
    return this.memo('counts', async () => {
      const book = await this.ready();
      const parts: CountsPart[] = [];
      for (const pair of book.pairs()) {
        const data = await this.#store.readPairPayload(pair, 'counts');
        if (data !== null) parts.push(decodeCounts(data));
      }
      return countsLookup(parts);
    });
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
          this.#snapshot?.retire();
          this.#snapshot = new Snapshot(this.#store, counts, this.#build, this.#recheckMs);
        }
        return this.#snapshot;
      } finally {
        this.#checking = null;
      }
    })();
    return this.#checking;
  }
}
