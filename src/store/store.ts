// The Store contract: one interface for every backend (SQLite now, PostgreSQL later), proven by the
// shared suite in test/store/contract.ts. Methods are async so a networked backend fits the same shape.
import type { ActorType, Article, ArticleResult, Event, Modality, Quote } from '../types.ts';

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
  readonly limit?: number;
  readonly offset?: number;
  /** By date, then article id, then position; `desc` reverses that. Events with no date at all come last. */
  readonly order?: 'asc' | 'desc';
}

export interface StoredEvent {
  readonly event: Event;
  readonly article: ArticleRef;
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
  close(): Promise<void>;
}
