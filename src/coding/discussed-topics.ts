// Acts named as the topic of a discussion: "they discussed the supply of weapons to Ukraine", "touched upon the issue
// of lifting sanctions", "exchanged views on the deployment of troops", "the withdrawal of forces was discussed".
// Being discussed, an act is not done: the sentence reports the discussion (coded by its own verb, asserted) and names
// the act as a matter talked about (hypothetical, as sanction plans and discussions are). Only the head of the topic,
// or an act reached through nouns that name a matter ("the issue of", "matters related to the start of"): an act
// inside another noun's phrase is presupposed done ("discussed the consequences of the invasion"). Talks named so are
// read in reported-topics.ts (no event), -ing forms after "the issue of" in topics.ts.
import { mentionOf, type SentenceContext } from './context.ts';
import { POSSESSIVE_PRONOUNS } from './lexicon.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** Verbs whose object is what is discussed: "discussed the supply", "debated the deployment". */
const DISCUSSING = new Set(['discuss', 'debate']);

/** Nouns exchanged over a topic after "on"/"about": "exchanged views on", "exchanged opinions about". */
const EXCHANGED = new Set(['views', 'opinions', 'assessments', 'thoughts', 'information']);

/** Prepositions that open a matter after "exchanged views" or "touched": "exchanged views on", "touched upon". */
const OPENERS = new Set(['on', 'upon', 'about', 'regarding', 'concerning']);

/**
 * Nouns whose complement is the matter itself, not a thing it presupposes: "the issue of", "matters related to", "the
 * start of", "a new package of", "further steps on", and nouns of giving that name the act whose object follows
 * ("the delivery of weapons to Ukraine"). Not "the consequences of", "the results of", "the situation around", "the
 * investigation into", whose act was done.
 */
const MATTER_HEADS = new Set(
  `issue issues question questions matter matters topic topics subject subjects problem problems aspect aspects detail
  details prospect prospects possibility possibilities option options idea ideas proposal proposals plan plans step
  steps way ways start beginning resumption continuation expansion increase organisation organization implementation
  terms modalities format parameters timing package packages provision supply supplies delivery deliveries transfer
  shipment shipments allocation`.split(/\s+/),
);

/** Prepositions that join a matter noun to the act it names: "the issue of", "steps on", "proposals for". */
const MATTER_LINKS = new Set(['of', 'on', 'for', 'regarding', 'concerning', 'about']);

/** Words that link a matter noun by "to": "matters related to the start of …". */
const RELATED = new Set(['related', 'relating', 'pertaining']);

/** Parts of speech of a noun phrase's modifiers: "further defensive", "the sixth", "a new". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** Words that join the topics of a list: "discussed the situation in Donbas and the supply of weapons". */
const JOINERS = new Set([',', ';', 'and']);

/** Prepositions an earlier item of a list may hold: "the security situation in the region, the supply of …". */
const LIST_PREPOSITIONS = new Set(['of', 'on', 'for', 'in', 'to', 'with', 'between', 'around', 'against', 'by']);

/** How far back the discussion verb may stand from the act. */
const REACH = 25;

/** How far after the act's noun the passive "was discussed" may stand: "Canada's support for Ukraine was discussed". */
const PASSIVE_REACH = 10;

/** Forms of "be" before a passive participle. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The noun at `match` names an act that is the topic of a discussion: returns the cue ("discuss", "touch upon",
 * "exchange views", "discussed"), or null.
 */
export function discussedTopic(ctx: SentenceContext, match: Match): string | null {
  const start = Math.min(match.trigger, ...match.literals);
  const active = topicStart(ctx, start - 1, true);
  const head = active >= ctx.sentence.firstToken ? discussionHead(ctx, active) : null;
  if (head !== null && !clauseSubject(ctx, match.end)) return head;
  // "The withdrawal of Russian forces from Syria was discussed": the act heads the subject of a passive.
  const opening = topicStart(ctx, start - 1, false);
  if (opening >= ctx.sentence.firstToken && !CLAUSE_OPENERS.has(ctx.doc.tokens[opening]!.text.toLowerCase()))
    return null;
  return passiveDiscussionAfter(ctx, match.end);
}

/** Nouns of a course of action whose infinitive names the act still to take: "steps to develop cooperation". */
const COURSES = new Set(
  'step steps way ways measure measures effort efforts plan plans option options possibility possibilities'.split(' '),
);

/**
 * The verb at `i` is the infinitive of a course of action that is the topic of a discussion: "discussed further steps
 * to develop bilateral cooperation", "discussed ways to end the war" talk about the act, which is not done. Returns
 * the discussion's cue, or null.
 */
export function discussedInfinitive(ctx: SentenceContext, i: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  // "efforts to further promote": an adverb may split the infinitive.
  while (k > ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  if (k <= ctx.sentence.firstToken || tokens[k]!.lower !== 'to' || !COURSES.has(tokens[k - 1]!.lower)) return null;
  const start = topicStart(ctx, k - 1, true);
  return start >= ctx.sentence.firstToken ? discussionHead(ctx, start) : null;
}

/** Tokens before which a passive's subject begins: the sentence's start, a comma, "that" or "and". */
const CLAUSE_OPENERS = new Set([',', 'that', 'and', ';', ':']);

/**
 * Walks back from `k` over the phrase that names the act: its modifiers and owners, nouns of a matter with the
 * preposition that joins them ("the issue of", "matters related to"), an -ing form governing it ("the issue of
 * increasing Norway's support"), and with `lists` earlier items of a list of topics. Returns the first token before
 * the phrase.
 */
function topicStart(ctx: SentenceContext, k: number, lists: boolean): number {
  const tokens = ctx.doc.tokens;
  const first = Math.max(ctx.sentence.firstToken, k - REACH);
  let linked = false;
  let listed = false;
  for (; k >= first; k--) {
    const t = tokens[k]!;
    const mention = mentionOf(ctx, k);
    if (mention !== undefined) {
      k = mention.firstToken;
      linked = false;
      continue;
    }
    if (discussionHead(ctx, k) !== null) return k;
    // "first of all", "above all", "in particular", "in detail": parenthetical adverbials in the list.
    if (t.lower === 'all' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'first') k -= 2;
    else if (t.lower === 'all' && tokens[k - 1]?.lower === 'above') k--;
    else if ((t.lower === 'particular' || t.lower === 'detail') && tokens[k - 1]?.lower === 'in') k--;
    else if (isPossessiveMark(t) || POSSESSIVE_PRONOUNS.has(t.lower) || MODIFIER_POS.has(t.pos)) continue;
    // "the start of": a matter noun after a determiner, whatever the tagger took it for.
    else if (t.pos === 'NOUN' || t.pos === 'PROPN' || (MATTER_HEADS.has(t.lower) && tokens[k - 1]?.pos === 'DET')) {
      if (linked && !listed && !MATTER_HEADS.has(t.lower)) return k;
      linked = false;
    }
    // "a coordinated withdrawal": a participle before the noun modifies it.
    else if (t.pos === 'VERB' && /ed$/.test(t.lower) && /^(?:NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) continue;
    else if (t.pos === 'VERB' && t.lower.endsWith('ing')) linked = false;
    // "discussed steps to continue and strengthen the defense of Ukraine; issues of …": an earlier item's infinitive.
    else if (listed && ((t.pos === 'VERB' && t.lower === t.lemma) || t.pos === 'PART' || t.pos === 'CCONJ')) continue;
    else if (t.lower === 'to' && RELATED.has(tokens[k - 1]?.lower ?? '')) {
      k--;
      linked = true;
    } else if (MATTER_LINKS.has(t.lower) || (listed && LIST_PREPOSITIONS.has(t.lower))) linked = true;
    else if (lists && (JOINERS.has(t.text) || (t.lower === 'as' && tokens[k - 1]?.lower === 'well'))) {
      // "…, as well as the strengthening of sanctions": the earlier items are any topics.
      if (t.lower === 'as') k -= 2;
      listed = true;
      linked = false;
    } else return k;
  }
  return k;
}

/**
 * The token at `k` ends a discussion's verb group before its topic: "discussed", "touched upon", "exchanged views on".
 * Returns the cue, or null.
 */
function discussionHead(ctx: SentenceContext, k: number): string | null {
  const tokens = ctx.doc.tokens;
  const t = tokens[k]!;
  if (t.pos === 'VERB' && DISCUSSING.has(t.lemma)) return t.lemma;
  if (!OPENERS.has(t.lower)) return null;
  if (tokens[k - 1]?.lemma === 'touch') return `touch ${t.lower}`;
  const exchanged = EXCHANGED.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lemma === 'exchange';
  return exchanged ? `exchange ${tokens[k - 1]!.lower}` : null;
}

/** A tensed verb follows the act's phrase from `end`: the act is the subject of a clause of its own, not a topic. */
function clauseSubject(ctx: SentenceContext, end: number): boolean {
  const k = phraseEnd(ctx, end);
  const t = ctx.doc.tokens[k];
  return (
    t !== undefined && k < ctx.sentence.endToken && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))
  );
}

/** Parts of speech of the act's phrase after it: "of weapons to Ukraine by Germany". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);

/** The first token after the act's own phrase from `end`: its owners, objects and prepositional complements. */
function phraseEnd(ctx: SentenceContext, end: number): number {
  const tokens = ctx.doc.tokens;
  let k = end;
  for (; k < Math.min(ctx.sentence.endToken, end + PASSIVE_REACH); k++) {
    const mention = mentionOf(ctx, k);
    if (mention !== undefined) {
      k = mention.endToken - 1;
      continue;
    }
    const t = tokens[k]!;
    if (!PHRASE_POS.has(t.pos) && !isPossessiveMark(t)) break;
  }
  return k;
}

/** "… was discussed", "… were also touched upon": a passive of discussion right after the act's phrase. */
function passiveDiscussionAfter(ctx: SentenceContext, end: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = phraseEnd(ctx, end);
  if (!BE_FORMS.has(tokens[k]?.lower ?? '') || k >= ctx.sentence.endToken) return null;
  k++;
  while (tokens[k]?.pos === 'ADV' && k < ctx.sentence.endToken) k++;
  const verb = tokens[k];
  if (verb === undefined || k >= ctx.sentence.endToken || !/ed$/.test(verb.lower)) return null;
  if (DISCUSSING.has(verb.lemma)) return verb.lower;
  return verb.lemma === 'touch' && OPENERS.has(tokens[k + 1]?.lower ?? '') ? `touched ${tokens[k + 1]!.lower}` : null;
}
