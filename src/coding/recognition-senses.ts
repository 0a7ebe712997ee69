// "Recognise" in a sense other than diplomatic recognition, no event: "we need to mutually recognise vaccines", "the
// housing recognised substandard", "a widely recognised cultural centre", "the UN Charter recognises each state's
// right to self-defence", "officials recognise the cluster munitions create a risk", "the draft decision recognises
// the most distinguished participants". CAMEO 054 codes one side granting another recognition as a state, a
// government or a status; what is acknowledged, approved or honoured here is a thing or a fact, and no side is
// recognised. Only when no actor is the target: a named side or place ("recognised Kosovo", "recognise Crimea as part
// of Russia") keeps the event, and so do political objects ("recognise our independence", "recognised these regions
// as independent states", "recognise the quasi-entities"). Nor is a standing in law ("the choice of the Ukrainian
// people recognised by our legislation") or a fact granted in passing ("the grid has worked steadily, as recognised
// by Europeans"), whatever sides the sentence names (session 28).
// Nor, whatever side the object names, is a thing of a side recognised ("recognise Russian vaccination certificates",
// "recognised Russia's Sputnik V vaccine", and a product's bare name the article calls one, "recognised and registered
// Sputnik V" where it speaks of "the Sputnik V vaccine"), a side's conduct recognised as a crime ("recognizes Russia's
// actions as genocide", "recognize Russia as a state sponsor of terrorism", "recognize the Kherson region as a
// temporarily occupied territory": a designation, which charges or rules, no recognition granted) (session 33).
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** Heads of what one side recognises in another in CAMEO's sense. */
const POLITICAL = new Set(
  `independence sovereignty state states statehood republic republics government governments authorities authority
  regime status annexation accession result results election elections vote referendum legitimacy president
  leadership border borders territory territories integrity country countries nation nations region regions entity
  entities group groups reality realities`.split(/\s+/),
);

/** Words before the object's head: "the most distinguished", "each", "our". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/** How far the object's head may stand after the verb. */
const REACH = 7;

/** The head of the object after `verb`: the last noun of its first run, past possessives ("each state's right"). */
function objectHead(ctx: SentenceContext, verb: number): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + REACH);
  let head: string | null = null;
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) return null;
    // "recognise Crimea as part of Russia", "recognise Lugansk and Donbass": a place or a body named is a side.
    if (t.pos === 'PROPN') return null;
    if (t.pos === 'NOUN') {
      // "quasi-entities": a hyphenated noun's head is its last part.
      head = t.lemma.slice(t.lemma.lastIndexOf('-') + 1);
      continue;
    }
    // "the quasi-entities": a hyphen joins the word before to the head.
    if (isPossessiveMark(t) || t.text === '-') {
      head = null;
      continue;
    }
    if (head !== null) return head;
    // "the most distinguished participants": a participle before the head is an adjective.
    const attributive = t.pos === 'VERB' && t.lower.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN';
    if (!MODIFIER_POS.has(t.pos) && !attributive) return null;
  }
  return head;
}

/** Things of a side that are recognised as valid, no side recognised: vaccines, certificates, documents. */
const THINGS = new Set(
  `vaccine vaccines vaccination vaccinations certificate certificates document documents passport passports diploma
  diplomas licence licences license licenses qualification qualifications product products drug drugs medicine
  medicines`.split(/\s+/),
);

/** The words of the object's phrase after `verb`: determiners, adjectives, names, nouns, possessives, hyphens. */
function objectPhrase(ctx: SentenceContext, verb: number): { readonly from: number; readonly end: number } {
  const tokens = ctx.doc.tokens;
  // "recognised and registered Sputnik V": the object shared with a verb joined by "and".
  const shared = tokens[verb + 1]?.pos === 'CCONJ' && tokens[verb + 2]?.pos === 'VERB';
  const from = shared ? verb + 3 : verb + 1;
  const end = Math.min(ctx.sentence.endToken, from + REACH);
  let k = from;
  while (k < end) {
    const t = tokens[k]!;
    const inPhrase =
      mentionOf(ctx, k) !== undefined ||
      MODIFIER_POS.has(t.pos) ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      isPossessiveMark(t) ||
      t.text === '-';
    if (!inPhrase) break;
    k++;
  }
  return { from, end: k };
}

/**
 * The names that close the phrase [from, end) ("Sputnik V") stand before a thing's noun elsewhere in the article
 * ("Russia's Sputnik V vaccine"): the article says what the name is.
 */
function namedThing(ctx: SentenceContext, from: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  let first = end;
  while (first > from && tokens[first - 1]!.pos === 'PROPN' && mentionOf(ctx, first - 1) === undefined) first--;
  if (first === end) return false;
  // "Sputnik V." at a sentence's end may hold its full stop.
  const bare = (t: { readonly lower: string }): string => t.lower.replace(/\.$/, '');
  const words = tokens.slice(first, end).map(bare);
  for (let k = 0; k + words.length < tokens.length; k++) {
    if (!words.every((w, n) => bare(tokens[k + n]!) === w)) continue;
    if (THINGS.has(tokens[k + words.length]!.lower)) return true;
  }
  return false;
}

/** The object at `verb` is a thing of a side: its head is a thing's noun, or a name the article gives such a noun. */
function thingObject(ctx: SentenceContext, verb: number): boolean {
  const { from, end } = objectPhrase(ctx, verb);
  if (end === from) return false;
  const last = ctx.doc.tokens[end - 1]!;
  if (last.pos === 'NOUN' && mentionOf(ctx, end - 1) === undefined) return THINGS.has(last.lower);
  return last.pos === 'PROPN' && namedThing(ctx, from, end);
}

/** What a side's conduct or a place is recognised as when it is charged or ruled on: "as genocide", "as a terrorist state". */
const DESIGNATIONS = new Set(
  `genocide terrorist terrorists terrorism sponsor crime crimes aggressor aggression occupied extremist extremists
  undesirable criminal criminals`.split(/\s+/),
);

/** How far "as" may stand after the verb: "recognize Russia's crimes in Ukraine as genocide". */
const AS_REACH = 8;

/** The recognition at `verb` designates its object "as" a crime or a charge: "as genocide", "as a state sponsor of terrorism". */
function designation(ctx: SentenceContext, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + AS_REACH);
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (t.lower !== 'as') continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
      const w = tokens[j]!;
      if (DESIGNATIONS.has(w.lower)) return true;
      if (!MODIFIER_POS.has(w.pos) && w.pos !== 'NOUN') return false;
    }
    return false;
  }
  return false;
}

/** How far the verb of a "that" clause may stand after "that". */
const CLAUSE_REACH = 7;

/**
 * A "that" clause follows the verb at `verb`: "that it is an aggressor", "that Crimea belongs to Ukraine"; not a
 * demonstrative before its noun ("that regime", "that decision, which …": no verb before a mark or a relative).
 */
function clauseObject(ctx: SentenceContext, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[verb + 1]?.lower !== 'that') return false;
  const end = Math.min(ctx.sentence.endToken, verb + 2 + CLAUSE_REACH);
  for (let k = verb + 2; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.lower === 'which' || t.lower === 'who') return false;
    if (t.pos === 'AUX' || t.pos === 'VERB') return k > verb + 2;
  }
  return false;
}

/** Heads of a body of law that recognises what it provides for. */
const LAWS = new Set(['law', 'laws', 'legislation', 'constitution', 'code', 'statute', 'statutes']);

/** Words before a body of law: "our", "the", "Russian", "the current". */
const LAW_MODIFIERS = new Set(['DET', 'PRON', 'ADJ', 'PROPN']);

/** How far after the verb "by" may stand: "recognised in 1991 by our legislation". */
const LAW_REACH = 6;

/**
 * The recognition at `verb` is a standing in law or a fact granted in passing: "recognised by our legislation", "as
 * recognised by Europeans".
 */
function legalOrPassing(ctx: SentenceContext, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[verb - 1]?.lower === 'as' && tokens[verb + 1]?.lower === 'by') return true;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + LAW_REACH);
  for (let k = verb + 1; k < end; k++) {
    if (tokens[k]!.lower !== 'by') continue;
    let j = k + 1;
    while (j < end && LAW_MODIFIERS.has(tokens[j]!.pos) && !LAWS.has(tokens[j]!.lower)) j++;
    if (LAWS.has(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The recognition at `match`, with no actor recognised, is of a thing, a fact or a person: no event. Nor is one whose
 * object is a clause ("the Russian state will not even recognize that it is an aggressor"): a fact admitted, whatever
 * sides the clause names; nor a standing in law or a fact granted in passing (legalOrPassing).
 */
export function nonDiplomaticRecognition(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (match.pattern.code !== '054') return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  if (trigger.lemma !== 'recognize' && trigger.lemma !== 'recognise') return false;
  if (clauseObject(ctx, match.trigger) || legalOrPassing(ctx, match.trigger)) return true;
  if (thingObject(ctx, match.trigger) || designation(ctx, match.trigger)) return true;
  if (targets.length > 0) return false;
  const head = objectHead(ctx, match.trigger);
  return head !== null && !POLITICAL.has(head);
}
