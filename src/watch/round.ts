// One watch round: every feed fetched (conditionally), new items' pages fetched, coded and stored.
// The edges (HTTP, the store, the clock) come in through WatchDeps.
import type { Article, ArticleResult, Diagnostic } from '../types.ts';
import type { StoreEntry } from '../store/index.ts';
import { contentHash } from '../store/index.ts';
import { parseFeed } from '../ingest/feed.ts';
import { parseHtml } from '../ingest/html.ts';
import { FetchError, safeGet, type FetchSettings } from './fetch.ts';
import type { Limiter } from './limiter.ts';
import {
  conditionalHeaders,
  pickNewItems,
  updateFeedState,
  type FeedState,
  type RoundOutcome,
  type WatchState,
} from './state.ts';

export interface Coder {
  readonly dictionaryVersion: string;
  code(article: Article): ArticleResult;
}

export interface WatchDeps {
  readonly fetch: FetchSettings;
  readonly limiter: Limiter;
  readonly coder: Coder;
  readonly save: (entries: readonly StoreEntry[]) => Promise<void>;
  readonly now: () => Date;
}

export interface FeedReport {
  readonly url: string;
  readonly outcome: RoundOutcome;
  /** Per-item problems (page fallbacks, coding failures), one line each. */
  readonly notes: readonly string[];
}

export async function runRound(
  urls: readonly string[],
  state: WatchState,
  deps: WatchDeps,
): Promise<{ state: WatchState; reports: FeedReport[] }> {
  // SQLite takes one writer at a time: saves from feeds finishing together go one after another.
  let saving: Promise<unknown> = Promise.resolve();
  const save = (entries: readonly StoreEntry[]): Promise<void> => {
    const next = saving.then(() => deps.save(entries));
    saving = next.catch(() => undefined);
    return next;
  };
  const reports = await Promise.all(urls.map((url) => watchFeed(url, state.feeds[url], { ...deps, save })));
  const now = deps.now().toISOString();
  const feeds: Record<string, FeedState> = { ...state.feeds };
  for (const r of reports) feeds[r.url] = updateFeedState(feeds[r.url], r.outcome, now);
  return { state: { version: 1, feeds }, reports };
}

async function watchFeed(url: string, previous: FeedState | undefined, deps: WatchDeps): Promise<FeedReport> {
  const notes: string[] = [];
  const error = (message: string): FeedReport => ({ url, outcome: { kind: 'error', message }, notes });
  let feed;
  try {
    feed = await deps.limiter.run(url, () => safeGet(url, deps.fetch, conditionalHeaders(previous)));
  } catch (e) {
    return error(e instanceof Error ? e.message : String(e));
  }
  if (feed.status === 304) return { url, outcome: { kind: 'not-modified' }, notes };
  if (feed.status < 200 || feed.status > 299) return error(`${url}: HTTP ${feed.status}`);
  if (feed.truncated) return error(`${url}: feed larger than ${megabytes(deps.fetch.maxBytes)}: not read`);

  const parsed = parseFeed(feed.body, { origin: url, label: url, stem: null, date: null });
  const first = parsed[0];
  if (parsed.length === 1 && first?.article === null) {
    const fatal = first.diagnostics[0];
    if (fatal?.ruleId !== 'ingest/empty') return error(fatal?.message ?? `${url}: unreadable feed`);
  }
  const items: Article[] = [];
  for (const p of parsed) {
    if (p.article !== null) items.push({ ...p.article, url: absoluteLink(p.article.url, feed.url) });
    else if (p.diagnostics[0]?.ruleId !== 'ingest/empty') notes.push(p.diagnostics[0]?.message ?? p.origin);
  }
  // The article id is derived from the item's guid (or link), so it is the item's identity across rounds.
  const fresh = pickNewItems(items, (a) => a.id, previous?.seen ?? []);
  const today = deps.now().toISOString().slice(0, 10);
  const pages = await Promise.all(fresh.map((item) => articleFor(item, deps, today)));

  const entries: StoreEntry[] = [];
  let fallbacks = 0;
  for (const { article, diagnostics } of pages) {
    if (diagnostics.length > 0) {
      fallbacks++;
      notes.push(...diagnostics.map((d) => d.message));
    }
    try {
      const result = deps.coder.code(article);
      entries.push({
        article,
        result: { ...result, diagnostics: [...diagnostics, ...result.diagnostics] },
        contentHash: contentHash(article),
        dictionaryVersion: deps.coder.dictionaryVersion,
      });
    } catch (e) {
      // Coding the same text again would fail again: the item counts as handled, and the failure is noted.
      notes.push(`${article.url ?? article.id}: coding failed (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  try {
    if (entries.length > 0) await deps.save(entries);
  } catch (e) {
    // Nothing is marked seen, so the next round fetches these items again.
    return error(`${url}: storing failed (${e instanceof Error ? e.message : String(e)})`);
  }
  return {
    url,
    outcome: {
      kind: 'ok',
      etag: feed.headers.get('etag'),
      lastModified: feed.headers.get('last-modified'),
      items: items.length,
      handled: fresh.map((a) => a.id),
      stored: entries.length,
      fallbacks,
    },
    notes,
  };
}

/**
 * The article with the main text of its page; when the page cannot be had (no link, HTTP error, not HTML,
 * too large, no text found), the feed item's own description, with a warning saying why.
 */
async function articleFor(
  item: Article,
  deps: WatchDeps,
  today: string,
): Promise<{ article: Article; diagnostics: Diagnostic[] }> {
  const dated = { ...item, date: item.date ?? today };
  const fallback = (why: string) => ({
    article: dated,
    diagnostics: [
      {
        stage: 'ingest',
        ruleId: 'watch/page-fallback',
        severity: 'warning' as const,
        message: `${item.url ?? item.id}: ${why}: coded the feed's description instead`,
      },
    ],
  });
  if (item.url === null) return fallback('the item has no link');
  const link = item.url;
  let page;
  try {
    page = await deps.limiter.run(link, () => safeGet(link, deps.fetch));
  } catch (e) {
    return fallback(e instanceof FetchError ? e.message.replace(`${link}: `, '') : String(e));
  }
  if (page.status < 200 || page.status > 299) return fallback(`page answered HTTP ${page.status}`);
  if (page.truncated) return fallback(`page larger than ${megabytes(deps.fetch.maxBytes)}`);
  const type = page.headers.get('content-type') ?? 'text/html';
  let text: string | null = null;
  let pageDate: string | null = null;
  let pageTitle: string | null = null;
  if (/html/i.test(type)) {
    const parsed = parseHtml(page.body, { origin: page.url, label: page.url, stem: null, date: null });
    text = parsed.article?.text ?? null;
    pageDate = parsed.article?.date ?? null;
    pageTitle = parsed.article?.title ?? null;
  } else if (/^text\/plain/i.test(type)) {
    text = page.body.replace(/\r\n?/g, '\n').trim();
  } else {
    return fallback(`page is ${type.split(';')[0] ?? type}, not HTML`);
  }
  if (text === null || text === '') return fallback('no article text found in the page');
  return {
    article: { ...item, text, title: item.title ?? pageTitle, date: item.date ?? pageDate ?? today },
    diagnostics: [],
  };
}

/** Feeds sometimes give links relative to themselves; they are resolved against where the feed came from. */
function absoluteLink(link: string | null, base: string): string | null {
  if (link === null) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

const megabytes = (bytes: number): string => `${+(bytes / 1024 / 1024).toFixed(2)} MB`;
