// A story of an earlier year told on past its opening sentence: "On February 20, 2014, Russia committed an
// international crime … Grossly violating Ukraine's sovereignty, Russian troops began occupying Crimea." The year opens
// the first sentence only; the sentences after it, told wholly in the past and naming no time of their own, go on with
// that story, and their acts are history (no day), not the article's; also past a paragraph break, which news sets
// after every sentence or two ("During the 1940s, Stalin implemented a policy of resettlement. ¶ Police would enter
// the villages … Residents of Crimea were deported to Central Asia."). So does a heading with no
// verb that names its year in parentheses, "World War I – Treaty of Brest-Litovsk (1918).", before "In this conflict,
// Russia agreed to recognize …": the era of the story told after it. A sentence with a verb in
// the present or the future ("Russia still occupies Crimea", "NATO will respond"), or one naming any time of its own,
// ends the story.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { perSentence } from './per-sentence.ts';

/**
 * A sentence opened by a year, past adverbs: "In 2014,", "On February 20, 2014,", "In March 2014,", "Back in 2014,", "In
 * the spring of 2014,", "On 20 February 2014,", "As early as 2002,", or a decade, "During the 1940s,". The year is the
 * first number group (a decade's "s" the second); the comma after it closes the opening phrase.
 */
const OPENING_YEAR =
  /^["“‘']?\s*(?:[A-Z][a-z]+ly,?\s+|back\s+|but\s+|then,?\s+)?(?:in|on|during|as\s+(?:early|late|far\s+back|long\s+ago)\s+as)\s+(?:(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|winter|end|beginning|start|middle)\s+(?:of\s+)?)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?|\d{1,2}\s+[A-Z][a-z]+\s+)?(?:the\s+)?((?:19|20)\d\d)(s?)\s*,/i;
/** A year in parentheses, or a span of years ("(1918)", "(1939–1945)"): the later year counts. */
const PARENTHESISED_YEAR = /\(((?:1[89]|20)\d\d)(?:\s*[-–]\s*((?:1[89]|20)\d\d))?\)/;
/** A year, a date or a time word of the sentence's own: it tells its own time, and leaves the story before it. */
const OWN_TIME =
  /\b(?:(?:19|20)\d\d|today|tonight|now|currently|yesterday|recently|this (?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ago)\b/i;
/** Auxiliaries of the present or the future. */
const PRESENT_AUXILIARIES = new Set([
  'is',
  'are',
  'am',
  "'s",
  "'re",
  'has',
  'have',
  'will',
  "'ll",
  'shall',
  'can',
  'may',
  'must',
  'does',
  'do',
]);
/** How many sentences back the story's opening may stand. */
const REACH = 3;

/**
 * The sentence at `index` is told wholly in the past: a verb in the past, and none in the present (no present
 * auxiliary, no "-s" form, no base form but an infinitive's after "to" or a modal of the past, "would", "could").
 */
function toldInPast(tokens: readonly Token[], first: number, end: number): boolean {
  return tense(tokens, first, end) === 'past';
}

/**
 * How a stretch of tokens is told: 'past' (a verb in the past and none in the present), 'present' (a verb in the
 * present or the future), or 'none' (no verb in a tense: a heading, or a fragment the splitter cut off, "After two years of fighting, tiny
 * Chechnya (pop.").
 */
function tense(tokens: readonly Token[], first: number, end: number): 'past' | 'present' | 'none' {
  let past = false;
  // "Police would enter the villages, remove people from their homes and relocate them": the habit of the past that
  // "would" tells goes on over the list of base forms after it.
  let habit = false;
  for (let j = first; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') {
      if (PRESENT_AUXILIARIES.has(t.lower)) return 'present';
      if (t.lower === 'was' || t.lower === 'were' || t.lower === 'had' || t.lower === 'did') past = true;
      if (t.lower === 'would') habit = true;
      continue;
    }
    if (t.pos !== 'VERB') continue;
    if (t.lower.endsWith('ing')) continue;
    if (t.lower === t.lemma) {
      // A base form is an infinitive ("to recognize", "could not stop", "to recover and annex"), else a present.
      const before = tokens[j - 1]?.lower ?? '';
      if (
        !habit &&
        before !== 'to' &&
        before !== 'and' &&
        before !== 'or' &&
        before !== 'not' &&
        tokens[j - 1]?.pos !== 'AUX'
      )
        return 'present';
      continue;
    }
    // "controls", "seeks": a present of the third person.
    if (t.lower.endsWith('s') && !t.lemma.endsWith('s')) return 'present';
    past = true;
  }
  return past ? 'past' : 'none';
}

/** No verb nor auxiliary at all in the stretch. */
function verbless(tokens: readonly Token[], first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  return true;
}

/**
 * The context's sentence goes on with a story one of the sentences just before opened with a year before the
 * article's: it names no time of its own, is told wholly in the past, and so is every sentence between.
 */
export const narratedYear: (ctx: SentenceContext) => boolean = perSentence(storyGoesOn);

function storyGoesOn(ctx: SentenceContext): boolean {
  const articleDate = ctx.doc.article.date;
  const { doc, sentence } = ctx;
  if (articleDate === null || sentence.index === 0 || OWN_TIME.test(sentence.text)) return false;
  const tokens = doc.tokens;
  if (!toldInPast(tokens, sentence.firstToken, sentence.endToken)) return false;
  const articleYear = Number(articleDate.slice(0, 4));
  for (let j = sentence.index - 1; j >= 0 && j >= sentence.index - REACH; j--) {
    const before = doc.sentences[j]!;
    const opening = OPENING_YEAR.exec(before.text);
    // "During the 1940s,": a decade counts by its last year ("In the 2020s," is not over).
    if (opening !== null) return Number(opening[1]) + (opening[2] === 's' ? 9 : 0) < articleYear;
    const told = tense(tokens, before.firstToken, before.endToken);
    // "World War I – Treaty of Brest-Litovsk (1918).": a heading naming the era of the story after it.
    const heading = verbless(tokens, before.firstToken, before.endToken) ? PARENTHESISED_YEAR.exec(before.text) : null;
    if (heading !== null) return Number(heading[2] ?? heading[1]) < articleYear;
    // A fragment with no verb in a tense goes on with the story; a sentence of its own time, or of the present, ends it.
    if (OWN_TIME.test(before.text) || told === 'present') return false;
  }
  return false;
}
