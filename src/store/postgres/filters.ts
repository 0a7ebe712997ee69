// WHERE clauses for the query filters on PostgreSQL, with numbered parameters ($1, $2…).
import { nameKey, parseActorMatch } from '../actor-match.ts';
import type { EventFilter, QuoteFilter } from '../store.ts';
import { toTsQuery } from './fts.ts';

export type SqlValue = string | number | null | readonly string[];

/** Collects parameters and hands out their placeholders. */
export class Params {
  readonly values: SqlValue[] = [];
  add(value: SqlValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Highest code point: with COLLATE "C" columns, `code >= 'RUS' AND code < 'RUS\u{10FFFF}'` is a prefix range
 * a btree index serves (bytes compare like code points in UTF-8, and no code contains that character).
 */
const AFTER_PREFIX = '\u{10FFFF}';

/** The codes of the stored actors whose folded canonical name is exactly `key` (`nato` → IGOWSTNAT). */
export type CodesNamed = (key: string) => Promise<readonly string[]>;

/** Actor filter over a code column and a folded-name column, as in the SQLite backend (see actor-match.ts). */
export async function actorClause(
  codeColumn: string,
  keyColumn: string,
  value: string,
  params: Params,
  codesNamed: CodesNamed,
): Promise<string> {
  const match = parseActorMatch(value);
  if (match.kind === 'name') return `strpos(${keyColumn}, ${params.add(match.needle)}) > 0`;
  const range = `(${codeColumn} >= ${params.add(match.prefix)} AND ${codeColumn} < ${params.add(match.prefix + AFTER_PREFIX)})`;
  const named = (await codesNamed(match.name)).filter((code) => !code.startsWith(match.prefix));
  if (named.length === 0) return range;
  return `(${range} OR ${codeColumn} = ANY(${params.add(named)}::text[]))`;
}

export interface Where {
  readonly clauses: readonly string[];
  readonly params: Params;
}

/** `WHERE a AND b …` with extra conditions, or "" when there is none. */
export function whereSql(where: Where, ...extra: string[]): string {
  const all = [...where.clauses, ...extra];
  return all.length === 0 ? '' : `WHERE ${all.join(' AND ')}`;
}

/** Filters over `events e`; null when the filter cannot match anything (a text search with no word). */
export async function eventWhere(filter: EventFilter, codesNamed: CodesNamed): Promise<Where | null> {
  const clauses: string[] = [];
  const params = new Params();
  if (filter.source !== undefined)
    clauses.push(await actorClause('e.source_code', 'e.source_key', filter.source, params, codesNamed));
  if (filter.target !== undefined)
    clauses.push(await actorClause('e.target_code', 'e.target_key', filter.target, params, codesNamed));
  if (filter.plover !== undefined) clauses.push(`e.plover = ${params.add(filter.plover.toUpperCase())}`);
  if (filter.cameo !== undefined) {
    clauses.push(`e.cameo >= ${params.add(filter.cameo)} AND e.cameo < ${params.add(filter.cameo + AFTER_PREFIX)}`);
  }
  if (filter.from !== undefined) clauses.push(`e.date >= ${params.add(filter.from)}`);
  if (filter.to !== undefined) clauses.push(`e.date <= ${params.add(filter.to)}`);
  if (filter.modality !== undefined) clauses.push(`e.modality = ${params.add(filter.modality)}`);
  if (filter.dyad !== undefined) {
    clauses.push(
      `e.source_side = ${params.add(filter.dyad.source)} AND e.target_side = ${params.add(filter.dyad.target)}`,
    );
  }
  if (filter.text !== undefined) {
    const query = toTsQuery(filter.text);
    if (query === null) return null;
    clauses.push(`e.search @@ ${params.add(query)}::tsquery`);
  }
  return { clauses, params };
}

/** Filters over `quotes q JOIN articles a`. */
export async function quoteWhere(filter: QuoteFilter, codesNamed: CodesNamed): Promise<Where> {
  const clauses: string[] = [];
  const params = new Params();
  if (filter.speaker !== undefined)
    clauses.push(await actorClause('q.speaker_code', 'q.speaker_key', filter.speaker, params, codesNamed));
  if (filter.text !== undefined) clauses.push(`strpos(q.text_key, ${params.add(nameKey(filter.text))}) > 0`);
  if (filter.from !== undefined) clauses.push(`a.date >= ${params.add(filter.from)}`);
  if (filter.to !== undefined) clauses.push(`a.date <= ${params.add(filter.to)}`);
  return { clauses, params };
}

/** Validated limit and offset; a null limit means none (PostgreSQL's LIMIT NULL is LIMIT ALL). */
export function page(limit: number | undefined, offset: number | undefined): { limit: number | null; offset: number } {
  for (const [name, value] of [
    ['limit', limit],
    ['offset', offset],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  return { limit: limit ?? null, offset: offset ?? 0 };
}
