// A sentence's pattern matches: trigger words looked up by lemma or de-inflected form, tested as verbs or
// event nouns in context, matched against their patterns, the best match kept per trigger.
import { mayHold, stemHash, tokenKeys, wordHash, type TokenKeys } from '../actors/trie.ts';
import { attributiveIng } from './attributive-ing.ts';
import { clauseAfterThat, nounSubjectEndsAt } from './content-clauses.ts';
import { determinedNoun } from './determined-nouns.ts';
import type { Codebook, TriggerPatterns } from './codebook.ts';
import { token, type SentenceContext } from './context.ts';
import { SUBORDINATORS } from './lexicon.ts';
import { matchPattern, type Match, type MatchOptions } from './match.ts';
import type { Pattern } from './patterns.ts';
import { taggedAdjectiveBeforeAgent } from './relatives.ts';
import { isArmedForce, isPassive, passiveAgent, SAME_PARTICIPLE } from './roles.ts';
import type { Mention } from '../types.ts';

/** Prepositions after which "-ing + armed force" is a modifier ("against occupying forces"); not by/for/of/after,
 * which take gerunds with objects ("by attacking Russian forces"). */
const ADJECTIVAL_PREPOSITIONS = new Set(['against', 'with', 'from', 'among', 'between', 'near', 'toward', 'towards']);

/** Tags after which a participle before a noun is its adjective ("two jailed dissidents", "helped exiled …"). */
const ATTRIBUTIVE_AFTER = new Set(['NUM', 'ADJ', 'VERB', 'ADP']);

/**
 * "700 destroyed cities", "thousands of destroyed hospitals", "the number of rejected candidates", "dead and wounded
 * servicemen", "in previously agreed areas", "talked to wounded servicemen", "an exhibition of destroyed military
 * equipment": an -ed form between a number, adjective or preposition (an -ly adverb
 * aside) and its noun or name ("in the temporarily occupied Crimea") describes it. Not after a year or a date
 * ("Russia in 2014 seized territory", "on February 24 invaded Ukraine") or an actor.
 */
function attributiveBeforeNoun(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  const next = token(ctx, i + 1);
  if (!/ed$/.test(t.lower) || next === undefined) return false;
  const m = ctx.mentions[ctx.mentionAt[i + 1] ?? -1];
  // "an exhibition of destroyed military equipment": an adjective may stand between the participle and its noun.
  const noun = /^(?:NOUN|PROPN)$/.test(next.pos) || (next.pos === 'ADJ' && token(ctx, i + 2)?.pos === 'NOUN');
  if (m !== undefined ? m.firstToken !== i + 1 || m.kind === 'pronoun' : !noun) return false;
  let k = i - 1;
  // "dead and wounded servicemen": a conjunction after an adjective joins two modifiers.
  if (token(ctx, k)?.pos === 'CCONJ' && token(ctx, k - 1)?.pos === 'ADJ') k -= 2;
  // "internationally agreed borders", "the universally accepted principle": an -ly adverb modifies the participle,
  // and after one, the sentence's start or a determiner also makes it attributive ("the parties separately
  // discussed areas of cooperation" has a noun there: a verb).
  const adverb = token(ctx, k)?.pos === 'ADV' && token(ctx, k)!.lower.endsWith('ly');
  if (adverb) k--;
  const before = token(ctx, k);
  if (adverb && (before === undefined || before.pos === 'DET')) return true;
  if (before === undefined || ctx.mentionAt[k]! >= 0) return false;
  // "on February 24 invaded Ukraine": a date's day or a year is no quantity of the noun.
  if (before.pos === 'NUM') return !/^(?:1[89]|20)\d\d$/.test(before.text) && token(ctx, k - 1)?.pos !== 'PROPN';
  // "talked to wounded servicemen": after "to" an -ed form is never an infinitive's verb.
  return before.pos === 'ADJ' || before.lower === 'to' || (before.pos === 'ADP' && !SUBORDINATORS.has(before.lower));
}

/** A mention of a group of people (not a state or a person) starts at token `k` ("dissidents from Iran"). */
function groupAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
  return m !== undefined && m.firstToken === k && m.kind === 'nominal' && m.actor.type === 'group';
}

/** A mention of an armed force starts at token `k` ("Russian forces", "the separatists"). */
function armedForceAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
  return m !== undefined && m.firstToken === k && isArmedForce(m);
}

/** All pattern matches in a sentence, minus triggers that another match used as a literal. */
export function sentenceMatches(ctx: SentenceContext, codebook: Codebook): Match[] {
  const matches: Match[] = [];
  const keys = tokenKeys(ctx.doc.tokens); // hashed once per document, for the actor tries and for this lookup
  let words: Int32Array | null = null; // made at the sentence's first trigger
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    if (ctx.mentionAt[i]! >= 0) continue;
    const t = ctx.doc.tokens[i]!;
    // A token's trie key is its lower form unless an apostrophe was folded: then its hash is not the lower form's.
    const lowerHash = keys.keys[i] === t.lower ? keys.hashes[i]! : wordHash(t.lower);
    const candidates = triggerPatterns(codebook, t.lemma, t.lower, lowerHash);
    if (candidates === undefined) continue;
    // A pattern can match only if its words are in the sentence (`mayFind`): at most triggers (69% on the corpus)
    // none of either part's patterns has them, and the tests below that tell a verb from a noun, and the passive
    // reading, are dearer than that look-up.
    words ??= sentenceWords(ctx, keys);
    // The verbs' first findable pattern first; the nouns' is read only when no verb pattern is findable, or below
    // when the trigger is read as a noun (a third more `mayFind` calls when read for both parts every time).
    const fromVerbs = firstFindable(candidates.verbs, words);
    let fromNouns = fromVerbs < 0 ? firstFindable(candidates.nouns, words) : UNREAD;
    if (fromVerbs < 0 && fromNouns < 0) continue;
    // "the occupied West Bank": a participle after a determiner is an adjective, not an event.
    // So is "Jordan's visiting King": an -ing form between a determiner or possessive and an actor.
    const before = ctx.doc.tokens[i - 1];
    const adjectival =
      t.pos === 'VERB' &&
      ((before?.pos === 'DET' && /ed$/.test(t.lower) && !pronounBoth(ctx, i)) ||
        // "the Israeli-occupied West Bank", "Russian-backed separatists": a hyphenated participle is an adjective.
        (before?.text === '-' && before.end === t.start && /ed$/.test(t.lower)) ||
        // "freed two jailed dissidents", "met exiled opposition leaders": so is a participle opening a group of
        // people after a number, adjective, verb or preposition (after its subject it is the verb: "Iran jailed").
        // ("Russian shelling wounded civilians": an -ing subject leaves the participle a verb; so does an actor whose
        // name ends in a word the tagger calls a verb: "Human Rights Watch condemned Egyptian soldiers").
        (ATTRIBUTIVE_AFTER.has(before?.pos ?? '') &&
          !/ing$/.test(before?.lower ?? '') &&
          ctx.mentionAt[i - 1]! < 0 &&
          /ed$/.test(t.lower) &&
          groupAt(ctx, i + 1)) ||
        attributiveBeforeNoun(ctx, i) ||
        ((before?.pos === 'DET' || (before?.pos === 'PART' && before.lower !== 'to')) &&
          /ing$/.test(t.lower) &&
          ctx.mentionAt[i + 1]! >= 0) ||
        // "defenses against occupying Russian forces", "Invading Russian troops shelled …": an -ing form opening
        // the noun phrase of an armed force names what the force is doing, not an event of its own.
        (/ing$/.test(t.lower) &&
          (i === ctx.sentence.firstToken || ADJECTIVAL_PREPOSITIONS.has(before?.lower ?? '')) &&
          armedForceAt(ctx, i + 1)) ||
        // "our negotiating team", "Russian occupying authorities" (attributive-ing.ts).
        attributiveIng(ctx, i));
    // "per convict", "despite calls for calm": a verb-tagged word after a determiner heads a noun phrase. A word
    // written as a pattern of its own, whose act is coded with no object, names that act as a noun too ("died as a
    // result of torture"): still read (not the "(bare)" forms the codebook adds to "verb T" patterns).
    const tagNoun = determinedNoun(ctx, i) && !candidates.verbs.some(objectless);
    const verb = (t.pos === 'VERB' && !adjectival && !tagNoun) || verbLike(ctx, i) || possessiveHave(ctx, i);
    // Noun patterns may start with an adjective: "n:military aid to T", "n:joint exercises with T".
    const noun = !verb && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || tagNoun);
    if (!verb && !noun) continue;
    // A trigger with patterns of the other part only ("talks" read as a verb) matches nothing here.
    const tried = verb ? candidates.verbs : candidates.nouns;
    if (!verb && fromNouns === UNREAD) fromNouns = firstFindable(candidates.nouns, words);
    const from = verb ? fromVerbs : fromNouns;
    if (from < 0) continue;
    const passive = verb && isPassive(ctx, i);
    const skip = passive ? (passiveAgent(ctx, i)?.span ?? null) : null;
    const best = bestMatch(ctx, i, tried, from, words, { passive, skip });
    if (best !== null) matches.push(best);
  }
  // Most sentences match nothing: no set and no filtered copy for them.
  if (matches.length === 0) return matches;
  // A trigger that another match used as a literal, or that stands inside another match's span
  // ("conducting military exercises": "military" is not a noun event of its own), is not an event.
  const used = new Set<number>();
  for (const m of matches) {
    const last = Math.max(m.trigger, ...m.literals);
    for (let k = m.trigger + 1; k <= last; k++) used.add(k);
  }
  return matches.filter((m) => !used.has(m.trigger));
}

/** `sentenceMatches`'s mark for the nouns' first findable pattern not read yet (`firstFindable` gives -1 or more). */
const UNREAD = -2;

/** A verb pattern written with no items ("1822 torture"), not a "(bare)" form derived from "verb T". */
function objectless(p: Pattern): boolean {
  return !p.noun && p.items.length === 0 && !p.id.endsWith('(bare)');
}

/**
 * "The presidents had/AUX an in-depth discussion": "have" the tagger calls an auxiliary is the main verb when a
 * determiner opens its object (an auxiliary is followed by a participle: "have discussed").
 */
function possessiveHave(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return t.pos === 'AUX' && t.lemma === 'have' && i + 1 < ctx.sentence.endToken && ctx.doc.tokens[i + 1]!.pos === 'DET';
}

/**
 * The most specific pattern of the trigger's part that matches at it: most items first (the codebook's order);
 * among equals the tightest match (fewest skipped tokens: "war_crimes" over "crime" in "of war
 * crimes"), then the finer CAMEO code (1384 "threaten to invade" over 138).
 */
function bestMatch(
  ctx: SentenceContext,
  i: number,
  candidates: readonly Pattern[],
  from: number,
  words: Int32Array,
  options: MatchOptions,
): Match | null {
  let best: Match | null = null;
  // The patterns before `from` failed `mayFind`: none of them could have matched; the one at `from` passed it.
  for (let p = from; p < candidates.length; p++) {
    const pattern = candidates[p]!;
    if (best !== null && pattern.items.length < best.pattern.items.length) break;
    if (p > from && !mayFind(pattern, words)) continue;
    const match = matchPattern(ctx, i, pattern, options);
    if (match === null) continue;
    if (
      best === null ||
      match.gaps < best.gaps ||
      (match.gaps === best.gaps && match.pattern.code.length > best.pattern.code.length)
    )
      best = match;
  }
  return best;
}

/** Bits of the sentence's word signature (`sentenceWords`): 1,024, so that few words of a pattern pass by chance. */
const SIGNATURE_MASK = 1023;
/**
 * The one signature, cleared for each sentence: it is read only while `sentenceMatches` runs, and a typed array made
 * per sentence cost more than the patterns it rules out.
 */
const signature = new Int32Array((SIGNATURE_MASK + 1) / 32);

/**
 * The sentence's words as a bit signature: one bit (of `wordHash`) for the lower form and one for the lemma of
 * each token, the forms a pattern's literal can match (match.ts).
 */
function sentenceWords(ctx: SentenceContext, keys: TokenKeys): Int32Array {
  const bits = signature.fill(0);
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    setBit(bits, keys.keys[k] === t.lower ? keys.hashes[k]! : wordHash(t.lower));
    if (t.lemma !== t.lower) setBit(bits, wordHash(t.lemma));
  }
  return bits;
}

function setBit(bits: Int32Array, hash: number): void {
  const h = hash & SIGNATURE_MASK;
  bits[h >>> 5]! |= 1 << (h & 31);
}

/** The index of the first of the patterns that `mayFind` lets through, or -1 when it rules them all out. */
export function firstFindable(patterns: readonly Pattern[], words: Int32Array): number {
  for (let p = 0; p < patterns.length; p++) if (mayFind(patterns[p]!, words)) return p;
  return -1;
}

/**
 * Whether every word item of the pattern has an alternative whose first word may be in the sentence. A literal
 * matches only inside the sentence, at a token whose lemma or lower form is that word, so a pattern that fails
 * here cannot match: most patterns tried at a trigger (85% on the corpus) are ruled out without a token scan. A
 * word present by chance (a shared bit) only lets `matchPattern` decide, as before. It reads the pattern's flat
 * `firstWords` (patterns.ts), not its items: the items are objects of three shapes, and their loads here were the
 * larger part of `bestMatch`'s own time.
 */
function mayFind(pattern: Pattern, words: Int32Array): boolean {
  const firstWords = pattern.firstWords;
  let n = 0;
  while (n < firstWords.length) {
    const end = n + 1 + firstWords[n]!;
    let found = false;
    for (n++; n < end && !found; n++) {
      const h = firstWords[n]! & SIGNATURE_MASK;
      found = (words[h >>> 5]! & (1 << (h & 31))) !== 0;
    }
    if (!found) return false;
    n = end;
  }
  return true;
}

/**
 * Patterns for a token: by lemma, by surface form, then by undoing regular inflection, because the
 * lemmatiser sometimes strips too much ("staged" → "stag", "waged" → "wag").
 */
function triggerPatterns(
  codebook: Codebook,
  lemma: string,
  lower: string,
  lowerHash: number,
): TriggerPatterns | undefined {
  // Most tokens are their own lemma: one lookup, not the same miss twice.
  const direct =
    lower === lemma
      ? triggerLookup(codebook, lower, lowerHash)
      : (triggerLookup(codebook, lemma, wordHash(lemma)) ?? triggerLookup(codebook, lower, lowerHash));
  if (direct === undefined && lower === 'shot') return triggerLookup(codebook, 'shoot', wordHash('shoot'));
  // endsWith rather than a regex literal: this runs on most tokens, and a literal is a new RegExp each time.
  if (direct !== undefined || !(lower.endsWith('s') || lower.endsWith('ed') || lower.endsWith('ing'))) return direct;
  return deinflected(codebook, lower);
}

function triggerLookup(codebook: Codebook, word: string, hash: number): TriggerPatterns | undefined {
  return mayHold(codebook.triggerFilter, hash) ? codebook.byTrigger.get(word) : undefined;
}

/**
 * The patterns of the first regular stem of `word` that has any: -ed, -ing, -es and -s undone, in that order. A stem
 * is hashed in place and made as a string only when the trigger filter lets it through: most words tried here have
 * none (a third of the tokens end so).
 */
function deinflected(codebook: Codebook, word: string): TriggerPatterns | undefined {
  const n = word.length;
  if (word.endsWith('ed'))
    return stemLookup(codebook, word, n - 1) ?? stemLookup(codebook, word, n - 2) ?? stemLookup(codebook, word, n - 3);
  if (word.endsWith('ing'))
    return (
      stemLookup(codebook, word, n - 3, true) ?? stemLookup(codebook, word, n - 3) ?? stemLookup(codebook, word, n - 4)
    );
  // A word in -es is also one in -s: both stems, the longer cut first.
  if (word.endsWith('es')) return stemLookup(codebook, word, n - 2) ?? stemLookup(codebook, word, n - 1);
  return word.endsWith('s') ? stemLookup(codebook, word, n - 1) : undefined;
}

/**
 * The patterns of the stem `word.slice(0, length)` (a negative length cuts nothing, as `slice(0, -k)` of a short word),
 * with an "e" added when `withE` ("closing" → "close").
 */
function stemLookup(codebook: Codebook, word: string, length: number, withE = false): TriggerPatterns | undefined {
  const n = Math.max(0, length);
  if (!mayHold(codebook.triggerFilter, stemHash(word, n, withE ? E : -1))) return undefined;
  return codebook.byTrigger.get(withE ? `${word.slice(0, n)}e` : word.slice(0, n));
}

const E = 'e'.charCodeAt(0);

/**
 * The tagger often reads an inflected verb as a noun or adjective ("Russia attacks Ukraine",
 * "Turkey armed Azerbaijan", "militants abducted two workers"): an -s/-ed form right after an
 * actor (or after has/have/had) and before an object is taken as the verb.
 */
function verbLike(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  if (taggedAdjectiveBeforeAgent(ctx, i)) return true;
  const prev = i - 1 >= ctx.sentence.firstToken ? ctx.doc.tokens[i - 1] : undefined;
  // After a modal or an infinitive's "to" a base form is a verb: "Israel will free/ADJ 150 prisoners".
  if (prev !== undefined && (MODALS.has(prev.lower) || (prev.lower === 'to' && prev.pos === 'PART'))) {
    const next = ctx.doc.tokens[i + 1];
    return (
      next !== undefined &&
      i + 1 < ctx.sentence.endToken &&
      (ctx.mentionAt[i + 1]! >= 0 || next.pos === 'DET' || next.pos === 'NUM' || QUANTITY_OPENERS.has(next.lower))
    );
  }
  // A progressive the tagger reads as a gerund noun: "Russia is bombing/NOUN Ukrainian cities", "has been bombing".
  if (t.lower.endsWith('ing') && PROGRESSIVE_BE.has(prev?.lower ?? '')) return objectFollows(ctx, i);
  // A participial clause the tagger reads as a gerund noun: "opened fire, killing one person and arresting 12".
  if (t.lower.endsWith('ing') && (prev?.lower === ',' || prev?.lower === 'and')) return objectFollows(ctx, i);
  // "the official cast/NOUN doubt on …": a verb whose past tense is its base form, right after a subject that ends
  // in a noun (not the adjective of "the Israeli hit list", nor a possessive's "Russia's cut in gas"), is that past.
  if (SAME_PARTICIPLE.has(t.lower) && prev !== undefined && nounSubjectEndsAt(ctx, i - 1))
    return objectFollows(ctx, i) || (i + 1 < ctx.sentence.endToken && ctx.doc.tokens[i + 1]!.pos === 'NOUN');
  // "Ukraine shot/NOUN down a Russian drone", "soldiers had shot/NOUN dead three civilians": the irregular past the
  // tagger reads as a noun (lemma "shot"), after a subject or has/had, before its object or a particle and an object.
  if (
    t.lower === 'shot' &&
    prev !== undefined &&
    (nounSubjectEndsAt(ctx, i - 1) || /^(?:has|have|had)$/.test(prev.lower))
  )
    return objectFollows(ctx, i) || (PARTICLES.has(ctx.doc.tokens[i + 1]?.lower ?? '') && objectFollows(ctx, i + 1));
  // A headline's plural subject and a base form: "Syrian forces clash with rioters", "Russian troops attack Kharkiv",
  // "Ukrainian forces shell the outskirts of Donetsk" (an object or a place name right after it).
  if (!/(?:s|ed)$/.test(t.lower))
    return (
      (pluralSubjectBefore(ctx, i) &&
        (ctx.doc.tokens[i + 1]?.pos === 'ADP' ||
          // Only a body that acts as one: not a people or a class of states, whose base form before an object is an
          // opinion or a question ("many Russians support the war", "which European countries support Ukraine").
          (organisedSubjectBefore(ctx, i) && (objectFollows(ctx, i) || placeNameFollows(ctx, i))))) ||
      // "Spain and France support/NOUN Ukraine": two named states joined are a plural subject that acts as one.
      (coordinatedStatesBefore(ctx, i) && (objectFollows(ctx, i) || placeNameFollows(ctx, i)))
    );
  // An adverb may stand between the subject and the verb: "Zelenskyy also informed/ADJ Nausėda about …".
  let s = i - 1;
  while (s > ctx.sentence.firstToken && ctx.doc.tokens[s]!.pos === 'ADV' && ctx.mentionAt[s]! < 0) s--;
  const afterSubject = ctx.mentionAt[s]! >= 0 || /^(?:has|have|had)$/.test(ctx.doc.tokens[s]?.lower ?? '');
  if (prev === undefined || !afterSubject) return false;
  // "The President of Ukraine informed/ADJ about the security situation": a past form whose "about" tells what of;
  // "Egypt mediated/ADJ between Israel and the Palestinians": one whose "between" names the parties.
  const after = ctx.doc.tokens[i + 1]?.lower;
  if (objectFollows(ctx, i) || (t.lower.endsWith('ed') && (after === 'about' || after === 'between'))) return true;
  // A place the actor stage leaves to the place finder may be the object: "Russia shells Kharkiv".
  if (t.lower.endsWith('s') && placeNameFollows(ctx, i)) return true;
  // "Ukraine demands/NOUN that Russia withdraw", "Moscow charges/NOUN that Kyiv shelled …": an -s form right after
  // a subject (not a possessive's "Ukraine's demands that …") before a content clause is the verb.
  if (t.lower.endsWith('s') && nounSubjectEndsAt(ctx, s) && clauseAfterThat(ctx, i + 1)) return true;
  // A phrasal verb's particle may stand before the object: "Russian soldiers rounded/ADJ up Ukrainian civilians".
  return PARTICLES.has(ctx.doc.tokens[i + 1]?.lower ?? '') && objectFollows(ctx, i + 1);
}

/** An object opens right after token `i`: an actor, a determiner, a number, an adjective or a possessive. */
function objectFollows(ctx: SentenceContext, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  if (next === undefined || i + 1 >= ctx.sentence.endToken) return false;
  return (
    ctx.mentionAt[i + 1]! >= 0 ||
    next.pos === 'DET' ||
    next.pos === 'NUM' ||
    next.pos === 'ADJ' ||
    /^(?:his|her|its|their|our)$/.test(next.lower)
  );
}

/** A capitalised proper noun naming no actor follows `i` and ends the clause: "Russia shells Kharkiv.". */
function placeNameFollows(ctx: SentenceContext, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  if (next === undefined || i + 1 >= ctx.sentence.endToken || next.pos !== 'PROPN' || ctx.mentionAt[i + 1]! >= 0)
    return false;
  const after = ctx.doc.tokens[i + 2];
  return i + 2 >= ctx.sentence.endToken || after === undefined || after.pos === 'PUNCT' || after.pos === 'ADP';
}

/** Particles of phrasal verbs that may stand between a verb and its object. */
const PARTICLES = new Set(['up', 'out', 'off', 'down']);
/** Forms of "be" before a progressive's -ing. */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** Words that open a quantity before an object: "free over 150 prisoners", "free some detainees". */
const QUANTITY_OPENERS = new Set(['over', 'about', 'some', 'nearly', 'almost', 'more', 'up', 'at', 'all']);

/** Sectors of bodies that act as one: armed forces, governments, parliaments, police, rebels. */
const ORGANISED = new Set(['MIL', 'GOV', 'LEG', 'COP', 'SPY', 'REB', 'INS', 'SEP', 'UAF']);

/** The actor mention ending before `i` is of an organised body ("Russian troops", "US lawmakers"). */
function organisedSubjectBefore(ctx: SentenceContext, i: number): boolean {
  const sector = ctx.mentions[ctx.mentionAt[i - 1] ?? -1]?.actor.sector;
  return sector !== undefined && sector !== null && ORGANISED.has(sector);
}

/** Mention kinds that name a state or a body outright ("Spain", "NATO", "Washington"), not a class or a people. */
const NAMED_KINDS = new Set(['name', 'seat']);
/** Types of actors that act as one when named. */
const ACTING_TYPES = new Set(['state', 'igo', 'organization']);
/** A people named by its plural ("Russians", "Ukrainians", "the Japanese"): its opinion is no state's act. */
const PEOPLE_PLURAL = /(?:ans|ese|ish|ch)$/;

/** The mention ending at token `end` (exclusive) names a state or a body, not a people. */
function namedBodyEndsAt(ctx: SentenceContext, end: number): Mention | undefined {
  const m = ctx.mentions[ctx.mentionAt[end - 1] ?? -1];
  if (m === undefined || m.endToken !== end || !NAMED_KINDS.has(m.kind) || !ACTING_TYPES.has(m.actor.type))
    return undefined;
  return PEOPLE_PLURAL.test(ctx.doc.tokens[end - 1]!.lower) ? undefined : m;
}

/** "Spain and France" ends before `i`: two named states or bodies joined by "and". */
function coordinatedStatesBefore(ctx: SentenceContext, i: number): boolean {
  const last = namedBodyEndsAt(ctx, i);
  if (last === undefined || ctx.doc.tokens[last.firstToken - 1]?.lower !== 'and') return false;
  return last.firstToken - 1 > ctx.sentence.firstToken && namedBodyEndsAt(ctx, last.firstToken - 1) !== undefined;
}

/**
 * The token before `i` ends a plural actor mention ("Syrian forces", "protesters"); not an abbreviation in -S ("the
 * US support its plan": a noun after a singular name).
 */
function pluralSubjectBefore(ctx: SentenceContext, i: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[i - 1] ?? -1];
  const last = ctx.doc.tokens[i - 1]!;
  return (
    m !== undefined && m.endToken === i && m.kind !== 'pronoun' && /s$/.test(last.lower) && !/^[A-Z.]+$/.test(last.text)
  );
}

/**
 * "Both agreed to …": "both" standing alone as the clause's subject (first in the sentence or after a comma or a
 * conjunction), before a verb that opens no noun phrase of its own. Not "who both called out": a relative's "both"
 * floats after its subject.
 */
function pronounBoth(ctx: SentenceContext, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  const before = ctx.doc.tokens[i - 2];
  const opens = i - 1 === ctx.sentence.firstToken || before?.pos === 'PUNCT' || before?.pos === 'CCONJ';
  return (
    ctx.doc.tokens[i - 1]?.lower === 'both' &&
    opens &&
    (i + 1 >= ctx.sentence.endToken || next === undefined || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos))
  );
}
