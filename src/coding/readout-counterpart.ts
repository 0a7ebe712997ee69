// The other side of a readout's talks, for a consultation one side does alone with no one named as its addressee.
import type { Mention } from '../types.ts';
import { sameCountry } from './actor-keys.ts';
import { type SentenceContext } from './context.ts';
import { salientSides } from './roles.ts';

/**
 * "The President of Ukraine informed about the security situation", "The Head of State paid special attention to
 * energy security", "Separately, Andriy Yermak touched upon the issue of …": a readout of talks between two sides
 * tells what each side said to the other, so a consultation (040) whose lone doer is one side, with no addressee
 * named, is done to the other. The two sides are the article's two most named (salientSides), each with a person
 * named in its opening two sentences, where a readout names who talked; the doer must be one of them. A domestic
 * meeting (a president and his ministers) has one side only, and a state only talked about has no person named.
 */
export function readoutCounterpart(ctx: SentenceContext, doers: readonly Mention[], at: number): Mention | null {
  // The doers are people who talked ("Ihor Zhovkva", "The Head of State"), not a state named in passing
  // ("During the Russian-Indian consultations, the leaders will discuss …": "Indian" is no doer). Several doers are
  // of one side (oneSide in actor-keys.ts): "Vladimir Putin and Sergei Lavrov informed …" is told as one doer's.
  for (const d of doers) if (d.actor.type !== 'person') return null;
  const doer = doers[0];
  if (doer === undefined) return null;
  // A readout that went on to another meeting ("The President also met with …") tells what was said at that one
  // (later-meetings.ts): the other party of the meeting the readout is at.
  const parties = ctx.readout?.[0]?.parties ?? [];
  if (parties.length === 2 && ctx.readout?.[0]?.holder !== undefined && parties.some((p) => sameCountry(p, doer)))
    return parties.find((p) => !sameCountry(p, doer)) ?? null;
  const sides = salientSides(ctx.mentions, at);
  if (sides.length !== 2 || !sides.every((side) => side.actor.type === 'person')) return null;
  const others = sides.filter((side) => !sameCountry(side, doer));
  if (others.length !== 1 || doer.actor.country === null) return null;
  const other = others[0]!;
  const opening = ctx.mentions.some(
    (m) => m.sentence <= 1 && m.actor.type === 'person' && sameCountry(m, other) && m.start < at,
  );
  return opening ? other : null;
}

/** Consultations one side does to the other (the informer, the one who raises a matter), not together. */
export const ONE_SIDED_TRIGGERS = new Set('inform brief update tell raise broach touch pay speak talk draw'.split(' '));
