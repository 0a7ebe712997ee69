// "Lukashenko will launch military action against Ukraine if …", "Moscow said it would halt gas deliveries to
// Poland": an act its doer announces as a threat is coded THREATEN 13x (recode.ts, conditionalForce in index.ts).
// The act itself is named by its own verb too, and is a second event, not done: the threatened attack or cut-off,
// hypothetical (eval/README.md: "The threatened act, when it has its own verb, is a second event in
// `hypothetical`"). Only with both sides named: a threat with no one named on either side is mostly resolve ("we will
// fight until …", "ready to fight") or a misread act, whose hypothetical twin would add nothing a reader can use. A
// pattern coded as a threat in the dictionary ("threaten to …") names no act of its own.
import type { Actor, Event } from '../types.ts';

/** The note ending the rule of a threatened act's event. */
const THREATENED_ACT = ' → threatened act';

/** The rule of the threatened act a threat made with `rule` names. */
export const threatenedActRule = (rule: string): string => rule + THREATENED_ACT;

/**
 * A threatened act, which tells whom a side threatens, not whom it fights: it does not decide the state a doer fights
 * in the article (src/coding/victims.ts), as the threat itself (13x, no act of force) did not.
 */
export const isThreatenedAct = (event: Event): boolean => event.rule.endsWith(THREATENED_ACT);

/** The code of the act a match recoded as a threat names, or null when there is none to add. */
export function threatenedActCode(
  patternCode: string,
  codedAs: string,
  source: Actor | null,
  target: Actor | null,
): string | null {
  if (source === null || target === null) return null;
  return codedAs.startsWith('13') && !patternCode.startsWith('13') ? patternCode : null;
}
