// Events that sentence-level rules derive after the pattern matches: an accusation read off a claim, a
// rejection read off "is out of the question". They are built from the sentence and, when there is one,
// the event they are about (whose dictionary version they share).
import { createHash } from 'node:crypto';
import type { Actor, Event, Modality } from '../types.ts';
import type { Codebook } from './codebook.ts';
import type { SentenceContext } from './context.ts';
import { dateOfEvent } from './year-dates.ts';

/** What a derived event needs besides its sentence. */
export interface DerivedEvent {
  /** The token the event is anchored on (the claiming verb, "question", "tolerate"). */
  readonly trigger: number;
  readonly code: string;
  readonly modality: Modality;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly reportedBy: Actor | null;
  readonly rule: string;
}

/** Settings shared by every rule of a coding run. */
export interface DerivationSettings {
  readonly codebook: Codebook;
  readonly dictionaryVersion: string;
}

export function derivedEvent(ctx: SentenceContext, settings: DerivationSettings, event: DerivedEvent): Event {
  const info = settings.codebook.codes.get(event.code)!;
  const t = ctx.doc.tokens[event.trigger]!;
  const date = dateOfEvent(ctx, event.trigger, event.trigger);
  const id = createHash('sha1')
    .update(
      [ctx.doc.article.id, ctx.sentence.index, t.start, event.code, event.rule]
        .concat([event.source?.code, event.source?.name, event.target?.code, event.target?.name].map((x) => x ?? ''))
        .join('\u0000'),
    )
    .digest('hex')
    .slice(0, 16);
  // A rule reads less of the sentence than a pattern does: confidence starts lower (as for blame and warnings).
  const confidence = 0.4 + (event.source !== null ? 0.2 : 0) + (event.target !== null ? 0.12 : 0);
  return {
    id,
    sentenceIndex: ctx.sentence.index,
    sentence: ctx.sentence.text,
    trigger: { start: t.start, end: t.end, text: t.text },
    date,
    source: event.source,
    target: event.target,
    cameo: event.code,
    plover: info.plover,
    mode: info.mode,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    modality: event.modality,
    reportedBy: event.reportedBy,
    confidence: Math.round(confidence * 100) / 100,
    rule: event.rule,
    dictionaryVersion: settings.dictionaryVersion,
  };
}

/** The token an event's trigger starts at, in its sentence. */
export function triggerToken(ctx: SentenceContext, event: Event): number {
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++)
    if (ctx.doc.tokens[k]!.start === event.trigger.start) return k;
  return -1;
}

/** The country an actor belongs to (or its code when it has none): "one side" for the rules. */
export const sideOf = (a: Actor | null): string | null => a?.country ?? a?.code ?? null;

/** Sectors that stand against their own state: opposition, rebels, separatists, insurgents, campaigning groups. */
const OPPOSING_SECTORS = new Set(['OPP', 'REB', 'SEP', 'INS', 'NGO']);

/**
 * The side an actor speaks and acts for: its country, split between the state (government, forces, police, courts,
 * media and the rest) and those who oppose it. "The Syrian Observatory for Human Rights said … government forces" and
 * "the government said rebels attacked …" are charges against the other side, not claims of one's own act; Islamic
 * Jihad rejecting an invitation to a meeting of Palestinian factions rejects the Palestinians' meeting.
 */
export const politicalSideOf = (a: Actor | null): string | null => {
  const side = sideOf(a);
  return side === null || !OPPOSING_SECTORS.has(a?.sector ?? '') ? side : `${side}/${a!.sector}`;
};
