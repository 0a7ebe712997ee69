// General positions and habits, no event: "Russia has always supported this universal organisation", "We regularly
// meet with the management of major German companies", "Ukraine constantly offers the Russian side options", "our
// European colleagues have always expressed their commitment to these principles". An adverb of habit on the verb
// says what a side does as a rule or has done throughout, not an act of a day; an analyst codes the acts themselves
// where they are told. Only words, stances and cooperation (01–12): "Russia constantly shells Kharkiv" reports attacks
// that a conflict series counts. "As always, I signed a decree", "I traditionally signed decrees before this evening's
// address" compare today's act with earlier ones and keep it. A stance stated in the present simple ("Lithuania
// consistently supports the sovereignty of Ukraine") is the position restated on the day and is coded, as "stressed
// the continued support of Estonia for …" is; "has always supported" tells the history of the stance. So does an aim in
// the perfect ("Putin has been seeking to strengthen ties with Africa", "has long sought to bolster ties"): a policy
// pursued over time, where "are seeking to deepen a partnership" states the aim of the day (modality.ts, intent).
import type { SentenceContext } from './context.ts';
import { lightVerbBefore } from './light-verbs.ts';
import type { Match } from './match.ts';
import type { Token } from '../types.ts';

/** Adverbs that make a verb habitual or a standing position. */
export const HABIT_ADVERBS = new Set([
  'always',
  'constantly',
  'regularly',
  'systematically',
  'routinely',
  'invariably',
  'usually',
  'habitually',
  'consistently',
  'often',
  'frequently',
]);

/** Adverbs of habit that also follow the verb or its match: "We meet regularly", "speak regularly over the phone". */
export const HABIT_AFTER = new Set(['regularly', 'constantly', 'routinely', 'often', 'frequently']);

/** The adjective that makes a meeting or a show of force a routine: "on a regular basis", "regular joint exercises". */
export const REGULAR = 'regular';

/** Auxiliaries between the adverb and the verb: "has always supported", "are constantly in contact". */
const AUXILIARY_POS = new Set(['AUX', 'PART']);

/**
 * Codes of words, stances and cooperation that a habit or a standing position may be stated in, and shows of force:
 * "We regularly conduct joint exercises", "We conduct regular joint military exercises" tell a routine of drills,
 * not a drill held on the day (force itself is counted however often it recurs).
 */
const VERBAL = /^(?:0\d|1[012]|15)/;

/** Shows of force (15): "regular" on their object makes them a routine ("conduct regular joint exercises"). */
const SHOW_OF_FORCE = /^15/;

/** Stances of support (not the signing of an agreement, 057), coded when restated in the present simple. */
const STANCE = /^05[0-6]/;

/** Adjectives that make a noun of contact or cooperation a standing state: "in constant contact with". */
export const HABIT_ADJECTIVES = new Set(['constant', 'permanent', 'continuous', 'continual']);

/** The act at `match` is said to be done as a rule or throughout ("has always supported"): no event. */
export function habitualAct(ctx: SentenceContext, match: Match): boolean {
  if (!VERBAL.test(match.pattern.code)) return false;
  const tokens = ctx.doc.tokens;
  // "has been in constant contact with his Polish counterpart": a standing state of contact.
  // "the constant support of Estonia for …" names the stance stated, not a habit.
  // "are constantly in contact with European partners": the adverb on the state the noun is in.
  // "have always expressed their commitment to": the adverb on the light verb that states the noun's act.
  if (match.pattern.noun) {
    if (STANCE.test(match.pattern.code)) return false;
    const before = tokens[match.trigger - 1]?.lower ?? '';
    if (HABIT_ADJECTIVES.has(before)) return true;
    if (before === 'in' && HABIT_ADVERBS.has(tokens[match.trigger - 2]?.lower ?? '')) return true;
    const verb = lightVerbBefore(ctx, match.trigger);
    return verb !== null && habitAdverbBefore(ctx, verb) !== null;
  }
  if (habitAfter(tokens, match)) return true;
  if (soughtAim(ctx, match.trigger)) return true;
  if (SHOW_OF_FORCE.test(match.pattern.code) && regularObject(tokens, match)) return true;
  const adverb = habitAdverbBefore(ctx, match.trigger);
  return adverb !== null && !(STANCE.test(match.pattern.code) && presentSimple(tokens, adverb, match.trigger));
}

/** The adverb of habit before the verb at `verb`, across its auxiliaries ("has always been supporting"), or null. */
function habitAdverbBefore(ctx: SentenceContext, verb: number): number | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = verb - 1;
  while (k >= first && AUXILIARY_POS.has(tokens[k]!.pos) && k > verb - 3) k--;
  const adverb = tokens[k];
  if (k < first || adverb === undefined || !HABIT_ADVERBS.has(adverb.lower)) return null;
  // "As always, I signed": a comparison with earlier acts, not a habit.
  return tokens[k - 1]?.lower === 'as' ? null : k;
}

/** "consistently supports": the adverb right before a present-tense verb with no auxiliary on either side. */
function presentSimple(tokens: readonly Token[], adverb: number, verb: number): boolean {
  if (verb !== adverb + 1 || AUXILIARY_POS.has(tokens[adverb - 1]?.pos ?? '')) return false;
  const { lower, lemma } = tokens[verb]!;
  return lower === lemma || lower === lemma + 's' || lower === lemma + 'es';
}

/** "We meet regularly", "we meet on a regular basis": the habit adverb right after the verb or after its match. */
function habitAfter(tokens: readonly Token[], match: Match): boolean {
  for (const at of new Set([match.trigger + 1, match.end])) {
    const word = tokens[at]?.lower ?? '';
    if (HABIT_AFTER.has(word)) return true;
    if (word === 'on' && tokens[at + 1]?.lower === 'a' && tokens[at + 2]?.lower === REGULAR) return true;
  }
  return false;
}

/** "conduct regular joint military exercises": "regular" inside the matched words. */
function regularObject(tokens: readonly Token[], match: Match): boolean {
  for (let k = match.trigger + 1; k < match.end; k++) if (tokens[k]!.lower === REGULAR) return true;
  return false;
}

/** Verbs of striving whose perfect tells a policy pursued over time. */
export const AIM_VERBS: ReadonlySet<string> = new Set(['seek', 'strive']);
/** Perfect auxiliaries: "has sought", "have been seeking", "had long sought". */
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve", '’s', '’ve']);

/** "has been seeking to strengthen", "have long sought to bolster": the trigger is the infinitive of a perfect aim. */
function soughtAim(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = trigger - 1;
  if (k > first && tokens[k]!.pos === 'ADV') k--; // "to further strengthen"
  if (k <= first || tokens[k]!.lower !== 'to') return false;
  const verb = tokens[k - 1]!;
  if (!AIM_VERBS.has(verb.lemma)) return false;
  k -= 2;
  if (verb.lower.endsWith('ing')) {
    if (tokens[k]?.lower !== 'been') return false;
    k--;
  } else if (verb.lower === verb.lemma || verb.lower === verb.lemma + 's') return false;
  if (k >= first && tokens[k]!.pos === 'ADV') k--; // "has long sought", "have always been seeking"
  return k >= first && PERFECT.has(tokens[k]!.lower);
}
