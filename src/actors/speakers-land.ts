// "The occupiers are shelling our cities", "the war Russia launched against our country", in Zelenskyy's address;
// "NATO will be capable of striking at our territory", in Putin's speech; "his visit to our country": "our" before the
// country itself or before its places (its cities, towns, land, infrastructure, borders) is the state of whoever says
// it, as "our army" is (speakers-own.ts): inside a quotation or a transcript's turn the speaker's, outside every
// quotation the voice the headline names (or the presidency that publishes the text). Only a singular "our country" (the plural "our countries" is the speaker's
// state and the partner's), only a noun that heads its phrase ("our border troops" are troops), not one before "of"
// ("our land of lakes"), and only where the speaker has a state. A single speaker's "my country" is the state too, and
// so is an "us" aimed at ("the war Russia launched against us", "fired at us"). Such a mention only says what an act is
// done to (src/coding/speakers-land-roles.ts keeps it from standing for a doer, and salientSides leaves it out).
import type { Actor, Doc, Mention, Quote } from '../types.ts';
import type { ActorRegistry } from './registry.ts';
import { insertMentions } from './insert-mentions.ts';
import { quoteAt, speakerStates } from './speakers-own.ts';

/** Nouns that name the speaker's state as a whole. */
const STATE_NOUNS: ReadonlySet<string> = new Set([
  'country',
  'state',
  'land',
  'homeland',
  'motherland',
  'territory',
  'soil',
]);

/** Nouns of the state's places and what stands on them. */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'cities',
  'towns',
  'villages',
  'settlements',
  'regions',
  'communities',
  'infrastructure',
  'ports',
  'border',
  'borders',
]);

const landNoun = (word: string): boolean => STATE_NOUNS.has(word) || PLACE_NOUNS.has(word);

/** "our" and a single speaker's "my": "support for my country" is the speaker's state as "our country" is. */
const OWNERS: ReadonlySet<string> = new Set(['our', 'my']);
/** A single speaker's "my" makes only the state itself the speaker's ("my cities" is rare and may be a mayor's). */
const ownNoun = (owner: string, noun: string): boolean => (owner === 'my' ? STATE_NOUNS.has(noun) : landNoun(noun));

/** Prepositions that aim an act at an object "us": "war against us", "attacks on us", "fired at us". */
const HOSTILE_LEADS: ReadonlySet<string> = new Set(['against', 'on', 'at', 'toward', 'towards']);

/**
 * Prepositions that lead from an act to its object: "war on our country", "aggression against our state", "visit to
 * our country", "fired missiles at our cities", "shelling of our territory". An object right after a verb ("blocked
 * our ports", "protect our state") is left, inside a quotation, to the coder, which reads it with the pattern's own
 * words and the quotation's speaker (src/coding/persons.ts, ourCountry); "in our country" says where, not to whom.
 */
const LEADS_TO: ReadonlySet<string> = new Set([
  'at',
  'on',
  'against',
  'to',
  'of',
  'for',
  'into',
  'near',
  'toward',
  'towards',
]);

/** Words of a number or share before "of our …". */
const QUANTITY = /^(?:one|some|many|most|all|each|any|several|dozens|hundreds|thousands|\d[\d,]*)$/;

/** Words that may stand between "our" and the noun: "our peaceful cities", "our port infrastructure". */
const MODIFIER = /^(?:ADJ|NOUN|PROPN)$/;
/** At most this many modifiers: "our critical energy infrastructure". */
const MAX_MODIFIERS = 2;
/** What after the noun makes it a modifier or a part of something else: "our border troops", "our land of lakes". */
const NOT_HEAD = /^(?:NOUN|PROPN)$/;

/** Whether an actor is a speaker's "our country", "my country", "our cities" or "us" (this module's mentions). */
export function isSpeakersLand(actor: Actor | null): boolean {
  return actor !== null && actor.id === null && actor.sector === null && /^(?:(?:our|my)\s|us$)/i.test(actor.text);
}

/** The mentions with each "our" + country or place of a speaker with a state added, in text order. */
export function withSpeakersLand(
  doc: Doc,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  reg: ActorRegistry,
): Mention[] {
  const { tokens } = doc;
  const speakerState = speakerStates(doc, quotes, reg);
  const added: Mention[] = [];
  let m = 0;
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
      const word = tokens[i]!.lower;
      const lead = tokens[i - 1]?.lower ?? '';
      // "the war Russia launched against us", "attacks on us": an object "us" after a hostile preposition is the
      // speaker's country as "our country" is ("to us", "for us", "of us" may be a recipient, a beneficiary or a part).
      // Outside every quotation the coder has no speaker for a direct object ("Russia keeps shelling our
      // cities", "they will support us", in a presidency's own release): the text's voice says it.
      const direct =
        tokens[i - 1]?.pos === 'VERB' && i > sentence.firstToken && quoteAt(quotes, tokens[i]!.start) === undefined;
      const us = word === 'us' && (HOSTILE_LEADS.has(lead) || direct) && i > sentence.firstToken;
      if (!us && (!OWNERS.has(word) || !(LEADS_TO.has(lead) || direct))) continue;
      // "one of our southern cities", "dozens of our cities": a part of them, whose words the coder reads itself.
      if (lead === 'of' && QUANTITY.test(tokens[i - 2]?.lower ?? '')) continue;
      let k = us ? i : i + 1;
      while (!us && k < sentence.endToken && k - i - 1 < MAX_MODIFIERS && !landNoun(tokens[k]!.lower)) {
        if (!MODIFIER.test(tokens[k]!.pos)) break;
        k++;
      }
      const head = tokens[k];
      if (head === undefined || k >= sentence.endToken || !(us || ownNoun(word, head.lower))) continue;
      const next = tokens[k + 1];
      if (
        !us &&
        next !== undefined &&
        next.sentence === sentence.index &&
        (next.lower === 'of' || NOT_HEAD.test(next.pos))
      )
        continue;
      const start = tokens[i]!.start;
      const end = head.end;
      while (m < mentions.length && mentions[m]!.end <= start) m++;
      // Anything the scan or the speaker's "our army" found there stays.
      if (m < mentions.length && mentions[m]!.start < end) continue;
      const state = speakerState(start);
      if (state === undefined || state.country === null) continue;
      added.push({
        actor: {
          text: doc.article.text.slice(start, end),
          name: state.name,
          code: state.country,
          country: state.country,
          sector: null,
          type: us || STATE_NOUNS.has(head.lower) ? 'state' : 'region',
          id: null,
        },
        kind: 'nominal',
        sentence: sentence.index,
        firstToken: i,
        endToken: k + 1,
        start,
        end,
        antecedent: null,
      });
      i = k;
    }
  }
  return insertMentions(mentions, added);
}
