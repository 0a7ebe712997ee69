// Time clauses about the future: "… will ask Xi to commit when he visits Paris", "Once the sanctions are lifted,
// Russia will …", "a ceasefire can be established only when he meets with Putin". English puts the verb of a time
// clause in the present even when its act is yet to come; only the main clause's "will", "would" or modal tells so.
// Such an act has not happened (modality.ts). With no future or modal in the main clause the present is habitual or
// historic ("When missiles kill our people, it's the death of all Europeans") and is left alone.
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { FUTURE, OBLIGATION } from './lexicon.ts';

/** Subordinators of time whose clause takes the present for a future act ("as soon as" is read at its last "as"). */
const TIME_OPENERS = new Set(['when', 'once', 'after', 'as']);

/** Auxiliaries of a present verb group in the clause: "once the sanctions are lifted", "after they have met". */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re', 'has', 'have', "'ve", '’ve']);

/**
 * Words of the main clause that put it in the future or make it possible or required; not "can" and "may", which
 * also state what is usual ("we can provide a stable connection even when Russian missiles destroy …").
 */
const UNUSUAL_MODALS = new Set(['would', 'could', 'might']);

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

/** Words a clause's subject may hold between the opener and the verb: "when the German Chancellor". */
const SUBJECT_WORDS = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/;

/** Words of a clause's subject and verb group searched back from the verb for the opener. */
const CLAUSE_REACH = 10;

/**
 * The opener of the time clause whose finite verb is the trigger, in the present: only its subject and present
 * auxiliaries stand between ("when he visits", "once the sanctions are lifted"); not "when asked", "when we met",
 * "when Russia is still trying to seize". Returns the opener's index, or null.
 */
function presentClauseOpener(ctx: SentenceContext, trigger: number): number | null {
  let auxiliary = false;
  let o: number | null = null;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - CLAUSE_REACH); k--) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      k = m.firstToken;
      continue;
    }
    const t = token(ctx, k)!;
    if (k < trigger - 1 && timeOpener(ctx, k) !== null) {
      o = k;
      break;
    }
    if (t.pos === 'AUX' && PRESENT_AUXILIARIES.has(t.lower)) auxiliary = true;
    else if (!SUBJECT_WORDS.test(t.pos)) return null;
  }
  if (o === null) return null;
  const { lower, lemma } = token(ctx, trigger)!;
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
  const o = presentClauseOpener(ctx, trigger);
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
