// Ceremonial congratulations, no event: "Vladimir Putin congratulated Dina Averina on winning the hoop event at the
// World Championships", "sent a message of greetings to Yevgeny Mironov on his 55th birthday", "congratulated the
// Igor Moiseyev Ensemble on its 85th anniversary", "I congratulate you!". Congratulations whose recipient is no
// political actor the coder knows (an athlete, a choir, a regiment, a birthday person) on a personal, sporting or
// institutional occasion are a head of state's ceremonial, which an analyst of political events codes no more than
// a visit to a museum. Congratulations on a political occasion stay even when the recipient is unknown: an election,
// an appointment or taking office ("congratulated Alan Gagloev on his election as president of South Ossetia" is
// coded by the review set, with no target). A congratulation or greeting named right after the trigger is one too:
// "I offer my heartfelt congratulations to the winners of this award", "I want to thank and congratulate our colleagues
// in the regions", "thanked for the warm greeting"; an "executive office" is a body, not the office taken (session 28).
// Condolences to no actor on a private death are the same ceremonial: "offered his condolences to the family of film
// director Vladimir Naumov on his passing", "on the death of People's Artist Leonid Kuravlev"; not those over the
// victims of an attack or a disaster, whose state an analyst codes as the target when it is known.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Trigger words of congratulating and greeting: "congratulated", "message of greetings", "congratulations". */
const CONGRATULATING = /congratulat|greeting/i;

/** Words naming a political occasion of a congratulation ("office" only when taken: TAKING_OFFICE). */
const POLITICAL_OCCASIONS = new Set(
  `election elections elected re-election reelection re-elected reelected inauguration inaugurated appointment
  appointed independence national presidency premiership chancellor`.split(/\s+/),
);

/** Words before "office" that make it the office taken: "on taking office", "assumed office", "in office". */
const TAKING_OFFICE = new Set(['take', 'assume', 'enter', 'in', 'to', 'return']);

/** How far after the trigger its congratulations may stand: "offer my heartfelt congratulations". */
const OFFERED_REACH = 4;

/** Words of a death the condolences are over. */
const DEATH = new Set(['death', 'passing', 'late', 'died', 'funeral', 'loss']);

/** Words of an attack, a disaster or victims: condolences over them are no private mourning. */
const PUBLIC_LOSS = new Set(
  `victims victim attack attacks shooting explosion blast crash disaster earthquake flood floods fire typhoon tornado
  tragedy killed people citizens passengers crew soldiers servicemen troops war`.split(/\s+/),
);

/** The congratulation `event` names no political occasion after its trigger. */
function ceremonialCongratulation(ctx: SentenceContext, event: Event): boolean {
  const tokens = ctx.doc.tokens;
  let k = ctx.sentence.firstToken;
  while (k < ctx.sentence.endToken && tokens[k]!.start < event.trigger.start) k++;
  const trigger = k;
  let congratulating = CONGRATULATING.test(event.trigger.text);
  for (; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    // "offer my heartfelt congratulations", "thank and congratulate": congratulations right after the trigger.
    if (k <= trigger + OFFERED_REACH && CONGRATULATING.test(t.lower)) congratulating = true;
    if (POLITICAL_OCCASIONS.has(t.lower)) return false;
    if (t.lower === 'office' && TAKING_OFFICE.has(tokens[k - 1]?.lemma ?? '')) return false;
  }
  return congratulating;
}

/** The sentence's condolences are over a death and name no attack, disaster or victims. */
function privateCondolences(ctx: SentenceContext): boolean {
  const tokens = ctx.doc.tokens;
  let death = false;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const lower = tokens[k]!.lower;
    if (PUBLIC_LOSS.has(lower)) return false;
    if (DEATH.has(lower)) death = true;
  }
  return death;
}

/** The congratulation or condolences `event` name no recipient and no political occasion or public loss. */
function ceremonial(ctx: SentenceContext, event: Event): boolean {
  if (event.target !== null) return false;
  if (event.cameo === '018') return privateCondolences(ctx);
  return event.cameo.startsWith('05') && ceremonialCongratulation(ctx, event);
}

/** The sentence's events without congratulations or condolences that are ceremonial. */
export function withoutCeremonialCongratulations(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => ceremonial(ctx, e)) ? events.filter((e) => !ceremonial(ctx, e)) : events;
}
