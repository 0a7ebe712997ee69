// Who an obligation binds: the subject of "must/should/has to" ("Russia must withdraw"), the side a reported
// obligation is a demand on (sentence-rules.ts, obligationDemands), and which obligations demand nothing of another
// side: a state's own tasks, and outcomes wished rather than demanded.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { POSSESSIVE_PRONOUNS } from './lexicon.ts';
import { coordinatedBefore, isPossessiveMark } from './match.ts';

/**
 * Prepositions after a subject's head: of place ("Russian troops in Belarus must leave" binds the troops), and of a
 * noun's object or owner ("sanctions against Russia must be tougher", "aid to Ukraine must continue", "the response
 * to this crime of Russia must be decisive" bind no actor).
 */
const PLACE = new Set([
  'in',
  'at',
  'from',
  'near',
  'inside',
  'on',
  'along',
  'across',
  'against',
  'to',
  'for',
  'toward',
  'towards',
  'of',
]);

/** Nouns before "of X" that name X itself, a part of it or its rulers: "the whole of Europe", "the leadership of Russia". */
const ACTOR_PARTS = new Set(
  'whole rest all most part majority leadership leaders authorities government people citizens members'.split(' '),
);

/**
 * The actors a modal at `modal` binds: the mention right before it (over adverbs), with the actors
 * coordinated before it; "the US and other developed nations must" binds the US; "Russian troops in Belarus
 * must" binds the troops, not Belarus. Empty when the subject is no actor ("the plan must").
 */
export function obligedSubjects(ctx: SentenceContext, modal: number): Mention[] {
  let s = modal - 1;
  while (ctx.doc.tokens[s]?.pos === 'ADV' && s > ctx.sentence.firstToken) s--;
  const last = mentionOf(ctx, s) ?? othersAfter(ctx, s) ?? namedBody(ctx, s);
  if (last === undefined) return [];
  const before = ctx.doc.tokens[last.firstToken - 1];
  // "the whole of Europe must", "the leadership of the aggressor country must": a part or the rulers of an actor are it.
  const part = before?.lower === 'of' && ACTOR_PARTS.has(ctx.doc.tokens[last.firstToken - 2]?.lower ?? '');
  if (before !== undefined && last.firstToken > ctx.sentence.firstToken && PLACE.has(before.lower) && !part) {
    const head = mentionOf(ctx, last.firstToken - 2);
    if (head === undefined || head.endToken !== last.firstToken - 1) return [];
    // "the agreements reached during the visit of the President of Ukraine to Washington should": the head is itself
    // behind a preposition, so the subject is some noun further back, no actor.
    const outer = ctx.doc.tokens[head.firstToken - 1];
    return outer !== undefined && PLACE.has(outer.lower) ? [] : coordinatedBefore(ctx, head);
  }
  return coordinatedBefore(ctx, last);
}

/** "the US and other developed nations", "Iran and its allies": the actor before "and other/its …" ending at `s`. */
function othersAfter(ctx: SentenceContext, s: number): Mention | undefined {
  if (ctx.doc.tokens[s]?.pos !== 'NOUN' || !ctx.doc.tokens[s]!.lower.endsWith('s')) return undefined;
  let k = s - 1;
  while (k > ctx.sentence.firstToken && /^(?:ADJ|VERB|PRON|DET)$/.test(ctx.doc.tokens[k]!.pos)) {
    if (/^(?:other|its|their)$/.test(ctx.doc.tokens[k]!.lower) && ctx.doc.tokens[k - 1]?.lower === 'and')
      return mentionOf(ctx, k - 2);
    k--;
  }
  return undefined;
}

/**
 * "his Rwandan Patriotic Front must": a name the actor dictionary does not know, led by the nationality of the
 * body it names, ending at `s`. Only proper nouns may follow the nationality ("Russia's economy" is no body).
 */
function namedBody(ctx: SentenceContext, s: number): Mention | undefined {
  let k = s;
  while (k > ctx.sentence.firstToken && ctx.doc.tokens[k]!.pos === 'PROPN' && mentionOf(ctx, k) === undefined) k--;
  const m = k < s ? mentionOf(ctx, k) : undefined;
  return m !== undefined && m.endToken === k + 1 && m.kind !== 'pronoun' ? m : undefined;
}

/** Sectors of a state itself, as against its society: the state (no sector), its government, forces, parliament, courts. */
const STATE_SECTORS = new Set([null, 'GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);

/**
 * "Russia needs to ensure the development of the economy" (Putin), "Belarus should be ready for any scenario"
 * (Lukashenko): an obligation a state's officials (not the state itself, which is often only a guess at the speaker) lay on their own state as a whole states its tasks, no demand on
 * another side. A directive to one of its bodies ("the Government must take all the necessary decisions") and an
 * opposition's "the government must resign" still demand.
 */
export function ownStateDuty(speaker: Mention, doer: Mention): boolean {
  const a = speaker.actor;
  const b = doer.actor;
  return (
    a.country !== null &&
    a.country === b.country &&
    a.sector !== null &&
    STATE_SECTORS.has(a.sector) &&
    b.sector === null
  );
}

/**
 * "Aeroflot should become a global premium carrier" (said by Aeroflot's chief), "the Constitutional Court has to
 * absorb the new norms" (said by its chairman), "the armed forces must be prepared to fight" (said by their
 * commander): a body's own head saying what the body must do states its task, no demand on another side. Told by the
 * one actor code of a sector (a firm, a court, an army, a society); a bare state is often only a guess at the speaker
 * ("the forum concluded that the US must …"), and an international body's head lays duties on its members ("NATO
 * allies must step up"), so both still demand.
 */
export function ownBodyDuty(speaker: Mention, doer: Mention): boolean {
  const sector = speaker.actor.sector;
  return sector !== null && sector !== 'IGO' && speaker.actor.code === doer.actor.code;
}

/**
 * "Putin should know that …", "the EU must finally understand that …", "you need to know the people of Kharkiv":
 * knowing and understanding are urged on a side as rhetoric, no act it could carry out or refuse.
 */
export const COGNITION_VERBS: ReadonlySet<string> = new Set([
  'know',
  'understand',
  'realise',
  'realize',
  'remember',
  'learn',
  'feel',
  'imagine',
]);

/** Outcomes one wishes a side rather than demands of it: "Ukraine must win this war", "Russia must lose". */
export const WISHED_OUTCOMES: ReadonlySet<string> = new Set([
  'win',
  'prevail',
  'survive',
  'succeed',
  'triumph',
  'lose',
]);

/** "their need to join NATO", "the urgent need to act", "Europe's need to": "need" after a determiner is a noun. */
export function needAsNoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.lower !== 'need' && t.lower !== 'needs') return false;
  const before = ctx.doc.tokens[k - 1];
  if (before === undefined || k <= ctx.sentence.firstToken) return false;
  return (
    before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(before.lower) || isPossessiveMark(before)
  );
}
