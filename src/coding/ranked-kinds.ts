// "Hungary was the first European country to recognise the certificates", "Lithuania became the first EU member to
// expel the ambassador", "India is the only other Asian nation that abstained, refusing to condemn": an actor that only
// qualifies the kind in "the first/only/last … KIND to VERB" names the class the subject is ranked in, not the one who
// acts. The doer is the subject of the copula before it.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';

/** Words that rank the subject among a kind: "the first country to", "the only state to", "the latest member to". */
const RANKS = new Set(['first', 'second', 'third', 'last', 'only', 'latest', 'next']);

/**
 * Kinds of states and bodies. A kind of person keeps its qualifier as the person's own side: "the first Ukrainian
 * woman to lead an artillery unit" is Ukrainian.
 */
const STATE_KINDS = new Set(
  'country countries state states nation nations member members government governments ally allies partner partners democracy power'.split(
    ' ',
  ),
);

/**
 * `m` stands between a rank word ("the first", "the only major") and the common noun of a kind of state or body that
 * a to-infinitive follows ("European country to", "EU member state to"): it qualifies the kind.
 */
export function rankedKindModifier(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'ADJ' && !RANKS.has(token(ctx, k)!.lower)) k--;
  if (!RANKS.has(token(ctx, k)?.lower ?? '') || token(ctx, k - 1)?.lower !== 'the') return false;
  let j = m.endToken;
  while (token(ctx, j)?.pos === 'NOUN' && mentionOf(ctx, j) === undefined) j++;
  return j > m.endToken && STATE_KINDS.has(token(ctx, j - 1)!.lower) && describesKind(ctx, j);
}

/** Words that open a relative clause describing the kind: "the only Asian nation that abstained". */
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * At `j`, right after the kind's noun, what the ranking says of it: a to-infinitive ("country to", "country not to"),
 * a relative clause ("nation that has taken"), or a participle, with or without a comma ("country refusing",
 * "nation, refusing").
 */
function describesKind(ctx: SentenceContext, j: number): boolean {
  const next = token(ctx, j);
  if (next === undefined) return false;
  if (next.lower === 'to' || RELATIVES.has(next.lower)) return true;
  if (next.lower === 'not' && token(ctx, j + 1)?.lower === 'to') return true;
  const verb = next.text === ',' ? token(ctx, j + 1) : next;
  return verb?.pos === 'VERB' && verb.lower.endsWith('ing');
}
