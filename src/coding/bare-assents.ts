// A one-word assent in a transcript, no event: "Vladimir Putin: Agreed.", "Accepted.", "Agreed, I will sign it." A
// verbless "Agreed" or "Accepted" that opens a turn answers the last speaker's proposal in a working meeting; it
// names no side agreed with and no matter agreed on, so an analyst codes no agreement (CAMEO 030). "We agreed to …",
// "Russia accepted the proposal" and an assent to a named side stay.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** The assenting words. */
const ASSENTS = new Set(['agreed', 'accepted']);

/** The agreement at `match` is a bare "Agreed." or "Accepted." opening a turn, with no side named: no event. */
export function bareAssent(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (!match.pattern.code.startsWith('03') || targets.length > 0) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (!ASSENTS.has(tokens[i]!.lower)) return false;
  const opens = i === ctx.sentence.firstToken || tokens[i - 1]!.text === ':';
  const after = tokens[i + 1];
  return opens && (i + 1 >= ctx.sentence.endToken || after?.pos === 'PUNCT');
}
