// Listing articles (queryArticles): newest first, dated ones from the (date, id) index backwards, then the
// undated ones; a cursor is a row-value bound on that key, so every page costs the same.
import type Database from 'better-sqlite3';
import type { ArticleFilter, ArticleListing } from '../store.ts';
import { likePattern } from '../rows.ts';
import { page, type SqlValue } from './filters.ts';
import { toFtsQuery } from './fts-query.ts';

export function createArticleListing(db: Database.Database): (filter: ArticleFilter) => ArticleListing[] {
  return (filter) => {
    const { limit, offset } = page(filter.limit, filter.offset);
    const clauses: string[] = [];
    const params: SqlValue[] = [];
    if (filter.from !== undefined) {
      clauses.push('a.date >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      clauses.push('a.date <= ?');
      params.push(filter.to);
    }
    // LIKE is case-insensitive for ASCII letters in SQLite.
    if (filter.source !== undefined) {
      clauses.push("a.source LIKE ? ESCAPE '\\'");
      params.push(likePattern(filter.source));
    }
    if (filter.title !== undefined) {
      clauses.push("a.title LIKE ? ESCAPE '\\'");
      params.push(likePattern(filter.title));
    }
    if (filter.text !== undefined) {
      const query = toFtsQuery(filter.text);
      if (query === null) return [];
      clauses.push(
        'a.id IN (SELECT e.article_id FROM events e WHERE e.row IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?))',
      );
      params.push(query);
    }
    const select = (
      extra: readonly string[],
      extraParams: readonly SqlValue[],
      order: string,
      n: number,
      skip: number,
    ) =>
      db
        .prepare<SqlValue[], ArticleListing>(
          `SELECT a.id, a.date, a.title, a.url, a.source,
                  (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
           FROM articles a WHERE ${[...clauses, ...extra].join(' AND ')}
           ORDER BY ${order} LIMIT ? OFFSET ?`,
        )
        .all(...params, ...extraParams, n, skip);
    const after = filter.after;
    const inUndated = after !== undefined && after.date === null;
    const dated = [
      'a.date IS NOT NULL',
      ...(after !== undefined && after.date !== null ? ['(a.date, a.id) < (?, ?)'] : []),
    ];
    const datedParams = after !== undefined && after.date !== null ? [after.date, after.id] : [];
    const rows = inUndated ? [] : select(dated, datedParams, 'a.date DESC, a.id DESC', limit, offset);
    if (limit === -1 || rows.length < limit) {
      const skipped =
        rows.length > 0 || offset === 0 || inUndated
          ? 0
          : Number(
              db
                .prepare<SqlValue[], number>(
                  `SELECT count(*) FROM articles a WHERE ${[...clauses, ...dated].join(' AND ')}`,
                )
                .pluck()
                .get(...params, ...datedParams),
            );
      const undated = ['a.date IS NULL', ...(inUndated ? ['a.id < ?'] : [])];
      rows.push(
        ...select(
          undated,
          inUndated ? [after.id] : [],
          'a.id DESC',
          limit === -1 ? -1 : limit - rows.length,
          rows.length > 0 ? 0 : Math.max(0, offset - skipped),
        ),
      );
    }
    return rows;
  };
}
