// Row shapes and mappings shared by the SQLite and PostgreSQL readers: both stores keep the same
// article and event columns, so a joined event row maps to the contract the same way.
import type { Event } from '../types.ts';
import { nameKey } from './actor-match.ts';
import { actorKey } from '../aggregate/dyads.ts';
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

/** The names of eventColumns' values, in order (for INSERT statements). */
export const EVENT_COLUMNS = [
  'date',
  'source_code',
  'source_key',
  'target_code',
  'target_key',
  'cameo',
  'plover',
  'modality',
  'quad_class',
  'goldstein',
  'source_side',
  'target_side',
  'day',
] as const;

/**
 * The filter columns of an event row (EVENT_COLUMNS): date (the event's own: null when the coder could not place it
 * on a day, like "annexed Crimea in 2014", or when the article is undated), source code and
 * name key, target code and name key, cameo, PLOVER, modality, QuadClass, Goldstein, then the aggregate columns:
 * the dyad sides (actorKey, so RUSGOV is `RUS`) and the day the aggregates place the event on (mentionDate:
 * the event date unless after the article date). One derivation for both backends, so they agree.
 */
export function eventColumns(event: Event, articleDate: string | null): (string | number | null)[] {
  const date = event.date;
  return [
    date,
    event.source?.code ?? null,
    event.source ? nameKey(event.source.name) : null,
    event.target?.code ?? null,
    event.target ? nameKey(event.target.name) : null,
    event.cameo,
    event.plover?.toUpperCase() ?? null,
    event.modality,
    event.quadClass,
    event.goldstein,
    actorKey(event.source),
    actorKey(event.target),
    articleDate !== null && date !== null && date > articleDate ? articleDate : date,
  ];
}

/** A LIKE pattern matching `needle` anywhere, its own `%`, `_` and `\` taken literally (ESCAPE '\'). */
export function likePattern(needle: string): string {
  return `%${needle.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
