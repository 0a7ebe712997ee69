// A matter a side spoke about, drew attention to or focused on in talks, or only the topic of someone's words.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Verbs of speaking whose "about" pattern (040 "speak|talk about -") tells a matter in talks. */
const SPEAKING = new Set(['speak', 'talk']);
/** The past forms that report a turn of talks ("Lukashenko spoke about …"), not "is talking about", "will talk about". */
const REPORTED = new Set(['spoke', 'talked']);
/** A perfect ("we have spoken about it many times") tells a habit of saying, no turn of talks. */
const PERFECT = new Set(['have', 'has', 'had', "'ve"]);
/** A speaker's own words ("We talked about it yesterday", "as I spoke about"): a turn of its own text, no readout. */
const FIRST_PERSONS = new Set(['i', 'we', 'you']);
/** Subjects that name both sides of talks: "The parties focused on …" (not "He focused on", "The talks focused on"). */
const FOCUSING = new Set(['parties', 'interlocutors', 'presidents', 'leaders', 'sides', 'they']);
/** Relative words opening a clause whose object is the matter ("the mistakes which they talked about every year"). */
const RELATIVES = new Set(['which', 'that', 'what']);
/** What may follow "about" for a matter to be named: a noun phrase or a clause ("how to …"), not a back-reference. */
const NAMED = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'VERB', 'SCONJ']);

/**
 * "Alexander Lukashenko spoke about the measures Minsk is taking", "They also talked about aspects of trade": in a
 * readout, a matter one side spoke about is told to the other (040, readout-counterpart.ts). Not when the words are
 * no turn of talks (true: no event): "we are talking about six months" (this concerns), "I will talk about it later",
 * "we have spoken about it many times", "We talked about it a lot" (the speaker's own words, often of home affairs),
 * "the mistakes which they talked about every year" (a back-reference), "spoke about this in an interview" (a statement), nor in a
 * sentence opened by the talks it reports ("During a phone conversation with Biden, Zelenskyy spoke about …" is that
 * conversation, held-meetings.ts). "drew attention to" is a side's turn too, but not attention drawn in the passive;
 * "focused on" is a turn only of both sides named together ("The parties focused on …", as "paid attention to"), not
 * of one side nor of the talks themselves ("The conversation focused on …" restates them).
 */
export function spokenTopic(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  const verb = tokens[i]!;
  if (match.pattern.noun || !match.pattern.noTarget) return false;
  // "the Czech side's attention was drawn to …": attention drawn in the passive is the addressee's, not a doer's turn.
  if (verb.lemma === 'draw') return verb.lower === 'drawn';
  if (verb.lemma === 'focus') return !FOCUSING.has(subjectWord(ctx, i));
  if (!SPEAKING.has(verb.lemma)) return false;
  if (!REPORTED.has(verb.lower)) return true;
  const before = subjectWord(ctx, i);
  if (PERFECT.has(before) || FIRST_PERSONS.has(before)) return true;
  const first = ctx.sentence.firstToken;
  for (let j = Math.max(first, i - 3); j < i; j++) if (RELATIVES.has(tokens[j]!.lower)) return true;
  const next = tokens[match.end];
  if (next === undefined || next.sentence !== verb.sentence || !NAMED.has(next.pos)) return true;
  for (let j = first; j < i; j++) if (tokens[j]!.lower === 'during') return true;
  return false;
}

/** The word right before the verb at `i`, past adverbs ("The parties also focused on", "we have often spoken"). */
function subjectWord(ctx: SentenceContext, i: number): string {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  while (k >= ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  return k >= ctx.sentence.firstToken ? tokens[k]!.lower : '';
}

/** Words naming whom a talk is held with: "a long talk with Macron", "a talk between the two leaders". */
const PARTNERED = new Set(['with', 'between']);

/**
 * "As war talk over Ukraine reached fever pitch", "Talk of the U.S. officially designating Russia … hasn't gained
 * traction", "all the talk about the strategic necessity of …": "talk" in the singular, with no partner after it, is
 * what people say about a matter, no talks held (the plural "talks" and "a talk with X" are).
 */
export function idleTalk(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  if (!match.pattern.noun || tokens[match.trigger]!.lower !== 'talk') return false;
  // "Military experts talk of …": after a plural noun, "talk" is the verb the tagger took for a noun.
  const before = match.trigger > ctx.sentence.firstToken ? tokens[match.trigger - 1] : undefined;
  if (before?.pos === 'NOUN' && before.lower.endsWith('s')) return false;
  return !PARTNERED.has(tokens[match.trigger + 1]?.lower ?? '');
}
