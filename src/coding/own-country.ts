// A state is not the other party of its own government's, forces' or people's act. When every source is of the
// state that the target names bare ("Ukraine", "Kyiv", "Russia's"), one of the two roles is wrong:
//   - the country is where the source acts: "I met in Kyiv with Ben Wallace", "proposed to hold a summit in Kyiv",
//     "thousands of Ukrainians march across Kyiv". The country is no target; a consultation's counterpart named
//     right after it with "with" is ("met in Kyiv with Ben Wallace");
//   - the source was taken from the speaker or from a pronoun, and the speaker tells what others do to the country:
//     "We are delighted that Palantir is ready to invest in Ukraine," the President said; "If the partners do not
//     help Ukraine …"; "congratulated Olaf Scholz on his first visit to Ukraine" (his = Scholz, not Zelenskyy, so a
//     possessive pronoun counts as taken).
//     The country stays the target and the doer is unknown (or the one thanked, thanked-doers.ts).
// Domestic coding is left alone: a target with a sector of its own ("Kelly urged the Senate", "the government
// arrested dissidents") is another party of the same state, and protests and repression of crowds get their own
// state as target on purpose (own-state.ts). So do the unidentified forces of a place (UAF) the geo stage fills in.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { coordinated } from './match.ts';
import { firstPersonSubject } from './persons.ts';

/** Codes whose target is the source's own state by design (own-state.ts): protest and repression of crowds. */
const DOMESTIC_BY_DESIGN = /^(?:14|175)/;

/** The target names a state bare (no sector): the country itself, its capital or a city of it. */
const bareState = (m: Mention): boolean =>
  m.actor.type === 'state' && m.actor.sector === null && m.actor.country !== null;

/** Every source is of the state the target names bare, and none is the unidentified forces of a place. */
function ownCountry(sources: readonly Mention[], target: Mention): boolean {
  return (
    bareState(target) &&
    sources.length > 0 &&
    sources.every((s) => s.actor.country === target.actor.country && s.actor.sector !== 'UAF')
  );
}

/** Prepositions of place: "met in Kyiv", "exercises across Belarus". Not "near": "near Russian borders" aims at them. */
const LOCATIVE = new Set(['in', 'across', 'around', 'at', 'throughout', 'inside', 'within']);
/**
 * Acts that happen somewhere without being done to it: meetings, agreements and postures ("hold a summit in Kyiv",
 * "holding exercises in Belarus"). Others name their target with the same words ("invest in Ukraine", "support
 * change in Ukraine").
 */
const VENUED = /^(?:03|04|15)/;

/** The mention follows a preposition of place, past a determiner ("in the Kyiv region"). */
function placed(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken;
  if (ctx.doc.tokens[k]?.pos === 'DET') k++;
  const before = k > m.firstToken ? ctx.doc.tokens[m.firstToken - 1] : ctx.doc.tokens[k - 1];
  return before !== undefined && LOCATIVE.has(before.lower);
}

/**
 * The mention names the country itself, not a party of it: "support Ukraine", not "Russian Railways", "Russia's
 * Buddhist community" or "the Administration of Seaports of Ukraine", which name a domestic party by its state.
 */
function countryItself(ctx: SentenceContext, m: Mention): boolean {
  const last = ctx.doc.tokens[m.endToken - 1];
  const next = ctx.doc.tokens[m.endToken];
  if (last !== undefined && /^['’]s$/.test(last.lower)) return false;
  if (next !== undefined && (/^['’]s$/.test(next.lower) || ['NOUN', 'PROPN', 'ADJ'].includes(next.pos))) return false;
  let k = m.firstToken - 1;
  if (ctx.doc.tokens[k]?.pos === 'DET') k--;
  return ctx.doc.tokens[k]?.lower !== 'of';
}

/**
 * "his first visit to Ukraine": a possessive pronoun, resolved to the nearest person, as often stands for the guest
 * spoken of. A subject pronoun is left alone: "he will extend the curfew in Abidjan", "farmers said they would
 * blockade Paris" are a state's own people acting at home.
 */
const possessive = (ctx: SentenceContext, m: Mention): boolean =>
  m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(ctx.doc.tokens[m.firstToken]!.lower);

/**
 * Roles with a source acting on its own bare country set right: a country named as the place of a meeting,
 * agreement or posture stops being a target; otherwise a source taken from the speaker or a pronoun (`inferredSource`, or a pronoun mention)
 * gives way to the target. A named source acting on its own country otherwise is left alone: "urged the defenders
 * of Ukraine", "support Ukrainian bakers" name a domestic party by its state.
 */
export function withoutOwnCountry(
  ctx: SentenceContext,
  verb: number,
  code: string,
  sources: readonly Mention[],
  targets: readonly Mention[],
  inferredSource: boolean,
): { readonly sources: readonly Mention[]; readonly targets: readonly Mention[]; readonly note: string | null } {
  if (DOMESTIC_BY_DESIGN.test(code) || targets.length === 0 || !targets.every((t) => ownCountry(sources, t)))
    return { sources, targets, note: null };
  if (VENUED.test(code) && targets.every((t) => placed(ctx, t)))
    return { sources, targets: counterpartAfter(ctx, code, targets), note: ' (own country: the place)' };
  // "If we protect Kyiv", "we will defend Ukraine": a speaker who says "I" or "we" does it; not an act thanked for
  // ("I expressed gratitude for supporting Ukraine").
  const spoken = firstPersonSubject(ctx, verb) && ctx.doc.tokens[verb - 1]?.lower !== 'for';
  const taken = (inferredSource && !spoken) || sources.every((s) => possessive(ctx, s));
  if (taken && targets.every((t) => countryItself(ctx, t)))
    return { sources: [], targets, note: ' (own country: not the doer)' };
  return { sources, targets, note: null };
}

/** "met in Kyiv with Ben Wallace": the one a consultation or agreement is held with, named after its place. */
function counterpartAfter(ctx: SentenceContext, code: string, places: readonly Mention[]): Mention[] {
  if (!/^0[34]/.test(code)) return [];
  let k = places[places.length - 1]!.endToken;
  // "met in Kyiv today with …", "in Kyiv on Monday with …": a few words of time may stand between.
  for (const end = k + 4; k < end && ctx.doc.tokens[k]?.lower !== 'with'; k++)
    if (ctx.mentionAt[k]! >= 0 || ctx.doc.tokens[k]?.pos === 'VERB' || ctx.doc.tokens[k]?.pos === 'PUNCT') return [];
  const m = ctx.doc.tokens[k]?.lower === 'with' && k < ctx.sentence.endToken ? mentionOf(ctx, k + 1) : undefined;
  return m === undefined ? [] : coordinated(ctx, m);
}
