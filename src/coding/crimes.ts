// Crimes named with their doer: "the atrocities committed by Russia", "war crimes committed by the Russian army in
// Bucha", "Russia is committing genocide against the Ukrainian people", and the doer as owner of the noun: "Russia's
// war crimes", "Russian war crimes", "the crimes of the Russian occupiers". To name an act a war crime, an atrocity or
// a genocide and say who committed it is to charge them (CAMEO 1124, accuse of war crimes), whoever says so. So is
// naming a violation with its violator (CAMEO 112): "gross violations of the ceasefire by Russia", "the violation by the
// Russian side of the ceasefire", "Russia's systemic violations of the ceasefire". So is naming a war with the one
// who started or waged it (CAMEO 1123, accuse of aggression): "the war started by Russia", "the full-scale war waged by
// the Russian Federation against our state".
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { SUBORDINATORS } from './lexicon.ts';
import { coordinated } from './match.ts';
import { subjectOf } from './roles.ts';

export interface Crime {
  /** The crime noun. */
  readonly trigger: number;
  /** Who committed it. */
  readonly doers: readonly Mention[];
  /** The verb "commit" of the active form ("Russia is committing genocide"), else null. */
  readonly verb: number | null;
  /** 1124 for a war crime or atrocity, 112 for a violation, 1123 for a war named with its starter. */
  readonly code: '1124' | '112' | '1123';
}

// The singular too: "a war crime committed by the Russian military", "another crime of the occupiers".
export const CRIME_NOUNS = new Set(['atrocities', 'atrocity', 'crime', 'crimes', 'genocide', 'massacres']);
const COMMITTING = new Set(['commit', 'perpetrate']);
export const VIOLATION_NOUNS = new Set(['violation', 'violations']);
/** Wars a side starts or wages: "the war unleashed by Russia", "the aggression launched by …". */
export const WAR_NOUNS = new Set(['war', 'aggression', 'invasion']);
/** Participles of starting or waging a war, before "by" and its doer. */
const STARTED = new Set(['started', 'begun', 'unleashed', 'launched', 'waged', 'initiated', 'provoked']);

export function findCrimes(ctx: SentenceContext): Crime[] {
  const found: Crime[] = [];
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    const word = ctx.doc.tokens[i]!.lower;
    const crime = CRIME_NOUNS.has(word)
      ? (committedBy(ctx, i) ?? committing(ctx, i) ?? owned(ctx, i) ?? committedRelative(ctx, i))
      : VIOLATION_NOUNS.has(word)
        ? (violatedBy(ctx, i) ?? ownedViolation(ctx, i))
        : WAR_NOUNS.has(word)
          ? startedBy(ctx, i)
          : null;
    if (crime !== null) found.push(crime);
  }
  return found;
}

/** How far "by" may stand after a violation: "violations of international humanitarian law by the Ukrainian army". */
const VIOLATION_REACH = 9;
const VIOLATED_THING = /^(?:ADP|DET|ADJ|NOUN|PROPN|CCONJ|PRON)$/;

/**
 * "violations of the ceasefire by Russian forces", "the violation by the Russian side of the ceasefire", "the
 * Budapest Memorandum, the violation of which by Russia": the actor right after "by" in the violation's own phrase.
 */
function violatedBy(ctx: SentenceContext, i: number): Crime | null {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken - 1, i + VIOLATION_REACH); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') {
      const doer = mentionOf(ctx, k + 1) ?? (token(ctx, k + 1)?.pos === 'DET' ? mentionOf(ctx, k + 2) : undefined);
      return doer === undefined || doer.kind === 'pronoun'
        ? null
        : { trigger: i, doers: coordinated(ctx, doer), verb: null, code: '112' };
    }
    if (!VIOLATED_THING.test(t.pos) || mentionOf(ctx, k)?.kind === 'pronoun') return null;
  }
  return null;
}

/**
 * "Russia's systemic violations of the ceasefire", "Russian violations": the owner is the violator; not an actor
 * after "of", which names what is violated ("violations of Ukraine's sovereignty").
 */
function ownedViolation(ctx: SentenceContext, i: number): Crime | null {
  const owner = ownerBefore(ctx, i);
  return owner === null ? null : { trigger: i, doers: coordinated(ctx, owner), verb: null, code: '112' };
}

/** "crimes (against civilians) committed by Russian troops": the actors after "committed by". */
function committedBy(ctx: SentenceContext, i: number): Crime | null {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken - 2, i + 6); k++) {
    const t = ctx.doc.tokens[k]!;
    if (COMMITTING.has(t.lemma) && t.lower.endsWith('ed') && token(ctx, k + 1)?.lower === 'by') {
      const doer = mentionOf(ctx, k + 2) ?? (token(ctx, k + 2)?.pos === 'DET' ? mentionOf(ctx, k + 3) : undefined);
      return doer === undefined || doer.kind === 'pronoun'
        ? null
        : { trigger: i, doers: coordinated(ctx, doer), verb: null, code: '1124' };
    }
    if (!/^(?:ADP|DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return null;
  }
  return null;
}

/**
 * "the crimes Russian soldiers committed in Bucha", "the atrocities that the Russian army has committed": a relative
 * clause on the crime whose subject is the doer. Not a pronoun ("the crimes they committed"), as elsewhere here.
 */
function committedRelative(ctx: SentenceContext, i: number): Crime | null {
  let k = i + 1;
  if (RELATIVE_OPENERS.has(token(ctx, k)?.lower ?? '')) k++;
  if (token(ctx, k)?.pos === 'DET') k++;
  const doer = mentionOf(ctx, k);
  if (doer === undefined || doer.kind === 'pronoun' || doer.firstToken < i + 1) return null;
  let v = doer.endToken;
  while (AUXILIARIES.has(token(ctx, v)?.lower ?? '') || token(ctx, v)?.pos === 'ADV') v++;
  const verb = token(ctx, v);
  return verb !== undefined && COMMITTING.has(verb.lemma) && verb.pos === 'VERB'
    ? { trigger: i, doers: coordinated(ctx, doer), verb: null, code: '1124' }
    : null;
}
const RELATIVE_OPENERS = new Set(['that', 'which']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been']);

/**
 * "the war started by Russia", "the full-scale war waged by the Russian Federation against our state", "the
 * aggression (against Ukraine) unleashed by the Kremlin": the actor right after "by" that follows the participle in
 * the war's own phrase. Not a pronoun.
 */
function startedBy(ctx: SentenceContext, i: number): Crime | null {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken - 2, i + 6); k++) {
    const t = ctx.doc.tokens[k]!;
    if (STARTED.has(t.lower) && token(ctx, k + 1)?.lower === 'by') {
      const doer = mentionOf(ctx, k + 2) ?? (token(ctx, k + 2)?.pos === 'DET' ? mentionOf(ctx, k + 3) : undefined);
      return doer === undefined || doer.kind === 'pronoun'
        ? null
        : { trigger: i, doers: coordinated(ctx, doer), verb: null, code: '1123' };
    }
    if (!/^(?:ADP|DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return null;
  }
  return null;
}

/** "Russia is committing genocide", "Russian forces committed horrific crimes": the subject of "commit". */
function committing(ctx: SentenceContext, i: number): Crime | null {
  let k = i - 1;
  while (k > ctx.sentence.firstToken && /^(?:ADJ|DET|NOUN)$/.test(ctx.doc.tokens[k]!.pos) && i - k < 4) k--;
  // "Crimes against humanity.": a crime noun opening the sentence has no verb before it.
  if (k < ctx.sentence.firstToken) return null;
  const verb = ctx.doc.tokens[k]!;
  if (!COMMITTING.has(verb.lemma) || verb.pos !== 'VERB') return null;
  const doers = subjectOf(ctx, k).filter((m) => m.kind !== 'pronoun');
  return doers.length > 0 ? { trigger: i, doers, verb: k, code: '1124' } : null;
}

/**
 * Nouns whose owner is their doer. Not "genocide" or "massacres": "the Armenian genocide", "the genocide of the
 * Ukrainian people", "massacres of civilians" name the victims there.
 */
const OWNED_CRIMES = new Set(['atrocities', 'crime', 'crimes']);
/** Words between an owner and its crime: "Russia's numerous war crimes", "Russian military crimes". */
const CRIME_MODIFIERS = /^(?:ADJ|NOUN)$/;
const POSSESSIVE = /^(?:'s|’s|'|’)$/;

/**
 * "Russia's war crimes", "the Russian army's atrocities", "Russian war crimes" (an actor ending just before the noun
 * and its modifiers), "the war crimes of Russian troops" (an actor after "of"): the owner is the doer. A pronoun owner
 * ("its crimes") is left alone, as "committed by it" is.
 */
function owned(ctx: SentenceContext, i: number): Crime | null {
  if (!OWNED_CRIMES.has(ctx.doc.tokens[i]!.lower)) return null;
  let owner = ownerBefore(ctx, i) ?? undefined;
  if (owner === undefined && token(ctx, i + 1)?.lower === 'of') {
    // The mention may or may not take in the article: "of the Russian military", "of the Russian occupiers".
    const after = mentionOf(ctx, i + 2) ?? (token(ctx, i + 2)?.pos === 'DET' ? mentionOf(ctx, i + 3) : undefined);
    if (after !== undefined && after.firstToken <= i + 3) owner = after;
  }
  return owner === undefined || owner.kind === 'pronoun'
    ? null
    : { trigger: i, doers: coordinated(ctx, owner), verb: null, code: '1124' };
}

/** "Russia's numerous war crimes", "Russian war crimes": an actor ending just before the noun and its modifiers. */
function ownerBefore(ctx: SentenceContext, i: number): Mention | null {
  // "the U.N. war crimes court", "war crimes charges": the noun only classifies the next one.
  if (/^(?:NOUN|PROPN)$/.test(token(ctx, i + 1)?.pos ?? '')) return null;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && i - k < 3 && mentionOf(ctx, k) === undefined) {
    if (!CRIME_MODIFIERS.test(ctx.doc.tokens[k]!.pos) || POSSESSIVE.test(ctx.doc.tokens[k]!.text)) break;
    k--;
  }
  if (POSSESSIVE.test(token(ctx, k)?.text ?? '')) k--;
  const owner = mentionOf(ctx, k);
  return owner === undefined || owner.endToken !== k + 1 || owner.kind === 'pronoun' ? null : owner;
}

/**
 * Who names the crime when no quote or speech verb says: the subject of the sentence's first verb, the main clause's
 * ("Spokesman John Kirby became visibly emotional as he asked how anyone could justify the atrocities committed by
 * Russia" → Kirby); none when the sentence opens with a subordinate clause ("As the Ukrainians pushed Russian forces
 * back revealing the atrocities …") or the first verb comes after the crime.
 */
export function namer(ctx: SentenceContext, trigger: number): Mention | null {
  if (SUBORDINATORS.has(ctx.doc.tokens[ctx.sentence.firstToken]!.lower)) return null;
  for (let k = ctx.sentence.firstToken; k < trigger; k++) {
    if (ctx.doc.tokens[k]!.pos !== 'VERB') continue;
    return facedDemand(ctx, k) ? null : (subjectOf(ctx, k)[0] ?? null);
  }
  return null;
}

/** Verbs whose subject is met with others' words: "faced calls", "rejected demands", "came under pressure". */
const MET_WITH = new Set(['face', 'receive', 'ignore', 'reject', 'resist', 'dismiss', 'rebuff', 'defy', 'come']);
/** Nouns of demanding that such a verb takes: the words are the askers', not the subject's. */
const DEMANDS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'request', 'requests', 'pressure']);

/**
 * "Beijing has faced calls from US leaders to speak out against Russian atrocities": the subject of a verb that meets
 * a demand (MET_WITH, its noun within three words) does not name what the demand names; the askers do, and they are
 * no subject. The crime is then charged by no one here.
 */
function facedDemand(ctx: SentenceContext, verb: number): boolean {
  if (!MET_WITH.has(ctx.doc.tokens[verb]!.lemma)) return false;
  for (let k = verb + 1; k <= verb + 3; k++) {
    if (DEMANDS.has(token(ctx, k)?.lower ?? '')) return true;
  }
  return false;
}
