// A side helping itself, no event: "volunteers who left their peaceful life to help the Ukrainian army", "the
// frontline, doing everything to help Ukraine win", "weapons transferred to the units of the Armed Forces of Ukraine",
// "Russian supply lines support Russian forces", "we have given 50 Aeroflot aircraft to Rossiya". Aid (07) and
// support (050–052) given by one part of a state to that state, its forces or its people is how a country carries
// its own war or economy; an analyst of conflict and cooperation between political actors codes none of it.
// domestic-routine.ts keeps aid between a state's own actors because such a dyad is more often a misread doer
// ("thanked the government and people of Finland for their support" read as Ukraine's own): here a sentence naming an
// actor of another country keeps the event for that reason, and support for a government stays (the review sets code
// "the majority of the population supports the authorities").
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Aid of any kind; support, as an act of supporting or helping (not thanks, praise or signing). */
const AID = /^07/;
const SUPPORT = /^05[0-2]/;
const SUPPORTING_WORD = /^(?:support|back|help|assist|aid)/i;

/** Sectors of a state's own politics in dispute with its government: acts towards them are domestic politics. */
const CONTESTED = new Set(['OPP', 'REB', 'INS', 'PTY', 'SEP', 'RAD']);

/** Targets of support that make it a dyad even at home: the government, parliament, courts and parties. */
const POLITICAL = new Set(['GOV', 'LEG', 'JUD', 'ELI', ...CONTESTED]);

/** Words naming helpers from abroad that no actor mention stands for: "The world supports our defenders". */
const OUTSIDE_HELPERS =
  /\b(?:world|partners?|allies|ally|friends|countries|nations|states|donors|guarantors?|west|western|foreign|international)\b/i;

/**
 * The sentence names an actor of no country or of a country other than `country` (another state, the EU, a fund), or
 * helpers from abroad ("the partner cities of our state, which help our army"): the doer may be one of them, misread.
 */
function namesOtherSide(ctx: SentenceContext, country: string): boolean {
  if (OUTSIDE_HELPERS.test(ctx.sentence.text)) return true;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const m = ctx.mentionAt[k] ?? -1;
    if (m >= 0 && ctx.mentions[m]!.actor.country !== country) return true;
  }
  return false;
}

/**
 * "Our gratitude to the Armed Forces of Ukraine!", "a person who supports our defenders every day", "business
 * representatives supported citizens and the military": support or aid with no doer named, told as given to a
 * state's armed forces in a sentence that names no other side, is that state's own people behind their army
 * (own-forces.ts reads "our defenders" with a first-person doer).
 */
function unsourcedOwnForces(ctx: SentenceContext, event: Event): boolean {
  const { target } = event;
  // Asked for or planned ("The first is to provide substantial assistance to the Ukrainian military"), it is mostly
  // aid sought from abroad.
  if (
    event.modality !== 'asserted' ||
    event.source !== null ||
    target === null ||
    target.sector !== 'MIL' ||
    target.country === null
  )
    return false;
  if (!AID.test(event.cameo) && !SUPPORT.test(event.cameo)) return false;
  return !namesOtherSide(ctx, target.country);
}

function ownSideHelp(ctx: SentenceContext, event: Event): boolean {
  if (unsourcedOwnForces(ctx, event)) return true;
  const { source, target } = event;
  if (source === null || target === null || source.country === null || target.country !== source.country) return false;
  if (!AID.test(event.cameo) && !(SUPPORT.test(event.cameo) && SUPPORTING_WORD.test(event.trigger.text))) return false;
  const excluded = AID.test(event.cameo) ? CONTESTED : POLITICAL;
  if (excluded.has(target.sector ?? '') || CONTESTED.has(source.sector ?? '')) return false;
  return !namesOtherSide(ctx, source.country);
}

/** The sentence's events without a side's aid or support to its own state, forces or people. */
export function withoutOwnSideAid(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => ownSideHelp(ctx, e)) ? events.filter((e) => !ownSideHelp(ctx, e)) : events;
}
