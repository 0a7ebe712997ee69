// Shapes of the API responses the dashboard reads (see /api/openapi.json). Record types come from the shared
// contract; the rest mirrors the server's JSON.
import type { Actor, Article, ArticleResult, Event, Quote } from '../types.ts';

export type { Actor, Event };

export interface ArticleRef {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
}

export interface StoredEvent {
  readonly event: Event;
  readonly article: ArticleRef;
}

export interface Page<T> {
  readonly total: number | null;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly T[];
  /** Keyset cursor for the following page (`after=`); null on the last page. */
  readonly next?: string | null;
}

export interface ArticleListing extends ArticleRef {
  readonly events: number;
  readonly quotes: number;
}

export interface Evidence {
  readonly storyId: string;
  readonly eventId: string;
  readonly date: string;
  readonly articleId: string;
  readonly url: string | null;
  readonly sentence: string;
  readonly cameo: string;
  readonly goldstein: number;
}

export interface AlertView {
  readonly source: string;
  readonly target: string;
  readonly date: string;
  readonly level: string;
  readonly score: number;
  readonly events: readonly string[];
  readonly since: string;
  readonly evidence: readonly Evidence[];
}

export interface DyadSummary {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly first: string;
  readonly last: string;
}

export interface Overview {
  readonly counts: { articles: number; events: number; quotes: number };
  readonly range: { from: string; to: string } | null;
  readonly alerts: readonly AlertView[];
  readonly escalating: readonly (DyadSummary & { index: number; latest: number })[];
  readonly dyads: readonly DyadSummary[];
  readonly volume: readonly { date: string; events: number; cooperation: number; conflict: number }[];
  /** While alerts and the escalation ranking are still being computed: pairs of states done so far. */
  readonly pending: { readonly done: number; readonly total: number } | null;
}

export interface SeriesPoint {
  readonly period: string;
  readonly events: number;
  readonly quad: readonly [number, number, number, number];
  readonly goldsteinSum: number;
  readonly balance: number;
}

export interface DyadDetail {
  readonly dyad: { source: string; target: string };
  readonly summary: DyadSummary | null;
  readonly period: 'day' | 'week';
  readonly level: 'mention' | 'story';
  readonly series: readonly SeriesPoint[];
  readonly index: readonly { date: string; index: number; hostility: number }[];
  readonly alerts: readonly AlertView[];
  /** True while the pair's stories are still being built (series, index and alerts empty until then). */
  readonly pending: boolean;
}

export interface StoredArticle {
  readonly article: Article;
  readonly result: ArticleResult;
}

export interface ActorStats {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly articles: number;
  readonly mentions: number;
  readonly asSource: number;
  readonly asTarget: number;
}

export interface StoredQuote {
  readonly quote: Quote;
  readonly index: number;
  readonly article: ArticleRef;
}

export interface ActorDetail {
  readonly actor: ActorStats;
  readonly timeline: readonly { week: string; asSource: number; asTarget: number }[];
  readonly asSource: readonly StoredEvent[];
  readonly asTarget: readonly StoredEvent[];
  readonly quotes: readonly StoredQuote[];
}
