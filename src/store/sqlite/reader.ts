// Reading the SQLite store: event, quote and actor queries, articles, counts.
import type Database from 'better-sqlite3';
import type {
  ActorFilter,
  ActorStats,
  ArticleKey,
  EventFilter,
  QuoteFilter,
  StoreCounts,
  StoredArticle,
  StoredEvent,
  StoredQuote,
} from '../store.ts';
import type { ActorSummary, ActorType, Diagnostic, Event, Quote } from '../../types.ts';
import { ARTICLE_REF_COLUMNS, articleRef, type ArticleRow, type JoinedRow } from '../rows.ts';
import { actorClause, eventWhere, page, quoteWhere, type SqlValue, type Where } from './filters.ts';

/** One more condition on a query, with its own parameters (bound after the filter's). */
interface Condition {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

function andAll(where: Where, conditions: readonly Condition[]): string {
  const all = [...(where.sql === '' ? [] : [where.sql.replace(/^WHERE /, '')]), ...conditions.map((c) => c.sql)];
  return all.length === 0 ? '' : `WHERE ${all.join(' AND ')}`;
}

interface ActorStatsRow {
  code: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  actor_id: string | null;
  articles: number;
  mentions: number;
  as_source: number;
  as_target: number;
}

/** SQLite has no IN-list binding for arrays; keep each lookup well under its 32766 parameter limit. */
const LOOKUP_CHUNK = 500;

export interface Reader {
  /** The ids among `keys` stored with the same content hash and dictionary version. */
  unchanged(keys: readonly ArticleKey[]): Set<string>;
  tones(ids: readonly string[]): Map<string, number>;
  events(filter: EventFilter): StoredEvent[];
  countEvents(filter: EventFilter): number;
  quotes(filter: QuoteFilter): StoredQuote[];
  actors(filter: ActorFilter): ActorStats[];
  article(id: string): StoredArticle | null;
  counts(): StoreCounts;
}

export function createReader(db: Database.Database): Reader {
  const selectArticle = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const selectRecords = (table: 'quotes' | 'article_actors') =>
    db.prepare<[string], string>(`SELECT record FROM ${table} WHERE article_id = ? ORDER BY position`).pluck();
  const selectEventRecords = db
    .prepare<[string], string>(
      'SELECT r.record FROM events e JOIN event_records r ON r.row = e.row WHERE e.article_id = ? ORDER BY e.position',
    )
    .pluck();
  const selectQuoteRecords = selectRecords('quotes');
  const selectActorRecords = selectRecords('article_actors');

  const selectCodesNamed = db
    .prepare<[string], string>('SELECT DISTINCT code FROM article_actors WHERE name_key = ?')
    .pluck();
  const codesNamed = (key: string): string[] => selectCodesNamed.all(key);
  const countFts = db.prepare<[string], number>('SELECT count(*) FROM events_fts WHERE events_fts MATCH ?').pluck();

  function unchanged(keys: readonly ArticleKey[]): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const chunk = keys.slice(i, i + LOOKUP_CHUNK);
      const rows = db
        .prepare<string[], { id: string; content_hash: string; dictionary_version: string }>(
          `SELECT id, content_hash, dictionary_version FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk.map((k) => k.id));
      const stored = new Map(rows.map((r) => [r.id, r]));
      for (const key of chunk) {
        const row = stored.get(key.id);
        if (row && row.content_hash === key.contentHash && row.dictionary_version === key.dictionaryVersion) {
          found.add(key.id);
        }
      }
    }
    return found;
  }

  function tones(ids: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
      const chunk = unique.slice(i, i + LOOKUP_CHUNK);
      const rows = db
        .prepare<string[], { id: string; tone: number }>(
          `SELECT id, tone FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk);
      for (const r of rows) found.set(r.id, r.tone);
    }
    return found;
  }

  /**
   * Dated events first, in date order, then undated ones in article order. Two queries rather than one
   * `ORDER BY date IS NULL, date`: each of them walks the (date, article_id, position) index in either
   * direction and stops at the page, where the single query sorted every matching row (170 ms at 200k events).
   * A cursor (filter.after) is a row-value bound on that same key, so a deep page seeks instead of skipping.
   */
  function eventRows(filter: EventFilter): StoredEvent[] {
    const where = eventWhere(filter, codesNamed);
    if (where === null) return [];
    const { limit, offset } = page(filter.limit, filter.offset);
    const dir = filter.order === 'desc' ? 'DESC' : 'ASC';
    const after = filter.after;
    // The inner query pages over slim index entries; only the rows on the page are joined to their records.
    // CROSS JOIN pins that order: with a bound LIMIT the planner otherwise scanned all events to skip a sort.
    const select = (conditions: readonly Condition[], order: string, rowLimit: number, rowOffset: number) =>
      db
        .prepare<SqlValue[], JoinedRow>(
          `SELECT r.record, e.position, ${ARTICLE_REF_COLUMNS}
           FROM (SELECT e.row FROM events e ${andAll(where, conditions)} ORDER BY ${order} LIMIT ? OFFSET ?) p
           CROSS JOIN events e ON e.row = p.row
           CROSS JOIN event_records r ON r.row = e.row
           CROSS JOIN articles a ON a.id = e.article_id
           ORDER BY ${order}`,
        )
        .all(...where.params, ...conditions.flatMap((c) => c.params), rowLimit, rowOffset);
    const dated: Condition[] = [{ sql: 'e.date IS NOT NULL', params: [] }];
    if (after !== undefined && after.date !== null) {
      dated.push({
        sql: `(e.date, e.article_id, e.position) ${dir === 'DESC' ? '<' : '>'} (?, ?, ?)`,
        params: [after.date, after.articleId, after.position],
      });
    }
    const undated: Condition[] = [{ sql: 'e.date IS NULL', params: [] }];
    if (after !== undefined && after.date === null) {
      undated.push({ sql: '(e.article_id, e.position) > (?, ?)', params: [after.articleId, after.position] });
    }
    // A cursor in the undated tail means the dated events are all behind.
    const rows =
      after !== undefined && after.date === null
        ? []
        : select(dated, `e.date ${dir}, e.article_id ${dir}, e.position ${dir}`, limit, offset);
    if (limit === -1 || rows.length < limit) {
      // The page runs past the dated events: continue with the undated ones.
      const skippedDated = after !== undefined && after.date === null ? 0 : countWhere(where, dated);
      const undatedOffset = rows.length > 0 || offset === 0 ? 0 : Math.max(0, offset - skippedDated);
      const rest = limit === -1 ? -1 : limit - rows.length;
      rows.push(...select(undated, 'e.article_id, e.position', rest, undatedOffset));
    }
    return rows.map((row) => ({
      event: JSON.parse(row.record) as Event,
      article: articleRef(row),
      position: row.position,
    }));
  }

  function countWhere(where: Where, conditions: readonly Condition[] = []): number {
    return Number(
      db
        .prepare<SqlValue[], number>(`SELECT count(*) FROM events e ${andAll(where, conditions)}`)
        .pluck()
        .get(...where.params, ...conditions.flatMap((c) => c.params)),
    );
  }

  function quoteRows(filter: QuoteFilter): StoredQuote[] {
    const where = quoteWhere(filter, codesNamed);
    const limit = page(filter.limit, filter.offset);
    const rows = db
      .prepare<SqlValue[], JoinedRow>(
        `SELECT q.record, q.position, ${ARTICLE_REF_COLUMNS}
         FROM quotes q JOIN articles a ON a.id = q.article_id
         ${where.sql}
         ORDER BY a.date IS NULL, a.date, q.article_id, q.position
         LIMIT ? OFFSET ?`,
      )
      .all(...where.params, limit.limit, limit.offset);
    return rows.map((row) => ({
      quote: JSON.parse(row.record) as Quote,
      index: row.position,
      article: articleRef(row),
    }));
  }

  function actorRows(filter: ActorFilter): ActorStats[] {
    const params: SqlValue[] = [];
    const where =
      filter.actor === undefined ? '' : `WHERE ${actorClause('code', 'name_key', filter.actor, params, codesNamed)}`;
    const limit = page(filter.limit, filter.offset);
    // Event roles count asserted events only, like every aggregate (negated/hypothetical ones did not happen).
    // Each actor on the page counts its roles with two range counts over the role indexes (code, modality,
    // name key): only that actor's index entries are read, and nothing is sorted. Collecting every role of
    // the page's codes and grouping them took 0.9-2.2 s of CPU for RUS at 1M events.
    const rows = db
      .prepare<SqlValue[], ActorStatsRow>(
        `WITH actors AS (
           SELECT code, name_key, max(name) AS name, max(type) AS type, max(country) AS country,
                  max(sector) AS sector, max(actor_id) AS actor_id,
                  count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
           FROM article_actors ${where}
           GROUP BY code, name_key
           ORDER BY mentions DESC, code, name
           LIMIT ? OFFSET ?
         )
         SELECT a.code, a.name, a.type, a.country, a.sector, a.actor_id, a.articles, a.mentions,
                (SELECT count(*) FROM events
                 WHERE source_code = a.code AND modality = 'asserted' AND source_key = a.name_key) AS as_source,
                (SELECT count(*) FROM events
                 WHERE target_code = a.code AND modality = 'asserted' AND target_key = a.name_key) AS as_target
         FROM actors a
         ORDER BY a.mentions DESC, a.code, a.name`,
      )
      .all(...params, limit.limit, limit.offset);
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      type: r.type as ActorType,
      country: r.country,
      sector: r.sector,
      id: r.actor_id,
      articles: r.articles,
      mentions: r.mentions,
      asSource: r.as_source,
      asTarget: r.as_target,
    }));
  }

  function article(id: string): StoredArticle | null {
    const row = selectArticle.get(id);
    if (row === undefined) return null;
    const parse = <T>(records: string[]): T[] => records.map((r) => JSON.parse(r) as T);
    return {
      article: { id: row.id, date: row.date, title: row.title, url: row.url, source: row.source, text: row.text },
      result: {
        id: row.id,
        date: row.date,
        title: row.title,
        url: row.url,
        source: row.source,
        tone: row.tone,
        events: parse<Event>(selectEventRecords.all(id)),
        quotes: parse<Quote>(selectQuoteRecords.all(id)),
        actors: parse<ActorSummary>(selectActorRecords.all(id)),
        diagnostics: JSON.parse(row.diagnostics) as Diagnostic[],
      },
      contentHash: row.content_hash,
      dictionaryVersion: row.dictionary_version,
    };
  }

  function count(table: string): number {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  }

  return {
    unchanged,
    tones,
    events: eventRows,
    countEvents(filter) {
      const where = eventWhere(filter, codesNamed);
      if (where === null) return 0;
      // A text search alone is counted by the FTS index itself: every entry is one event (a third of the time
      // of matching row ids against events).
      const { text, limit: _l, offset: _o, order: _r, after: _a, ...others } = filter;
      if (text !== undefined && Object.keys(others).length === 0) {
        return Number(countFts.get(where.params[0] as string));
      }
      return countWhere(where);
    },
    quotes: quoteRows,
    actors: actorRows,
    article,
    counts: () => ({
      articles: count('articles'),
      events: count('events'),
      quotes: count('quotes'),
      articleActors: count('article_actors'),
    }),
  };
}
