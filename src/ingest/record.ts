// One JSON object (a JSONL line or an array element) → an article, with per-field diagnostics.
import type { Diagnostic, IngestItem } from '../types.ts';
import { normalizeDate } from './dates.ts';
import { failed, warning } from './diagnostics.ts';
import { hashId } from './ids.ts';

/** Field names accepted for each article field, in order of preference. */
const DATE_FIELDS = ['date', 'publishedAt', 'published', 'pubDate', 'datePublished', 'published_at'] as const;
const URL_FIELDS = ['url', 'link'] as const;
const TEXT_FIELDS = ['text', 'body', 'content', 'description'] as const;

export interface RecordPlace {
  /** Origin of the item: "file:17" or "file#item3". */
  readonly origin: string;
  /** How messages name it: "file:17" or "file item 3". */
  readonly label: string;
}

/** Allocates ids unique within the input; see ids.ts. */
export type IdAllocator = (id: string) => { readonly id: string; readonly duplicate: boolean };

export function recordToItem(value: unknown, place: RecordPlace, allocate: IdAllocator): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failed(
      place.origin,
      'ingest/bad-record',
      `${place.label}: expected a JSON object with a "text" field, got ${kindOf(value)}`,
    );
  }
  const record = value as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const wrongType = (field: string, expected: string): IngestItem =>
    failed(
      place.origin,
      'ingest/bad-field',
      `${place.label}: field "${field}" must be ${expected}, got ${kindOf(record[field])}`,
    );

  const textField = TEXT_FIELDS.find((f) => record[f] !== undefined && record[f] !== null);
  if (textField === undefined) {
    return failed(
      place.origin,
      'ingest/no-text',
      `${place.label}: missing field "text": add the article text (or drop the record)`,
    );
  }
  const rawText = record[textField];
  if (typeof rawText !== 'string') return wrongType(textField, 'a string');
  let text = rawText.replace(/\r\n?/g, '\n').trim();
  // Headline records (RSS exports: title + description) with an empty description are coded by their title.
  const title = record['title'];
  if (text === '' && textField === 'description' && typeof title === 'string') text = title.trim();
  if (text === '')
    return failed(
      place.origin,
      'ingest/no-text',
      `${place.label}: field "${textField}" is empty: add the article text`,
    );

  const strings: Record<'title' | 'source' | 'url', string | null> = { title: null, source: null, url: null };
  for (const [key, fields] of [
    ['title', ['title', 'headline']],
    ['source', ['source']],
    ['url', URL_FIELDS],
  ] as const) {
    const field = fields.find((f) => record[f] !== undefined && record[f] !== null);
    if (field === undefined) continue;
    const v = record[field];
    // A source given as {name, url} (NewsAPI style) is read by its name.
    const s = typeof v === 'object' && v !== null && 'name' in v ? (v as { name: unknown }).name : v;
    if (typeof s !== 'string') return wrongType(field, 'a string');
    strings[key] = s.trim() === '' ? null : s.trim();
  }

  let date: string | null = null;
  const dateField = DATE_FIELDS.find((f) => record[f] !== undefined && record[f] !== null && record[f] !== '');
  if (dateField !== undefined) {
    const raw = record[dateField];
    date = typeof raw === 'string' || typeof raw === 'number' ? normalizeDate(raw) : null;
    if (date === null) {
      diagnostics.push(
        warning(
          'ingest/bad-date',
          `${place.label}: field "${dateField}" ${JSON.stringify(raw)?.slice(0, 60)} is not a date: use YYYY-MM-DD or an ISO 8601 / RFC 2822 timestamp`,
        ),
      );
    }
  }

  let id: string;
  const rawId = record['id'];
  if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId.trim();
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId !== undefined && rawId !== null && rawId !== '') return wrongType('id', 'a string or a number');
  else id = strings.url !== null ? hashId('u', strings.url) : hashId('t', text);

  const unique = allocate(id);
  if (unique.duplicate) {
    diagnostics.push(
      warning(
        'ingest/duplicate-id',
        `${place.label}: id "${id}" was already used in this input: renamed to "${unique.id}"; give each record its own id`,
      ),
    );
  }
  return {
    origin: place.origin,
    article: { id: unique.id, date, title: strings.title, url: strings.url, source: strings.source, text },
    diagnostics,
  };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
