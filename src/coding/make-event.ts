// An Event from a pattern or rule match: its deterministic id, trigger span, date, codes and confidence.
import * as crypto from 'node:crypto';
import type { Actor, Event, Mention, Modality } from '../types.ts';
import { sameActor } from './actor-keys.ts';
import type { Codebook } from './codebook.ts';
import { type SentenceContext } from './context.ts';
import { gluedHyphen, type Match } from './match.ts';
import { dateOfEvent } from './year-dates.ts';

export interface EventBase {
  readonly ctx: SentenceContext;
  readonly match: Match;
  readonly dictionaryVersion: string;
  readonly confidenceBase: number;
}

export function makeEvent(
  base: EventBase,
  codebook: Codebook,
  code: string,
  modality: Modality,
  source: Mention | null,
  target: Mention | null,
  reporter: Mention | null,
  rule: string,
): Event {
  const { ctx, match } = base;
  const info = codebook.codes.get(code)!;
  const trigger = ctx.doc.tokens[match.trigger]!;
  const lastIndex = triggerEnd(ctx, match);
  const last = ctx.doc.tokens[lastIndex]!;
  const confidence =
    base.confidenceBase +
    (source !== null ? 0.2 : 0) +
    (target !== null ? 0.12 : 0) -
    (source?.kind === 'pronoun' || target?.kind === 'pronoun' ? 0.1 : 0);
  return {
    id: eventId(ctx.doc.article.id, ctx.sentence.index, trigger.start, code, source?.actor, target?.actor),
    sentenceIndex: ctx.sentence.index,
    sentence: ctx.sentence.text,
    trigger: { start: trigger.start, end: last.end, text: ctx.doc.article.text.slice(trigger.start, last.end) },
    // Dated here, not in the base: a sentence whose matches make no event never runs the date parser.
    date: dateOfEvent(ctx, match.trigger, lastIndex, [source?.actor ?? null, target?.actor ?? null]),
    source: source?.actor ?? null,
    target: target?.actor ?? null,
    cameo: code,
    plover: match.pattern.plover !== null && code === match.pattern.code ? match.pattern.plover.category : info.plover,
    mode: match.pattern.plover !== null && code === match.pattern.code ? match.pattern.plover.mode : info.mode,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    modality,
    reportedBy: reporter !== null && !sameActor(reporter, source ?? undefined) ? reporter.actor : null,
    confidence: Math.min(1, Math.max(0, round(confidence))),
    rule,
    dictionaryVersion: base.dictionaryVersion,
  };
}

/** The trigger span runs over literals adjacent to the trigger ("pulled out of"), not over actors. */
function triggerEnd(ctx: SentenceContext, match: Match): number {
  let end = match.trigger;
  for (const k of [...match.literals].sort((a, b) => a - b)) {
    if (k < match.trigger) continue; // an object fronted in a relative clause: "the weapons it sent"
    let adjacent = true;
    for (let j = end + 1; j < k; j++) {
      const t = ctx.doc.tokens[j]!;
      // "started a full-scale invasion": a hyphenated compound is one modifier, whatever its tags.
      const compound = [j - 1, j, j + 1].some((h) => gluedHyphen(ctx.doc.tokens, h));
      if (ctx.mentionAt[j]! >= 0 || (!compound && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PART'))
        adjacent = false;
    }
    if (!adjacent) break;
    end = k;
  }
  return end;
}

export function eventId(
  articleId: string,
  sentence: number,
  offset: number,
  code: string,
  source: Actor | undefined,
  target: Actor | undefined,
): string {
  return sha1Hex(
    `${articleId}\u0000${sentence}\u0000${offset}\u0000${code}\u0000${source?.code ?? ''}\u0000${source?.name ?? ''}\u0000${target?.code ?? ''}\u0000${target?.name ?? ''}`,
  ).slice(0, 16);
}

/**
 * SHA-1 in hex. Node's one-shot `hash` (Node 20.12 on; imported through the namespace so that older Nodes still
 * load this module) skips the Hash object `createHash` builds: every candidate event gets an id, some several as
 * they are recoded, and `createHash` was 1.5% of the coder's CPU.
 */
const sha1Hex: (data: string) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha1', data, 'hex')
    : (data) => crypto.createHash('sha1').update(data).digest('hex');

const round = (x: number): number => Math.round(x * 100) / 100;
