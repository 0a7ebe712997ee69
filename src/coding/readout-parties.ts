// The parties of a readout: the actors of the call or meeting its opening reports ("Vladimir Putin had a telephone
// conversation with President of Syria Bashar al-Assad", "Zelenskyy met with Sánchez and Frederiksen"). A plural
// anaphor later in the readout ("The leaders discussed …", "They agreed …", "informed the leaders of …") stands for
// them, not for whichever two states the text happens to name most ("the outcome of Aliyev's talks with Pashinyan").
import type { Event, Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { coordinated, type Match } from './match.ts';
import { salientSides } from './roles.ts';

/**
 * The readout's parties. `hub` is the side that talked with each of the others in separate conversations ("had
 * telephone conversations with A and B"); null when they all met or talked together ("met with A and B", "hosted A
 * and B", "spoke by telephone with A and B"), or with one other side.
 */
export interface ReadoutParties {
  readonly hub: Mention | null;
  /** Empty when the opening reports a meeting whose parties the coder could not record (see `readoutParties`). */
  readonly parties: readonly Mention[];
  /**
   * Set when the parties are of a meeting the readout reports after its opening (later-meetings.ts): the country of
   * the side that held it, who goes on to hold the next.
   */
  readonly holder?: string;
}

/** A plural call noun: the opening reports separate conversations, one with each counterpart. */
const SERIES = /\b(?:conversations|calls)\b/i;

/** Sentences that may open a readout: the first, or the second after a dateline or a heading. */
const OPENING = 1;

/**
 * Records the readout's parties from the events kept for an opening sentence: its asserted consultations (04x) whose
 * source and target are of two countries. With several counterparts ("met with A and B", "had telephone
 * conversations with A and B") one side must be in every pair; otherwise nothing is recorded (the sentence reports
 * more than one meeting). Only the first opening sentence that reports such a consultation counts.
 *
 * The first opening sentence that matches a consultation with no such pair ("Zelenskyy held a working meeting with
 * members of the Cabinet of Ministers", "Yermak had a phone conversation with President of the World Economic Forum
 * Børge Brende") is kept instead, as a readout with no parties, until a later opening sentence records some: see
 * `readoutParties`.
 */
export function noteReadoutParties(
  ctx: SentenceContext,
  matches: readonly Match[],
  events: readonly Event[],
  memory: ReadoutParties[],
): void {
  if (ctx.sentence.index > OPENING || (memory.length > 0 && memory[0]!.parties.length > 0)) return;
  const pairs: [string, string][] = [];
  const sides = new Map<string, Mention>();
  for (const e of events) {
    if (!e.cameo.startsWith('04') || e.modality !== 'asserted' || e.source === null || e.target === null) continue;
    const source = mentionFor(ctx, e.source);
    const target = mentionFor(ctx, e.target);
    const from = source?.actor.country ?? null;
    const to = target?.actor.country ?? null;
    if (from === null || to === null || from === to) continue;
    pairs.push([from, to]);
    // A side stands for its person ("Vladimir Putin"), not its state named in passing ("a visit to Russia").
    for (const m of [source!, target!]) {
      const known = sides.get(m.actor.country!);
      if (known === undefined || (known.actor.type !== 'person' && m.actor.type === 'person'))
        sides.set(m.actor.country!, m);
    }
  }
  if (pairs.length === 0) {
    const consults =
      matches.some((m) => m.pattern.code.startsWith('04')) || events.some((e) => e.cameo.startsWith('04'));
    if (memory.length === 0 && consults) memory.push({ hub: null, parties: [] });
    return;
  }
  const hub = [...sides.keys()].find((c) => pairs.every(([from, to]) => from === c || to === c));
  if (hub === undefined) return;
  const series = sides.size > 2 && events.some((e) => e.cameo.startsWith('04') && SERIES.test(e.trigger.text));
  memory.splice(0, memory.length, { hub: series ? sides.get(hub)! : null, parties: [...sides.values()] });
}

/** The mention of the sentence an event's actor was read from. */
function mentionFor(ctx: SentenceContext, actor: NonNullable<Event['source']>): Mention | undefined {
  return ctx.mentions.find(
    (m) =>
      m.sentence === ctx.sentence.index &&
      m.actor.code === actor.code &&
      m.actor.text === actor.text &&
      m.actor.name === actor.name,
  );
}

/**
 * The parties the article's readout established, if any, as of offset `at`. Each side is named by the mention the
 * article's two main sides give it when they include its country (salientSides: "a side named by several people
 * stands for its usual code"); the readout decides which countries are the parties, not how each is coded.
 */
export function readoutParties(ctx: SentenceContext, at: number): ReadoutParties | null {
  const readout = ctx.readout?.[0];
  if (readout === undefined) return null;
  const salient = salientSides(ctx.mentions, at);
  if (readout.parties.length === 0) return salient.every((side) => namedInOpening(ctx, side, at)) ? null : readout;
  const named = (m: Mention): Mention => salient.find((s) => s.actor.country === m.actor.country) ?? m;
  return { hub: readout.hub === null ? null : named(readout.hub), parties: readout.parties.map(named) };
}

/**
 * The article's opening, or the sentence at hand, names `side` by any name the article gives it before offset `at`
 * ("Foreign Policy Adviser to the Federal Chancellor of the Republic of Austria Barbara Kaudel-Jensen"; "during the
 * conversation with German Chancellor Angela Merkel, the parties discussed …"). When an opening's meeting has no
 * parties the coder could record, a side it does not name is no party to it: a readout of Zelenskyy's meeting with
 * his ministers, or of a call with the head of the World Economic Forum, gives "the parties" no side, not Russia,
 * the state its article names most after Ukraine. Sides it names stand for them as with no readout.
 */
function namedInOpening(ctx: SentenceContext, side: Mention, at: number): boolean {
  const key = side.actor.country ?? side.actor.code;
  const opening = ctx.doc.sentences.slice(0, OPENING + 1);
  return ctx.mentions.some(
    (m) =>
      m.start < at &&
      m.kind !== 'pronoun' &&
      (m.actor.country ?? m.actor.code) === key &&
      (m.sentence <= OPENING ||
        m.sentence === ctx.sentence.index ||
        opening.some((s) => s.text.includes(m.actor.text))),
  );
}

/**
 * The readout's parties other than `doer`'s side when the verb's object after token `end` is a plural reference to
 * them ("Vladimir Putin informed the leaders of …"); empty otherwise, and when the doer is no party.
 */
export function partiesBesides(ctx: SentenceContext, doer: Mention, end: number): Mention[] {
  const readout = readoutParties(ctx, ctx.doc.tokens[end]?.start ?? ctx.sentence.end);
  if (readout === null || !pluralPartyObject(ctx, end)) return [];
  const country = doer.actor.country;
  if (country === null || !readout.parties.some((p) => p.actor.country === country)) return [];
  return readout.parties.filter((p) => p.actor.country !== country);
}

/** Plural nouns that name a readout's parties as the object of a verb: "informed the leaders of …". */
const PARTY_NOUNS = new Set(['leaders', 'interlocutors', 'counterparts', 'presidents', 'participants']);

/**
 * Whom a plural party noun the pattern matched ("inform|brief leaders|interlocutors -") names when it names no party
 * of the readout: the actors of its "of" phrase ("informed the leaders of major European countries"); null when the
 * match has no such noun, empty when the phrase names no actor the coder knows ("the leaders of the DPR").
 */
export function leadersNamed(ctx: SentenceContext, match: Match): Mention[] | null {
  const noun = match.literals.find((k) => PARTY_NOUNS.has(ctx.doc.tokens[k]!.lower));
  if (noun === undefined) return null;
  if (ctx.doc.tokens[noun + 1]?.lower !== 'of') return [];
  // The actor that ends the noun phrase: "of major European countries" (not the rank-like "major"), "of France".
  let last: Mention | undefined;
  for (let k = noun + 2; k < ctx.sentence.endToken; k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      last = m;
      k = m.endToken - 1;
    } else if (!/^(?:DET|ADJ|NUM)$/.test(ctx.doc.tokens[k]!.pos)) break;
  }
  return last === undefined ? [] : coordinated(ctx, last);
}

/**
 * The verb's object right after token `end` is a plural reference to the parties: "informed the leaders", "briefed
 * his interlocutors", "told both leaders". "the leaders of the DPR and the LPR" names others.
 */
function pluralPartyObject(ctx: SentenceContext, end: number): boolean {
  const tokens = ctx.doc.tokens;
  const determiner = tokens[end];
  if (end >= ctx.sentence.endToken || determiner === undefined) return false;
  if (!/^(?:the|his|her|their|both)$/.test(determiner.lower)) return false;
  let k = end + 1;
  if (tokens[k]?.lower === 'two') k++;
  const noun = tokens[k];
  if (k >= ctx.sentence.endToken || noun === undefined || !PARTY_NOUNS.has(noun.lower)) return false;
  return !(tokens[k + 1]?.lower === 'of' && ofNamed(ctx, k + 2));
}

/**
 * The "of" phrase at token `k` names actors ("of the DPR and the LPR", "of the two countries"), not a topic ("of the
 * outcomes"): an actor or a name, capitalised, or a number of countries or states.
 */
function ofNamed(ctx: SentenceContext, k: number): boolean {
  let j = k;
  while (/^(?:DET|NUM|ADJ)$/.test(ctx.doc.tokens[j]?.pos ?? '') && ctx.mentionAt[j]! < 0) j++;
  const t = ctx.doc.tokens[j];
  if (j >= ctx.sentence.endToken || t === undefined) return false;
  return ctx.mentionAt[j]! >= 0 || /^[A-Z]/.test(t.text) || /^(?:countries|states|nations)$/.test(t.lower);
}

/**
 * "Vladimir Putin had telephone conversations with Macron and Scholz. … The President of France and the Federal
 * Chancellor of Germany indicated readiness to continue contacts": after separate calls, the counterparts named
 * together as a joint act's subjects each act on the caller (the readout's hub), not on each other. The caller when
 * `sources` are two or more of the readout's parties and the hub is not among them; null otherwise.
 */
export function hubOfCounterparts(ctx: SentenceContext, sources: readonly Mention[], at: number): Mention | null {
  const readout = readoutParties(ctx, at);
  const hub = readout?.hub ?? null;
  if (readout === null || hub === null || sources.length < 2) return null;
  const party = (m: Mention): boolean => readout.parties.some((p) => p.actor.country === m.actor.country);
  return sources.every((s) => party(s) && s.actor.country !== hub.actor.country) ? hub : null;
}
