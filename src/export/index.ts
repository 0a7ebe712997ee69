// Exports over the store, page by page, as an async stream of text chunks: the CLI writes them to a file or
// stdout, the API streams them as a download. Memory stays flat whatever the store size (apart from the
// optional story counts, which the caller supplies).
import { eventCursor, type EventFilter, type Store } from '../store/index.ts';
import type { CountsOf } from './counts.ts';
import { csvHeader, csvLine } from './csv.ts';
import { gdeltLine } from './gdelt.ts';
import { ploverLine } from './plover.ts';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA: Readonly<Record<ExportFormat, { type: string; extension: string }>> = {
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', extension: 'export.tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'events.csv' },
};

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Filters as for queryEvents; limit caps the number of rows; order defaults to ascending. */
  readonly filter?: EventFilter;
  /** Story counts for GDELT's NumMentions/NumSources/NumArticles. */
  readonly counts?: CountsOf;
  readonly pageSize?: number;
}

/**
 * GDELT rows are events that happened, so the GDELT export holds asserted events unless a modality is asked for;
 * PLOVER and CSV carry the modality field and hold every event.
 */
export function exportFilter(format: ExportFormat, filter: EventFilter = {}): EventFilter {
  return format === 'gdelt' && filter.modality === undefined ? { ...filter, modality: 'asserted' } : filter;
}

export async function* exportEvents(store: Store, options: ExportOptions): AsyncGenerator<string> {
  const { format } = options;
  const filter = exportFilter(format, options.filter);
  const pageSize = options.pageSize ?? 2000;
  const cap = filter.limit ?? Infinity;
  if (format === 'csv') yield csvHeader();
  // The first page honours the caller's offset or cursor; each later one continues from the last row's key, so
  // a deep page seeks in the index instead of skipping every row before it.
  const { offset: _offset, ...later } = filter;
  let pageFilter: EventFilter = { ...filter, order: filter.order ?? 'asc' };
  let written = 0;
  while (written < cap) {
    const limit = Math.min(pageSize, cap - written);
    const page = await store.queryEvents({ ...pageFilter, limit });
    // One lookup per page for the articles' tones (GDELT's AvgTone), not one article read per row.
    const tones = format === 'gdelt' ? await store.articleTones(page.map((s) => s.article.id)) : null;
    const out: string[] = [];
    for (const stored of page) {
      if (tones !== null) {
        out.push(gdeltLine(stored, tones.get(stored.article.id) ?? null, options.counts?.(stored.event.id)));
      } else if (format === 'plover') out.push(ploverLine(stored));
      else out.push(csvLine(stored));
    }
    if (out.length > 0) yield out.join('');
    written += page.length;
    const last = page.at(-1);
    if (page.length < limit || last === undefined) return;
    pageFilter = { ...later, order: pageFilter.order ?? 'asc', after: eventCursor(last) };
  }
}
