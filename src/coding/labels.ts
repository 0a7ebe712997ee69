// Naming an actor or its doings by a harsh word is criticism (CAMEO 111, PLOVER ACCUSE): "Biden called Putin a “war
// criminal”", "Macron described Russia's statements as “lies”", "the Kremlin adviser described it as American
// hysteria", "He called such behavior of the Russian aggressor an act of genocide". The harsh words are data
// (dictionaries/harsh-words.txt). Whom it criticises is the actor named in what is so called (or, failing that, an
// actor the harsh words themselves name: "American hysteria"); who criticises is the naming verb's subject.
// Not "so-called", not a passive ("we are called the aggressor": by whom is not said), not "call on/for" (an appeal)
// nor a phone call ("called Zelensky to discuss the aggression": no naming after the object), nor a negated naming.
import type { Mention } from '../types.ts';
import { asked, isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { coordinated, coordinatedBefore, type Match } from './match.ts';
import { subjectOf } from './roles.ts';

export interface Label {
  /** The naming verb ("called", "described"). */
  readonly trigger: number;
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
}

/** Verbs that name something as something: "called X Y", "described X as Y". */
export const NAMING = new Set([
  'call',
  'describe',
  'label',
  'brand',
  'term',
  'dub',
  'characterize',
  'characterise',
  'portray',
]);
/** Of these, the ones that need "as" before the name: "described X as Y", not "described the atrocities". */
const NEEDS_AS = new Set(['describe', 'characterize', 'characterise', 'portray']);
/** Particles that make "call" another verb: "call on", "call for", "called off", "call back". */
const NOT_NAMING = new Set(['on', 'upon', 'for', 'off', 'back', 'up', 'in', 'out', 'to', 'into', 'at', 'it', 'them']);
/** Parts of speech a naming's object and name are made of. */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'CCONJ', 'PART']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** How far after the verb the harsh word may stand. */
const REACH = 16;

export function findLabels(ctx: SentenceContext, matches: readonly Match[], harsh: ReadonlySet<string>): Label[] {
  const found: Label[] = [];
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    const t = ctx.doc.tokens[i]!;
    if (t.pos !== 'VERB' || !NAMING.has(t.lemma)) continue;
    if (usedByMatch(matches, i)) continue;
    if (NOT_NAMING.has(token(ctx, i + 1)?.lower ?? '') || notAsserted(ctx, i)) continue;
    const name = harshName(ctx, i, harsh);
    if (name === null || (NEEDS_AS.has(t.lemma) && !name.as)) continue;
    const targets = namedActors(ctx, i, name.at);
    const sources = subjectOf(ctx, i);
    if (targets.length === 0 || sources.length === 0) continue;
    found.push({ trigger: i, sources, targets });
  }
  return found;
}

/**
 * Whether a match took the token as its trigger or a literal. A module function, not a closure over the caller's
 * token index, which would make V8 allocate a context for every token (docs/reliability.md, thirteenth pass).
 */
function usedByMatch(matches: readonly Match[], i: number): boolean {
  for (let n = 0; n < matches.length; n++)
    if (matches[n]!.trigger === i || matches[n]!.literals.includes(i)) return true;
  return false;
}

/** "so-called", "is called", "has been described", "did not call": no one named criticises here. */
function notAsserted(ctx: SentenceContext, verb: number): boolean {
  const before = token(ctx, verb - 1)?.lower ?? '';
  if (before === 'so' || before === '-' || BE.has(before)) return true;
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 3); k--) {
    if (NEGATORS.has(ctx.doc.tokens[k]!.lower)) return true;
  }
  return false;
}

/** The harsh word the verb's object is named by, within one noun-phrase stretch after it, and whether "as" led in. */
function harshName(ctx: SentenceContext, verb: number, harsh: ReadonlySet<string>): { at: number; as: boolean } | null {
  let as = false;
  for (let k = verb + 1; k < Math.min(ctx.sentence.endToken, verb + REACH); k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      k = m.endToken - 1;
      continue;
    }
    const t = ctx.doc.tokens[k]!;
    if (harsh.has(t.lower)) return { at: k, as };
    if (t.lower === 'as') as = true;
    else if (!NOUN_PHRASE.has(t.pos) && !isQuoteMark(t) && t.lower !== 'of') return null;
  }
  return null;
}

/** The actors between the verb and the harsh word: the first one named, with those coordinated with it. */
function namedActors(ctx: SentenceContext, verb: number, harshAt: number): Mention[] {
  for (let k = verb + 1; k < harshAt; k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined && m.kind !== 'pronoun') return coordinated(ctx, m);
  }
  return [];
}

/** Copulas that say what an actor is or has become: "Russia is a terrorist state", "has become a terrorist". */
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'become', 'became']);
/** Words that may stand between the copula and the harsh word: "an outspoken terrorist", "a nuclear terrorist state". */
const BEFORE_NAME = new Set(['DET', 'ADJ', 'ADV', 'NOUN']);

/** A harsh name said of an actor by a copula: the harsh word and the actors so called. */
export interface CopulaLabel {
  readonly trigger: number;
  readonly targets: readonly Mention[];
}

/**
 * "Russia is a terrorist state", "The Russian state has become an outspoken terrorist": an actor named right before a
 * copula and called by a harsh word after it, within its noun phrase. Not negated ("is not an aggressor"), not in a
 * question or an if-clause, not a pronoun (whose antecedent may be a thing: "it is a lie").
 */
export function findCopulaLabels(ctx: SentenceContext, harsh: ReadonlySet<string>): CopulaLabel[] {
  const found: CopulaLabel[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 1; k++) {
    if (!COPULAS.has(tokens[k]!.lower)) continue;
    let s = k - 1;
    if (/^(?:has|have|had)$/.test(tokens[s]!.lower)) s--;
    while (s > ctx.sentence.firstToken && tokens[s]!.pos === 'ADV' && !NEGATORS.has(tokens[s]!.lower)) s--;
    const subject = mentionOf(ctx, s);
    if (subject === undefined || subject.endToken !== s + 1 || subject.kind === 'pronoun') continue;
    // "Inflation in the United States is unacceptable": the actor after a preposition is not what is so called.
    if (tokens[subject.firstToken - 1]?.pos === 'ADP') continue;
    if (CONDITIONAL_OPENERS.has(tokens[subject.firstToken - 1]?.lower ?? '') || asked(ctx, k)) continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
      const t = tokens[j]!;
      // "The difference between a terrorist and Russia is that …": a clause, not a name, follows.
      if (NEGATORS.has(t.lower) || !BEFORE_NAME.has(t.pos) || t.lower === 'that') break;
      if (harsh.has(t.lower)) {
        found.push({ trigger: j, targets: coordinatedBefore(ctx, subject) });
        break;
      }
    }
  }
  return found;
}

/** Words that open a clause in question: "if Russia is an aggressor", "whether Russia is a terrorist state". */
const CONDITIONAL_OPENERS = new Set(['if', 'whether', 'unless']);
