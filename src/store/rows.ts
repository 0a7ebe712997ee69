// Row shapes and mappings shared by the SQLite and PostgreSQL readers: both stores keep the same
// article and event columns, so a joined event row maps to the contract the same way.
import type { Event } from '../types.ts';
import { nameKey } from './actor-match.ts';
import type { ArticleRef } from './store.ts';

export interface ArticleRow {
  id: string;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  tone: number;
  diagnostics: string;
  content_hash: string;
  dictionary_version: string;
}

/** An event record joined with the article columns that cite it (see ARTICLE_REF_COLUMNS). */
export interface JoinedRow {
  record: string;
  position: number;
  a_id: string;
  a_date: string | null;
  a_title: string | null;
  a_url: string | null;
  a_source: string | null;
}

export const ARTICLE_REF_COLUMNS =
  'a.id AS a_id, a.date AS a_date, a.title AS a_title, a.url AS a_url, a.source AS a_source';

export function articleRef(row: JoinedRow): ArticleRef {
  return { id: row.a_id, date: row.a_date, title: row.a_title, url: row.a_url, source: row.a_source };
}

/**
 * The filter columns of an event row, in table order after (article_id, position, id): date (the event's,
 * else the article's), source code and name key, target code and name key, cameo, PLOVER, modality,
 * QuadClass, Goldstein. One derivation for both backends, so their filters agree.
 */
export function eventColumns(event: Event, articleDate: string | null): (string | number | null)[] {
  return [
    event.date ?? articleDate,
    event.source?.code ?? null,
    event.source ? nameKey(event.source.name) : null,
    event.target?.code ?? null,
    event.target ? nameKey(event.target.name) : null,
    event.cameo,
    event.plover?.toUpperCase() ?? null,
    event.modality,
    event.quadClass,
    event.goldstein,
  ];
}
