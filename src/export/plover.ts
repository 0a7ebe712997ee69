// One stored event → one PLOVER JSON record (JSONL is PLOVER's recommended serialization). Field names follow the
// PLOVER manual's "Data Fields": id, date, actor and recipient (lists of entities), event, mode and context
// (lists), quad_code, event_loc, event_text, link; our evidence (modality, trigger, rule…) goes under `detente`, so a PLOVER
// reader sees the standard fields and loses nothing by ignoring the rest.
import type { Actor, EventLocation } from '../types.ts';
import type { StoredEvent } from '../store/index.ts';

export interface PloverEntity {
  readonly raw_text: string;
  readonly entity_name: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector_code: string | null;
  readonly identifier_id: string | null;
}

/** PLOVER's location object, in the Mordecai3/GeoNames field names the manual names. */
export interface PloverLocation {
  readonly placename: string; // the text as written
  readonly name: string;
  readonly admin1_name: string | null;
  readonly country_code: string | null; // ISO alpha-3
  readonly lat: number;
  readonly lon: number;
  readonly feature_class: 'P' | 'A'; // populated place, administrative area (division or country)
  readonly feature_code: 'PPL' | 'ADM1' | 'PCLI';
  readonly resolution: EventLocation['type'];
  readonly geonameid: null; // our gazetteer is not GeoNames: its id is under detente.location.featureId
  readonly start_char: number;
  readonly end_char: number;
}

export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly actor: readonly PloverEntity[];
  readonly recipient: readonly PloverEntity[];
  readonly event: readonly string[];
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly event_loc: PloverLocation | null;
  readonly event_text: string;
  readonly link: string | null;
  readonly coder: 'detente';
  readonly detente: {
    readonly articleId: string;
    readonly articleDate: string | null;
    readonly sentenceIndex: number;
    readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
    readonly cameo: string;
    readonly goldstein: number;
    readonly modality: string;
    readonly reportedBy: string | null;
    readonly confidence: number;
    readonly rule: string;
    readonly dictionaryVersion: string;
    readonly location: EventLocation | null;
  };
}

const FEATURE_CODE = { city: 'PPL', adm1: 'ADM1', country: 'PCLI' } as const;

export function ploverLocation(l: EventLocation | null): PloverLocation | null {
  if (l === null) return null;
  return {
    placename: l.text,
    name: l.name,
    admin1_name: l.adm1,
    country_code: l.country,
    lat: l.lat,
    lon: l.long,
    feature_class: l.type === 'city' ? 'P' : 'A',
    feature_code: FEATURE_CODE[l.type],
    resolution: l.type,
    geonameid: null,
    start_char: l.start,
    end_char: l.end,
  };
}

function entity(actor: Actor | null): PloverEntity[] {
  if (actor === null) return [];
  return [
    {
      raw_text: actor.text,
      entity_name: actor.name,
      code: actor.code,
      country: actor.country,
      sector_code: actor.sector,
      identifier_id: actor.id,
    },
  ];
}

export function ploverRecord(stored: StoredEvent): PloverRecord {
  const { event, article } = stored;
  return {
    id: event.id,
    date: event.date ?? article.date,
    actor: entity(event.source),
    recipient: entity(event.target),
    event: event.plover === null ? [] : [event.plover],
    mode: event.mode === null ? [] : [event.mode],
    context: [],
    quad_code: event.quadClass,
    event_loc: ploverLocation(event.location ?? null),
    event_text: event.sentence,
    link: article.url,
    coder: 'detente',
    detente: {
      articleId: article.id,
      articleDate: article.date,
      sentenceIndex: event.sentenceIndex,
      trigger: event.trigger,
      cameo: event.cameo,
      goldstein: event.goldstein,
      modality: event.modality,
      reportedBy: event.reportedBy?.code ?? null,
      confidence: event.confidence,
      rule: event.rule,
      dictionaryVersion: event.dictionaryVersion,
      location: event.location ?? null,
    },
  };
}

export function ploverLine(stored: StoredEvent): string {
  return `${JSON.stringify(ploverRecord(stored))}\n`;
}
