// Talks named as the topic of what is told or assessed, no event of their own: "Putin informed Viktor Orban about the
// current status of talks between Russian and Ukrainian representatives", "exchanged views on the latest round of talks
// between …", "shared his assessment of the negotiations between …", "provided an update on the talks between …",
// "informed Mr Putin about his talks with Aliyev in Brussels on April 6". The sentence reports the telling (coded by
// its own verb, the readout's consultation); the talks it is about were news of their own day, usually another one.
// Only nouns of consultation: "informed about the shelling of Kharkiv" still tells who shelled (a conflict report).
// A time ("during the talks", "following the talks", "as a result of the talks") keeps the noun's event.
import { mentionOf, type SentenceContext } from './context.ts';
import { NEGATING_NOUNS } from './lexicon.ts';
import type { Match } from './match.ts';

/** Prepositions that name a topic whatever governs them: "about the talks", "regarding the negotiations". */
const TOPIC_MARKERS = new Set(['about', 'regarding', 'concerning']);

/**
 * Words (lemmas) of report or assessment whose complement after a given preposition is a topic: "the results of",
 * "the status of", "views on", "an update on", "focused on", "progress in". Not "in view of" (a cause) nor "the focus
 * of X's meeting" (the meeting is the event; its focus is the topic).
 */
const TOPIC_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['result', 'outcome', 'status', 'progress', 'assessment', 'issue', 'detail'])],
  ['on', new Set(['view', 'opinion', 'idea', 'assessment', 'update', 'information', 'detail', 'focus', 'progress'])],
  ['in', new Set(['progress'])],
]);

/** Words of the noun's own phrase before the trigger: "the latest round", "his", "the current", "peace talks". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN']);

/** How many words may stand between the preposition and the trigger. */
const REACH = 4;

/** The noun of consultation at `match` is the topic of a report or assessment: no event. */
export function reportedTopic(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.noun || !match.pattern.code.startsWith('04')) return false;
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = Math.min(match.trigger, ...match.literals) - 1;
  for (let n = 0; k >= first && n < REACH; k--, n++) {
    const t = tokens[k]!;
    if (TOPIC_MARKERS.has(t.lower) || TOPIC_HEADS.has(t.lower)) break;
    // "Ilham Aliyev's April 6 talks", "the Russian-Israeli talks": owners and sides are words of the phrase.
    if (mentionOf(ctx, k) !== undefined || t.text === '-' || t.text === "'s" || t.text === '’s') continue;
    if (!PHRASE_POS.has(t.pos)) return false;
  }
  if (k < first) return false;
  const marker = tokens[k]!.lower;
  if (TOPIC_MARKERS.has(marker)) return true;
  const heads = TOPIC_HEADS.get(marker);
  const head = k - 1 >= first ? tokens[k - 1] : undefined;
  if (heads === undefined || head === undefined) return false;
  // "as a result of the talks" is a cause, not a topic.
  if (head.lemma === 'result' && tokens[k - 2]?.lower === 'a') return false;
  return heads.has(head.lemma);
}

/** Prepositions that open the content of a noun: "a resolution on recognising", "the declaration on deepening". */
const CONTENT_MARKERS = new Set(['on', 'about', 'concerning', 'regarding']);

/**
 * An -ing verb that states the content of a noun, not an act: "the State Duma's resolution on recognising the Donetsk
 * and Lugansk People's Republics", "the Declaration on Deepening the Strategic Partnership", "reviewing my proposals
 * on holding exercises in Belarus", "discussions on granting Ukraine the status of a candidate". What a resolution,
 * proposal, agreement or talk is about is done, if ever, when it is done; the noun's own event is coded by its verb
 * ("was signed", "adopted"). A verb before the preposition ("insisted on holding talks") is read elsewhere, and so
 * is a negating noun ("a moratorium on deploying missiles": the act negated).
 */
export function contentGerund(ctx: SentenceContext, match: Match): boolean {
  if (match.pattern.noun) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (!tokens[i]!.lower.endsWith('ing')) return false;
  const marker = i - 1 >= ctx.sentence.firstToken ? tokens[i - 1] : undefined;
  const noun = i - 2 >= ctx.sentence.firstToken ? tokens[i - 2] : undefined;
  if (marker === undefined || noun === undefined || !CONTENT_MARKERS.has(marker.lower)) return false;
  // "a moratorium on deploying missiles" keeps the act, negated (modality.ts).
  return (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !NEGATING_NOUNS.has(noun.lower);
}
