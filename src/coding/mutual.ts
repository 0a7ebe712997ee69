// Joint acts: which cooperative events two or more participants do to each other when no target is named.
// "The leaders agreed / discussed / met / signed a package of documents" are done together; "Germany and Hungary
// support this decision", "we offer solutions", "they welcome this event" are done by each side to a thing, so the
// sides are not each other's targets.
import type { SentenceContext } from './context.ts';
import type { Pattern } from './patterns.ts';

/** CAMEO roots whose events are mutual when coordinated actors have no separate target ("X and Y agreed"). */
export const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);

/**
 * Fighting and swaps that take two sides, done by each to the other when both are the subject and no target is
 * named: "Israeli troops and Palestinians clashed in Hebron", "India and Pakistan exchanged fire", "Russia and
 * Ukraine swapped prisoners" (force 19x and releases 0841 whose trigger is one of these verbs).
 */
const MUTUAL_FORCE = new Set(['clash', 'exchange', 'swap']);
export const mutualForceCode = (code: string): boolean => code.startsWith('19') || code === '0841';
const mutualForce = (pattern: Pattern): boolean =>
  mutualForceCode(pattern.code) && pattern.trigger.every((w) => MUTUAL_FORCE.has(w));

/** Words after "fought" that make two subjects allies: "fought together", "alongside", "side by side", "jointly". */
const ALLIED = new Set(['together', 'alongside', 'side', 'shoulder', 'jointly']);

/**
 * "Armenian and Azerbaijani troops fought overnight": two sides that fight, with no one else fought, fight each
 * other (the bare pattern `fight`); not when they fought side by side ("Poles and Ukrainians fought together").
 */
function foughtEachOther(ctx: SentenceContext, pattern: Pattern, trigger: number): boolean {
  if (pattern.items.length > 0 || pattern.noun || !pattern.trigger.every((w) => w === 'fight')) return false;
  // "hard-fought matches": a participle inside a hyphenated compound is an adjective.
  const before = ctx.doc.tokens[trigger - 1];
  if (before?.text === '-' && before.end === ctx.doc.tokens[trigger]!.start) return false;
  for (let k = trigger + 1; k < Math.min(ctx.sentence.endToken, trigger + 4); k++)
    if (ALLIED.has(ctx.doc.tokens[k]!.lower)) return false;
  return true;
}

/**
 * Support, defence, rallying, recognition, apology and forgiveness (051–056) go from one side to another: two
 * subjects that support or recognise something do not support or recognise each other.
 */
const GIVEN = /^05[1-6]/;
/**
 * Praise by the participants is the exception: what two sides praise after talks is what they achieved together
 * ("the leaders praised the level of interaction they had reached"), so each praises the other's part (as the
 * review set annotates it).
 */
const PRAISE = new Set(['praise', 'commend', 'hail', 'applaud']);

/** Verbs done together whatever their object: "they signed a package of documents", "we will negotiate this". */
const TOGETHER = new Set(['sign', 'ratify', 'negotiate']);

/** Word classes that open a verb's object: "support this decision", "offer solutions", "visited the ruined areas". */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * Whether the coordinated subjects, the plural participants or the "we" of a cooperative event act on each other.
 * `pattern` is what matched at the trigger, `end` the token after the match. Reciprocal words decide ("supporting
 * each other"); else a given act (051–056) is never mutual, nor a bare "verb T" whose object is a thing rather
 * than an actor ("support this decision", "we meet pensioners"); a signing or a negotiation stays joint whatever
 * its object ("signed a package of documents"), and so does an act aimed at "you", the speaker's counterpart ("we
 * will meet you").
 */
export function jointAct(ctx: SentenceContext, pattern: Pattern, trigger: number, end: number): boolean {
  if (mutualForce(pattern) || foughtEachOther(ctx, pattern, trigger)) return true;
  if (!RECIPROCAL_ROOTS.has(pattern.code.slice(0, 2))) return false;
  if (reciprocalWords(ctx, trigger)) return true;
  if (GIVEN.test(pattern.code) && !pattern.trigger.every((w) => PRAISE.has(w))) return false;
  const together = pattern.trigger.every((w) => TOGETHER.has(w));
  return !(pattern.id.endsWith('(bare)') && !together && thingObject(ctx, end));
}

/** "each other", "one another" or "mutually" in the verb's clause: "are firmly supporting each other". */
function reciprocalWords(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger - 1]?.lower === 'mutually') return true;
  for (let k = trigger + 1; k < Math.min(ctx.sentence.endToken - 1, trigger + 6); k++) {
    const pair = `${tokens[k]!.lower} ${tokens[k + 1]!.lower}`;
    if (pair === 'each other' || pair === 'one another') return true;
    if (tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** Words that open a time adverbial, not an object: "we met last year / less than three months ago / today". */
const TIME_WORDS = new Set(
  'today yesterday tomorrow tonight last next earlier later again less more once twice recently ago this every'.split(
    ' ',
  ),
);
/** Nouns of time after "this"/"every": "this week", "every year" (not "this decision"). */
const TIME_NOUNS =
  /^(?:morning|afternoon|evening|day|week|weekend|month|year|time|spring|summer|autumn|fall|winter)s?$/;

/**
 * The verb's object right after it (adverbs aside) is a noun phrase or a pronoun other than "you", or an infinitive
 * ("offered to help Ukraine").
 */
function thingObject(ctx: SentenceContext, end: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = end;
  while (k < ctx.sentence.endToken && tokens[k]!.pos === 'ADV') k++;
  // "They offered to help Ukraine": the act offered is the object, aimed at its own target, not at each other.
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB' && k + 1 < ctx.sentence.endToken) return true;
  while (k < ctx.sentence.endToken && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  const t = tokens[k];
  if (k >= ctx.sentence.endToken || t === undefined || ctx.mentionAt[k]! >= 0) return false;
  if (TIME_WORDS.has(t.lower) && (!/^(?:this|every)$/.test(t.lower) || TIME_NOUNS.test(tokens[k + 1]?.lower ?? '')))
    return false;
  // "we first met 13 years ago", "we met many times".
  if (tokens.slice(k + 1, Math.min(k + 4, ctx.sentence.endToken)).some((w) => /^(?:ago|times)$/.test(w.lower)))
    return false;
  return OBJECT_START.has(t.pos) && t.lower !== 'you';
}
