// Amounts restated in brackets ("$713m (£559m)", "37 million euros ($40m)"): a news convention, an aside that does
// not keep a pattern's words apart (match.ts).
import type { Token } from '../types.ts';

/** Tags inside a bracketed amount: "(£559m)", "($40m)", "(about $24 million)". */
const AMOUNT_POS = new Set(['NUM', 'SYM', 'NOUN', 'ADV', 'ADP']);
const MAX_INSIDE = 6;

/**
 * "allocate an extra $713m (£559m) of military aid to Ukraine": the length of the bracketed amount opening at `i`,
 * brackets included (at most six words inside, a number among them), else 0.
 */
export function bracketedAmount(tokens: readonly Token[], i: number): number {
  const open = tokens[i];
  if (open?.text !== '(') return 0;
  let number = false;
  for (let j = i + 1; j <= i + MAX_INSIDE + 1; j++) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== open.sentence) return 0;
    if (t.text === ')') return number ? j - i + 1 : 0;
    if (!AMOUNT_POS.has(t.pos)) return 0;
    if (t.pos === 'NUM') number = true;
  }
  return 0;
}
