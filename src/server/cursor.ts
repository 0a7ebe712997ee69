// Page cursors in the API: the store's keyset cursor (the sort key of the last row of a page) as an opaque
// base64url string, so a client pages with `?after=<next>` and never builds one itself.
import type { ArticleCursor, EventCursor } from '../store/index.ts';
import { HttpError } from './http-error.ts';

export function encodeEventCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify(['e', cursor.date, cursor.articleId, cursor.position])).toString('base64url');
}

export function encodeArticleCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify(['a', cursor.date, cursor.id])).toString('base64url');
}

function decode(value: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new HttpError(400, 'after: not a cursor from this API (use the `next` value of the previous page)');
}

const isDate = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function decodeEventCursor(value: string): EventCursor {
  const [kind, date, articleId, position] = decode(value);
  if (kind !== 'e' || !isDate(date) || typeof articleId !== 'string' || !Number.isInteger(position)) {
    throw new HttpError(400, 'after: not an event cursor (use the `next` value of the previous /api/events page)');
  }
  return { date, articleId, position: position as number };
}

export function decodeArticleCursor(value: string): ArticleCursor {
  const [kind, date, id] = decode(value);
  if (kind !== 'a' || !isDate(date) || typeof id !== 'string') {
    throw new HttpError(400, 'after: not an article cursor (use the `next` value of the previous /api/articles page)');
  }
  return { date, id };
}
