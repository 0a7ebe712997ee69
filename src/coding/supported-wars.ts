// "Belarus … supports the invasion of Ukraine", "people who supported the war against Ukraine", "to support the war
// effort in Ukraine": what is supported is the war, so the support goes to the side that wages it, not to the state
// the war is waged on. The target becomes the aggressor the article binds by its own words (aggressor.ts: "Russia
// invaded", "Russia's aggression", "Russian occupiers"), else no one. Support of a measure against a side ("supported
// the sanctions against Russia", "backed EU sanctions") is for neither the side sanctioned nor the one imposing them:
// the support keeps no target.
import { boundAggressor, ROLE_ACTS } from '../actors/aggressor.ts';
import type { Actor, Event, Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';

/** Nouns of a war waged on someone. */
const WARS = new Set(['war', 'invasion', 'aggression', 'offensive', 'occupation', 'annexation']);
/** Support, aid and intents to give them (03x): "will support the war against …". */
const SUPPORTING = /^0[357]/;
/** Wars whose "of" names the one they are waged on: "the invasion of Ukraine", "the occupation of Crimea". */
const TAKINGS = new Set(['invasion', 'occupation', 'annexation']);
/** Prepositions that name whom the war is waged on. */
const ON = new Set(['of', 'against', 'on', 'in']);
/** Words that may stand between the verb and the war noun: "the full-scale invasion", "this illegal war". */
const BEFORE_WAR = new Set(['DET', 'ADJ']);

/** The sentence's support and aid (05x, 07x and intents of them, 03x) of a war, aimed at the war's side instead of its victim. */
export function withSupportedWars(
  ctx: SentenceContext,
  events: readonly Event[],
  reId: (event: Event, code: string) => string,
): Event[] {
  // A loop, not `flatMap`, whose callback V8 runs through a generic builtin (docs/reliability.md, twenty-second pass).
  const out: Event[] = [];
  for (const event of events) {
    const aimed = aimedAtWarSide(ctx, event, reId);
    if (aimed !== null) out.push(aimed);
  }
  return out;
}

/** The event as it is, aimed at the war's side, or null when it supports a measure and names no supporter. */
function aimedAtWarSide(
  ctx: SentenceContext,
  event: Event,
  reId: (event: Event, code: string) => string,
): Event | null {
  if (event.target === null || !SUPPORTING.test(event.cameo)) return event;
  // "thanked Albania for supporting sanctions on Russia": support of a measure against a side is none of that side's.
  if (event.cameo.startsWith('05') && supportsMeasureAgainst(ctx, event)) {
    if (event.source === null) return null;
    const moved = { ...event, target: null };
    return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} (a measure supported)` };
  }
  if (!supportsWarOn(ctx, event)) return event;
  const aggressor = articleAggressor(ctx, event.target.country);
  const moved = { ...event, target: aggressor };
  return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} (a war supported)` };
}

/** Nouns of measures taken against a side: "sanctions on Russia", "the embargo on Russian energy". */
const MEASURES = new Set(['sanction', 'sanctions', 'embargo', 'restrictions', 'blockade']);

/**
 * The trigger's object is a measure ("EU sanctions against Russian oligarchs", "the sanctions against Russia", "the
 * embargo on Russian energy") and the event's target is named inside that phrase: the measure's target or its
 * imposer, neither of whom the support is for.
 */
function supportsMeasureAgainst(ctx: SentenceContext, event: Event): boolean {
  const { tokens } = ctx.doc;
  const end = ctx.sentence.endToken;
  let i = ctx.sentence.firstToken;
  while (i < end && tokens[i]!.start < event.trigger.end) i++;
  let inside = false;
  for (let n = 0; n < 4 && i < end && !MEASURES.has(tokens[i]!.lower); n++, i++) {
    const m = mentionOf(ctx, i);
    if (m === undefined && !/^(?:DET|ADJ|PROPN|NOUN)$/.test(tokens[i]!.pos)) return false;
    if (m !== undefined && m.actor.code === event.target!.code) inside = true;
  }
  if (i >= end || !MEASURES.has(tokens[i]!.lower)) return false;
  if (inside) return true;
  // "sanctions against Russia", "the embargo on Russian energy": the side after the preposition.
  if (!ON.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < Math.min(end, i + 5); k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) return m.actor.code === event.target!.code;
    if (!/^(?:DET|ADJ)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** The trigger's object is "the war/invasion … of/against/on/in TARGET". */
function supportsWarOn(ctx: SentenceContext, event: Event): boolean {
  const war = warObject(ctx, event);
  return war !== null && war.victim !== null && war.victim.actor.code === event.target!.code;
}

/**
 * The trigger's object as a war: "the invasion of Ukraine", "this illegal war against Ukraine" (with the state it is
 * waged on), "the aggression", "the brutal invasion" (with none named); null when the object is no war, or when its
 * "of" names who wages it ("the offensive of the Ukrainian army").
 */
export function warObject(ctx: SentenceContext, event: Event): { readonly victim: Mention | null } | null {
  const { tokens } = ctx.doc;
  const end = ctx.sentence.endToken;
  let i = ctx.sentence.firstToken;
  while (i < end && tokens[i]!.start < event.trigger.end) i++;
  for (let n = 0; n < 3 && i < end && BEFORE_WAR.has(tokens[i]!.pos) && !WARS.has(tokens[i]!.lemma); n++) i++;
  if (i >= end || !WARS.has(tokens[i]!.lemma) || mentionOf(ctx, i) !== undefined) return null;
  const war = tokens[i]!.lemma;
  i++;
  if (tokens[i]?.lower === 'effort') i++;
  const on = tokens[i]?.lower ?? '';
  if (!ON.has(on)) return { victim: null };
  i++;
  if (tokens[i]?.lower === 'the') i++;
  const object = i < end ? mentionOf(ctx, i) : undefined;
  if (object === undefined) return { victim: null };
  // "the invasion of Ukraine" names the invaded; "the offensive of the Ukrainian army" names who attacks.
  return on !== 'of' || (TAKINGS.has(war) && object.actor.type === 'state') ? { victim: object } : null;
}

/** The one state the article names as invader, occupier or aggressor, other than `victim`; else null. */
export function articleAggressor(ctx: SentenceContext, victim: string | null): Actor | null {
  let found: Actor | null = null;
  for (const m of ctx.mentions) {
    const country = boundAggressor(ctx.doc.tokens, m, ROLE_ACTS);
    if (country === null || country === victim) continue;
    if (found !== null && found.country !== country) return null;
    if (found === null || (found.type !== 'state' && m.actor.type === 'state')) found = m.actor;
  }
  return found;
}
