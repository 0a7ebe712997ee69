// Imperatives in a speaker's words: "Close the sky over Ukraine!", "Withdraw your troops, de-occupy our homes",
// "Mr Putin, stop the war". An imperative is no act of the speaker's: it asks its addressee to act. Said to another
// side whose identity is clear, it is the speaker's demand of that side (10x, sentence-rules.ts imperativeDemands); the act
// asked for has not happened (hypothetical) and is the addressee's, when known.
// The addressee is clear when the sentence names it in a vocative ("Mr Putin, stop …", "… , Mr Putin!") or when the
// speaker's side has, earlier in the article, demanded or asked something of one side only: "Zelenskyy called on
// Western countries to close the airspace … 'Close it for all Russian missiles'" (see `Addressees`).
import type { Event, Mention } from '../types.ts';
import { isQuoteMark, mentionOf, type SentenceContext } from './context.ts';
import { isBareForm } from './spelled-lemmas.ts';

/**
 * Imperatives of speech itself, said to the audience rather than to a side: "Let us …", "Thank you", "Look, …",
 * "Imagine …", "Make no mistake" (make before "no"), "Allow me to …", "Take it from me", "Tell me about your company".
 */
const DISCOURSE_VERBS = new Set(
  `let thank allow look see imagine remember know note consider suppose say listen read follow email subscribe try
  take think believe feel hear understand suffice excuse forgive welcome watch click mind trust wait tell ask speak
  come go get keep sit meet mark enjoy pardon`.split(/\s+/),
);
/** What may follow an imperative mistagged as a proper noun ("Close/PROPN it", "Release/PROPN the prisoners"). */
const OBJECT_STARTS = new Set('it us them the a an our your all this these those their his her'.split(' '));

/**
 * The imperative verbs of the sentence: its first word when that is a bare verb (after quote marks and a vocative:
 * "Mr Putin, stop the war"), and bare verbs coordinated with it after a comma or "and" ("Withdraw your troops,
 * de-occupy our homes"). None in a question ("Want peace?") or for the imperatives of speech itself.
 */
export function imperativeVerbs(ctx: SentenceContext): number[] {
  const { tokens } = ctx.doc;
  const end = ctx.sentence.endToken;
  if (tokens[end - 1]?.text === '?' || tokens[end - 2]?.text === '?') return [];
  let k = ctx.sentence.firstToken;
  while (k < end && isQuoteMark(tokens[k]!)) k++;
  const vocative = mentionOf(ctx, k);
  const addressed = vocative !== undefined && tokens[vocative.endToken]?.text === ',';
  if (addressed) k = vocative.endToken + 1;
  // A sentence's first word is capitalised; after a vocative it is not.
  if (!bareVerb(ctx, k, true) || (!addressed && !/^[A-Z]/.test(tokens[k]!.text))) return [];
  const verbs = [k];
  for (let j = k + 1; j < end - 1; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) break;
    if ((t.text === ',' || t.lower === 'and') && bareVerb(ctx, j + 1, false)) verbs.push(j + 1);
  }
  return verbs;
}

/** Token `k` is a bare verb of an imperative (`first`: the one opening it): not an actor's name, nor speech itself. */
function bareVerb(ctx: SentenceContext, k: number, first: boolean): boolean {
  const t = ctx.doc.tokens[k];
  if (t === undefined || k >= ctx.sentence.endToken || mentionOf(ctx, k) !== undefined) return false;
  if (!isBareForm(t) || DISCOURSE_VERBS.has(t.lower)) return false;
  const after = ctx.doc.tokens[k + 1];
  const next = after?.lower ?? '';
  if (t.lower === 'make' && next === 'no') return false;
  // "Lend-lease will help", "Striking a balance is not easy": a compound or a gerund subject, no imperative.
  if ((after !== undefined && after.start === t.end && next.startsWith('-')) || /^\w{3,}ing$/.test(t.lower))
    return false;
  // The tagger calls some sentence-initial imperatives proper nouns ("Close/PROPN it for all Russian missiles").
  return t.pos === 'VERB' || (first && t.pos === 'PROPN' && OBJECT_STARTS.has(next));
}

/** Token `i` is one of the sentence's imperative verbs. */
export const imperativeAt = (ctx: SentenceContext, i: number): boolean => imperativeVerbs(ctx).includes(i);

/**
 * The actor the sentence addresses by name: a mention opening it before a comma ("Mr Putin, stop the war") or closing
 * it after one ("Stop the war, Mr Putin!"). Null when there is none.
 */
export function vocative(ctx: SentenceContext): Mention | null {
  const { tokens } = ctx.doc;
  let k = ctx.sentence.firstToken;
  while (k < ctx.sentence.endToken && isQuoteMark(tokens[k]!)) k++;
  const first = mentionOf(ctx, k);
  if (first !== undefined && first.kind !== 'pronoun' && tokens[first.endToken]?.text === ',') return first;
  let e = ctx.sentence.endToken - 1;
  while (e > k && (isQuoteMark(tokens[e]!) || /^[.!]$/.test(tokens[e]!.text))) e--;
  const last = mentionOf(ctx, e);
  if (last === undefined || last.kind === 'pronoun' || last.endToken !== e + 1) return null;
  return tokens[last.firstToken - 1]?.text === ',' ? last : null;
}

/**
 * Whom each side (by country) last demanded something of or appealed to in the article, null when that sentence
 * asked several sides. Filled sentence by sentence from the events kept (`noteAddressees`).
 */
export type Addressees = Map<string, Asked>;

/** The side asked (null: several were) and the sentence that asked it. */
interface Asked {
  readonly addressee: Mention | null;
  readonly sentence: number;
}

/** How many sentences on a speaker may still be taken to address the side it last asked. */
const REACH = 12;

const side = (m: { readonly country: string | null; readonly code: string }): string => m.country ?? m.code;

/**
 * Records the sides asked in this sentence's asserted demands and appeals (CAMEO 02, 10) of another side:
 * "called on Western countries to close the airspace" makes the West the Ukrainian side's addressee. Only the side
 * spoken to: the object of the asking verb ("urged the EU", "demanded that Sudan …") or the one an obligation binds
 * ("Western politicians must provide us …"), not what is asked for ("called for sanctions on Russia").
 */
export function noteAddressees(ctx: SentenceContext, events: readonly Event[], addressees: Addressees): void {
  const demands = events.filter(
    (e) => e.modality === 'asserted' && e.source !== null && e.target !== null && /^(?:02|10)/.test(e.cameo),
  );
  if (demands.length === 0) return; // most sentences with events
  const asked = new Map<string, Mention[]>();
  // The demands of one trigger ask its coordinated targets too: "called on Poland and Germany to help".
  const spoken = new Set<number>();
  for (const e of demands) {
    const m = mentionFor(ctx, e);
    if (m !== undefined && (e.rule.startsWith('rules:obligation') || spokenTo(ctx, e.trigger.end, m)))
      spoken.add(e.trigger.start);
  }
  for (const e of demands) {
    const m = mentionFor(ctx, e);
    const from = side(e.source!);
    if (m === undefined || !spoken.has(e.trigger.start) || from === side(m.actor) || m.actor.code.startsWith('-'))
      continue;
    const list = asked.get(from) ?? [];
    if (!list.some((o) => side(o.actor) === side(m.actor))) list.push(m);
    asked.set(from, list);
  }
  for (const [from, list] of asked)
    addressees.set(from, { addressee: list.length === 1 ? list[0]! : null, sentence: ctx.sentence.index });
}

/** The mention in the event's sentence of the event's target. A module function, not a closure made per call. */
function mentionFor(ctx: SentenceContext, e: Event): Mention | undefined {
  return ctx.mentions.find(
    (m) => m.sentence === ctx.sentence.index && m.actor.code === e.target?.code && m.actor.name === e.target.name,
  );
}

/** Words that may stand between an asking verb and the side asked: "called on the Western countries", "urged that". */
const TO_ADDRESSEE = new Set(['on', 'upon', 'to', 'that', 'of', 'the', 'all', 'its', 'his', 'her', 'their']);

/** The mention `m` stands right after the asking words ending at offset `end`, past the words above. */
function spokenTo(ctx: SentenceContext, end: number, m: Mention): boolean {
  if (m.start < end) return false;
  let k = m.firstToken - 1;
  while (k >= ctx.sentence.firstToken && ctx.doc.tokens[k]!.start >= end) {
    if (!TO_ADDRESSEE.has(ctx.doc.tokens[k]!.lower)) return false;
    k--;
  }
  return true;
}

/** The side `speaker` addresses in this sentence: its vocative, else whom the speaker's side last asked; not itself. */
export function addresseeOf(
  ctx: SentenceContext,
  speaker: Mention,
  addressees: Addressees | undefined,
): Mention | null {
  const asked = addressees?.get(side(speaker.actor));
  const recent = asked !== undefined && ctx.sentence.index - asked.sentence <= REACH ? asked.addressee : null;
  const named = vocative(ctx) ?? recent;
  return named !== null && side(named.actor) !== side(speaker.actor) ? named : null;
}
