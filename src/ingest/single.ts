// Single-article text forms: the seed form (" date YYYY-MM-DD text…") and plain text.
import type { Diagnostic, IngestItem } from '../types.ts';
import type { SourceContext } from './context.ts';
import { isCalendarDate } from './dates.ts';
import { failed, warning } from './diagnostics.ts';
import { SEED_HEADER } from './detect.ts';
import { hashId } from './ids.ts';

/** The seed form: a "date YYYY-MM-DD" header, then the body. Article.text is the body alone. */
export function parseSeed(text: string, ctx: SourceContext): IngestItem {
  const m = SEED_HEADER.exec(text);
  const raw = m?.[1] ?? '';
  const body = (m === null ? text : text.slice(m[0].length)).trim();
  const diagnostics: Diagnostic[] = [];
  let date: string | null = raw;
  if (!isCalendarDate(raw)) {
    date = ctx.date;
    diagnostics.push(
      warning(
        'ingest/bad-date',
        `${ctx.label}: header date "${raw}" is not a calendar date: write it as YYYY-MM-DD` +
          (ctx.date === null ? '' : ` (using --date ${ctx.date})`),
      ),
    );
  }
  if (body === '')
    return failed(ctx.origin, 'ingest/no-text', `${ctx.label}: nothing after the date header: add the article text`);
  const id = ctx.stem ?? hashId('t', body);
  return { origin: ctx.origin, article: { id, date, title: null, url: null, source: null, text: body }, diagnostics };
}

/** Plain text: the whole text is the article; the date comes from --date. */
export function parsePlain(text: string, ctx: SourceContext): IngestItem {
  const body = text.trim();
  if (body === '') return failed(ctx.origin, 'ingest/empty', `${ctx.label}: the input is empty: give a file with text`);
  const diagnostics: Diagnostic[] = [];
  if (ctx.date === null) {
    diagnostics.push(
      warning(
        'ingest/no-date',
        `${ctx.label}: plain text carries no date: pass --date YYYY-MM-DD (or start the file with "date YYYY-MM-DD")`,
      ),
    );
  }
  const id = ctx.stem ?? hashId('t', body);
  return {
    origin: ctx.origin,
    article: { id, date: ctx.date, title: headline(body), url: null, source: null, text: body },
    diagnostics,
  };
}

/**
 * The first line is a title when it reads like a headline: short, standing alone above more text,
 * and not ending like a sentence. It stays in the text (offsets refer to the whole text).
 */
export function headline(body: string): string | null {
  const nl = body.indexOf('\n');
  if (nl < 0) return null;
  const first = body.slice(0, nl).trim();
  if (first.length < 3 || first.length > 200 || /[.,;:]["'”’)]?$/.test(first)) return null;
  if (body.slice(nl).trim() === '') return null;
  return first;
}
