// A day said of another event: "Pashinyan informed Putin about his talks with Aliyev in Brussels on April 6", "the
// leaders discussed the results of the summit held in Kyiv on October 12", "congratulated him on his victory in the
// election on April 3", "his first trip after his inauguration on March 19", "the importance of implementing the
// agreements of November 9, 2020, and January 11". The sentence's day (dates.ts) belongs to
// the meeting the act is about, not to the informing or the discussing, which the article reports on its own day.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { tokenAtOffset } from './context.ts';

/** Nouns of meetings and other occasions that a day may date by themselves. */
const OCCASION_NOUNS = new Set(
  `talk meeting summit conversation videoconference negotiation contact consultation visit conference call session
  forum election referendum vote inauguration re-election reelection agreement`.split(/\s+/),
);
/**
 * Prepositions that make the occasion what an act is about or follows: "informed about", "results of", "his first
 * trip after his inauguration on March 19" (an act after a day is not on it, as with "after February 24": dates.ts);
 * "including" sets off one of the act's partners or objects, which the occasion describes ("with all our partners,
 * including my partner in conversation yesterday").
 */
const ABOUT = new Set(['about', 'of', 'on', 'regarding', 'concerning', 'following', 'after', 'including']);
/**
 * Words that hang the occasion's phrase on a noun before it, which may itself be what the act is about: "on his
 * victory in the election on April 3", "on his re-election to the office … and his inauguration as President". Not
 * "at" or "during", which name the act's own occasion ("informed him of the plans at the summit on Monday").
 */
const LINKS = new Set(['in', 'to', 'as', 'and']);
/** The most such links climbed from the occasion's phrase to the word that makes it what the act is about. */
const MAX_LINKS = 4;
/** Nouns before "of" that make the occasion the act's own: "as part of", "on the sidelines of". */
const PART_OF = new Set(['part', 'sidelines', 'margins', 'framework', 'course']);
/** Words that may stand between an occasion noun and its day: its place, its parties, its date's preposition. */
const NOUN_PHRASE = /^(?:ADP|DET|PROPN|NOUN|ADJ|NUM|PART|CCONJ)$/;
/** The farthest an occasion noun may stand before its day, in tokens. */
const REACH = 20;

/**
 * The sentence's day, whose words start at character `at` of the sentence, dates an occasion noun (OCCASION_NOUNS)
 * that the act at `trigger` is about or follows ("about his talks … on April 6", "the talks held in Sochi on November
 * 25, the leaders continued"), and not that act. Only a noun after "about"/"of"/"on"/… or described by a participle
 * ("held") counts: "met Macron at the summit on Monday" dates the meeting too.
 */
export function dayOfAnotherOccasion(ctx: SentenceContext, at: number, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  const day = tokenAtOffset(ctx, at);
  if (day >= endToken || (trigger <= day && day <= triggerEnd)) return false;
  // "the discussions held during the November 23 meeting": a day before its noun dates that noun alone.
  const attributive = occasionAfterDay(tokens, day, firstToken, endToken);
  if (attributive >= 0) {
    if (trigger <= attributive && triggerEnd >= day - 1) return false;
    const start = possessorStart(tokens, day - 1, firstToken);
    const about = aboutAt(tokens, start, firstToken) || heldAt(tokens, start - 1);
    return (
      about && !partOf(tokens, attributive, firstToken) && otherClause(tokens, start, attributive, trigger, triggerEnd)
    );
  }
  let participle = false;
  let noun = -1;
  for (let k = day - 1; k >= Math.max(firstToken, day - REACH); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && OCCASION_NOUNS.has(t.lemma)) {
      noun = k;
      break;
    }
    // "the talks held in Sochi": a participle right after a noun describes it.
    if (
      t.pos === 'VERB' &&
      t.lower !== t.lemma &&
      !/(?:s|ing)$/.test(t.lower) &&
      /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')
    ) {
      participle = true;
      continue;
    }
    // "the leaders of Russia, Azerbaijan and Armenia": a comma inside a list of names; "the agreements of November 9,
    // 2020, and January 11": a comma after a day or year in a list of days.
    if (t.text === ',') {
      const [prev, next] = [tokens[k - 1]?.pos, tokens[k + 1]?.pos ?? ''];
      if (prev === 'PROPN' && next === 'PROPN') continue;
      if (prev === 'NUM' && /^(?:PROPN|NUM|CCONJ)$/.test(next)) continue;
    }
    if (!NOUN_PHRASE.test(t.pos)) return false;
  }
  if (noun < 0) return false;
  const start = phraseStart(tokens, noun, firstToken);
  if (!participle && !aboutAt(tokens, start, firstToken)) return false;
  // "As part of the Commission meeting held in Washington on November 10, Kuleba met with …": the act's occasion.
  if (partOf(tokens, noun, firstToken)) return false;
  return otherClause(tokens, start, day, trigger, triggerEnd);
}

/**
 * The act at `trigger` stands outside the occasion's phrase (`start` to `last`): before it ("discussed the results of
 * the talks"), or after it past a comma, when the phrase opens the sentence ("As a follow-up to the talks held … on
 * November 25, 2021, the leaders continued").
 */
function otherClause(
  tokens: readonly Token[],
  start: number,
  last: number,
  trigger: number,
  triggerEnd: number,
): boolean {
  if (trigger < start) return triggerEnd < start;
  if (trigger <= last) return false;
  for (let j = last + 1; j < trigger; j++) if (tokens[j]!.text === ',') return true;
  return false;
}

/** A month's name or its abbreviation ("November", "Nov.", "Sept"), not a word it begins ("mayor", "decade"). */
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * The day at token `day` modifies the occasion noun after it, behind a determiner: "the November 23 meeting", "their
 * 12 March talks". The noun's index, else -1 ("On November 23 talks were held" has no determiner: the day is the
 * sentence's).
 */
function occasionAfterDay(tokens: readonly Token[], day: number, first: number, end: number): number {
  if (day - 1 < first) return -1;
  const before = tokens[day - 1]!;
  if (!/^(?:DET|PRON)$/.test(before.pos) && !POSSESSIVE.test(before.lower)) return -1;
  const a = tokens[day]!.lower;
  const b = tokens[day + 1]?.lower ?? '';
  if (!(MONTH_WORD.test(a) && DAY_NUMBER.test(b)) && !(DAY_NUMBER.test(a) && MONTH_WORD.test(b))) return -1;
  // "the March 12 presidential election": adjectives may stand between the day and its noun.
  let k = day + 2;
  while (k < end && k < day + 4 && tokens[k]!.pos === 'ADJ') k++;
  const noun = tokens[k];
  return k < end && noun!.pos === 'NOUN' && OCCASION_NOUNS.has(noun!.lemma) ? k : -1;
}

/** The possessive ending, straight or curly. */
const POSSESSIVE = /^['’]s$/;

/** "Aliyev's April 6 talks": the possessor's names before the "'s" at `k` start the phrase; else `k` does. */
function possessorStart(tokens: readonly Token[], k: number, first: number): number {
  if (!POSSESSIVE.test(tokens[k]?.lower ?? '')) return k;
  let start = k;
  while (start - 1 >= first && start > k - 4 && tokens[start - 1]!.pos === 'PROPN') start--;
  return start;
}

/**
 * The phrase starting at token `start` is what an act is about (ABOUT before it), maybe through a gerund ("on winning
 * the election") or through nouns it hangs on (LINKS: "on his victory in the election").
 */
function aboutAt(tokens: readonly Token[], start: number, first: number): boolean {
  let s = start;
  for (let links = 0; s - 1 >= first; links++) {
    const before = tokens[s - 1]!;
    if (ABOUT.has(before.lower)) return true;
    if (before.pos === 'VERB' && before.lower.endsWith('ing')) {
      // "the importance of consistently implementing the agreements": adverbs may stand before the gerund.
      let k = s - 2;
      while (k > first && tokens[k]!.pos === 'ADV') k--;
      return ABOUT.has(tokens[k]?.lower ?? '');
    }
    if (links >= MAX_LINKS || !LINKS.has(before.lower)) return false;
    const head = tokens[s - 2];
    if (head === undefined || s - 2 < first || !/^(?:NOUN|PROPN)$/.test(head.pos)) return false;
    s = phraseStart(tokens, s - 2, first);
  }
  return false;
}

/**
 * "the discussions held during", "as agreed during": a participle and its preposition before the occasion's phrase,
 * ending at `prep`, after the noun it describes or an "as" that makes it an aside of another act's.
 */
function heldAt(tokens: readonly Token[], prep: number): boolean {
  const verb = tokens[prep - 1];
  return (
    tokens[prep]?.pos === 'ADP' &&
    verb?.pos === 'VERB' &&
    verb.lower !== verb.lemma &&
    !/(?:s|ing)$/.test(verb.lower) &&
    (/^(?:NOUN|PROPN)$/.test(tokens[prep - 2]?.pos ?? '') || tokens[prep - 2]?.lower === 'as')
  );
}

/** The first word of the noun phrase ending at `noun`: "his", "the 23rd Ukraine-EU". */
function phraseStart(tokens: readonly Token[], noun: number, first: number): number {
  let k = noun;
  while (k - 1 >= first && k > noun - 6 && /^(?:DET|PRON|ADJ|NUM|PROPN|NOUN|PART)$/.test(tokens[k - 1]!.pos)) k--;
  return k;
}

/** "part of" (PART_OF) before the noun phrase ending at `noun`, past its names and hyphens: "as part of the Ukraine-US … meeting". */
function partOf(tokens: readonly Token[], noun: number, first: number): boolean {
  for (let k = noun - 1; k > first && k > noun - 10; k--) {
    const t = tokens[k]!;
    if (t.lower === 'of') return PART_OF.has(tokens[k - 1]!.lower);
    if (t.pos === 'VERB' || t.text === ',') return false;
  }
  return false;
}
