// One stored event → one GDELT 2.0 Events row (61 tab-separated columns). Filled from our record where we have
// the value; geography from the event's location and the actors' countries (src/export/geo.ts, docs/geo.md).
// Choices (see docs/api.md "Exports"):
// - GLOBALEVENTID: GDELT ids are integers, ours are strings: the first 52 bits of SHA-256 of our id.
// - SQLDATE: the event date, else the article date; FractionDate uses GDELT's own formula ((month−1)·30+day)/365.
// - Actor codes split as GDELT does: IGOEUREEC → country EUR, known group EEC, type IGO; RUSGOVMIL → RUS, GOV, MIL.
// - Names upper-case, as in GDELT. IsRootEvent: 1 for an event in the first sentence (GDELT: lead paragraph).
// - NumMentions/NumSources/NumArticles: the counts of the event's story; 1/1/1 for events in no story.
// - AvgTone: the article's tone. DATEADDED: the article date at 00:00:00 (we keep no ingestion time).
import { createHash } from 'node:crypto';
import type { Actor } from '../types.ts';
import type { StoredEvent } from '../store/index.ts';
import { GDELT_COLUMNS, type GdeltColumn } from './gdelt-columns.ts';
import type { ReportCounts } from './counts.ts';
import { actorCountryCells, locationCells, type GeoCells } from './geo.ts';

export function numericEventId(id: string): number {
  return parseInt(createHash('sha256').update(id).digest('hex').slice(0, 13), 16);
}

export function fractionDate(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return (year + ((month - 1) * 30 + day) / 365).toFixed(4);
}

interface ActorCells {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  readonly group: string;
  readonly types: readonly [string, string, string];
}

export function actorCells(actor: Actor | null): ActorCells {
  if (actor === null) return { code: '', name: '', country: '', group: '', types: ['', '', ''] };
  const code = actor.code.toUpperCase();
  const name = actor.name.toUpperCase();
  if (code.startsWith('IGO')) {
    return { code, name, country: code.slice(3, 6), group: code.slice(6, 9), types: ['IGO', '', ''] };
  }
  const head = /^[A-Z]{3}/.exec(code)?.[0] ?? '';
  const country = actor.country ?? head;
  // Sectors follow the country part in 3-letter groups.
  const rest = head === country || head === '' ? code.slice(head.length) : code;
  const groups = rest.match(/[A-Z]{3}/g) ?? [];
  return { code, name, country, group: '', types: [groups[0] ?? '', groups[1] ?? '', groups[2] ?? ''] };
}

type GeoPrefix = 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo';

function geoColumns(prefix: GeoPrefix, g: GeoCells): Partial<Record<GdeltColumn, string>> {
  return {
    [`${prefix}_Type`]: g.type,
    [`${prefix}_FullName`]: g.fullName,
    [`${prefix}_CountryCode`]: g.countryCode,
    [`${prefix}_ADM1Code`]: g.adm1Code,
    [`${prefix}_Lat`]: g.lat,
    [`${prefix}_Long`]: g.long,
    [`${prefix}_FeatureID`]: g.featureId,
  };
}

/** Tabs and newlines would break the row; GDELT fields never contain them. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function gdeltRow(stored: StoredEvent, tone: number | null, counts: ReportCounts | undefined): string[] {
  const { event, article } = stored;
  const date = event.date ?? article.date;
  const a1 = actorCells(event.source);
  const a2 = actorCells(event.target);
  const c = counts ?? { mentions: 1, sources: 1, articles: 1 };
  const values: Partial<Record<GdeltColumn, string>> = {
    GLOBALEVENTID: String(numericEventId(event.id)),
    SQLDATE: date === null ? '' : date.replaceAll('-', ''),
    MonthYear: date === null ? '' : date.slice(0, 7).replace('-', ''),
    Year: date === null ? '' : date.slice(0, 4),
    FractionDate: date === null ? '' : fractionDate(date),
    Actor1Code: a1.code,
    Actor1Name: a1.name,
    Actor1CountryCode: a1.country,
    Actor1KnownGroupCode: a1.group,
    Actor1Type1Code: a1.types[0],
    Actor1Type2Code: a1.types[1],
    Actor1Type3Code: a1.types[2],
    Actor2Code: a2.code,
    Actor2Name: a2.name,
    Actor2CountryCode: a2.country,
    Actor2KnownGroupCode: a2.group,
    Actor2Type1Code: a2.types[0],
    Actor2Type2Code: a2.types[1],
    Actor2Type3Code: a2.types[2],
    IsRootEvent: event.sentenceIndex === 0 ? '1' : '0',
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.cameo.slice(0, 2),
    QuadClass: String(event.quadClass),
    GoldsteinScale: event.goldstein.toFixed(1),
    NumMentions: String(c.mentions),
    NumSources: String(c.sources),
    NumArticles: String(c.articles),
    AvgTone: tone === null ? '' : String(tone),
    ...geoColumns('Actor1Geo', actorCountryCells(event.source)),
    ...geoColumns('Actor2Geo', actorCountryCells(event.target)),
    ...geoColumns('ActionGeo', locationCells(event.location)),
    DATEADDED: article.date === null ? '' : `${article.date.replaceAll('-', '')}000000`,
    SOURCEURL: article.url ?? '',
  };
  return GDELT_COLUMNS.map((column) => clean(values[column] ?? ''));
}

export function gdeltLine(stored: StoredEvent, tone: number | null, counts: ReportCounts | undefined): string {
  return `${gdeltRow(stored, tone, counts).join('\t')}\n`;
}
