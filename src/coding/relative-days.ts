// A day told in a relative clause dates that clause's act, not the act of the clause it hangs on: "Yermak thanked the
// community for taking part in the events dedicated to the anniversary of the tragedy, which took place on November 6
// last year" (the thanking is the article's news, the events were in November); "Putin had a telephone conversation
// with Angela Merkel, who completed her term of office on December 8"; "Recalling the resolution adopted on March 2,
// we call on Russia" (the call is the article's). The sentence's day (dates.ts) is then no day of the act outside the
// clause, which keeps the article's.
//
// Only a clause set off from the act: a "who"/"which"/"whom"/"whose" clause after a comma, or one after a noun
// phrase the act's own object is not ("launched missiles which hit Kyiv on Monday" tells one strike, and keeps its
// day); and a past participle describing a noun ("the resolution adopted on March 2") when the act stands before it
// or after it past a comma. A noun the act is done in or at is the act's occasion, whose day is the act's ("was
// killed in a strike, which hit the city on Monday", "met during the summit, which opened on Monday"); a "when" or
// "where" clause names the act's time or place, and is left alone.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { tokenAtOffset } from './context.ts';

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Prepositions that make the noun before a clause the act's occasion: "killed in a strike, which …". */
const OCCASIONS = new Set(['in', 'during', 'at', 'amid']);
/** Words of a noun phrase, walked back from a clause's opener to the preposition that governs it. */
const NOUN_PHRASE = /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|PART|PUNCT)$/;
/**
 * Verbs that take a clause with no "that", whose subject's verb in the simple past looks like a participle: "said
 * Russian troops shelled Kharkiv on Monday".
 */
const CLAUSE_VERBS = new Set(
  'say tell claim report announce add state note believe think insist warn write argue confirm deny admit'.split(' '),
);
/** How far back a participle's noun phrase may run to the word that governs it ("the resolution ES-11/1 of the UN …"). */
const OBJECT_REACH = 12;
/** How far back a noun phrase may run before its clause, in tokens. */
const PHRASE_REACH = 8;

/**
 * The sentence's day, whose words start at character `at` of the sentence (dates.ts), lies in a relative clause or a
 * participle phrase that does not hold the act at `trigger` to `triggerEnd`.
 */
export function dayInOtherRelative(ctx: SentenceContext, at: number, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  const day = tokenAtOffset(ctx, at);
  if (day >= endToken || (trigger <= day && day <= triggerEnd)) return false;
  // The clause's opener: the nearest relative word or describing participle before the day, within its clause.
  const opener = openerBefore(tokens, day, firstToken);
  if (opener < 0) return false;
  const participle = !RELATIVES.has(tokens[opener]!.lower);
  if (triggerEnd < opener) {
    // The act stands before the clause: the clause must be about a noun other than the act's own object.
    if (occasionNoun(tokens, opener, firstToken)) return false;
    if (!participle && tokens[opener - 1]!.text !== ',' && directObject(tokens, triggerEnd, opener)) return false;
    return true;
  }
  if (trigger <= day) return false;
  // The act stands after the clause: a comma closes the clause before it, and the clause was set off by a comma
  // ("Merkel, who completed her term on December 8, said") or describes a noun ("the resolution adopted on March 2,").
  // ("the resolution adopted on March 2, which calls on Russia to withdraw": a second clause on the same noun tells
  // what the noun did then, and keeps the day.)
  let closed = false;
  for (let j = day + 1; j < trigger; j++) {
    if (RELATIVES.has(tokens[j]!.lower)) return false;
    closed ||= tokens[j]!.text === ',';
  }
  // "Families whose sons went missing after the ship sank a week ago are demanding answers": an act told in the present
  // after the clause is outside it, comma or none.
  const present = presentAct(tokens, trigger);
  if (!(closed || present) || occasionNoun(tokens, opener, firstToken)) return false;
  return participle || present || tokens[opener - 1]?.text === ',';
}

/**
 * The relative word ("which", "who") or the describing past participle ("adopted" after a noun) that opens the clause
 * holding the day at `day`, walking back over the clause's words; -1 when a clause boundary or another verb comes
 * first.
 */
function openerBefore(tokens: readonly Token[], day: number, first: number): number {
  let verbs = 0;
  for (let k = day - 1; k > first; k--) {
    const t = tokens[k]!;
    if (RELATIVES.has(t.lower)) return k;
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') return -1;
    // A comma inside the clause ("which, on …") is rare; past one, the words are another clause's.
    if (t.text === ',') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // "the resolution adopted on March 2": a past participle right after its noun opens a describing phrase.
      if (describingParticiple(tokens, k, first)) return k;
      // The relative clause's own verbs ("which was signed", "whose sons went missing after the ship sank"): at most
      // three, past their auxiliaries.
      if (t.pos === 'VERB' && ++verbs > 3) return -1;
    }
    if (t.lower === 'that' || t.lower === 'when' || t.lower === 'where' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/**
 * A past participle (no "-ing", no "-s", not a base form) right after a noun that is an object, "for the resolution
 * adopted", "welcomed the decision taken": its noun phrase follows a preposition or a verb other than one of saying
 * ("said troops shelled Kharkiv on Monday" is a clause of its own, its verb a simple past).
 */
function describingParticiple(tokens: readonly Token[], k: number, first: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || !/(?:ed|en|wn|ne|t)$/.test(t.lower)) return false;
  const before = tokens[k - 1];
  if (before === undefined || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  for (let j = k - 2; j >= first && j > k - 2 - OBJECT_REACH; j--) {
    const w = tokens[j]!;
    if (w.pos === 'ADP' && w.lower !== 'of') return true;
    if (w.pos === 'VERB') return !CLAUSE_VERBS.has(w.lemma);
    if (!/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|PART|ADP|SYM)$/.test(w.pos)) return false;
  }
  return false;
}

/** The act at `trigger` is told in the present: "are demanding", "is calling", "demands" (not "was", "demanded"). */
function presentAct(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  if (t.pos !== 'VERB') return false;
  let k = trigger - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  const aux = tokens[k]!;
  if (aux.pos === 'AUX') return PRESENT_BE.has(aux.lower) && t.lower.endsWith('ing');
  return t.lower !== t.lemma && /[^s]s$/.test(t.lower);
}

/** Forms of "be" in the present, for a progressive: "are demanding". */
const PRESENT_BE = new Set(['is', 'are', 'am']);

/** The noun phrase before the clause's opener is governed by a preposition of occasion: "in a strike, which". */
function occasionNoun(tokens: readonly Token[], opener: number, first: number): boolean {
  let k = opener - 1;
  if (tokens[k]?.text === ',') k--;
  for (const stop = Math.max(first, k - PHRASE_REACH); k >= stop; k--) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') return OCCASIONS.has(t.lower);
    if (!NOUN_PHRASE.test(t.pos) || t.text === ',') return false;
  }
  return false;
}

/** The words between the act and the clause's opener are only the act's object, a noun phrase: "launched missiles". */
function directObject(tokens: readonly Token[], triggerEnd: number, opener: number): boolean {
  for (let j = triggerEnd + 1; j < opener; j++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos)) return false;
  return true;
}
