// Meetings with someone who is none of the sides: "the leaders will meet with media representatives", "Putin and
// Lukashenko met with cosmodrome employees", and the reception a thing meets ("we hope our proposals will meet with
// the support of our partners"). A bare "meet with" / "talk with" reads its subjects as meeting each other; here
// they met the press or a crowd, or nobody at all, so no consultation between sides is told.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Heads of a "with" phrase that name no side: the press, a workforce or crowd, or a thing's reception. */
export const NON_PARTIES = new Set(
  'media press journalists reporters correspondents employees workers staff students residents pupils support approval understanding resistance criticism opposition'.split(
    ' ',
  ),
);
/** How far the noun phrase after "with" may run to its head ("with representatives of the media"). */
const REACH = 5;

/** A bare consultation (040–046 with no target slot) whose "with" phrase names no side before its head above. */
export function nonPartyMeeting(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.id.endsWith('(bare)') || !match.pattern.code.startsWith('04')) return false;
  const tokens = ctx.doc.tokens;
  if (tokens[match.end]?.lower !== 'with') return false;
  const stop = Math.min(ctx.sentence.endToken, match.end + 1 + REACH);
  for (let k = match.end + 1; k < stop; k++) {
    if (ctx.mentionAt[k]! >= 0 || !/^(?:DET|ADJ|NOUN|PROPN|ADP|NUM)$/.test(tokens[k]!.pos)) return false;
    if (NON_PARTIES.has(tokens[k]!.lower)) return true;
  }
  return false;
}
