// Those "also invited to attend the meeting": a readout's list of who took part, no invitation to code.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';
import { beforeBeForm } from './roles.ts';

/** The only words that may follow "invited" to its sentence's end: attending the meeting reported, nothing else. */
const ATTENDING = new Set(['to', 'attend', 'take', 'part', 'participate', 'in', 'the', 'this', 'meeting', 'session']);

/**
 * "Deputy prime ministers …, Moscow Mayor Sergei Sobyanin … were also invited to the meeting.", "… and Gazprom CEO
 * Alexei Miller were invited to attend the meeting.", "… were also invited to take part.": a passive "invited" that
 * ends its sentence with no one inviting and no event but the meeting reported lists those present (the host's own
 * officials, as a rule), which is no appeal or invitation an analyst codes. "Ukraine has been invited to participate
 * in the Three Seas Initiative Summit" names an event of its own, and "was invited … by Charles Michel" an inviter: both
 * stay.
 */
export function attendanceList(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (tokens[i]!.lower !== 'invited' || !beforeBeForm(ctx, i)) return false;
  let k = i + 1;
  while (k < ctx.sentence.endToken && ATTENDING.has(tokens[k]!.lower)) k++;
  // Only the sentence's closing punctuation may be left.
  return k > i + 1 && (k === ctx.sentence.endToken || (k === ctx.sentence.endToken - 1 && tokens[k]!.pos === 'PUNCT'));
}
