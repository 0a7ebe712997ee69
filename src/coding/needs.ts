// "Zelenskyy stressed the need for the European Union to define clear prospects": what a speaker says another side
// needs to do is a demand on it (CAMEO 10, as for "the EU must define …", sentence-rules.ts), and the act itself has
// not happened (hypothetical).
import type { Event, Mention } from '../types.ts';
import { sameCountry } from './actor-keys.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { readModality } from './modality.ts';
import { makeEvent, type EventBase } from './make-event.ts';
import type { Match } from './match.ts';
import type { Pattern } from './patterns.ts';
import { ruleOnly } from './rule-pattern.ts';
import { vocative } from './imperatives.ts';
import { demandCode } from './recode.ts';
import { firstPersonSubject } from './persons.ts';
import { readoutParties } from './readout-parties.ts';
import { quoteSpeaker, reporterOf } from './reported.ts';
import { subjectOf } from './roles.ts';
import type { SentenceInput } from './sentence-rules.ts';

/** Nouns whose "for X to" names an act someone is said to need to do. */
export const NEED_NOUNS = new Set(['need', 'necessity']);
/** Words that may stand inside the "for X" phrase besides actors: "for Ukraine's NATO and EU partners". */
const INSIDE = /^(?:DET|ADJ|NOUN|PROPN|CCONJ|PART|PUNCT)$/;

/** A needed act: the noun "need", the infinitive's verb, and the actors who need to do it. */
export interface NeededAct {
  readonly noun: number;
  readonly verb: number;
  readonly doers: readonly Mention[];
}

/**
 * "the need/necessity for X (and Y) to VERB": the actors between "for" and "to" that are no possessor ("Ukraine's
 * partners" need, not Ukraine), and the verb. Null when the "for" phrase names no actor or holds a verb.
 */
export function neededActAt(ctx: SentenceContext, noun: number): NeededAct | null {
  const tokens = ctx.doc.tokens;
  if (!NEED_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'for') return null;
  const doers: Mention[] = [];
  for (let k = noun + 2; k < Math.min(ctx.sentence.endToken - 1, noun + 14); k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB')
      return doers.length > 0 ? { noun, verb: k + 1, doers } : null;
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      const possessive = /^(?:'s|’s|')$/.test(tokens[m.endToken]?.lower ?? '');
      if (!possessive && !doers.includes(m)) doers.push(m);
      k = m.endToken - 1;
      continue;
    }
    if (t.text === ',' || !INSIDE.test(t.pos)) return null;
  }
  return null;
}

/** The needed act whose verb is at `verb` ("… the need for NATO to agree": agree), or null. */
export function neededActOf(ctx: SentenceContext, verb: number): NeededAct | null {
  for (let k = verb - 3; k >= Math.max(ctx.sentence.firstToken, verb - 15); k--) {
    if (!NEED_NOUNS.has(ctx.doc.tokens[k]!.lower)) continue;
    const act = neededActAt(ctx, k);
    return act !== null && act.verb === verb ? act : null;
  }
  return null;
}

/** Every needed act of the sentence whose noun a verb governs ("stressed the need"): the verb's index with it. */
export function neededActs(ctx: SentenceContext): { governor: number; act: NeededAct }[] {
  const out: { governor: number; act: NeededAct }[] = [];
  for (let k = ctx.sentence.firstToken + 2; k < ctx.sentence.endToken; k++) {
    const act = neededActAt(ctx, k);
    if (act === null) continue;
    let g = k - 1;
    while (g > ctx.sentence.firstToken && /^(?:DET|ADJ|ADV)$/.test(ctx.doc.tokens[g]!.pos)) g--;
    // "pointed to / spoke about the need": a preposition between the verb and the noun.
    if (ctx.doc.tokens[g]!.pos === 'ADP') g--;
    if (ctx.doc.tokens[g]?.pos === 'VERB') out.push({ governor: g, act });
  }
  return out;
}

/** The pattern naming this rule in `Event.rule`. */
const NEED_RULE: Pattern = ruleOnly('need', '100', true);

/**
 * "He stressed the need for Ukraine's NATO and EU partners to agree on necessary measures" → the subject of the verb
 * governing "the need" (else the reporter) demands of each actor who needs to act, coded by the act (demandCode:
 * "the need for Russia to withdraw" → 105), not of itself.
 */
export function needDemands({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (const { governor, act } of neededActs(ctx)) {
    if (NEGATORS.has(ctx.doc.tokens[governor - 1]?.lower ?? '')) continue;
    const speakers = subjectOf(ctx, governor);
    const reporter = reporterOf(ctx, governor, quotes);
    const demanders = speakers.length > 0 ? speakers : reporter !== null ? [reporter] : [];
    const embedded = matches.find((m) => m.trigger === act.verb);
    const code = demandCode(embedded?.pattern.code ?? '');
    const match: Match = {
      pattern: NEED_RULE,
      trigger: act.noun,
      end: act.noun + 1,
      literals: [],
      targets: act.doers,
      sources: demanders,
      gaps: 0,
    };
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.45 };
    for (const speaker of demanders)
      // "stressed the need for Ukraine to receive weapons", said by Ukraine: a need of one's own side is no demand on it.
      for (const doer of act.doers.filter((d) => !sameCountry(speaker, d)))
        events.push(makeEvent(base, codebook, code, 'asserted', speaker, doer, null, `rules:need → demand ${code}`));
  }
  return events;
}

/** Verbs after "expect X to" that forecast a state rather than ask for an act: "expect Russia to be involved". */
const STATES = new Set(['be', 'have', 'become', 'remain', 'stay', 'lose', 'win', 'grow', 'fall', 'face', 'need']);

/** The pattern naming the expectation rule in `Event.rule`. */
const EXPECT_RULE: Pattern = {
  ...NEED_RULE,
  id: 'rules:expectation',
  code: '020',
  plover: { category: 'REQUEST', mode: null },
};

/**
 * "Ukraine expects the EU to recognize its European perspective", "we expect that Beijing will use its influence on
 * Moscow": what an actor expects another side to do is a request of it (CAMEO 020, PLOVER REQUEST), by the subject of
 * "expect" (else the reporter). Not a forecast of a state ("officials expect Russia to be involved"), nor of one's own
 * side, nor of a hostile act ("officials expect Russia to launch an offensive" forecasts it), nor with no actor as the
 * one expected to act.
 */
export function expectationRequests({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 3; k++) {
    if (tokens[k]!.pos !== 'VERB' || tokens[k]!.lemma !== 'expect') continue;
    if (NEGATORS.has(tokens[k - 1]?.lower ?? '') || NEGATORS.has(tokens[k - 2]?.lower ?? '')) continue;
    // "It would be naive to expect that …", "Does Austin expect Putin to disarm?", "she would expect the EU to …" if
    // China crosses the line: an expectation weighed, asked about or imagined asks nothing.
    if (tokens[k - 1]?.lower === 'to' || readModality(ctx, k, false).modality !== 'asserted') continue;
    let j = tokens[k + 1]!.lower === 'that' ? k + 2 : k + 1;
    while (j < ctx.sentence.endToken && tokens[j]!.pos === 'DET' && mentionOf(ctx, j) === undefined) j++;
    const doer = mentionOf(ctx, j);
    if (doer === undefined || doer.kind === 'pronoun') continue;
    // "to VERB" after an infinitive object, "will/would VERB" after a that-clause's subject; "expects China not to
    // politicize Russia's aggression" asks China to refrain, a request all the same.
    const refrain = tokens[doer.endToken]?.lower === 'not' && tokens[k + 1]!.lower !== 'that';
    const at = refrain ? doer.endToken + 1 : doer.endToken;
    const linker = tokens[at]?.lower ?? '';
    const verb = tokens[at + 1];
    const linked = tokens[k + 1]!.lower === 'that' ? linker === 'will' || linker === 'would' : linker === 'to';
    if (!linked || verb?.pos !== 'VERB' || STATES.has(verb.lemma)) continue;
    // "officials expect Russia to launch an offensive": a hostile act expected is a forecast, not a request.
    if (hostileMatchAt(matches, at + 1)) continue;
    const subjects = subjectOf(ctx, k);
    const reporter = reporterOf(ctx, k, quotes);
    const askers = subjects.length > 0 ? subjects : reporter !== null ? [reporter] : [];
    const match: Match = {
      pattern: EXPECT_RULE,
      trigger: k,
      end: k + 1,
      literals: [],
      targets: [doer],
      sources: askers,
      gaps: 0,
    };
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    // Loops, not closures: a closure over this loop's variables makes V8 allocate a context for every token.
    for (const asker of askers) {
      if (sameCountry(asker, doer)) continue;
      events.push(makeEvent(base, codebook, '020', 'asserted', asker, doer, null, 'rules:expectation → request 020'));
    }
  }
  return events;
}

/** Whether a match of a hostile code (11 and up) has its trigger at the token. */
function hostileMatchAt(matches: readonly Match[], k: number): boolean {
  for (let n = 0; n < matches.length; n++)
    if (matches[n]!.trigger === k && matches[n]!.pattern.code >= '11') return true;
  return false;
}

/** What a side may say it needs from others, by the demand code of the aid asked (CAMEO 103x, as "the needs of the
 * armed forces" raised with a partner are coded). */
const NEEDED_AID: ReadonlyMap<string, string> = new Map([
  ...'weapon weapons arms ammunition munitions artillery tanks aircraft planes jets fighters missiles shells howitzers air-defence air-defense'
    .split(' ')
    .map((w): [string, string] => [w, '1032']),
  ...'funding funds money loans'.split(' ').map((w): [string, string] => [w, '1031']),
  ['humanitarian', '1033'],
  ...'help support assistance aid'.split(' ').map((w): [string, string] => [w, '103']),
]);
/** Words of the needed thing's noun phrase before or among its nouns: "more modern weapons", "air defense systems". */
const NEED_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ|PUNCT)$/;

/** The pattern naming the need-request rule in `Event.rule`. */
const NEED_REQUEST_RULE: Pattern = {
  ...NEED_RULE,
  id: 'rules:need-request',
  code: '103',
  plover: { category: 'REQUEST', mode: null },
};

/**
 * "We need more weapons", "Ukraine needs air defense systems", "We need more support from our partners": a side that
 * says it needs aid asks for it (103x by the aid, as "the needs of the Armed Forces" raised with a partner are coded),
 * of the side named after "from" in the phrase, else of the side its speaker is addressing (a vocative, or the side its
 * side last called on: imperatives.ts `addresseeOf`). A need with no such side named asks no one, and a need another
 * side ascribes to it ("Biden said Ukraine needs more weapons") is no request of its own; nor "need to", "does not
 * need", a need imagined or asked about.
 */
export function needRequests({ ctx, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 1; k++) {
    const t = tokens[k]!;
    if (t.lemma !== 'need' || t.pos !== 'VERB' || tokens[k + 1]!.lower === 'to') continue;
    if (NEGATORS.has(tokens[k - 1]?.lower ?? '') || readModality(ctx, k, false).modality !== 'asserted') continue;
    const code = neededAidCode(ctx, k);
    if (code === null) continue;
    const speaker = quoteSpeaker(ctx, k, quotes) ?? reporterOf(ctx, k, quotes);
    // "We need weapons": the speaker's side; "Ukraine needs weapons": the state, said by its own side or no one.
    const named = subjectOf(ctx, k).filter((m) => m.actor.type !== 'person');
    const needer = named.length === 1 ? named[0]! : firstPersonSubject(ctx, k, 'we') ? speaker : null;
    if (needer === null || (speaker !== null && !sameCountry(speaker, needer))) continue;
    const asked = giverAfter(ctx, k) ?? vocative(ctx) ?? readoutPartner(ctx, needer, t.start);
    if (asked === null || sameCountry(asked, needer) || asked.actor.code.startsWith('-')) continue;
    const match: Match = {
      pattern: NEED_REQUEST_RULE,
      trigger: k,
      end: k + 1,
      literals: [],
      targets: [asked],
      sources: [needer],
      gaps: 0,
    };
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    events.push(makeEvent(base, codebook, code, 'asserted', needer, asked, null, `rules:need → request ${code}`));
  }
  return events;
}

/** The demand code of the aid named by the noun phrase after "need" at `k`, or null when it names no aid. */
function neededAidCode(ctx: SentenceContext, k: number): string | null {
  const tokens = ctx.doc.tokens;
  let code: string | null = null;
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 8); j++) {
    const w = tokens[j]!;
    if (w.lower === 'more' || w.lower === 'also' || w.lower === 'still') continue;
    if (!NEED_PHRASE.test(w.pos) || mentionOf(ctx, j) !== undefined) break;
    const aid = NEEDED_AID.get(w.lower) ?? (w.lower === 'defense' || w.lower === 'defence' ? '1032' : undefined);
    // The most specific kind named wins: "military support" is military, "financial support" financial.
    if (aid !== undefined && (code === null || code === '103')) code = aid;
    if (w.lower === 'military' && (code === null || code === '103')) code = '1032';
    if (w.lower === 'financial' && (code === null || code === '103')) code = '1031';
  }
  return code;
}

/** "We need more support from our partners": the side named after "from" in the clause of the need at `k`. */
function giverAfter(ctx: SentenceContext, k: number): Mention | null {
  for (let j = k + 2; j < Math.min(ctx.sentence.endToken - 1, k + 10); j++) {
    const w = ctx.doc.tokens[j]!;
    if (w.lower === ',' || w.pos === 'VERB') return null;
    if (w.lower !== 'from') continue;
    let m = j + 1;
    while (m < ctx.sentence.endToken && ctx.doc.tokens[m]!.pos === 'DET') m++;
    return mentionOf(ctx, m) ?? null;
  }
  return null;
}

/** The one other party of the call or meeting the article's readout opens with, when `needer`'s side is a party. */
function readoutPartner(ctx: SentenceContext, needer: Mention, at: number): Mention | null {
  const parties = readoutParties(ctx, at)?.parties ?? [];
  if (!parties.some((p) => sameCountry(p, needer))) return null;
  const others = parties.filter((p) => !sameCountry(p, needer));
  return others.length === 1 ? others[0]! : null;
}
