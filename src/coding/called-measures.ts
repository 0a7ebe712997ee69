// "called for tougher sanctions against Russia", "pushed for an embargo on Russian energy": a call for measures
// against an actor is coded as disapproval of it (110, dictionaries/verbs/11-disapprove.txt), since the actor is
// what the measures would hit, not whom the call asks. The measures themselves are a second event, not done: a
// sanction on that actor by no one named (whoever is to impose it), hypothetical, as the threatened act of a threat
// is (threatened-acts.ts).
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** The note ending the rule of the measures' event. */
const CALLED_MEASURE = ' → measures called for';

/** The rule of the measures a call with `rule` names. */
export const calledMeasureRule = (rule: string): string => rule + CALLED_MEASURE;

/** Words of a pattern that name sanctions (163) as what is called for. */
const SANCTIONS = new Set(['sanction', 'sanctions', 'embargo', 'embargoes']);

/** 163 when the match is a call for sanctions against its target (a 110 pattern with such a word), else null. */
export function calledMeasureCode(ctx: SentenceContext, match: Match, code: string): string | null {
  if (code !== '110' || match.pattern.code !== '110') return null;
  return match.literals.some((k) => SANCTIONS.has(ctx.doc.tokens[k]!.lower)) ? '163' : null;
}
