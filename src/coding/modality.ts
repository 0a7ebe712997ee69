// Asserted, negated or hypothetical: decided from the words around the trigger, without a parse.
import type { Modality } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import {
  ALLEGING_VERBS,
  CONDITIONAL,
  FUTURE,
  IRREALIS_GOVERNORS,
  IRREALIS_NOUN_CUES,
  MODALS,
  NEGATING_GOVERNORS,
  NEGATING_NOUNS,
  NEGATIVE_SUBJECTS,
  NEGATORS,
} from './lexicon.ts';
import { clauseStart } from './roles.ts';

export interface ModalityReading {
  readonly modality: Modality;
  /** "will/plans to … hold talks": a statement of intent, coded as CAMEO 03 when cooperative. */
  readonly future: boolean;
  /** Which cue decided it, for the rule trail. */
  readonly cue: string | null;
}

const ASSERTED: ModalityReading = { modality: 'asserted', future: false, cue: null };

export function readModality(ctx: SentenceContext, trigger: number, noun: boolean): ModalityReading {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  const start = clauseStart(ctx, trigger);

  // Questions and conditionals: "whether Russia would attack", "if talks fail".
  if (tokens[ctx.sentence.endToken - 1]?.text === '?') return { modality: 'hypothetical', future: false, cue: '?' };
  for (let k = first; k < trigger; k++) {
    if (CONDITIONAL.has(tokens[k]!.lower)) return { modality: 'hypothetical', future: false, cue: tokens[k]!.lower };
  }

  if (noun) {
    for (let k = trigger - 1; k >= Math.max(first, trigger - 3); k--) {
      const t = tokens[k]!;
      if (IRREALIS_NOUN_CUES.has(t.lower)) return { modality: 'hypothetical', future: false, cue: t.lower };
    }
  }

  // The verb group: auxiliaries, negators and adverbs just before the trigger.
  let negated: string | null = null;
  let future = false;
  for (let k = trigger - 1; k >= Math.max(start, trigger - 5); k--) {
    const t = tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) break;
    if (MODALS.has(t.lower)) return { modality: 'hypothetical', future: false, cue: t.lower };
    if (FUTURE.has(t.lower) || (t.lower === 'going' && tokens[k + 1]?.lower === 'to')) future = true;
    if (NEGATORS.has(t.lower) || (t.lower === 'no' && tokens[k + 1]?.lower === 'longer')) negated ??= t.lower;
    if (t.lower === 'without') negated ??= 'without';
    if (t.lower === 'to') {
      const governor = governingVerb(ctx, k);
      if (governor !== null && NEGATING_GOVERNORS.has(governor))
        return { modality: 'negated', future: false, cue: governor };
      // "resolve to not threaten": the negation inside the infinitive decides.
      if (negated !== null) return { modality: 'negated', future: false, cue: negated };
      if (governor !== null && IRREALIS_GOVERNORS.has(governor))
        return { modality: 'hypothetical', future: true, cue: governor };
    }
    if ((t.lower === 'on' || t.lower === 'of' || t.lower === 'to') && NEGATING_NOUNS.has(tokens[k - 1]?.lemma ?? ''))
      return { modality: 'negated', future: false, cue: tokens[k - 1]!.lemma };
    if ((t.lower === 'of' || t.lower === 'for') && alleged(ctx, k))
      return { modality: 'hypothetical', future: false, cue: 'alleged' };
  }
  if (negated === null) {
    for (let k = start; k < trigger; k++) {
      const t = tokens[k]!;
      if (NEGATIVE_SUBJECTS.has(t.lower) || (t.lower === 'no' && tokens[k + 1]?.lower === 'one')) {
        negated = t.lower;
        break;
      }
    }
  }
  if (negated !== null) return { modality: 'negated', future: false, cue: negated };
  if (future) return { modality: 'asserted', future: true, cue: 'will' };
  return ASSERTED;
}

/** The verb or adjective that governs a to-infinitive: "refused to", "is ready to", "plans to". */
function governingVerb(ctx: SentenceContext, to: number): string | null {
  for (let k = to - 1; k >= Math.max(ctx.sentence.firstToken, to - 3); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'AUX' || t.pos === 'NOUN') {
      if (IRREALIS_GOVERNORS.has(t.lemma) || NEGATING_GOVERNORS.has(t.lemma)) return t.lemma;
      if (t.pos === 'VERB' || t.pos === 'NOUN') return t.lemma;
    }
  }
  return null;
}

/** "accused the West of bringing troops": the gerund is what is alleged. */
function alleged(ctx: SentenceContext, preposition: number): boolean {
  for (let k = preposition - 1; k >= Math.max(ctx.sentence.firstToken, preposition - 8); k--) {
    if (ALLEGING_VERBS.has(ctx.doc.tokens[k]!.lemma)) return true;
  }
  return false;
}
