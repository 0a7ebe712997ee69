// Ceremonial congratulations, no event: "Vladimir Putin congratulated Dina Averina on winning the hoop event at the
// World Championships", "sent a message of greetings to Yevgeny Mironov on his 55th birthday", "congratulated the
// Igor Moiseyev Ensemble on its 85th anniversary", "I congratulate you!". Congratulations whose recipient is no
// political actor the coder knows (an athlete, a choir, a regiment, a birthday person) on a personal, sporting or
// institutional occasion are a head of state's ceremonial, which an analyst of political events codes no more than
// a visit to a museum. Congratulations on a political occasion stay even when the recipient is unknown: an election,
// an appointment or taking office ("congratulated Alan Gagloev on his election as president of South Ossetia" is
// coded by the review set, with no target).
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Trigger words of congratulating and greeting: "congratulated", "message of greetings", "congratulations". */
const CONGRATULATING = /congratulat|greeting/i;

/** Words naming a political occasion of a congratulation. */
const POLITICAL_OCCASIONS = new Set(
  `election elections elected re-election reelection re-elected reelected inauguration inaugurated appointment
  appointed office independence national presidency premiership chancellor`.split(/\s+/),
);

/** The congratulation `event` names no recipient and no political occasion after its trigger. */
function ceremonial(ctx: SentenceContext, event: Event): boolean {
  if (event.target !== null || !event.cameo.startsWith('05') || !CONGRATULATING.test(event.trigger.text)) return false;
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.start >= event.trigger.start && POLITICAL_OCCASIONS.has(t.lower)) return false;
  }
  return true;
}

/** The sentence's events without congratulations that are ceremonial. */
export function withoutCeremonialCongratulations(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => ceremonial(ctx, e)) ? events.filter((e) => !ceremonial(ctx, e)) : events;
}
