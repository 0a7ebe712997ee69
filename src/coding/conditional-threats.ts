// A condition first, then a coercive act announced as its consequence: "If Russia invades Ukraine, the United States
// will impose severe sanctions on Moscow", "Should Kyiv attack Donbas, Russia would strike back at Ukraine". Saying
// now what one will do to another on a condition is a threat (CAMEO 13, PLOVER THREATEN), made now and so asserted;
// the act itself stays hypothetical, as the coder reads it from the "if" (the review rules code both). Whom it
// threatens is the act's target, else the doer of the condition ("If Kyiv attacks, Russia will impose sanctions"
// threatens Kyiv). An act announced before its condition ("will launch military action against Ukraine if …") is
// recoded to a threat where it is matched (index.ts); here the condition comes first.
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { FUTURE, NEGATORS } from './lexicon.ts';
import type { Match } from './match.ts';
import { threatCode } from './recode.ts';
import { subjectOf } from './roles.ts';

export interface ConditionalThreat {
  /** The act's trigger ("impose"). */
  readonly trigger: number;
  readonly code: string;
  /** Who will act: the subject of the main clause. */
  readonly sources: readonly Mention[];
  /** Who is threatened: the act's target, else the condition's doer. */
  readonly targets: readonly Mention[];
}

/** Force, sanctions and coercion (CAMEO 15–20): acts one threatens others with. */
const COERCIVE = /^(?:15|16|17|18|19|20)/;
/** Words that open a condition clause: "If Russia invades", "Unless Kyiv stops", "Should NATO expand". */
export const OPENERS = new Set(['if', 'unless', 'should']);
/** Words a condition clause may follow at the start of a clause: "…, Biden said that if Russia invades, …". */
const CLAUSE_LEAD = new Set(['that', 'but', 'and', 'so', 'then', ',', ';', ':', '—', '–']);
/** "If Donbas falls, he believes, Putin will target Kyiv": a belief or forecast about another's act is no threat. */
const OPINION = new Set([
  'believe',
  'think',
  'expect',
  'predict',
  'suspect',
  'fear',
  'assume',
  'guess',
  'estimate',
  'forecast',
]);
/** "would" and "'d" announce a consequence as surely as "will" after a condition. */
const CONSEQUENCE = new Set(['would', "'d", '’d']);

export function findConditionalThreats(ctx: SentenceContext, matches: readonly Match[]): ConditionalThreat[] {
  const found: ConditionalThreat[] = [];
  for (const match of matches) {
    if (!COERCIVE.test(match.pattern.code)) continue;
    const condition = conditionBefore(ctx, match.trigger);
    if (condition === null || !announcedConsequence(ctx, condition.comma, match.trigger)) continue;
    if (opinionBetween(ctx, condition.opener, match.trigger)) continue;
    const sources = subjectOf(ctx, match.trigger).filter((m) => m.firstToken > condition.comma);
    if (sources.length === 0) continue;
    // A deployment's target is where the forces go ("will deploy missiles in Belarus"), not whom they threaten.
    const placed = match.pattern.code.startsWith('15');
    const targets =
      match.targets.length > 0 && !placed ? match.targets : conditionDoers(ctx, condition.opener, condition.comma);
    found.push({ trigger: match.trigger, code: threatCode(match.pattern.code) ?? '130', sources, targets });
  }
  return found;
}

function opinionBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (OPINION.has(ctx.doc.tokens[k]!.lemma)) return true;
  return false;
}

/**
 * The condition clause before the trigger: its opener ("if" at the start of a clause) and the comma that closes it,
 * with no other condition between that comma and the trigger.
 */
function conditionBefore(ctx: SentenceContext, trigger: number): { opener: number; comma: number } | null {
  let comma = -1;
  for (let k = trigger - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (OPENERS.has(t.lower)) {
      if (comma < 0 || !clauseInitial(ctx, k)) return null;
      // "Should" opens a condition only inverted, before its subject: "Should Russia attack, …".
      if (t.lower === 'should' && mentionOf(ctx, k + 1) === undefined && token(ctx, k + 1)?.pos !== 'DET') return null;
      return { opener: k, comma };
    }
    if (t.text === ',' && comma < 0) comma = k;
  }
  return null;
}

function clauseInitial(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  while (token(ctx, j) !== undefined && isQuoteMark(token(ctx, j)!)) j--;
  const before = token(ctx, j);
  return before === undefined || CLAUSE_LEAD.has(before.lower);
}

/** The main clause's verb group before the trigger says "will" or "would", not negated and not "would have". */
function announcedConsequence(ctx: SentenceContext, comma: number, trigger: number): boolean {
  let future = false;
  for (let k = trigger - 1; k > comma && k >= trigger - 5; k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower) || t.lemma === 'have') return false;
    if (FUTURE.has(t.lower) || CONSEQUENCE.has(t.lower)) future = true;
    else if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && t.lower !== 'to' && t.lower !== 'be') break;
  }
  return future;
}

/** "If Russia attacks Ukraine, NATO will respond": the doers of a condition clause before `trigger`, if any. */
export function conditionDoersBefore(ctx: SentenceContext, trigger: number): Mention[] {
  const condition = conditionBefore(ctx, trigger);
  return condition === null ? [] : conditionDoers(ctx, condition.opener, condition.comma);
}

/**
 * The doers of the condition: the subject of its first verb ("If Kyiv attacks Donbas" → Kyiv), else the actor that
 * opens it (the tagger reads "attacks" in "If Kyiv attacks Donbas" as a noun).
 */
function conditionDoers(ctx: SentenceContext, opener: number, comma: number): Mention[] {
  for (let k = opener + 1; k < comma; k++) {
    if (ctx.doc.tokens[k]!.pos === 'VERB') return subjectOf(ctx, k).filter((m) => m.firstToken > opener);
  }
  let k = opener + 1;
  while (token(ctx, k)?.pos === 'DET') k++;
  const first = mentionOf(ctx, k);
  return first !== undefined && first.endToken <= comma ? [first] : [];
}
