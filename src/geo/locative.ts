// Is a place name used as a location? It is when a locative preposition governs it: "in Kyiv", "near Kharkiv",
// "in eastern Ukraine", "in a residential sector of mostly Christian eastern Beirut", "in the Donetsk and Luhansk regions", "at the border with Belarus", "on the outskirts of
// Kyiv", "a visit to Moscow". Walking left from the name over the words a noun phrase can hold (articles,
// adjectives, other names, place nouns, "of"/"with" after a place noun) until a preposition decides.
import type { Token } from '../types.ts';

const LOCATIVE = new Set([
  'in',
  'near',
  'at',
  'outside',
  'inside',
  'around',
  'across',
  'within',
  'throughout',
  'into',
  'along',
  'nearby',
]);

/** Nouns that head a phrase naming a place: "the city of", "the border with", "the outskirts of". */
export const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'port',
  'region',
  'regions',
  'oblast',
  'province',
  'district',
  'area',
  'areas',
  'border',
  'borders',
  'outskirts',
  'suburb',
  'suburbs',
  'territory',
  'territories',
  'part',
  'parts',
  'north',
  'south',
  'east',
  'west',
  'centre',
  'center',
  'frontline',
  'front',
  'soil',
  'streets',
  'residence',
  'settlement',
  'sector',
  'quarter',
  'neighborhood',
  'neighbourhood',
]);

/** Verbs and nouns of going somewhere: "to" after them marks the destination ("a visit to Kyiv"). */
const MOTION = new Set([
  'visit',
  'trip',
  'travel',
  'fly',
  'come',
  'arrive',
  'go',
  'head',
  'return',
  'journey',
  'deploy',
  'send',
  'move',
  'way',
  'tour',
  'relocate',
  'evacuate',
]);

const JOINERS = new Set([',', 'and', 'or', "'s", '’s', '-']);
const SKIP_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);

/** Looks left from token `first` (the first token of a place name) within its sentence, starting at `floor`. */
export function isLocative(tokens: readonly Token[], first: number, floor: number): boolean {
  let afterPlaceNoun = false;
  for (let j = first - 1, steps = 0; j >= floor && steps < 8; j--, steps++) {
    const t = tokens[j];
    if (!t) return false;
    const l = t.lower;
    if (LOCATIVE.has(l)) return true;
    if (l === 'on' && afterPlaceNoun) return true; // "on the outskirts of", "on the border with"
    // "visit Kyiv", "toured Kharkiv": the destination without a preposition.
    if (steps === 0 && (t.lemma === 'visit' || t.lemma === 'tour')) return true;
    if (l === 'to') {
      const before = tokens[j - 1];
      const twoBefore = tokens[j - 2];
      return (
        (before !== undefined && j - 1 >= floor && MOTION.has(before.lemma)) ||
        (twoBefore !== undefined && j - 2 >= floor && MOTION.has(twoBefore.lemma) && before?.pos === 'ADJ')
      );
    }
    if (l === 'of' || l === 'with') {
      const head = tokens[j - 1];
      if (head === undefined || j - 1 < floor) return false;
      if (l === 'of' && (head.lower === 'outside' || head.lower === 'inside')) return true; // "outside of Basra"
      if (!PLACE_NOUNS.has(head.lower)) return false;
      continue;
    }
    if (PLACE_NOUNS.has(l)) {
      afterPlaceNoun = true;
      continue;
    }
    if (JOINERS.has(l) || SKIP_POS.has(t.pos)) continue;
    // "in mostly Christian eastern Beirut": an adverb grading an adjective of the phrase.
    if (t.pos === 'ADV' && /^(?:ADJ|PROPN)$/.test(tokens[j + 1]?.pos ?? '')) continue;
    return false;
  }
  return false;
}
