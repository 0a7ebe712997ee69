// Reported speech: "X said (that) Y did Z" makes Y the source and X the reporter (`reportedBy`).
import type { Mention, Quote } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { subjectOf } from './roles.ts';

export function reporterOf(ctx: SentenceContext, trigger: number, quotes: readonly Quote[]): Mention | null {
  const t = ctx.doc.tokens[trigger]!;
  const quote = quotes.find((q) => q.start <= t.start && t.end <= q.end);
  if (quote?.speaker) {
    const sameActor = ctx.mentions.find(
      (m) => m.actor.name === quote.speaker?.name && m.actor.code === quote.speaker.code,
    );
    if (sameActor !== undefined) return sameActor;
  }
  // A speech verb before the trigger: "Lavrov said that Russia will …".
  for (let k = trigger - 1; k >= ctx.sentence.firstToken; k--) {
    const verb = ctx.doc.tokens[k]!;
    if (verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma)) {
      return subjectOf(ctx, k)[0] ?? mentionAfter(ctx, k);
    }
  }
  // A speech verb after it, set off by a comma or quote: "…, Lavrov said." / "…,” said Rau".
  for (let k = trigger + 1; k < ctx.sentence.endToken; k++) {
    const verb = ctx.doc.tokens[k]!;
    if (verb.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma)) continue;
    if (!setOff(ctx, k)) continue;
    return mentionAfter(ctx, k) ?? mentionBefore(ctx, k);
  }
  // "according to X".
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken - 2; k++) {
    if (ctx.doc.tokens[k]!.lower === 'according' && ctx.doc.tokens[k + 1]!.lower === 'to') {
      const m = mentionAfter(ctx, k + 1);
      if (m !== null) return m;
    }
  }
  return null;
}

/** The speech verb follows a comma or closing quote, possibly with its subject in between. */
function setOff(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 8); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || isQuoteMark(t)) return true;
    if (mentionOf(ctx, k) === undefined && t.pos !== 'DET' && t.pos !== 'ADV') return false;
  }
  return false;
}

function mentionAfter(ctx: SentenceContext, k: number): Mention | null {
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 4); j++) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m;
    const t = token(ctx, j);
    if (t === undefined || (t.pos !== 'DET' && t.pos !== 'ADV' && t.text !== ',')) return null;
  }
  return null;
}

function mentionBefore(ctx: SentenceContext, k: number): Mention | null {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 3); j--) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m;
  }
  return null;
}
