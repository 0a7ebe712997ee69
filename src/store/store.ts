// The Store contract: one interface for every backend (SQLite now, PostgreSQL later), proven by the
// shared suite in test/store/contract.ts. Methods are async so a networked backend fits the same shape.
import type { ActorType, Article, ArticleResult, Diagnostic, Event, Modality, Quote } from '../types.ts';

/** One coded article to store. `contentHash` and `dictionaryVersion` make resuming possible. */
export interface StoreEntry {
  readonly article: Article;
  readonly result: ArticleResult;
  /** Hash of the article as read (see contentHash()); a changed text means a changed hash. */
  readonly contentHash: string;
  /** Pipeline.dictionaryVersion the result was coded with; a dictionary change means re-coding. */
  readonly dictionaryVersion: string;
}

/** What decides whether an already stored article must be coded again. */
export interface ArticleKey {
  readonly id: string;
  readonly contentHash: string;
  readonly dictionaryVersion: string;
}

/** The article fields that come with every query result, so a row can cite its evidence. */
export interface ArticleRef {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
}

export interface EventFilter {
  /**
   * Source actor. An upper-case word such as `RUS` or `RUSGOV` matches the codes that start with it, and the
   * codes of stored actors whose canonical name is exactly that word (`NATO` → IGOWSTNAT); anything else
   * matches a case-insensitive substring of the actor's canonical name (`lavrov`).
   */
  readonly source?: string;
  /** Target actor, same rule as `source`. */
  readonly target?: string;
  /** PLOVER category, case-insensitive (`ACCUSE`). */
  readonly plover?: string;
  /** CAMEO code prefix: `11` matches 110–119 and 1121. */
  readonly cameo?: string;
  /** Inclusive YYYY-MM-DD bounds on the event date, or the article date when the event has none. */
  readonly from?: string;
  readonly to?: string;
  /** Full-text search over the event sentence: every word must occur; `word*` is a prefix. */
  readonly text?: string;
  readonly modality?: Modality;
  /**
   * Exact dyad sides as the aggregates key them (src/aggregate/dyads.ts: RUSGOV and RUSMIL are both `RUS`, IGOs
   * keep their whole code): only events of that directed dyad.
   */
  readonly dyad?: DyadSides;
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Keyset paging: only events after this one in the requested order (take it from the last event of the
   * previous page with eventCursor()). Unlike `offset` it costs the same on the first and on the ten-thousandth
   * page. Combined with `offset`, the offset counts from the cursor.
   */
  readonly after?: EventCursor;
  /** By date, then article id, then position; `desc` reverses that. Events with no date at all come last. */
  readonly order?: 'asc' | 'desc';
}

/** A position in the event order: the sort key of one event (its date as stored, article id, position). */
export interface EventCursor {
  /** Event date, else article date; null for an event with no date at all. */
  readonly date: string | null;
  readonly articleId: string;
  readonly position: number;
}

/** A directed dyad by its aggregate keys (`RUS` → `UKR`, `IGOWSTNAT` → `RUS`). */
export interface DyadSides {
  readonly source: string;
  readonly target: string;
}

export interface StoredEvent {
  readonly event: Event;
  readonly article: ArticleRef;
  /** Index of the event in its article's `events` (set by the stores; the last part of the sort key). */
  readonly position?: number;
}

/** The cursor that continues after `row` (ArticleFilter.after). */
export function articleCursor(row: ArticleRef): ArticleCursor {
  return { date: row.date, id: row.id };
}

/** The cursor that continues after `row` (EventFilter.after). */
export function eventCursor(row: StoredEvent): EventCursor {
  if (row.position === undefined) throw new Error('eventCursor: the event has no position (not read from a store)');
  return { date: row.event.date, articleId: row.article.id, position: row.position };
}

export interface QuoteFilter {
  /** Speaker, same rule as EventFilter.source. */
  readonly speaker?: string;
  /** Case-insensitive substring of the quoted text. */
  readonly text?: string;
  /** Inclusive YYYY-MM-DD bounds on the article date. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoredQuote {
  readonly quote: Quote;
  /** Position of the quote in its article's `quotes` array. */
  readonly index: number;
  readonly article: ArticleRef;
}

export interface ActorFilter {
  /** Same rule as EventFilter.source. */
  readonly actor?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** One actor across the store: how many articles mention it, how often, and its event roles. */
export interface ActorStats {
  readonly code: string;
  readonly name: string;
  readonly type: ActorType;
  readonly country: string | null;
  readonly sector: string | null;
  readonly id: string | null;
  readonly articles: number;
  readonly mentions: number;
  readonly asSource: number;
  readonly asTarget: number;
}

export interface StoredArticle {
  readonly article: Article;
  readonly result: ArticleResult;
  readonly contentHash: string;
  readonly dictionaryVersion: string;
}

export interface StoreCounts {
  readonly articles: number;
  readonly events: number;
  readonly quotes: number;
  /** Actor rows per article (one per distinct actor in each article). */
  readonly articleActors: number;
}

/** Filter for dyadDays: code prefixes (`RUS`, `IGOWSTNAT`) and inclusive YYYY-MM-DD bounds. */
export interface DyadDayFilter {
  readonly source?: string;
  readonly target?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * Asserted events summed per source code, target code and day (event date, else article date), computed
 * inside the database so a dyad series over millions of events reads only the sums.
 */
export interface DyadDay {
  readonly sourceCode: string;
  readonly targetCode: string;
  readonly day: string;
  /** Counts per QuadClass 1–4. */
  readonly quad: readonly [number, number, number, number];
  readonly goldsteinSum: number;
}

/** Filter for queryArticles. Newest first (by article date, then id, both descending); undated articles last. */
export interface ArticleFilter {
  /** Inclusive YYYY-MM-DD bounds on the article date. */
  readonly from?: string;
  readonly to?: string;
  /** Outlet: substring of the article's source (feed, site or agency name), ASCII case-insensitive. */
  readonly source?: string;
  /** Substring of the title, ASCII case-insensitive. */
  readonly title?: string;
  /** Full-text search over the article's event sentences, same rule as EventFilter.text. */
  readonly text?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** Keyset paging: only articles after this one in the order (see articleCursor). */
  readonly after?: ArticleCursor;
}

export interface ArticleCursor {
  readonly date: string | null;
  readonly id: string;
}

/** An article in a listing: its reference fields and how much was coded in it. */
export interface ArticleListing extends ArticleRef {
  readonly events: number;
  readonly quotes: number;
}

/**
 * Asserted events of one directed dyad (aggregate sides, see EventFilter.dyad) that have a day, the two sides
 * different: how many, how many cooperative (QuadClass 1–2), and the first and last day. The day is the event
 * date unless it is missing or later than the article date (then the article date): what the aggregates use.
 */
export interface DyadTotal {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly cooperation: number;
  readonly first: string;
  readonly last: string;
}

/** Asserted events placed on one day (same day rule as DyadTotal), with or without a dyad. */
export interface DayVolume {
  readonly day: string;
  readonly events: number;
  /** QuadClass 1–2; the rest is conflict. */
  readonly cooperation: number;
}

export interface VolumeFilter {
  /** Inclusive YYYY-MM-DD bounds on the day. */
  readonly from?: string;
  readonly to?: string;
  /** Only the last N days, counting back from the last day that has an asserted event. */
  readonly lastDays?: number;
}

/** Asserted events with an actor code exactly as source and as target, per day (same day rule). */
export interface RoleDay {
  readonly day: string;
  readonly asSource: number;
  readonly asTarget: number;
}

/** Stored diagnostics of one rule (`actors/discovered`: persons found by their title, not in any dictionary). */
export interface DiagnosticFilter {
  /** The rule id, exactly (`actors/discovered`). */
  readonly ruleId: string;
  /** Inclusive YYYY-MM-DD bounds on the article date. */
  readonly from?: string;
  readonly to?: string;
  /** Pages count articles, not diagnostics. */
  readonly limit?: number;
  readonly offset?: number;
}

/** One stored article and its diagnostics with the filter's rule id, in the order the article has them. */
export interface ArticleDiagnostics {
  readonly article: ArticleRef;
  readonly diagnostics: readonly Diagnostic[];
}

/** A pair of states, `source` < `target`: what the server's derived results are kept by (src/server/pair-*.ts). */
export type PairSides = DyadSides;

/** What is stored about one pair's derived results. The store treats stamp, summary and payloads as opaque. */
export interface DerivedPairState {
  readonly pair: PairSides;
  /** What the stored result was built from (format and report range); null when no result is stored. */
  readonly stamp: string | null;
  /**
   * Non-null while the pair's events changed since its result was built: a mark that every save of articles
   * touching the pair renews. savePairResult clears it only if it is still the mark read before the build.
   */
  readonly dirty: string | null;
  /** The stored result's small summary; null when none is stored. */
  readonly summary: string | null;
}

/** One story row of a pair's result: what /api/stories filters and orders by, and where its JSON lies. */
export interface DerivedStory {
  /** The story's dyad. */
  readonly source: string;
  readonly target: string;
  readonly firstDate: string;
  /** Of the story's first mention: the newest-first order is by first date, then these, descending. */
  readonly articleId: string;
  readonly sentenceIndex: number;
  readonly eventId: string;
  /** Index into DerivedPairResult.chunks, and the byte range of the story's JSON in the inflated chunk. */
  readonly chunk: number;
  readonly start: number;
  readonly end: number;
}

/** A pair's derived results as saved (built by src/server/pair-record.ts). */
export interface DerivedPairResult {
  readonly pair: PairSides;
  readonly stamp: string;
  readonly summary: string;
  /** Compressed payloads, opaque to the store. */
  readonly views: Uint8Array;
  readonly counts: Uint8Array;
  readonly stories: readonly DerivedStory[];
  readonly chunks: readonly Uint8Array[];
}

/** One pair's result to save (see Store.savePairResults). */
export interface PairSave {
  readonly pair: PairSides;
  readonly result: DerivedPairResult | null;
  /** The dirty mark read before the build (null when there was none). */
  readonly seen: string | null;
}

/** Filter for queryDerivedStories: dyad side prefixes (`RUS`, `IGO`) and inclusive bounds on the first date. */
export interface DerivedStoryFilter {
  readonly source?: string;
  readonly target?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Where one listed story's JSON is: its pair's chunk and the byte range in it once inflated. */
export interface DerivedStoryRef {
  readonly pair: PairSides;
  readonly chunk: number;
  readonly start: number;
  readonly end: number;
}

export interface Store {
  /**
   * Upserts a batch in one transaction: an article saved again replaces its events, quotes and actors.
   * Within one batch the last entry for an id wins.
   */
  saveArticles(batch: readonly StoreEntry[]): Promise<void>;
  /** True when the article is stored with this exact content hash and dictionary version. */
  hasArticle(key: ArticleKey): Promise<boolean>;
  /** Batch form of hasArticle: the ids among `keys` that are stored unchanged (nothing to redo). */
  unchangedArticles(keys: readonly ArticleKey[]): Promise<Set<string>>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The tone of each stored article among `ids` (unknown ids are left out): what an export row needs. */
  articleTones(ids: readonly string[]): Promise<Map<string, number>>;
  queryEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Number of events matching the filter, ignoring limit and offset. */
  countEvents(filter?: EventFilter): Promise<number>;
  /** Ordered by article date, article id, then position in the article. */
  queryQuotes(filter?: QuoteFilter): Promise<StoredQuote[]>;
  /** Ordered by mentions (descending), then code and name. */
  queryActors(filter?: ActorFilter): Promise<ActorStats[]>;
  counts(): Promise<StoreCounts>;
  /** Sums of asserted events with both actors and a date, ordered by source code, target code, day. */
  dyadDays(filter?: DyadDayFilter): Promise<DyadDay[]>;
  /** Articles with their event and quote counts, newest first. */
  queryArticles(filter?: ArticleFilter): Promise<ArticleListing[]>;
  /** Every directed dyad with asserted events, busiest first (then source, then target). */
  dyadTotals(): Promise<DyadTotal[]>;
  /** Asserted events per day (days without any left out), by day. */
  dailyVolume(filter?: VolumeFilter): Promise<DayVolume[]>;
  /**
   * The first and last article date among asserted dyad events (see DyadTotal) whose article was published at
   * most `maxLagDays` after their day: the range the escalation index covers. Null when there is none.
   */
  reportRange(maxLagDays: number): Promise<{ readonly from: string; readonly to: string } | null>;
  /** Days on which `code` (exactly) was source or target of asserted events, by day. */
  roleDays(code: string): Promise<RoleDay[]>;
  /** Articles with diagnostics of a rule, by article date (undated last), then id. */
  queryDiagnostics(filter: DiagnosticFilter): Promise<ArticleDiagnostics[]>;
  /**
   * Every pair with a stored derived result or marked dirty (saveArticles marks the pairs of the asserted events
   * it inserts or replaces, in the same transaction), by source then target.
   */
  derivedPairs(): Promise<DerivedPairState[]>;
  /** One pair's state (null when it has neither a result nor a mark). */
  derivedPair(pair: PairSides): Promise<DerivedPairState | null>;
  /**
   * Replaces each pair's derived result (and its story rows), all in one transaction, and clears a pair's dirty
   * mark if it is still `seen` (the one read before the build): a save of articles meanwhile keeps the pair
   * dirty. `result: null` deletes the pair's result (a pair left without events).
   */
  savePairResults(saves: readonly PairSave[]): Promise<void>;
  /** One compressed payload of the pair's stored result. */
  readPairPayload(pair: PairSides, part: 'views' | 'counts'): Promise<Uint8Array | null>;
  /** Stored story rows, newest first (first date, then the first mention's article, sentence, event, descending). */
  queryDerivedStories(filter: DerivedStoryFilter): Promise<{ total: number; items: DerivedStoryRef[] }>;
  /** A stored story chunk (compressed), or null. */
  readStoryChunk(pair: PairSides, chunk: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}
