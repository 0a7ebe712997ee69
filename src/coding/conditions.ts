// Conditions and alternatives written without "if": "in case Russia attacks", "in the event of an attack", "Should
// Russia invade, …", "Were NATO to strike, …", "… should Russia choose to invade", "instead of forcing Ukraine to
// make peace"; and a subject that denies the act, "No nations are boycotting the summit". The act they hold is not
// reported done (modality.ts).
import type { SentenceContext } from './context.ts';
import { isQuoteMark, mentionOf } from './context.ts';
import { isBareForm } from './spelled-lemmas.ts';

/** "in case" and "in the event" end at `k` ("case"/"event"): the start of a condition, or null. */
function conditionPhrase(ctx: SentenceContext, k: number): string | null {
  const tokens = ctx.doc.tokens;
  const t = tokens[k]!.lower;
  if (t === 'case' && tokens[k - 1]?.lower === 'in') return 'in case';
  if (t === 'event' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'in') return 'in the event';
  return null;
}

/** Words a noun phrase after "of" may hold before its head: "in the event of a large-scale Russian attack". */
const NOUN_PHRASE = /^(?:DET|ADJ|NUM|PROPN|NOUN|ADV|PART)$/;

/**
 * "in case Russia threatens an attack", "in the event that Russia used a nuclear weapon": the act of the clause a
 * condition opens; "in case of a Russian attack", "in the event of an invasion": the act noun the condition names
 * (an act after the noun phrase, "in case of threats defines the mechanism", is the sentence's own). Returns the cue.
 */
export function conditionWithoutIf(ctx: SentenceContext, trigger: number, noun: boolean): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 1; k < trigger; k++) {
    const cue = conditionPhrase(ctx, k);
    if (cue === null) continue;
    // "Just in case, …" and "in the event, Russia held back" (as it turned out) open no clause.
    const next = tokens[k + 1];
    // "participate in the event by invitation": "the event" is a thing unless a clause or "of" follows.
    if (next === undefined || next.pos === 'PUNCT' || (next.pos === 'ADP' && next.lower !== 'of')) continue;
    if (cue === 'in the event' && next.lower !== 'that' && next.lower !== 'of') continue;
    if (next.lower !== 'of') return cue;
    if (!noun || trigger - k > 8) continue;
    let inPhrase = true;
    for (let j = k + 2; j < trigger; j++) if (!NOUN_PHRASE.test(tokens[j]!.pos)) inPhrase = false;
    if (inPhrase) return `${cue} of`;
  }
  return null;
}

export const INVERTING = new Set(['should', 'were', 'had']);

/**
 * "Should Russia invade Ukraine, the West will respond", "Were NATO to attack, …", "Had Kyiv fallen, …": an auxiliary
 * that opens the sentence before its subject states a condition up to the first comma; the trigger is in it. A
 * question ("Should we help Ukraine?") is read as one elsewhere.
 */
export function invertedCondition(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  let first = ctx.sentence.firstToken;
  while (first < trigger && isQuoteMark(tokens[first]!)) first++;
  const opener = tokens[first];
  if (opener === undefined || !INVERTING.has(opener.lower) || opener.text === opener.lower) return null;
  // The subject follows the auxiliary: "Should Russia", "Were they"; not "Had to" nor "Should not".
  const next = tokens[first + 1];
  if (next === undefined || !/^(?:PROPN|NOUN|PRON|DET|ADJ)$/.test(next.pos)) return null;
  for (let k = first + 1; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > trigger ? opener.lower : null;
    if (t.text === ';' || t.text === '.' || t.text === '?') return null;
  }
  return null;
}

/**
 * "… to arm Ukrainian fighters should Russia choose to invade", "sanctions should China offer material support": a
 * lower-case "should" right before an actor and its bare verb inverts a condition inside the sentence, which runs to
 * its next comma; the trigger is in it. Not "Russia should choose", where "should" follows its subject.
 */
export function medialCondition(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k > ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || HARD_STOPS.has(t.text)) return null;
    if (t.text !== 'should') continue;
    const subject = mentionOf(ctx, k + 1);
    if (subject === undefined || subject.endToken > trigger) return null;
    let verb = subject.endToken;
    while (tokens[verb]?.pos === 'ADV') verb++;
    const v = tokens[verb];
    return v !== undefined && v.pos === 'VERB' && isBareForm(v) ? 'should' : null;
  }
  return null;
}

const HARD_STOPS = new Set([';', ':', '.', '?']);

/**
 * "instead of forcing Ukraine to make peace", "rather than negotiating": the act named is the one not taken (adverbs
 * and a determiner aside: "instead of the talks"). Returns the cue, or null.
 */
export function forgoneAct(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = trigger - 1;
  while (k > trigger - 3 && /^(?:ADV|DET)$/.test(tokens[k]?.pos ?? '')) k--;
  const word = tokens[k]?.lower;
  const before = tokens[k - 1]?.lower;
  if (word === 'of' && before === 'instead') return 'instead of';
  if (word === 'than' && before === 'rather') return 'rather than';
  return null;
}

/** Nouns after "no" that assert rather than deny: "no doubt Russia attacked", "make no mistake", "no longer". */
const AFFIRMING = new Set(
  'doubt doubts question matter mistake secret wonder surprise coincidence exaggeration longer less more sooner denying'.split(
    ' ',
  ),
);

/**
 * "No nations from the G-7 are boycotting the summit", "No evidence Putin banned them": "no" at `k` opens a noun
 * phrase that is the trigger's subject, or the claim it depends on, with no verb or comma between.
 */
export function noSubject(ctx: SentenceContext, k: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[k + 1];
  if (tokens[k]!.lower !== 'no' || next === undefined || !/^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)) return false;
  if (AFFIRMING.has(next.lower)) return false;
  // "have no food or water and Ukraine is appealing": "no" after a verb opens its object, not a subject.
  if (tokens[k - 1]?.pos === 'VERB') return false;
  for (let j = k + 1; j < trigger; j++) {
    const t = tokens[j]!;
    // "had no choice but to fight": "but" turns the denial into the one way left.
    if (
      t.pos === 'VERB' ||
      t.text === ',' ||
      t.text === '–' ||
      t.text === '—' ||
      t.lower === 'but' ||
      t.lower === 'and'
    )
      return false;
  }
  return true;
}

/** Verbs whose -ing object is kept from happening, with the word that comes right before the -ing form. */
const AVOIDING: ReadonlyArray<readonly [string, string]> = [
  ['avoid', ''],
  ['refrain', 'from'],
  ['abstain', 'from'],
  ['short', 'of'],
  ['rule', 'out'],
  ['exclude', ''],
];

/**
 * "Russia stopped short of attacking Ukraine", "avoided naming Russia", "refrained from criticising", "ruled out
 * sending troops", "excluded sending troops": the -ing act is not done. Returns the cue and whether the avoiding verb is itself negated ("did not
 * rule out sending troops" leaves the act possible), or null.
 */
export function avoidedAct(ctx: SentenceContext, trigger: number): { cue: string; negated: boolean } | null {
  const tokens = ctx.doc.tokens;
  if (!tokens[trigger]!.lower.endsWith('ing')) return null;
  let k = trigger - 1;
  while (k > ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  for (const [verb, particle] of AVOIDING) {
    const head = particle === '' ? k : k - 1;
    if (particle !== '' && tokens[k]?.lower !== particle) continue;
    const t = tokens[head];
    if (t === undefined || head < ctx.sentence.firstToken || (t.lemma !== verb && t.lower !== verb)) continue;
    let n = head - 1;
    while (n >= ctx.sentence.firstToken && /^(?:AUX|ADV|PART)$/.test(tokens[n]!.pos) && !NOT.has(tokens[n]!.lower)) n--;
    return { cue: particle === '' ? verb : `${verb} ${particle}`, negated: NOT.has(tokens[n]?.lower ?? '') };
  }
  return null;
}

const NOT = new Set(['not', "n't", 'n’t', 'never']);

const PLAN_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions', 'idea']);
const ABANDONING = new Set(['scrap', 'abandon', 'drop', 'shelve', 'cancel', 'deny', 'dismiss', 'ditch']);

/**
 * "Putin scrapped plans to storm the plant", "Russia abandoned its plan to take Kyiv": a plan given up or denied, at
 * `plan`, leaves its act undone. Returns the cue, or null.
 */
export function abandonedPlan(ctx: SentenceContext, plan: number): string | null {
  const tokens = ctx.doc.tokens;
  if (!PLAN_NOUNS.has(tokens[plan]?.lower ?? '')) return null;
  let k = plan - 1;
  while (k > ctx.sentence.firstToken && /^(?:DET|ADJ|PRON)$/.test(tokens[k]!.pos)) k--;
  const verb = tokens[k];
  return verb !== undefined && ABANDONING.has(verb.lemma) ? `${verb.lemma} ${tokens[plan]!.lower}` : null;
}

/**
 * "Putin would not have attacked Ukraine if …", "said Germany would have sent tanks": "would" with a perfect "have"
 * (negators, adverbs and a passive "been" between) before the participle at `trigger` is a counterfactual, what would
 * or would not have happened, neither a reported future nor an act denied.
 */
export function counterfactualPerfect(ctx: SentenceContext, would: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const verb = tokens[trigger]!;
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma || verb.lower.endsWith('ing')) return false;
  let k = would + 1;
  while (k < trigger && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  if (tokens[k]?.lower !== 'have' && tokens[k]?.lower !== "'ve" && tokens[k]?.lower !== '’ve') return false;
  for (k++; k < trigger; k++) if (tokens[k]!.pos !== 'ADV' && tokens[k]!.lower !== 'been') return false;
  return k === trigger;
}
