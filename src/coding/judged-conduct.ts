// An actor's conduct judged through a copula: "Lithuania's decision is a gross violation of international law", "the
// actions of NATO are unacceptable", "the US military activity in Ukraine is unacceptable". To call another's act a
// violation, illegal or unacceptable is to criticise its doer (CAMEO 111, PLOVER ACCUSE), as calling the actor so is
// (labels.ts, "Russia is a terrorist state"); who criticises is the speaker or reporter. The doer must own the act
// ("Lithuania's", "the US", "of/by NATO"); the war itself named again ("Russia's invasion was an act of aggression")
// is left alone, as harsh-acts.ts leaves it. Not negated, not in question or in an if-clause.
import type { Mention } from '../types.ts';
import { asked, mentionOf, token, type SentenceContext } from './context.ts';
import { COPULAS, type CopulaLabel } from './labels.ts';
import { NEGATORS } from './lexicon.ts';
import { coordinatedBefore } from './match.ts';

/** Nouns of an actor's conduct, judged in the subject. */
const CONDUCT = new Set([
  ...['actions', 'action', 'acts', 'act', 'decision', 'decisions', 'move', 'moves', 'policy', 'policies'],
  ...['behaviour', 'behavior', 'conduct', 'step', 'steps', 'statement', 'statements', 'attempt', 'attempts'],
  ...['activity', 'activities', 'measures', 'demands', 'claims', 'accusations', 'threats', 'rhetoric', 'sanctions'],
  ...['restrictions', 'annexation', 'recognition', 'deployment', 'expansion', 'interference', 'blockade'],
  ...['seizure', 'referendum', 'referendums', 'ultimatum', 'provocations', 'expulsion', 'ban'],
]);
/** Verdict nouns besides the harsh words: "a gross violation of international law", "a flagrant breach of". */
export const VERDICTS = new Set(['violation', 'breach']);
/** Words between the copula and the verdict: "a gross", "yet another blatant", "absolutely". */
const BEFORE_VERDICT = new Set(['DET', 'ADJ', 'ADV', 'NOUN']);
/** Words between an owner and its conduct noun: "Lithuania's unilateral decision", "the US military activity". */
const MODIFIERS = new Set(['ADJ', 'NOUN']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Nouns of conduct whose "of" names the doer: "the actions of NATO", not "the annexation of Crimea". */
const OF_DOER = new Set([
  ...['actions', 'action', 'acts', 'policy', 'policies', 'behaviour', 'behavior', 'conduct', 'steps', 'decision'],
  ...['decisions', 'statements', 'activity', 'activities', 'attempts', 'rhetoric', 'provocations', 'moves'],
  ...['measures', 'demands', 'claims', 'accusations', 'threats'],
]);
/** What may stand between a conduct noun and "by": "the expulsion of our diplomats by Hungary". */
const BETWEEN_CONDUCT_AND_BY = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'PRON']);
const CONDITIONAL_OPENERS = new Set(['if', 'whether', 'unless']);
/** How many words may stand between the conduct noun and the copula: "the US military activity in Ukraine is". */
const REACH = 4;

export function findJudgedConduct(ctx: SentenceContext, harsh: ReadonlySet<string>): CopulaLabel[] {
  const found: CopulaLabel[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 2; k < ctx.sentence.endToken - 1; k++) {
    if (!COPULAS.has(tokens[k]!.lower) || asked(ctx, k)) continue;
    const verdict = verdictAfter(ctx, k, harsh);
    if (verdict === null) continue;
    let s = k - 1;
    if (/^(?:has|have|had)$/.test(tokens[s]!.lower)) s--;
    while (s > ctx.sentence.firstToken && tokens[s]!.pos === 'ADV' && !NEGATORS.has(tokens[s]!.lower)) s--;
    const owners = ownersOfConduct(ctx, s);
    if (owners === null || CONDITIONAL_OPENERS.has(token(ctx, owners.start - 1)?.lower ?? '')) continue;
    found.push({ trigger: verdict, targets: owners.doers });
  }
  return found;
}

/** The harsh word or verdict noun right after the copula, within its noun phrase; none after a negator. */
function verdictAfter(ctx: SentenceContext, copula: number, harsh: ReadonlySet<string>): number | null {
  for (let j = copula + 1; j < Math.min(ctx.sentence.endToken, copula + 6); j++) {
    const t = ctx.doc.tokens[j]!;
    if (NEGATORS.has(t.lower) || !BEFORE_VERDICT.has(t.pos)) return null;
    if (harsh.has(t.lower) || VERDICTS.has(t.lower)) return j;
  }
  return null;
}

/**
 * The doers of the conduct that ends the subject at `last`: "Lithuania's (unilateral) decision", "the US military
 * activity (in Ukraine)", "the actions of NATO", "the decision by Vilnius". Where the phrase starts, for the if-test.
 */
function ownersOfConduct(ctx: SentenceContext, last: number): { doers: Mention[]; start: number } | null {
  // "the actions of NATO are …": the actor right before the copula, after "of"/"by" after a conduct noun.
  const after = mentionOf(ctx, last);
  if (after !== undefined && after.endToken === last + 1 && after.kind !== 'pronoun') {
    // "the actions of the US and the EU": the list's first name follows the link.
    const doers = coordinatedBefore(ctx, after);
    const link = Math.min(...doers.map((m) => m.firstToken)) - 1;
    const noun = conductBeforeLink(ctx, link);
    if (noun !== null) return { doers, start: noun };
  }
  // "the US military activity in Ukraine is …": the conduct noun a few words before the copula, with a place after it.
  for (let n = last; n >= Math.max(ctx.sentence.firstToken, last - REACH); n--) {
    if (!CONDUCT.has(ctx.doc.tokens[n]!.lower)) continue;
    if (n !== last && !/^(?:in|on|of|against|towards|toward|regarding)$/.test(token(ctx, n + 1)?.lower ?? ''))
      return null;
    const owner = ownerBefore(ctx, n);
    return owner === null ? null : { doers: coordinatedBefore(ctx, owner), start: owner.firstToken };
  }
  return null;
}

/**
 * The conduct noun a doer's "of" or "by" follows: "the actions of NATO", "the expulsion of our diplomats by Hungary".
 * "of" names the doer only after nouns of conduct that take no object ("the annexation of Crimea" names its object).
 */
function conductBeforeLink(ctx: SentenceContext, link: number): number | null {
  const word = token(ctx, link)?.lower ?? '';
  if (word === 'of') return OF_DOER.has(token(ctx, link - 1)?.lower ?? '') ? link - 1 : null;
  if (word !== 'by') return null;
  for (let n = link - 1; n >= Math.max(ctx.sentence.firstToken, link - 5); n--) {
    const t = ctx.doc.tokens[n]!;
    if (CONDUCT.has(t.lower)) return n;
    if (!BETWEEN_CONDUCT_AND_BY.has(t.pos)) return null;
  }
  return null;
}

/** "Lithuania's decision", "the Belarusian regime's behaviour", "the US military activity": the actor owning the noun. */
function ownerBefore(ctx: SentenceContext, noun: number): Mention | null {
  let k = noun - 1;
  while (k > ctx.sentence.firstToken && noun - k <= 2 && mentionOf(ctx, k) === undefined) {
    const t = ctx.doc.tokens[k]!;
    if (!MODIFIERS.has(t.pos) || POSSESSIVE.has(t.text)) break;
    k--;
  }
  if (POSSESSIVE.has(token(ctx, k)?.text ?? '')) k--;
  const owner = mentionOf(ctx, k);
  return owner === undefined || owner.endToken !== k + 1 || owner.kind === 'pronoun' ? null : owner;
}
