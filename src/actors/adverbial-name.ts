// A name after a preposition of place or time opens an adverbial, not a person in apposition: "On Cosmonautics
// Day, the President of Russia …" and "a hospital in Nizhny Tagil, the President promised …" name the President;
// the capitalised words before the comma are a day and a town, not a person whose title follows.
import type { Token } from '../types.ts';

/** Prepositions of place or time in any case ("in Nizhny Tagil", "during Victory Day"). */
const PLACE_OR_TIME = new Set(['in', 'during', 'since']);
/** Prepositions that open a place or time only at the start of a sentence: "On Cosmonautics Day", "At Zhytomyr";
 * inside one they take persons too ("called on Joe Smith, the envoy, to …", "aimed at Jane Doe, the minister"). */
const OPENING_PLACE_OR_TIME = new Set(['On', 'At', 'After', 'Before']);

/** The token before a name is a preposition that makes the name a place or a time. */
export function placeOrTimeBefore(prev: Token | undefined): boolean {
  if (prev === undefined || prev.pos !== 'ADP') return false;
  return PLACE_OR_TIME.has(prev.lower) || OPENING_PLACE_OR_TIME.has(prev.text);
}
