// Clauses whose present-tense verb names an act yet to come (modality.ts). Time clauses: "… will ask Xi to commit when
// he visits Paris", "Once the sanctions are lifted, Russia will …". English puts the verb of a time clause in the
// present even when its act is yet to come; only the main clause's "will", "would" or modal tells so. With no future or
// modal in the main clause the present is habitual or historic ("When missiles kill our people, it's the death of all
// Europeans") and is left alone. Purpose clauses: "so that all European leaders agree", "working to ensure that the EU
// agrees on a sixth package": what one acts for, or sees to, is not done yet, whatever the main clause.
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { FUTURE, OBLIGATION, WH_WORDS } from './lexicon.ts';
import { spelledLemma } from './spelled-lemmas.ts';

/** Subordinators of time whose clause takes the present for a future act ("as soon as" is read at its last "as"). */
export const TIME_OPENERS = new Set(['when', 'once', 'after', 'as']);

/** Auxiliaries of a present verb group in the clause: "once the sanctions are lifted", "after they have met". */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re', 'has', 'have', "'ve", '’ve']);

/**
 * Words of the main clause that put it in the future or make it possible or required; not "can" and "may", which
 * also state what is usual ("we can provide a stable connection even when Russian missiles destroy …").
 */
export const UNUSUAL_MODALS = new Set(['would', 'could', 'might']);

function futureOrModal(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k)!.lower;
  if (FUTURE.has(t) || UNUSUAL_MODALS.has(t) || OBLIGATION.has(t) || t === "'ll") return true;
  return t === 'going' && token(ctx, k + 1)?.lower === 'to';
}

/** The opener at `o` is "when", "once", "after" or the last word of "as soon as". */
function timeOpener(ctx: SentenceContext, o: number): string | null {
  const word = token(ctx, o)?.lower ?? '';
  if (!TIME_OPENERS.has(word)) return null;
  // "once again", "meet once and agree": an adverb, no clause.
  if (word === 'once' && /^(?:ADV|CCONJ|PUNCT)$/.test(token(ctx, o + 1)?.pos ?? 'PUNCT')) return null;
  if (word !== 'as') return word;
  return token(ctx, o - 1)?.lower === 'soon' && token(ctx, o - 2)?.lower === 'as' ? 'as soon as' : null;
}

/** Verbs whose that-clause is an outcome seen to, not yet reached: "ensure that", "make sure that". */
export const SEEING_TO = new Set(['ensure', 'sure', 'guarantee']);

/** "that" at `o` opens a purpose clause: "so that", "ensure that", "make sure that". */
function purposeOpener(ctx: SentenceContext, o: number): string | null {
  if (token(ctx, o)?.lower !== 'that') return null;
  const before = token(ctx, o - 1);
  if (before === undefined) return null;
  // "so much so that Germany's ambassador felt compelled": a result, told in the past, which the present test keeps out.
  if (before.lower === 'so') return 'so that';
  // "make sure that" sees to an outcome; "I'm sure that" and "say for sure that" are certain of a fact.
  if (before.lower === 'sure') return token(ctx, o - 2)?.lemma === 'make' ? 'make sure that' : null;
  return SEEING_TO.has(before.lemma) && before.pos !== 'NOUN' ? `${before.lemma} that` : null;
}

/** Words a clause's subject may hold between the opener and the verb: "when the German Chancellor". */
const SUBJECT_WORDS = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/;

/** Words of a clause's subject and verb group searched back from the verb for the opener. */
const CLAUSE_REACH = 10;

/**
 * The opener of the time clause whose finite verb is the trigger, in the present: only its subject and present
 * auxiliaries stand between ("when he visits", "once the sanctions are lifted"); not "when asked", "when we met",
 * "when Russia is still trying to seize". Returns the opener's index, or null.
 */
function presentClauseOpener(
  ctx: SentenceContext,
  trigger: number,
  opener: (ctx: SentenceContext, k: number) => string | null,
): number | null {
  let auxiliary = false;
  let o: number | null = null;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - CLAUSE_REACH); k--) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      k = m.firstToken;
      continue;
    }
    const t = token(ctx, k)!;
    if (k < trigger - 1 && opener(ctx, k) !== null) {
      o = k;
      break;
    }
    // "ensure that those who receive the vaccine …": the verb of a relative clause is no verb of the opener's.
    if (WH_WORDS.has(t.lower)) return null;
    if (t.pos === 'AUX' && PRESENT_AUXILIARIES.has(t.lower)) auxiliary = true;
    else if (!SUBJECT_WORDS.test(t.pos)) return null;
  }
  if (o === null) return null;
  const verb = token(ctx, trigger)!;
  const lower = verb.lower;
  const lemma = spelledLemma(verb);
  // "now, when Russia is still trying to seize": a progressive names the present moment, not a time to come.
  if (lower.endsWith('ing')) return null;
  const present =
    auxiliary ||
    lower === `${lemma}s` ||
    lower === `${lemma}es` ||
    (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`) ||
    (lower === lemma && !lower.endsWith('ed'));
  return present ? o : null;
}

/**
 * Only quote marks, adverbs and conjunctions come before `o` in the sentence: "And once …", "Only when …"; not "Even
 * now, when …", whose clause is about the present.
 */
function fronted(ctx: SentenceContext, o: number): boolean {
  for (let k = ctx.sentence.firstToken; k < o; k++) {
    const t = token(ctx, k)!;
    if (!isQuoteMark(t) && t.pos !== 'ADV' && t.pos !== 'CCONJ') return false;
  }
  return true;
}

/** Words of the main clause searched for its future or modal. */
const MAIN_CLAUSE_REACH = 12;

/**
 * The trigger is the present-tense verb of a time clause whose main clause is in the future or under a modal: before
 * the opener ("will ask Xi … when he visits Paris"), or after the comma that closes a clause opening the sentence
 * ("Once the sanctions are lifted, Russia will resume …"). Returns the opener as the cue, or null.
 */
export function futureTimeClause(ctx: SentenceContext, trigger: number): string | null {
  const o = presentClauseOpener(ctx, trigger, timeOpener);
  if (o === null) return null;
  const opener = timeOpener(ctx, o)!;
  if (fronted(ctx, o)) {
    let comma = trigger + 1;
    while (comma < ctx.sentence.endToken && !(token(ctx, comma)!.text === ',' && mentionOf(ctx, comma) === undefined))
      comma++;
    for (let k = comma + 1; k < Math.min(ctx.sentence.endToken, comma + 1 + MAIN_CLAUSE_REACH); k++) {
      if (futureOrModal(ctx, k)) return opener;
    }
    return null;
  }
  for (let k = o - 1; k >= ctx.sentence.firstToken; k--) {
    const t = token(ctx, k)!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) return null;
    if (futureOrModal(ctx, k)) return opener;
  }
  return null;
}

/**
 * The trigger is the present-tense verb of a purpose clause: "so that all European leaders agree", "to ensure that
 * the European Union agrees on a sixth package". Returns the cue, or null.
 */
export function purposeClause(ctx: SentenceContext, trigger: number): string | null {
  const o = presentClauseOpener(ctx, trigger, purposeOpener);
  return o === null ? null : purposeOpener(ctx, o);
}
