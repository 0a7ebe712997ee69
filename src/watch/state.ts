// What `watch` remembers between rounds, per feed: validators for conditional GET, the items already
// seen, and health. Pure updates here; reading and writing the JSON file is in state-file.ts.

export interface FeedError {
  readonly at: string;
  readonly message: string;
}

export type RoundStatus = 'ok' | 'not-modified' | 'error';

export interface FeedHealth {
  readonly lastCheck: string | null;
  readonly lastSuccess: string | null;
  readonly lastError: FeedError | null;
  readonly consecutiveErrors: number;
  /** Distinct items seen in this feed since watching began. */
  readonly itemsSeen: number;
  /** Articles stored from this feed since watching began. */
  readonly storedTotal: number;
  readonly lastRound: {
    readonly status: RoundStatus;
    readonly items: number;
    readonly newItems: number;
    readonly stored: number;
    /** New items whose page failed, stored with the feed's description instead. */
    readonly fallbacks: number;
  } | null;
}

export interface FeedState {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Keys (article ids, derived from guid or link) of items already handled, oldest first. */
  readonly seen: readonly string[];
  readonly health: FeedHealth;
}

export interface WatchState {
  readonly version: 1;
  readonly feeds: Readonly<Record<string, FeedState>>;
}

/** Enough for any real feed (they list 10–100 items) while keeping the state file small. */
export const MAX_SEEN_PER_FEED = 5000;

export const emptyState = (): WatchState => ({ version: 1, feeds: {} });

export function emptyFeedState(): FeedState {
  return {
    etag: null,
    lastModified: null,
    seen: [],
    health: {
      lastCheck: null,
      lastSuccess: null,
      lastError: null,
      consecutiveErrors: 0,
      itemsSeen: 0,
      storedTotal: 0,
      lastRound: null,
    },
  };
}

/** The validators of the last successful response become the conditional request headers. */
export function conditionalHeaders(feed: FeedState | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (feed?.etag) headers['If-None-Match'] = feed.etag;
  if (feed?.lastModified) headers['If-Modified-Since'] = feed.lastModified;
  return headers;
}

/** Items whose key was not seen before, in feed order, each key once. */
export function pickNewItems<T>(items: readonly T[], keyOf: (item: T) => string, seen: readonly string[]): T[] {
  const known = new Set(seen);
  const fresh: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(item);
  }
  return fresh;
}

export type RoundOutcome =
  | {
      readonly kind: 'ok';
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly items: number;
      readonly handled: readonly string[];
      readonly stored: number;
      readonly fallbacks: number;
    }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'error'; readonly message: string };

/** The feed's state after one round. Errors keep the validators and seen items so the next round retries. */
export function updateFeedState(previous: FeedState | undefined, outcome: RoundOutcome, now: string): FeedState {
  const prev = previous ?? emptyFeedState();
  const h = prev.health;
  if (outcome.kind === 'error') {
    return {
      ...prev,
      health: {
        ...h,
        lastCheck: now,
        lastError: { at: now, message: outcome.message },
        consecutiveErrors: h.consecutiveErrors + 1,
        lastRound: { status: 'error', items: 0, newItems: 0, stored: 0, fallbacks: 0 },
      },
    };
  }
  if (outcome.kind === 'not-modified') {
    return {
      ...prev,
      health: {
        ...h,
        lastCheck: now,
        lastSuccess: now,
        consecutiveErrors: 0,
        lastRound: { status: 'not-modified', items: 0, newItems: 0, stored: 0, fallbacks: 0 },
      },
    };
  }
  const known = new Set(prev.seen);
  const added = outcome.handled.filter((k) => !known.has(k));
  const seen = [...prev.seen, ...added].slice(-MAX_SEEN_PER_FEED);
  return {
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    seen,
    health: {
      ...h,
      lastCheck: now,
      lastSuccess: now,
      consecutiveErrors: 0,
      itemsSeen: h.itemsSeen + added.length,
      storedTotal: h.storedTotal + outcome.stored,
      lastRound: {
        status: 'ok',
        items: outcome.items,
        newItems: outcome.handled.length,
        stored: outcome.stored,
        fallbacks: outcome.fallbacks,
      },
    },
  };
}
