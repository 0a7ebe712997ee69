// Vocatives: "Mr Lukashenko, thank you for coming", "Dear Prime Minister Bennett, thank you very much for your
// support", "President of Russia Vladimir Putin: Mr Rahmon, I am glad to see you". A person named at the opening of
// a sentence (or of a transcript turn, after its label's colon) and set off by a comma before the speaker's own
// clause is the one spoken to: the "you" of that clause, never its subject. So is a person named right after "you"
// and its comma at the end of the clause: "We fully support you, Mr President."
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';

/** Words that open the speaker's clause after a vocative's comma. */
const CLAUSE_OPENERS = new Set(['i', 'we', 'thank', 'thanks', 'let', 'please', 'first', 'once', 'allow', 'welcome']);
/** How far into a sentence a turn label's colon may stand. */
const LABEL_REACH = 25;

/** The person addressed at the opening of the sentence holding the word at `i`, before `i`; else null. */
export function vocativeBefore(ctx: SentenceContext, i: number): Mention | null {
  const k = openingWord(ctx, i);
  const m = mentionOf(ctx, k);
  if (m === undefined || m.firstToken !== k || m.actor.type !== 'person' || m.kind === 'pronoun') return null;
  const comma = m.endToken;
  if (token(ctx, comma)?.text !== ',' || comma >= i) return null;
  // "Juri Ratas, chairman of the Estonian parliament, said": a verb right after the comma has the name as its subject.
  return CLAUSE_OPENERS.has(token(ctx, comma + 1)!.lower) ? m : null;
}

/** Marks that close the clause a trailing vocative ends. */
const CLAUSE_CLOSERS = new Set(['.', '!', '?', ',', ';', '…']);

/**
 * "We fully support you, Mr Tokayev.": the person named after the comma that follows the "you" at `you`, when the
 * name ends the clause; else null.
 */
export function vocativeAfter(ctx: SentenceContext, you: number): Mention | null {
  if (token(ctx, you + 1)?.text !== ',') return null;
  const m = mentionOf(ctx, you + 2);
  if (m === undefined || m.firstToken !== you + 2 || m.actor.type !== 'person' || m.kind === 'pronoun') return null;
  const after = token(ctx, m.endToken);
  return m.endToken >= ctx.sentence.endToken || (after !== undefined && CLAUSE_CLOSERS.has(after.text)) ? m : null;
}

/** Words that open a vocative to many: "Colleagues,", "Dear friends,", "Ladies and gentlemen,". */
const PLURAL_VOCATIVES = new Set(['colleagues', 'friends', 'ladies', 'comrades', 'heads', 'participants', 'delegates']);

/**
 * "Emomali Rahmon: Colleagues, first of all, I would like to congratulate you …": a sentence (or a turn, after its
 * label's colon) opening with a vocative to many speaks to all of them, not to the last speaker alone.
 */
export function pluralVocativeBefore(ctx: SentenceContext, i: number): boolean {
  const k = openingWord(ctx, i);
  if (!PLURAL_VOCATIVES.has(token(ctx, k)?.lower ?? '')) return false;
  // The vocative runs to a comma before the trigger: "Heads of delegations, Mr Secretary General, Thank you".
  for (let c = k + 1; c < i; c++) if (token(ctx, c)!.text === ',') return true;
  return false;
}

/**
 * The sentence's first word before `i` that may address someone: after a turn label's colon ("Emomali Rahmon:"),
 * opening quote marks and punctuation, and a "dear".
 */
function openingWord(ctx: SentenceContext, i: number): number {
  let k = ctx.sentence.firstToken;
  const reach = Math.min(i, k + LABEL_REACH);
  for (let c = k; c < reach; c++)
    if (token(ctx, c)!.text === ':' || token(ctx, c)!.text === '):') {
      k = c + 1;
      break;
    }
  while (k < i && (isQuoteMark(token(ctx, k)!) || token(ctx, k)!.pos === 'PUNCT')) k++;
  if (token(ctx, k)?.lower === 'dear') k++;
  return k;
}
