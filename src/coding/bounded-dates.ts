// An act bounded by a named day: "Russia withdrew its troops before 24 February", "Ukrainians who arrived in Portugal
// after February 24", "After November 9, peacekeepers were deployed along the corridor". The act was done some time
// before or after that day, never on it, and the sentence names no day of its own: it is history, no day, like one
// "some time ago" (year-dates.ts). dates.ts finds the bound; this file decides whether it bounds the trigger's act.
// The same holds the other way round: "talks took place on March 29, before Moscow launched a new offensive" names the
// main clause's day, and the act of the "before" clause after it was done after that day, not on it.
import type { SentenceContext } from './context.ts';

/** Words that open another clause between an act and a bound after it: "thanked … for aid to those who arrived after". */
const CLAUSE_BREAKS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'who',
  'which',
  'that',
  'when',
  'where',
  'while',
  'and',
  'but',
]);
/** Words that put the act ahead or make it only possible: "will withdraw before March 1", "plans to leave after May 9". */
const NOT_DONE = new Set(['will', 'would', 'shall', "'ll", 'can', 'could', 'may', 'might', 'must', 'should', 'to']);
/** How far after its act a bound may stand, in tokens: "began sending large amounts of troops to Belarus before". */
const REACH = 12;

/**
 * The bound whose word starts at character `bound` of the sentence (dates.ts) bounds the trigger's act: it opens the
 * sentence and the act follows it in the main clause, or it follows the act in the act's own clause.
 */
export function boundedAct(ctx: SentenceContext, bound: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  const offset = ctx.sentence.start + bound;
  let word = firstToken;
  while (word < endToken && tokens[word]!.start < offset) word++;
  if (word >= endToken || notDone(ctx, trigger)) return false;
  // "After November 9, Russian peacekeepers were deployed": an opening bound reaches the main clause after its comma.
  if (word === firstToken) return trigger > word && !subordinate(ctx, word, trigger);
  if (trigger >= word || word - trigger > REACH) return false;
  for (let k = trigger + 1; k < word; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return false;
  return true;
}

/** A clause word between the opening bound's comma and the trigger: "After May 9, Kyiv said that Russia …". */
function subordinate(ctx: SentenceContext, word: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let comma = word;
  while (comma < trigger && tokens[comma]!.text !== ',') comma++;
  for (let k = comma + 1; k < trigger; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The trigger's own words put its act ahead or only possible: a modal or "to" right before it, past adverbs. */
function notDone(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = trigger - 1;
  while (k >= ctx.sentence.firstToken && /^(?:ADV|AUX|PART)$/.test(tokens[k]!.pos) && !NOT_DONE.has(tokens[k]!.lower))
    k--;
  return k >= ctx.sentence.firstToken && NOT_DONE.has(tokens[k]!.lower);
}

/** Words between a day and a "before"/"after" clause that leave the clause bounded by it: "March 29, weeks before". */
const SPAN_WORDS = new Set([
  ',',
  'just',
  'shortly',
  'soon',
  'only',
  'days',
  'weeks',
  'months',
  'a',
  'few',
  'two',
  'three',
]);

/**
 * The sentence's day (starting at character `dayAt`) stands in a main clause, and the trigger's act in a "before" or
 * "after" clause joined after it: "met on March 29, after Russia shelled Kharkiv". The day bounds that act, so it is
 * not the act's. (When the clause names a day of its own, "after Russia shelled Kharkiv on March 27", dates.ts still
 * reads the first day; the act is then left with none rather than the wrong one.)
 */
export function actAfterBound(ctx: SentenceContext, dayAt: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const offset = ctx.sentence.start + dayAt;
  let k = trigger - 1;
  while (k > ctx.sentence.firstToken && tokens[k]!.start > offset) {
    const word = tokens[k]!.lower;
    if (word === 'before' || word === 'after') return clauseAfter(ctx, k, trigger) && daySpanBefore(ctx, k, offset);
    if (CLAUSE_BREAKS.has(word)) return false;
    k--;
  }
  return false;
}

/** Auxiliaries of a past: "was occupied", "had shelled". */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);

/**
 * The trigger's act, in the past, is that of an "after" or "before" clause that stands after the sentence's day
 * (starting at character `dayAt`) in a later clause of its own: "said during a news conference on Wednesday that …
 * Borodianka, a town where bodies were found after it was occupied by Russian forces". A day named in another clause
 * before it is not that act's, which was done some time before or after its own clause's (actAfterBound, right after
 * the day, is the same in the day's own clause).
 */
export function pastActInLaterBound(ctx: SentenceContext, dayAt: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const offset = ctx.sentence.start + dayAt;
  const verb = tokens[trigger]!;
  if (verb.pos !== 'VERB' || notDone(ctx, trigger)) return false;
  let k = trigger - 1;
  while (k > ctx.sentence.firstToken && /^(?:ADV|AUX)$/.test(tokens[k]!.pos) && !PAST_AUXILIARIES.has(tokens[k]!.lower))
    k--;
  const past = PAST_AUXILIARIES.has(tokens[k]!.lower)
    ? verb.lower.endsWith('ed') || verb.lower !== verb.lemma
    : tokens[k]!.pos !== 'AUX' && verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower);
  if (!past) return false;
  for (k = trigger - 1; k > ctx.sentence.firstToken && tokens[k]!.start > offset; k--) {
    const t = tokens[k]!;
    if (t.lower === 'before' || t.lower === 'after') return verbSince(ctx, offset, k) && clauseAfter(ctx, k, trigger);
    if (t.pos === 'VERB' || t.text === ',' || t.text === ';' || CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A verb stands between the character `offset` and the token `word`: the bound is in a later clause than the day's,
 * not a word of the day itself ("The day before yesterday Russia attacked").
 */
function verbSince(ctx: SentenceContext, offset: number, word: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = word - 1; j > ctx.sentence.firstToken && tokens[j]!.start > offset; j--) {
    if (tokens[j]!.pos === 'VERB') return true;
  }
  return false;
}

/** The "before"/"after" at `word` opens a clause whose verb is the trigger: a subject between them, no "to". */
function clauseAfter(ctx: SentenceContext, word: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (trigger <= word + 1 || notDone(ctx, trigger)) return false;
  return (
    tokens[trigger]!.pos === 'VERB' &&
    (ctx.mentionAt[word + 1]! >= 0 || /^(?:DET|PROPN|NOUN|PRON)$/.test(tokens[word + 1]!.pos))
  );
}

/** Only the day's own words and a span ("weeks", "shortly") stand between the day and the "before"/"after". */
function daySpanBefore(ctx: SentenceContext, word: number, offset: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = word - 1;
  while (k > ctx.sentence.firstToken && SPAN_WORDS.has(tokens[k]!.lower)) k--;
  // The day's last word: a number or a month or weekday name, which starts at or after the day's first character.
  return tokens[k]!.start >= offset && /^(?:NUM|PROPN)$/.test(tokens[k]!.pos);
}
