// Object control: "Zelenskyy thanked Denmark for sending equipment to Ukraine", "I am grateful to Italy for
// supporting Ukraine's membership", "the US accused Russia of violating the treaty". The gerund after "for"/"of" is
// done by the one thanked, praised or blamed (the verb's object), not by the one who thanks: Denmark sends the
// equipment, Italy supports the membership. So is the bare verb after "let" and its object: "let anyone shoot".
import type { Mention } from '../types.ts';
import { type SentenceContext } from './context.ts';
import { POSSESSIVE_PRONOUNS } from './lexicon.ts';
import { coordinated } from './match.ts';
import { letBefore } from './refused-leave.ts';

/** Verbs (lemmas) whose object does what their "for + gerund" says. */
const FOR_VERBS = new Set([
  'thank',
  'praise',
  'commend',
  'congratulate',
  'applaud',
  'criticize',
  'criticise',
  'condemn',
  // News wording of criticism: "the Kremlin blasted Washington for supplying weapons to Kyiv".
  ...['slam', 'blast', 'lambast', 'lambaste', 'denounce', 'rebuke', 'chide', 'castigate', 'fault', 'censure', 'berate'],
  'blame',
  'reproach',
  'punish',
  // "awarded the pilots for defending Kyiv": the one honoured did it.
  'award',
  'decorate',
  'honour',
  'honor',
]);
/** Verbs of giving an honour whose "to" object does what their "for + gerund" says: "presented awards to X for helping". */
const AWARDING = new Set(['present', 'award', 'hand', 'give', 'confer', 'bestow']);
/** How many words the honour given may take ("presented state awards to"). */
const MAX_HONOUR = 4;
/** Verbs (lemmas) whose object does what their "of + gerund" says. */
const OF_VERBS = new Set(['accuse', 'suspect', 'convict']);
/** Adjectives whose "to" object does what their "for + gerund" says: "grateful to Italy for supporting". */
const GRATEFUL = new Set(['grateful', 'thankful']);

/**
 * Objects of "let" that leave the bare verb to the speaker ("let me thank", "let us discuss", "let's talk"): read as
 * the speaker's own act elsewhere (modality.ts: "let us" proposes). Any other object of "let" does its bare verb:
 * "we will never let anyone shoot a Russian in the back" (no actor: no doer), "let Russia win".
 */
const LET_SPEAKER = new Set(['me', 'us', "'s", '’s']);

/** Words that may stand in the object between the verb and "for": a noun phrase and its coordination. */
const OBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|CCONJ|PART)$/;
const MAX_OBJECT = 14;

/**
 * The doers of the gerund at `i` when a thanking, praising or blaming verb's object controls it: the object's actors
 * (with those coordinated with them), [] when the object names no actor ("thank you for inviting me", "thanked the
 * organisers for hosting"), null when the gerund is in no such construction. The object of "let" does its bare verb.
 */
export function controllingObject(ctx: SentenceContext, i: number): Mention[] | null {
  const { tokens } = ctx.doc;
  const leave = letBefore(ctx, i);
  if (leave !== null) return LET_SPEAKER.has(tokens[leave + 1]!.lower) ? null : (objectActors(ctx, leave + 1, i) ?? []);
  if (tokens[i]!.pos !== 'VERB' || !tokens[i]!.lower.endsWith('ing')) return null;
  let p = i - 1;
  while (p > ctx.sentence.firstToken && tokens[p]!.pos === 'ADV') p--;
  const preposition = tokens[p]?.lower ?? ''; // no token before an article's first word
  if (p <= ctx.sentence.firstToken || (preposition !== 'for' && preposition !== 'of')) return null;
  for (let k = p - 1; k >= Math.max(ctx.sentence.firstToken, p - MAX_OBJECT); k--) {
    const t = tokens[k]!;
    const controls = preposition === 'for' ? FOR_VERBS.has(t.lemma) : OF_VERBS.has(t.lemma);
    if (t.pos === 'VERB' && controls) return objectActors(ctx, k + 1, p);
    // "grateful to Italy for": the object is the adjective's "to" phrase.
    if (t.lower === 'to' && preposition === 'for' && GRATEFUL.has(tokens[k - 1]?.lower ?? '')) {
      return objectActors(ctx, k + 1, p);
    }
    // "presented state awards to Morawiecki and Kaczyński for helping Ukraine": the "to" phrase of a verb of honouring.
    if (t.lower === 'to' && preposition === 'for' && honourGiven(ctx, k)) return objectActors(ctx, k + 1, p);
    if (ctx.mentionAt[k]! < 0 && !OBJECT_POS.test(t.pos) && t.text !== ',' && t.lower !== "'s" && t.lower !== '’s')
      return null;
  }
  return null;
}

/**
 * The actors named in the object from `from` to `to` (exclusive): the first and those coordinated with it; a
 * possessive ("thanked his colleagues") is the owner of the object, not the object. Null when there is no object:
 * "were accused of helping Moscow", "thanked for supporting" (the clause's subject or no one does it).
 */
function objectActors(ctx: SentenceContext, from: number, to: number): Mention[] | null {
  if (from >= to) return null;
  for (let k = from; k < to; k++) {
    const index = ctx.mentionAt[k]!;
    if (index < 0) continue;
    const m = ctx.mentions[index]!;
    if (m.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(ctx.doc.tokens[m.firstToken]!.lower)) continue;
    return coordinated(ctx, m).filter((c) => c.endToken <= to);
  }
  return [];
}

/** Whether the "to" at `to` follows a verb of honouring and the honour it gives ("presented state awards to"). */
function honourGiven(ctx: SentenceContext, to: number): boolean {
  for (let k = to - 1; k >= Math.max(ctx.sentence.firstToken, to - 1 - MAX_HONOUR); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB') return AWARDING.has(t.lemma) && k < to - 1;
    if (!/^(?:DET|ADJ|NOUN|NUM)$/.test(t.pos) || ctx.mentionAt[k]! >= 0) return false;
  }
  return false;
}
