// The time of a saying is the time of what it tells: "Pope Francis said in May that Kirill must not become Putin's
// altar boy", "DJI announced in April 2022 it was pulling out of Russia", "Putin said in March that Moscow is ready to
// use nuclear weapons". A month or a year right after a verb of saying (and its addressee: "told Times Radio in May")
// dates the saying, and the act its content reports or the demand or threat it makes was told then: a past month
// gives it no day, like an act "in 2014" (year-dates.ts), not the article's. Only the content clause right after the
// date is reached, up to a comma, and only when the sentence names no other time.
import type { Token } from '../types.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Words of the addressee between the verb and the date: "told Times Radio", "told the BBC", "told reporters". */
const ADDRESSEE_POS = /^(?:PROPN|NOUN|DET|ADJ|PRON)$/;
/** How many words the addressee may have. */
const ADDRESSEE_REACH = 4;

/** Tokens that end the content clause before the trigger, or show another speaker's words. */
const CONTENT_BREAKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '–', '—']);
/** How many words the content may run before the trigger. */
const CONTENT_REACH = 20;

/**
 * The date phrase from `first` to `last` follows a verb of saying in the past (past its addressee), and the trigger is
 * in the clause that the saying reports, right after the date: "said in May that Kirill must …".
 */
export function saidThen(
  tokens: readonly Token[],
  first: number,
  last: number,
  trigger: number,
  start: number,
): boolean {
  if (trigger <= last || trigger - last > CONTENT_REACH || !sayingBefore(tokens, first, start)) return false;
  for (let j = last + 1; j < trigger; j++) if (CONTENT_BREAKS.has(tokens[j]!.text)) return false;
  return true;
}

/** A verb of saying in the past ends right before `first`, or before its addressee: "said", "told Times Radio". */
function sayingBefore(tokens: readonly Token[], first: number, start: number): boolean {
  for (let k = first - 1; k >= Math.max(start, first - 1 - ADDRESSEE_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return SPEECH_VERBS.has(t.lemma) && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
    if (!ADDRESSEE_POS.test(t.pos)) return false;
  }
  return false;
}
