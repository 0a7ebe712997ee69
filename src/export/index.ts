// Exports over the store, page by page, as an async stream of text chunks: the CLI writes them to a file or
// stdout, the API streams them as a download. Memory stays flat whatever the store size (apart from the
// optional story counts, which the caller supplies).
import type { EventFilter, Store } from '../store/index.ts';
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
  const tones = new Map<string, number | null>();
  if (format === 'csv') yield csvHeader();
  let offset = filter.offset ?? 0;
  let written = 0;
  while (written < cap) {
    const limit = Math.min(pageSize, cap - written);
    const page = await store.queryEvents({ ...filter, order: filter.order ?? 'asc', limit, offset });
    const out: string[] = [];
    for (const stored of page) {
      if (format === 'gdelt') {
        let tone = tones.get(stored.article.id);
        if (tone === undefined) {
          tone = (await store.getArticle(stored.article.id))?.result.tone ?? null;
          if (tones.size > 10_000) tones.clear();
          tones.set(stored.article.id, tone);
        }
        out.push(gdeltLine(stored, tone, options.counts?.(stored.event.id)));
      } else if (format === 'plover') out.push(ploverLine(stored));
      else out.push(csvLine(stored));
    }
    if (out.length > 0) yield out.join('');
    written += page.length;
    offset += page.length;
    if (page.length < limit) return;
  }
}
