// Events as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled), one header line.
// The location columns come last, so readers of the earlier columns by position are unaffected.
import type { EventLocation } from '../types.ts';
import type { StoredEvent } from '../store/index.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'article_id',
  'article_date',
  'source_code',
  'source_name',
  'target_code',
  'target_name',
  'cameo',
  'plover',
  'mode',
  'quad_class',
  'goldstein',
  'modality',
  'reported_by',
  'confidence',
  'trigger',
  'sentence',
  'url',
  'location_name',
  'location_type',
  'location_country',
  'location_fips',
  'location_adm1',
  'location_lat',
  'location_long',
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

function locationFields(l: EventLocation | null): string[] {
  if (l === null) return ['', '', '', '', '', '', ''];
  return [l.name, l.type, l.country ?? '', l.countryFips ?? '', l.adm1 ?? '', String(l.lat), String(l.long)];
}

export function csvLine(stored: StoredEvent): string {
  const { event, article } = stored;
  const cells = [
    event.id,
    event.date ?? article.date ?? '',
    article.id,
    article.date ?? '',
    event.source?.code ?? '',
    event.source?.name ?? '',
    event.target?.code ?? '',
    event.target?.name ?? '',
    event.cameo,
    event.plover ?? '',
    event.mode ?? '',
    String(event.quadClass),
    String(event.goldstein),
    event.modality,
    event.reportedBy?.code ?? '',
    String(event.confidence),
    event.trigger.text,
    event.sentence,
    article.url ?? '',
    ...locationFields(event.location ?? null),
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
