// Listing articles on PostgreSQL (queryArticles), the same order and pages as src/store/sqlite/articles.ts:
// dated articles from the (date, id) index backwards, then the undated ones; a cursor is a row-value bound.
import type { Pool } from 'pg';
import type { ArticleFilter, ArticleListing } from '../store.ts';
import { likePattern } from '../rows.ts';
import { page, Params } from './filters.ts';
import { toTsQuery } from './fts.ts';

type Row = Omit<ArticleListing, 'events' | 'quotes'> & { events: string; quotes: string };

export function createArticleListing(pool: Pool): (filter: ArticleFilter) => Promise<ArticleListing[]> {
  return async (filter) => {
    const { limit, offset } = page(filter.limit, filter.offset);
    const text = filter.text === undefined ? null : toTsQuery(filter.text);
    if (filter.text !== undefined && text === null) return [];
    /** The filter's conditions, their parameters added to `params` (each query numbers its own). */
    const conditions = (params: Params): string[] => {
      const clauses: string[] = [];
      if (filter.from !== undefined) clauses.push(`a.date >= ${params.add(filter.from)}`);
      if (filter.to !== undefined) clauses.push(`a.date <= ${params.add(filter.to)}`);
      // ILIKE: case-insensitive (SQLite's LIKE folds ASCII letters only; outlet names are ASCII in practice).
      if (filter.source !== undefined) clauses.push(`a.source ILIKE ${params.add(likePattern(filter.source))}`);
      if (filter.title !== undefined) clauses.push(`a.title ILIKE ${params.add(likePattern(filter.title))}`);
      if (text !== null) {
        clauses.push(
          `EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.search @@ ${params.add(text)}::tsquery)`,
        );
      }
      return clauses;
    };
    const after = filter.after;
    const inUndated = after !== undefined && after.date === null;
    const dated = (params: Params) => [
      'a.date IS NOT NULL',
      ...(after !== undefined && after.date !== null
        ? [`(a.date, a.id) < (${params.add(after.date)}, ${params.add(after.id)})`]
        : []),
    ];
    const undated = (params: Params) => ['a.date IS NULL', ...(inUndated ? [`a.id < ${params.add(after.id)}`] : [])];
    const select = async (phase: (p: Params) => string[], order: string, n: number | null, skip: number) => {
      const params = new Params();
      const where = [...conditions(params), ...phase(params)].join(' AND ');
      const { rows } = await pool.query<Row>(
        `SELECT a.id, a.date, a.title, a.url, a.source,
                (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
         FROM articles a WHERE ${where}
         ORDER BY ${order} LIMIT ${params.add(n)}::bigint OFFSET ${params.add(skip)}::bigint`,
        params.values,
      );
      return rows.map((r) => ({ ...r, events: Number(r.events), quotes: Number(r.quotes) }));
    };
    const rows = inUndated ? [] : await select(dated, 'a.date DESC, a.id DESC', limit, offset);
    if (limit === null || rows.length < limit) {
      let skipped = 0;
      if (rows.length === 0 && offset > 0 && !inUndated) {
        const params = new Params();
        const where = [...conditions(params), ...dated(params)].join(' AND ');
        const counted = await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM articles a WHERE ${where}`,
          params.values,
        );
        skipped = Number(counted.rows[0]?.n ?? 0);
      }
      rows.push(
        ...(await select(
          undated,
          'a.id DESC',
          limit === null ? null : limit - rows.length,
          rows.length > 0 ? 0 : Math.max(0, offset - skipped),
        )),
      );
    }
    return rows;
  };
}
