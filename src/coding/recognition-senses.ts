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
  if (targets.length > 0) return false;
  const head = objectHead(ctx, match.trigger);
  return head !== null && !POLITICAL.has(head);
}
