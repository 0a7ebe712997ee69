// The fingerprint that tells an ingest run whether a stored article changed since it was coded.
import { createHash } from 'node:crypto';
import type { Article } from '../types.ts';

/** SHA-256 over every Article field, in a fixed order, so any edit (text, date, title…) changes it. */
export function contentHash(article: Article): string {
  const fields = [article.id, article.date, article.title, article.url, article.source, article.text];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
