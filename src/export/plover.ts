// One stored event → one PLOVER JSON record (JSONL is PLOVER's recommended serialization). Field names follow the
// PLOVER manual's "Data Fields": id, date, actor and recipient (lists of entities), event, mode and context
// (lists), quad_code, event_text, link; our evidence (modality, trigger, rule…) goes under `detente`, so a PLOVER
// reader sees the standard fields and loses nothing by ignoring the rest.
import type { Actor } from '../types.ts';
import type { StoredEvent } from '../store/index.ts';

export interface PloverEntity {
  readonly raw_text: string;
  readonly entity_name: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector_code: string | null;
  readonly identifier_id: string | null;
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
    },
  };
}

export function ploverLine(stored: StoredEvent): string {
  return `${JSON.stringify(ploverRecord(stored))}\n`;
}
