// An act told after an opening phrase that names an occasion by a past year: "In the run-up to the 2017 presidential
// election, Le Pen had flown to Moscow", "At the 2019 summit, the leaders signed …", "During the 2008 war, Russia
// bombed Gori". The year on the occasion's noun places the act as surely as "in 2017" would: told in the past, it is
// history, no day, not news of the article's day. (An act in the present, "At the 2019 summit, the leaders agreed on
// a plan that still holds", still tells of now; year-dates.ts decides the tense. "Since the 2014 annexation" opens a
// span, which dates no act.)
import type { Token } from '../types.ts';
import { attributiveYears, mainClauseAct, reducedRelative } from './after-dates.ts';

/** Prepositions of a span, not of a time: "since the 2014 annexation", "from the 2014 coup on". */
const SPAN_WORDS = new Set(['since', 'from', 'until', 'till']);

/**
 * The sentence from `first` opens with a prepositional phrase holding a past year on its noun (attributiveYears, a
 * year before `articleYear`), closed by a comma, and the trigger is the act of the clause after that comma.
 */
export function openingOccasionYear(
  tokens: readonly Token[],
  first: number,
  end: number,
  articleYear: number,
  trigger: number,
): boolean {
  let s = first;
  while (s < end && /^(?:ADV|CCONJ|PUNCT)$/.test(tokens[s]!.pos)) s++;
  const opener = tokens[s];
  if (opener === undefined || opener.pos !== 'ADP' || SPAN_WORDS.has(opener.lower) || s >= trigger) return false;
  for (const y of attributiveYears(tokens, s, trigger, articleYear)) {
    if (!plainPhrase(tokens, s, y)) continue;
    for (let j = y + 1; j < trigger; j++) {
      const t = tokens[j]!;
      if (t.text === ',') return mainClauseAct(tokens, j, trigger);
      if (t.pos === 'PUNCT' || (t.pos === 'VERB' && !reducedRelative(tokens, j))) break;
    }
  }
  return false;
}

/** No verb and no punctuation between the opening preposition and the year: one phrase. */
function plainPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return true;
}
