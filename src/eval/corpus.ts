// The corpus form `{id, date, title, url, source, text}` per JSONL line → Article. Used by the
// review set and the bench; a line that is not an article becomes a diagnostic.
import type { Article, Diagnostic } from '../types.ts';
import { normalizeGoldDate } from './dates.ts';

const optional = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function parseArticleLine(line: string, origin: string): Article | Diagnostic {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { stage: 'eval', ruleId: 'eval/bad-json', severity: 'warning', message: `${origin}: not a JSON object` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { stage: 'eval', ruleId: 'eval/bad-article', severity: 'warning', message: `${origin}: not a JSON object` };
  }
  const o = value as Record<string, unknown>;
  const id = o['id'];
  const text = o['text'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof text !== 'string') {
    return {
      stage: 'eval',
      ruleId: 'eval/bad-article',
      severity: 'warning',
      message: `${origin}: an article needs an "id" and a string "text"`,
    };
  }
  return {
    id: String(id),
    date: normalizeGoldDate(o['date']),
    title: optional(o['title']),
    url: optional(o['url']),
    source: optional(o['source']),
    text,
  };
}

export function readArticles(content: string, name: string): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const read = parseArticleLine(line, `${name}:${i + 1}`);
    if ('ruleId' in read) diagnostics.push(read);
    else articles.push(read);
  });
  return { articles, diagnostics };
}
