// The input of every aggregate: one coded event with the article fields that cite it. Structurally the same as
// the store's StoredEvent, so query results feed the aggregates without copying.
import type { Event } from '../types.ts';

export interface ArticleInfo {
  readonly id: string;
  readonly date: string | null;
  readonly url: string | null;
  /** Outlet or feed: the unit of independence when counting sources. */
  readonly source: string | null;
}

export interface EventRecord {
  readonly event: Event;
  readonly article: ArticleInfo;
}
