// Acts a sentence names without a negator in their verb group yet does not report done (modality.ts): one that
// nearly happened ("nearly unleashed a third world war", "almost attacked") did not; one come close to or on the brink
// of ("came close to attacking", "on the verge of launching an invasion") has not happened; one it is "too early to say"
// happened ("it is too early to say that Russia has withdrawn troops", "premature to speak of a withdrawal") is not
// asserted; nor is one the writer only allows for or doubts ("possibly provided equipment", "we allegedly refused to
// negotiate").
import type { Token } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { isBareForm } from './spelled-lemmas.ts';

/** Adverbs that say an act came close to happening. */
export const NEARLY = new Set(['nearly', 'almost']);

/**
 * Verbs of a result reached by degree: "almost destroyed the city" did destroy much of it, so the act is done in
 * part and stays asserted.
 */
const BY_DEGREE = new Set(['destroy', 'demolish', 'ruin', 'raze', 'level', 'wipe', 'deplete', 'exhaust', 'complete']);

/**
 * "nearly unleashed a war", "almost attacked": a simple past verb right after "nearly"/"almost" names an act that did
 * not happen. Not after an auxiliary ("is almost destroyed", "has almost surrounded": a state reached in part) nor a
 * verb of degree. Returns the cue, or null.
 */
export function nearMiss(ctx: SentenceContext, trigger: number): string | null {
  const t = token(ctx, trigger)!;
  const adverb = token(ctx, trigger - 1);
  if (adverb === undefined || !NEARLY.has(adverb.lower) || t.pos !== 'VERB') return null;
  if (isBareForm(t) || t.lower.endsWith('ing') || BY_DEGREE.has(t.lemma)) return null;
  if (token(ctx, trigger - 2)?.pos === 'AUX') return null;
  return adverb.lower;
}

/** Words of the phrase between "close to"/"the brink of" and the act: "came close to reaching a deal", "of a war". */
const ACT_PHRASE = /^(?:DET|ADJ|ADV|NUM)$/;

/**
 * "came close to attacking", "have come very close to reaching an agreement", "on the verge of launching an invasion",
 * "on the brink of war": an act one came close to, or stands on the brink of, has not happened. Returns the cue, or
 * null.
 */
/**
 * A verb in -ing. A module function, not a named closure in its caller: under tsx every named closure made costs a
 * `__name` call (Object.defineProperty), and `brinkOf` runs at every match.
 */
function ingVerb(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && t.lower.endsWith('ing');
}

export function brinkOf(ctx: SentenceContext, trigger: number): string | null {
  let k = trigger - 1;
  // "on the verge of launching an invasion": the light verb of an act noun goes with it.
  while (k > trigger - 5 && (ACT_PHRASE.test(token(ctx, k)?.pos ?? '') || ingVerb(token(ctx, k)))) k--;
  const word = token(ctx, k)?.lower;
  const head = token(ctx, k - 1)?.lower;
  if (word === 'of' && (head === 'verge' || head === 'brink') && token(ctx, k - 2)?.lower === 'the')
    return `on the ${head} of`;
  if (word !== 'to' || head !== 'close') return null;
  let verb = k - 2;
  while (token(ctx, verb)?.pos === 'ADV') verb--;
  return token(ctx, verb)?.lemma === 'come' ? 'came close to' : null;
}

/** Verbs of saying or judging a fact: what it is too early to say has not been asserted. */
const SAYING = new Set(['say', 'speak', 'talk', 'conclude', 'claim', 'declare', 'judge', 'tell', 'assert']);

/** Words searched back from the trigger for the judgement. */
const REACH = 20;

/**
 * "it is too early to say that Russia has withdrawn troops", "too soon to talk about a ceasefire", "it is premature
 * to speak of a withdrawal": an act after "too early/too soon/premature to" + a verb of saying is not reported done.
 * Returns the cue, or null.
 */
export function prematureSaying(ctx: SentenceContext, trigger: number): string | null {
  const first = Math.max(ctx.sentence.firstToken, trigger - REACH);
  for (let k = trigger - 1; k > first + 1; k--) {
    const t = token(ctx, k)!;
    // "It is too early to say, but Russia shelled Kharkiv": the judgement's clause is over.
    if (t.lower === 'but' || t.text === ';') return null;
    if (!SAYING.has(t.lemma) || token(ctx, k - 1)?.lower !== 'to') continue;
    const judged = token(ctx, k - 2)!;
    if (judged.lower === 'premature') return 'premature to';
    if ((judged.lower === 'early' || judged.lower === 'soon') && token(ctx, k - 3)?.lower === 'too')
      return `too ${judged.lower} to`;
  }
  return null;
}

/**
 * Adverbs that leave an act possible or cast doubt on it. Not "reportedly", "probably" or "presumably", with which news
 * reports what it takes as done.
 */
export const DOUBTING = new Set([
  'allegedly',
  'supposedly',
  'purportedly',
  'ostensibly',
  'perhaps',
  'possibly',
  'maybe',
]);

/** Words of the verb group between such an adverb and the verb: "are allegedly to blame", "to supposedly protect". */
const VERB_GROUP = /^(?:AUX|ADV|PART)$/;

/**
 * "Beijing possibly provided equipment", "we are allegedly to blame", "supposedly the United States even warned": a
 * verb whose group, or whose clause before a named subject, holds a doubting adverb is not reported done. Not across
 * a comma ("Supposedly, Germany signed …" sets the tone of a whole passage). Returns the cue, or null.
 */
export function doubtedAct(ctx: SentenceContext, trigger: number): string | null {
  let subject = false;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - 8); k--) {
    const m = mentionOf(ctx, k);
    if (m !== undefined && !subject) {
      subject = true;
      k = m.firstToken;
      continue;
    }
    const t = token(ctx, k)!;
    if (DOUBTING.has(t.lower)) return t.lower;
    if (!VERB_GROUP.test(t.pos) && !(subject && t.lower === 'the')) return null;
  }
  return null;
}
