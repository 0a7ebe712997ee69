// Who held a meeting named only in a prepositional phrase of time: "During a meeting with Duda, Zelenskyy
// discussed …", "This was stated by Zelenskyy following talks with Rutte", "Scholz said after talks with Macron".
// Readouts name the counterpart in the phrase and the one who met them in the clause around it.
import type { Actor, Event, Mention, Token } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { gluedHyphen } from './match.ts';
import { subjectOf } from './roles.ts';

/** How far a phrase may run: the one that opens a sentence before its comma, those before the meeting's phrase. */
const PHRASE_REACH = 25;

/** Prepositions that place a clause in the time of a meeting. */
const TIME_PREPOSITIONS = new Set(['during', 'at', 'in', 'after', 'following', 'before']);

/**
 * The holders of the meeting noun at `i` when a preposition of time heads it: the subject of the main clause that
 * the phrase opens ("During talks with Scholz, Zelenskyy noted …"), the agent it follows ("was stated by Zelenskyy
 * following talks with Rutte") or the subject of the verb it follows ("said after talks with …"); none otherwise,
 * nor when the counterparts are all media.
 */
export function meetingHolders(ctx: SentenceContext, i: number, counterparts: readonly Mention[]): Mention[] {
  // "during a meeting with media representatives": talking to the press is no consultation between sides.
  if (counterparts.every((m) => m.actor.sector === 'MED')) return [];
  const p = prepositionBefore(ctx, i);
  if (p < 0) return [];
  if (p === ctx.sentence.firstToken || answeringOpens(ctx, p) || adverbsOpen(ctx, p))
    return openedClauseSubject(ctx, i);
  // "stated by Zelenskyy in a statement to the media following a meeting with …", "said, answering questions from
  // the media after a meeting with …": phrases naming no actor but the press may stand between.
  let k = p - 1;
  while (k > p - PHRASE_REACH && (press(ctx, k) || (mentionOf(ctx, k) === undefined && inAnswer(ctx, k)))) k--;
  const agent = mentionOf(ctx, k);
  if (agent !== undefined) return token(ctx, agent.firstToken - 1)?.lower === 'by' || saidBy(ctx, agent) ? [agent] : [];
  const before = token(ctx, k);
  // "said after talks with …", "said, answering questions after talks with …": the subject of the verb of saying.
  if (before?.pos === 'VERB' && token(ctx, k + 1)?.text === ',') return subjectOf(ctx, k);
  return before?.pos === 'VERB' || before?.pos === 'ADV' ? subjectOf(ctx, k + 1) : [];
}

/** Words of a clause of speaking to the press: "answering questions from", "who was speaking with". */
const ANSWERING = new Set(['answering', 'speaking', 'talking', 'responding', 'commenting', 'who', 'was', 'questions']);

/** "the media", "journalists": the press, no side of the meeting. */
function press(ctx: SentenceContext, k: number): boolean {
  return mentionOf(ctx, k)?.actor.sector === 'MED';
}

/** A word of a phrase or of a clause of answering the press ("…, answering questions from the media after"). */
function inAnswer(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k);
  return inPhrase(t) || t?.text === ',' || ANSWERING.has(t?.lower ?? '');
}

/** "Answering questions from the media after a meeting with X, Zelenskyy said": a clause of answering opens the sentence. */
function answeringOpens(ctx: SentenceContext, p: number): boolean {
  for (let k = p - 1; k >= ctx.sentence.firstToken; k--) {
    if (k === ctx.sentence.firstToken) return ANSWERING.has(token(ctx, k)!.lower);
    if (!press(ctx, k) && (mentionOf(ctx, k) !== undefined || !inPhrase(token(ctx, k)))) return false;
  }
  return false;
}

/** A word of a prepositional phrase naming no actor ("in a statement to the media", "journalists' questions"). */
function inPhrase(t: Token | undefined): boolean {
  return (
    t !== undefined && (/^(?:DET|ADJ|NOUN|NUM|ADP)$/.test(t.pos) || POSSESSIVE_MARKS.has(t.text)) && t.lower !== 'by'
  );
}

/** The possessive ending of a plural ("journalists' questions"), which the tagger may call punctuation. */
const POSSESSIVE_MARKS = new Set(["'", '’', "'s", '’s']);

/** '"…," said the Head of State during a meeting with the media after talks with X': the inverted subject of saying. */
function saidBy(ctx: SentenceContext, agent: Mention): boolean {
  const verb = token(ctx, agent.firstToken - 1);
  const before = token(ctx, agent.firstToken - 2)?.text ?? '';
  return verb?.lemma === 'say' && /^[,"”’']$/.test(before);
}

/** "Today, immediately after talks with X, Zelenskyy …": only adverbs, time nouns and commas open the sentence. */
function adverbsOpen(ctx: SentenceContext, p: number): boolean {
  for (let k = ctx.sentence.firstToken; k < p; k++) {
    const t = token(ctx, k)!;
    if (mentionOf(ctx, k) !== undefined || !(t.pos === 'ADV' || t.text === ',' || OPENING_WORDS.has(t.lower)))
      return false;
  }
  return true;
}

/** Words of time that open a sentence as adverbs, whatever the tagger calls them ("Yesterday, right after …"). */
const OPENING_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'later',
  'earlier',
  'then',
  'right',
  'just',
  'shortly',
]);

/** The preposition heading the noun phrase of the meeting noun at `i` ("during a working meeting"), or -1. */
function prepositionBefore(ctx: SentenceContext, i: number): number {
  let floor = Math.max(ctx.sentence.firstToken, i - 4);
  for (let k = i - 1; k >= floor; k--) {
    const t = token(ctx, k)!;
    // "after an hour-long meeting with": a hyphenated modifier's hyphen is no word of the phrase.
    if (gluedHyphen(ctx.doc.tokens, k)) {
      floor = Math.max(ctx.sentence.firstToken, floor - 1);
      continue;
    }
    // The tagger reads "following" as a verb.
    // "in negotiations with Russia" also names a process one takes part in ("a strong position in negotiations
    // with Russia"); "in a phone call with" is one meeting.
    if (t.lower === 'in') return /^(?:a|an|the)$/.test(token(ctx, k + 1)?.lower ?? '') ? k : -1;
    if (TIME_PREPOSITIONS.has(t.lower) && (t.pos === 'ADP' || t.lower === 'following')) return k;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return -1;
  }
  return -1;
}

/**
 * "During a meeting with X and Y, Zelenskyy discussed …": the subject that opens the clause after the phrase's
 * comma (only a determiner or title words before it), when that clause's verb follows it.
 */
function openedClauseSubject(ctx: SentenceContext, i: number): Mention[] {
  const end = Math.min(ctx.sentence.endToken, i + PHRASE_REACH);
  let comma = i + 1;
  while (comma < end && token(ctx, comma)!.text !== ',') comma++;
  if (comma >= end) return [];
  for (let k = comma + 1; k < ctx.sentence.endToken; k++) {
    const t = token(ctx, k)!;
    if (mentionOf(ctx, k) !== undefined) continue;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') {
      if (/^(?:DET|ADJ|NOUN|PROPN|ADV|CCONJ|PUNCT)$/.test(t.pos) && k < comma + 12) continue;
      return [];
    }
    const subject = subjectOf(ctx, k);
    return subject.length > 0 && subject[0]!.firstToken > comma && subject[0]!.firstToken <= comma + 3 ? subject : [];
  }
  return [];
}

/** Marks the rule of an event whose holder `meetingHolders` found. */
export const HELD_IN_PHRASE = ' (held by the clause around it)';

/**
 * "During a working visit to Brussels, Zelenskyy met with Michel": the main clause tells the consultation between
 * the same two sides, and the phrase only sets it in time; its meeting is no event of its own.
 */
export function meetingRestated(event: Event, found: readonly Event[]): boolean {
  if (!event.rule.endsWith(HELD_IN_PHRASE)) return false;
  return found.some(
    (o) =>
      o !== event &&
      o.cameo.startsWith('04') &&
      !o.rule.endsWith(HELD_IN_PHRASE) &&
      side(o.source) === side(event.source) &&
      side(o.target) === side(event.target),
  );
}

const side = (a: Actor | null): string | null => (a === null ? null : (a.country ?? a.code));
