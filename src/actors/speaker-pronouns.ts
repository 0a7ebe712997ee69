// "And he promptly raped his cellmate", in Vladimir Putin's answer; "He attacked us," Zelensky said: in a speaker's
// own words (a quotation, a transcript's turn, an address) the speaker is "I", never "he" or "she". Coreference runs
// before the quotes are found and may take the turn's label or the quotation's speaker as the nearest person before
// a "he"; once quotes are known, such a pronoun is left unresolved (no actor is better than the wrong one).
import type { Actor, Mention, Quote } from '../types.ts';
import { quoteAt } from './speakers-own.ts';

const THIRD_PERSON = /^(?:he|him|his|himself|she|her|hers|herself)$/i;
/** Opens with no small letter. Here, not in the callback: tsx compiles a `\p{…}` literal to a `new RegExp` per call. */
const NO_SMALL_FIRST = /^\P{Ll}/u;

/** The mentions without third-person pronouns that a quotation's speaker was taken for inside that quotation. */
export function withoutSpeakerAsThirdPerson(mentions: readonly Mention[], quotes: readonly Quote[]): Mention[] {
  if (quotes.length === 0) return [...mentions];
  const dropped = new Set<number>();
  mentions.forEach((m, k) => {
    if (m.kind !== 'pronoun' || !THIRD_PERSON.test(m.actor.text)) return;
    const quote = quoteAt(quotes, m.start);
    // A fragment woven into reported speech speaks of the speaker in the third person: Zelensky said Russia "wanted
    // to kill him". Only quotations that open as sentences do (and turns and addresses, which always do).
    if (quote?.speaker == null || !NO_SMALL_FIRST.test(quote.text)) return;
    if (sameActor(quote.speaker, m.actor)) dropped.add(k);
  });
  if (dropped.size === 0) return [...mentions];
  const moved: number[] = [];
  const kept: Mention[] = [];
  mentions.forEach((m, k) => {
    moved.push(dropped.has(k) ? -1 : kept.length);
    if (!dropped.has(k)) kept.push(m);
  });
  return kept.map((m) => {
    if (m.antecedent === null) return m;
    const to = moved[m.antecedent]!;
    return { ...m, antecedent: to < 0 ? null : to };
  });
}

function sameActor(a: Actor, b: Actor): boolean {
  return a.id !== null && b.id !== null ? a.id === b.id : a.code === b.code && a.name === b.name;
}
