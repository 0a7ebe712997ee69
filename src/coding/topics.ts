// "negotiations on ending the war", "the issue of ending the war", "talks with Moscow over ending the war", "discuss
// topical issues of developing bilateral cooperation": an -ing form after a noun of talks or of a question and the
// preposition that opens its topic names what is talked about, not an act done. Like "a contribution to
// strengthening relations" (clause-tests.ts `gerundComplement`), it is the complement of a noun and no event; the
// talks are the event. The -ing form after a noun of what may come and "for" ("the prospects for expanding trade")
// is possible, not done.
import { mentionOf, type SentenceContext } from './context.ts';

/** Prepositions that open what talks or a question are about: "talks on", "the issue of", "negotiations over". */
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'about', 'of', 'regarding', 'concerning']);

/**
 * Nouns of talks and questions. Not "process" ("in the process of receiving tanks" is going on), nor "role"; "the
 * possibility of" and "the prospects of" leave the act possible (hypothetical, modality.ts), as before.
 */
const TOPIC_NOUNS = new Set(
  `talks negotiations negotiation discussion discussions dialogue consultations consultation issue issues question
  questions matter matters topic topics subject problem`.split(/\s+/),
);

/**
 * Nouns of what may come: an -ing form after them and "for" names a possible act ("the prospects for expanding trade",
 * "a significant potential for deepening cooperation", "a shared vision for developing the partnership", "Ukraine's
 * chances for retaking Crimea").
 */
const PROSPECT_NOUNS = new Set(
  `prospects prospect perspectives potential opportunity opportunities vision mechanism mechanisms areas algorithms
  alternatives atmosphere conditions basis room scope roadmap chance chances likelihood possibility possibilities`.split(
    /\s+/,
  ),
);

/**
 * The preposition at `prep` is the "for" right after a noun of what may come ("the prospects for", "potential for"):
 * the -ing form after it is possible, not done (hypothetical, like "the possibility of"; modality.ts).
 */
export function prospectFor(ctx: SentenceContext, prep: number): boolean {
  const head = ctx.doc.tokens[prep - 1];
  return (
    ctx.doc.tokens[prep]?.lower === 'for' &&
    head !== undefined &&
    PROSPECT_NOUNS.has(head.lower) &&
    mentionOf(ctx, prep - 1) === undefined
  );
}

/** Words of the parties between a talks noun and its topic: "negotiations with the Russian Federation on". */
const PARTY_WORDS = new Set(['with', 'between', 'and', 'the']);

/**
 * The preposition at `prep` opens the topic of a noun of talks or of a question: the noun stands right before it, or
 * before the parties named after it ("talks with Moscow over", "negotiations between Kyiv and Moscow on").
 */
export function topicOfTalks(ctx: SentenceContext, prep: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!TOPIC_PREPOSITIONS.has(tokens[prep]?.lower ?? '')) return false;
  for (let k = prep - 1; k >= Math.max(ctx.sentence.firstToken, prep - 10); k--) {
    const t = tokens[k]!;
    const actor = mentionOf(ctx, k) !== undefined;
    if (!actor && TOPIC_NOUNS.has(t.lower)) return true;
    if (!actor && !PARTY_WORDS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Heads after which a preposition opens a stance or a focus: "spoke in favour of providing Ukraine with support", "the
 * talks focused on expanding cooperation", "issues related to observing the ceasefire". Not "a role in" ("the United
 * States plays an important role in supporting Ukraine" supports it), "in terms of" or "in the context of" ("the first
 * in terms of supporting Ukraine" supports it), the verb "focus" (what one intends to focus on is an intent), nor
 * heads of the subject's own intent ("interested in expanding relations", "the importance of establishing
 * cooperation"), which the annotation rules code as AGREE 030.
 */
const FRAME_HEADS = new Set('favor favour focused focusing related relating'.split(' '));

/**
 * The preposition at `prep` opens the -ing form after it as what is argued for, focused on or talked about: after a
 * frame head (above), or "about" ("he spoke about supporting developers"). The act is named, not done
 * (hypothetical, modality.ts), as sanctions discussed are.
 */
export function frameOf(ctx: SentenceContext, prep: number): boolean {
  const tokens = ctx.doc.tokens;
  const p = tokens[prep]?.lower ?? '';
  if (p === 'about') return true;
  if (!TOPIC_PREPOSITIONS.has(p) && p !== 'in' && p !== 'to') return false;
  const head = tokens[prep - 1];
  return (
    head !== undefined &&
    prep - 1 >= ctx.sentence.firstToken &&
    FRAME_HEADS.has(head.lower) &&
    mentionOf(ctx, prep - 1) === undefined
  );
}

/** How far back a commemorated act may stand from "anniversary of": "the 30th anniversary of Canada's recognition". */
const COMMEMORATION_SPAN = 8;

/**
 * The act at `i` is what an anniversary commemorates ("congratulated him on the 30th anniversary of signing the
 * Treaty", "on the 30th anniversary of Canada's recognition of Ukraine's independence"): a past act named as the
 * occasion of today's, not a new event.
 */
export function commemorated(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken + 1, i - COMMEMORATION_SPAN); k--) {
    const t = tokens[k]!;
    if (t.lower === 'of' && /^anniversar(?:y|ies)$/.test(tokens[k - 1]!.lower)) return true;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'CCONJ' ||
      (t.pos === 'PUNCT' && t.lower !== "'s" && t.lower !== '’s')
    )
      return false;
  }
  return false;
}

/** Marks that may open a sentence before its first word: quotes, a dash of a list. */
const OPENERS = new Set(['"', '“', '‘', "'", '«', '-', '–', '—', '*']);

/**
 * The -ing form at `i` opens its sentence (or a that-, why- or how-clause, or follows one that does after "and"/"or")
 * and, with its object, is the subject of the clause's
 * verb: "Invading Ukraine will prove to be a self-inflicted wound", "Recognising these republics is certainly a
 * must", "Helping Ukraine is a way to resolve the contradiction", "Providing weapons to Ukraine means …". A gerund
 * subject names the act as what the sentence judges, not as done (like the topic of talks above). Not a participle
 * set off by a comma, which is the subject's own act ("Retreating from our land, the Russian army left the dead"),
 * nor a bare activity with no object ("Fighting continues in the east", "Fighting in Donbas intensified").
 */
export function gerundSubject(ctx: SentenceContext, i: number, literals: readonly number[]): boolean {
  const tokens = ctx.doc.tokens;
  if (!tokens[i]!.lower.endsWith('ing')) return false;
  if (!opensSubject(ctx, i) && !joinedGerund(ctx, i)) return false;
  let object = i + 1;
  // "Cutting off Russian profits": a particle of the pattern stands before the object.
  while (literals.includes(object) && /^(?:ADP|PART|ADV)$/.test(tokens[object]!.pos)) object++;
  const first = tokens[object];
  if (first === undefined || object >= ctx.sentence.endToken) return false;
  if (mentionOf(ctx, object) === undefined && !/^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(first.pos)) return false;
  for (let j = object; j < ctx.sentence.endToken; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
    // "Forcing Ukraine to betray …", "Destroying houses built …": infinitives and participles stay in the subject.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && tokens[j - 1]!.lower !== 'to' && !/(?:ing|ed)$/.test(t.lower)))
      return !tableTalk(ctx, j + 1);
  }
  return false;
}

/** Words that open a clause whose subject may be a gerund: "that/why/how attacking Russia's logistics is vital". */
const SUBJECT_OPENERS = new Set(['that', 'why', 'how']);
/** How far back the first of two joined gerunds may stand. */
const JOINED_REACH = 10;

/** The -ing form at `i` opens its sentence or a that-, why- or how-clause. */
function opensSubject(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  while (k >= ctx.sentence.firstToken && OPENERS.has(tokens[k]!.text)) k--;
  return k < ctx.sentence.firstToken || SUBJECT_OPENERS.has(tokens[k]!.lower);
}

/**
 * "Stopping the war and liberating our territory is the only way", "that capturing or killing him is a priority": the
 * -ing form at `i` is joined by "and"/"or" to one that opens the subject, with no verb or stop between.
 */
function joinedGerund(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const joiner = tokens[i - 1]?.lower;
  if (joiner !== 'and' && joiner !== 'or') return false;
  for (let k = i - 2; k >= Math.max(ctx.sentence.firstToken, i - JOINED_REACH); k--) {
    const t = tokens[k]!;
    if (t.lower.endsWith('ing') && t.pos === 'VERB') return opensSubject(ctx, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return false;
}

/**
 * From `from` on (past adverbs and auxiliaries) stands "out of the question", "off the table" or "on the table":
 * "sending weapons to Ukraine is out of the question" rules the act out, which claims.ts reads off its event.
 */
function tableTalk(ctx: SentenceContext, from: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = from;
  while (k < ctx.sentence.endToken && /^(?:ADV|AUX|PART)$/.test(tokens[k]!.pos)) k++;
  const phrase = tokens
    .slice(k, k + 4)
    .map((t) => t.lower)
    .join(' ');
  return phrase === 'out of the question' || phrase.startsWith('off the table') || phrase.startsWith('on the table');
}
