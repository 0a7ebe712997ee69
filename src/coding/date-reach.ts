// How far a date after an act reaches back to it, and which clause a year before "when" names (year-dates.ts).
// - A list of places or parties between the act and its date is the act's object, not another clause: "Lavrov
//   traveled to Ethiopia, Uganda and Egypt at the end of July" was in July.
// - A verb joined by "and" with no subject of its own shares the act's subject and time: "Russian missiles hit and
//   damaged the memorial in early March".
// - The act's own object, an event noun past a hyphenated modifier or the doer's possessive, is no other event:
//   "started a full-scale invasion of Ukraine in February 2022", "began its invasion in February".
// - So is the event an act is done in, "in" right after the verb: "was killed in a Russian attack in March 2022".
// - A participle hung on the date's clause acts then: "imposed sanctions on him in July, accusing him of …".
// - A year right before "when", past the nouns it qualifies, is the time the "when" clause names, whatever the word
//   before it: "look back into 2021 when Russia sent proposals", "return to 1997 levels when NATO and Russia signed".
// - An "after" clause set off after a past date with a vague span ("In March 2022, weeks after Moscow launched its
//   invasion") tells an act before that date: history too.
// - A past infinitive is a past, not an intention: "is said to have attacked Kyiv in March" was in March.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { LIGHT_VERBS, POSSESSIVE_PRONOUNS } from './lexicon.ts';
import { gluedHyphen } from './match.ts';

/** The token at `j` is inside an actor mention, or a proper noun. */
function named(ctx: SentenceContext, j: number): boolean {
  return ctx.mentionAt[j]! >= 0 || ctx.doc.tokens[j]?.pos === 'PROPN';
}

/**
 * The comma at `j` separates the items of a list of names ("Ethiopia, Uganda, the Republic of Congo, and Egypt"): a
 * name ends right before it and another starts right after it, past "and"/"or" and an article.
 */
export function listComma(ctx: SentenceContext, j: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[j]?.text !== ',' || !named(ctx, j - 1)) return false;
  let k = j + 1;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k++;
  if (tokens[k]?.pos === 'DET') k++;
  if (!named(ctx, k)) return false;
  // "attacked Kyiv, Russia said in March": a name followed by a verb is a clause's subject, not a list item.
  let n = k;
  while (named(ctx, n) || tokens[n]?.lower === 'of') n++;
  return tokens[n]?.pos !== 'VERB' && tokens[n]?.pos !== 'AUX';
}

/** A verb in the past: "damaged", "held", "fought" (not "damages", "holding", "hold"). */
function pastForm(t: Token): boolean {
  return t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}

/**
 * The verb at `j` follows "and" right after the act's object, with no subject of its own, and both are told in the
 * past or the same form: "hit and damaged the memorial", "met X and held talks". (Not "attacks Ukraine and annexed".)
 */
export function joinedPredicate(tokens: readonly Token[], trigger: number, j: number): boolean {
  const act = tokens[trigger]!;
  const verb = tokens[j]!;
  if (tokens[j - 1]?.lower !== 'and' || act.pos !== 'VERB' || !pastForm(verb)) return false;
  return pastForm(act) || (act.lower === act.lemma && !/(?:s|ing)$/.test(act.lower) && j === trigger + 2);
}

/**
 * The event noun at `noun` is the object of the act ending at `triggerEnd`, past only an article, adjectives and a
 * hyphenated modifier ("started a full-scale invasion"), or past the doer's possessive after a light verb ("began its
 * invasion", "launched their offensive"): the act's own event, not another one the date may belong to. (Both leave
 * the noun outside the pattern's trigger span, which is why the span alone does not say so.)
 */
export function ownObjectNoun(tokens: readonly Token[], trigger: number, triggerEnd: number, noun: number): boolean {
  if (tokens[trigger]!.pos !== 'VERB') return false;
  let own = false;
  for (let j = triggerEnd + 1; j < noun; j++) {
    const t = tokens[j]!;
    if (gluedHyphen(tokens, j)) own = true;
    else if (j === triggerEnd + 1 && POSSESSIVE_PRONOUNS.has(t.lower) && LIGHT_VERBS.has(tokens[trigger]!.lemma))
      own = true;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || (gluedHyphen(tokens, j - 1) && t.pos === 'NOUN'))) return false;
  }
  return own;
}

/** Words that make a date a span's bound: "has been tightening its grip since last year, amassing troops". */
const SPAN_BOUNDS = new Set(['since', 'from', 'until', 'till']);
/** Words before the last year of a closed span: "from 2012 to 2014", "between 1924 and 1953". */
const SPAN_ENDS = new Set(['to', 'until', 'till', 'and', 'through']);

/**
 * A participle hung on the date's clause by a comma right after the date (`first` to `last`): "in July, accusing him
 * of …". Not after a span's bound: what goes on "since last year, amassing troops" goes on now.
 */
export function participleAfterDate(tokens: readonly Token[], first: number, last: number, trigger: number): boolean {
  const t = tokens[trigger]!;
  // (Not a closed span of years, "from 2012 to 2014", "from 2012-14": a time like "in 2012".)
  const closed = /\d[-–]\d/.test(tokens[last]?.lower ?? '') || SPAN_ENDS.has(tokens[last - 1]?.lower ?? '');
  if (!closed && (SPAN_BOUNDS.has(tokens[first]?.lower ?? '') || SPAN_BOUNDS.has(tokens[first - 1]?.lower ?? '')))
    return false;
  return trigger === last + 2 && tokens[last + 1]?.text === ',' && t.pos === 'VERB' && t.lower.endsWith('ing');
}

/** How many nouns a year may qualify before "when": "1997 levels when", "the 2014 events, when". */
const QUALIFIED_NOUNS = 2;

/**
 * The index of "when" after a year at `year`, past up to QUALIFIED_NOUNS nouns and a comma ("into 2021 when", "to
 * 1997 positions when", "of 2014, when"), else -1.
 */
export function whenAfterYear(tokens: readonly Token[], year: number): number {
  let k = year + 1;
  while (k <= year + QUALIFIED_NOUNS && tokens[k]?.pos === 'NOUN') k++;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'when' ? k : -1;
}

/** Vague spans before "after": "weeks after", "days after", "shortly after", "just weeks after". */
const VAGUE_SPANS = new Set(['weeks', 'days', 'months', 'shortly', 'soon', 'just', 'only', 'mere', 'a', 'few']);

/**
 * The index of "after" opening a clause set off after a date ending at `last` by a comma and a vague span ("In March
 * 2022, weeks after …", "in 2014, shortly after …"), else -1.
 */
export function spanAfter(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.text !== ',') return -1;
  let k = last + 2;
  let span = false;
  while (VAGUE_SPANS.has(tokens[k]?.lower ?? '')) {
    span = true;
    k++;
  }
  return span && tokens[k]?.lower === 'after' ? k : -1;
}

/**
 * "to have" and a past participle at `to`: a past infinitive, "is said to have attacked Kyiv in March", "claims to have
 * met him earlier this month". It tells a past act as a finite past does, so a date reaches it as one; it is no
 * intention ("agreed to hold a summit in February"), whose time may lie ahead.
 */
export function pastInfinitive(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.lower !== 'to' || tokens[to + 1]?.lower !== 'have') return false;
  // "to have already met": past adverbs to the participle.
  let k = to + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  return verb !== undefined && pastForm(verb);
}

/** A bare form joined to a verb in the past is in the past too: "missiles hit and damaged" (not "hit" to come). */
export function pastByJoin(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  return (
    t.pos === 'VERB' && t.lower === t.lemma && tokens[trigger + 1]?.lower === 'and' && pastForm(tokens[trigger + 2]!)
  );
}

/** Words of a noun phrase before its head: "a Russian missile", "the first". */
const NOUN_PHRASE = /^(?:DET|ADJ|PROPN|NUM|PRON|NOUN)$/;

/**
 * The event noun at `noun` is what the act ending at `triggerEnd` was done in, "in" right after the verb: "was killed
 * in a Russian attack", "died in the shelling" (not "participation in the summit", a noun's topic).
 */
export function doneIn(tokens: readonly Token[], triggerEnd: number, noun: number): boolean {
  if (tokens[triggerEnd]!.pos !== 'VERB' || tokens[triggerEnd + 1]?.lower !== 'in') return false;
  for (let j = triggerEnd + 2; j < noun; j++) if (!NOUN_PHRASE.test(tokens[j]!.pos)) return false;
  return noun > triggerEnd + 1;
}
