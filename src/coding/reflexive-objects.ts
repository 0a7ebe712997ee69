// "Putin is destroying himself", "Iraq had attacked themselves", "he killed himself", "to protect themselves": a
// reflexive pronoun as the verb's object is the doer itself. An act done to oneself is no event between two actors,
// and the place a later stage would put in the empty target slot would be wrong ("are in Poland to protect
// themselves" is no act on Poland). What a speaker alleges by telling such an act stays ("The US said that Iraq had
// attacked themselves" accuses Iraq, claims.ts): the act is dropped after the claims are read. Kept: a target named
// after a preposition past the pronoun ("distanced itself from Russia"), a pattern that spells the pronoun ("blow
// himself up"), suicide bombings (183, aimed at others however told: "blowing up himself, along with the
// militants"), and the sentence rules' events ("Ukraine must defend itself" is a demand on Ukraine).
import type { Actor, Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { PREPOSITIONS } from './lexicon.ts';

const REFLEXIVES: ReadonlySet<string> = new Set([
  'itself',
  'themselves',
  'himself',
  'herself',
  'ourselves',
  'myself',
  'yourself',
  'yourselves',
]);

/** `events` without the pattern acts whose verb takes a reflexive object right after its matched words. */
export function withoutReflexiveActs(ctx: SentenceContext, events: Event[]): Event[] {
  if (events.length === 0) return events; // most sentences
  return events.filter((e) => !reflexiveAct(ctx, e));
}

function reflexiveAct(ctx: SentenceContext, e: Event): boolean {
  if (e.rule.startsWith('rules:') || e.cameo.startsWith('183')) return false;
  const { tokens } = ctx.doc;
  let k = ctx.sentence.firstToken;
  while (k < ctx.sentence.endToken && tokens[k]!.start < e.trigger.end) k++;
  if (k >= ctx.sentence.endToken || !REFLEXIVES.has(tokens[k]!.lower)) return false;
  return !(e.target !== null && PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && namedAfter(ctx, k + 1, e.target));
}

/** The actor is mentioned at or after token `from` in the sentence. */
function namedAfter(ctx: SentenceContext, from: number, actor: Actor): boolean {
  for (let j = from; j < ctx.sentence.endToken; j++) {
    const m = ctx.mentionAt[j]!;
    if (m >= 0 && ctx.mentions[m]!.actor.code === actor.code) return true;
  }
  return false;
}
