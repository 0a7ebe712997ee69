// Amounts restated in brackets ("$713m (£559m)", "37 million euros ($40m)"): a news convention, an aside that does
// not keep a pattern's words apart (match.ts). So is the amount that measures what is given ("donated hundreds of
// millions of pounds of military aid to Ukraine", "sent billions of dollars of weapons to"): the words of the pattern
// ("donate … to", "send weapons to") stand around it. Not an amount "in" aid ("$500 million in military aid"): the
// patterns name that "in", and the noun after it keeps its kind ("military aid to", 072).
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

/** Words that open or carry an amount: "more than", "an extra", "some", "up to". */
const AMOUNT_LEAD = new Set(
  'more than over about around nearly almost some up to at least an a another extra additional further'.split(' '),
);
/** Words that measure: numbers spelt as nouns, scales, currencies and quantities. */
const MEASURES = new Set(
  `hundreds thousands millions billions tens dozens million billion trillion bn m pounds euros dollars hryvnias
  hryvnia roubles rubles yuan yen francs kroner amount amounts tons tonnes`.split(/\s+/),
);
/** Adjectives of size before "amounts": "large amounts of aid". */
const SIZES = new Set('large huge vast significant substantial considerable record unprecedented'.split(' '));
const MAX_AMOUNT = 9;

/**
 * "hundreds of millions of pounds of", "500 million euros worth of", "large amounts of": the length of the amount
 * opening at `i`, up to and with the "of" before what it measures (a noun or an adjective next), else 0. It must
 * measure (a number or a measure word), so "a number of", "some of" are none.
 */
export function measuredAmount(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined) return 0;
  let measured = false;
  for (let j = i; j < i + MAX_AMOUNT; j++) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence) return 0;
    const word = t.lower;
    const before = tokens[j - 1]?.lower ?? '';
    if (word === 'of' && j > i) {
      if (!measured) return 0;
      if (NUMBER_OF.has(before) && MEASURES.has(tokens[j + 1]?.lower ?? '')) continue;
      const next = tokens[j + 1];
      return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') ? j - i + 1 : 0;
    }
    if (t.pos === 'NUM' || MEASURES.has(word)) measured = true;
    else if (!(
      AMOUNT_LEAD.has(word) ||
      SIZES.has(word) ||
      word === 'worth' ||
      (t.pos === 'SYM' && CURRENCY.test(t.text))
    ))
      return 0;
  }
  return 0;
}

/** Number nouns and scales that "of" joins to the next measure: "hundreds of millions of pounds". */
const NUMBER_OF = new Set('hundreds thousands millions billions tens dozens'.split(' '));
const CURRENCY = /^[$€£¥₴]$/;
