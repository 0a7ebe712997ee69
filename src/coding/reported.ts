// Reported speech: "X said (that) Y did Z" makes Y the source and X the reporter (`reportedBy`).
import type { Actor, Mention, Quote } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { CONDITIONAL, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS } from './lexicon.ts';
import { elidedFirstPerson } from './elided-subject.ts';
import { firstPersonSubject, thankYou } from './persons.ts';
import { readoutParties } from './readout-parties.ts';
import { subjectOf } from './roles.ts';
import { DOCUMENT_NOUNS } from '../quotes/documents.ts';
import { afterSectionBreak, isSpeechAfterBreak } from '../quotes/turns.ts';

/**
 * The speaker of the direct quote the trigger stands in, as one of the article's mentions. With
 * `wholeSentence`, only a quote that opens its sentence counts: a quoted fragment inside someone
 * else's sentence ("the build-up “poses a threat”") is not the speaker's own act.
 */
export function quoteSpeaker(
  ctx: SentenceContext,
  trigger: number,
  quotes: readonly Quote[],
  wholeSentence = false,
): Mention | null {
  const quote = innermostQuote(ctx, trigger, quotes);
  // A sentence opened by a transcript's speaker label ("Vladimir Putin: Thank you …") is wholly the speaker's.
  const labelled = quote !== undefined && /:\s*$/.test(ctx.doc.article.text.slice(ctx.sentence.start, quote.start));
  if (wholeSentence && quote !== undefined && quote.start > ctx.sentence.start + 1 && !labelled) return null;
  // In a whole text of someone's words (an address, src/quotes/address.ts) only "I" and "we" are the speaker's own:
  // an act with no subject there ("killed Ukrainians", "the cities the occupiers tried to destroy") is reported, as
  // in a news text, not done by the speaker as in a short quotation set in a report.
  // "Thank you for …" is the speaker's own thanks too, as is "Thanked Erdoğan for …" with its "I" left out.
  if (
    wholeSentence &&
    quote !== undefined &&
    wholeText(ctx, quote) &&
    !firstPersonSubject(ctx, trigger) &&
    !thankYou(ctx, trigger) &&
    !elidedFirstPerson(ctx, trigger)
  )
    return null;
  const speaker = quote?.speaker;
  if (!speaker) return null;
  const named = ctx.mentions.find((m) => m.actor.name === speaker.name && m.actor.code === speaker.code);
  if (named !== undefined) return named;
  // An address's speaker, named in the title only (src/quotes/address.ts): a known actor the text itself never names
  // still speaks every word of it. A name no dictionary knows stays no actor of the coder's.
  return speaker.id === null ? null : unnamedSpeaker(speaker, quote!);
}

/**
 * The trigger stands in a document's words ("“We condemn …,” the communique reads", src/quotes/documents.ts), in a
 * clause whose subject is no "we" or "I": a document speaks for its authors only in the first person; its
 * subjectless clauses ("to end the occupation", "threatening their ability") are about others.
 */
export function documentClause(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  if (!documentWords(ctx, i, quotes) || firstPersonSubject(ctx, i)) return false;
  // "We do not and will never recognize": the subject before coordinated auxiliaries.
  for (let k = i - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'we' || t.lower === 'i') return false;
    if (!/^(ADV|AUX|PART|CCONJ)$/.test(t.pos)) return true;
  }
  return true;
}

/**
 * The token at `i` stands in a document's words: its speaker is named by the document ("the communique"). A
 * document's "we" is its issuers alone, never they and a counterpart they talked with.
 */
export function documentWords(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  const text = innermostQuote(ctx, i, quotes)?.speaker?.text;
  return text !== undefined && namesDocument(text);
}

/**
 * A speaker's text holds a document noun ("the communique"). The last text's answer is kept: a quotation's matches
 * ask one after another, and splitting the text anew at each was most of `documentWords`' time.
 */
let lastSpeakerText: string | null = null;
let lastNamesDocument = false;
function namesDocument(text: string): boolean {
  if (text !== lastSpeakerText) {
    lastNamesDocument = text
      .toLowerCase()
      .split(/\s+/)
      .some((w) => DOCUMENT_NOUNS.has(w));
    lastSpeakerText = text;
  }
  return lastNamesDocument;
}

/** The token at `i` stands in a quotation or a transcript's turn, whoever its speaker. */
export function quoted(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  return innermostQuote(ctx, i, quotes) !== undefined;
}

/** The innermost quotation holding the token at `i`: a transcript turn or an address may quote someone else. */
function innermostQuote(ctx: SentenceContext, i: number, quotes: readonly Quote[]): Quote | undefined {
  const t = ctx.doc.tokens[i]!;
  let quote: Quote | undefined;
  for (const q of quotes)
    if (q.start <= t.start && t.end <= q.end && (quote === undefined || q.end - q.start < quote.end - quote.start))
      quote = q;
  return quote;
}

/** The token at `i` is in an address (src/quotes/address.ts), in none of the quotations the address holds. */
export function inAddress(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  const quote = innermostQuote(ctx, i, quotes);
  return quote !== undefined && wholeText(ctx, quote);
}

/**
 * The speaker of the transcript turn the token at `i` stands in, when the turn follows a release's section break
 * (src/quotes/turns.ts): the opening speech there, or a later turn; null elsewhere.
 */
export function speechSpeaker(ctx: SentenceContext, i: number, quotes: readonly Quote[]): Actor | null {
  const quote = innermostQuote(ctx, i, quotes);
  const { text } = ctx.doc.article;
  if (quote === undefined) return null;
  return isSpeechAfterBreak(text, quote) || (isTurn(text, quote) && afterSectionBreak(text, quote))
    ? quote.speaker
    : null;
}

/** A quotation of the whole text: an address, or a speech after a release's section break (src/quotes/turns.ts). */
function wholeText(ctx: SentenceContext, quote: Quote): boolean {
  const { text } = ctx.doc.article;
  return (quote.start === 0 && quote.end === text.length) || isSpeechAfterBreak(text, quote);
}

/** The speaker of a quotation the text does not name, standing where the quotation starts, in no sentence. */
function unnamedSpeaker(actor: Actor, quote: Quote): Mention {
  return {
    actor,
    kind: 'name',
    sentence: -1,
    firstToken: 0,
    endToken: 0,
    start: quote.start,
    end: quote.start,
    antecedent: null,
  };
}

/** A transcript's turn opens right after its speaker label's colon ("Andrei Kostin: Thank you, Mr President."). */
const isTurn = (text: string, q: Quote): boolean => /:\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start));

/** Adjectives of a stated conviction whose that-clause is the holder's words: "is convinced/confident that". */
const CONVICTIONS = new Set(['convinced', 'confident']);

/**
 * "Andrei Kostin: Thank you, Mr President.": "you" in a transcript's turn is whoever spoke the turn before, when
 * that was someone else the text names (a journalist's "Question:" names no one). Null outside a turn.
 */
export function previousTurnSpeaker(ctx: SentenceContext, trigger: number, quotes: readonly Quote[]): Mention | null {
  const text = ctx.doc.article.text;
  const at = ctx.doc.tokens[trigger]!.start;
  const turns = quotes.filter((q) => isTurn(text, q));
  const k = turns.findIndex((q) => q.start <= at && at < q.end);
  if (k <= 0) return null;
  const [own, before] = [turns[k]!.speaker, turns[k - 1]!.speaker];
  if (!own || !before || before.name === own.name) return null;
  return ctx.mentions.find((m) => m.actor.name === before.name && m.actor.code === before.code) ?? null;
}

export function reporterOf(ctx: SentenceContext, trigger: number, quotes: readonly Quote[]): Mention | null {
  const speaker = quoteSpeaker(ctx, trigger, quotes);
  if (speaker !== null) return speaker;
  // A speech verb or noun before the trigger: "Lavrov said that Russia will …", "Putin's statement that …".
  for (let k = trigger - 1; k >= ctx.sentence.firstToken; k--) {
    const word = ctx.doc.tokens[k]!;
    if (word.pos === 'VERB' && SPEECH_VERBS.has(word.lemma) && introducesClause(ctx, k)) {
      if (impersonalSaying(ctx, k)) return readoutHolder(ctx, k);
      return subjectOf(ctx, k)[0] ?? mentionAfter(ctx, k);
    }
    // "The Head of State is convinced that the G20 should …": a conviction stated is the subject's words, as "believes".
    if (CONVICTIONS.has(word.lower) && ctx.doc.tokens[k + 1]?.lower === 'that') {
      const holder = subjectOf(ctx, k)[0];
      if (holder !== undefined) return holder;
    }
    if (word.pos === 'NOUN' && SPEECH_NOUNS.has(word.lower) && introducesClause(ctx, k)) {
      const owner = mentionBefore(ctx, k);
      if (owner !== null) return owner;
    }
  }
  // A speech verb after it, set off by a comma or quote: "…, Lavrov said." / "…,” said Rau".
  for (let k = trigger + 1; k < ctx.sentence.endToken; k++) {
    const verb = ctx.doc.tokens[k]!;
    if (verb.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma)) continue;
    if (!setOff(ctx, k)) continue;
    return mentionAfter(ctx, k) ?? mentionBefore(ctx, k);
  }
  // Headline form: "Russia 'will continue dialogue with the West': FM Lavrov".
  const colon = lastColon(ctx);
  if (colon > trigger) {
    const m = mentionAfter(ctx, colon);
    if (m !== null && m.endToken >= ctx.sentence.endToken - 1) return m;
  }
  // "according to X".
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken - 2; k++) {
    if (ctx.doc.tokens[k]!.lower === 'according' && ctx.doc.tokens[k + 1]!.lower === 'to') {
      const m = mentionAfter(ctx, k + 1);
      if (m !== null) return m;
    }
  }
  return attributedByNext(ctx);
}

/**
 * A wire lead attributed by the next sentence: "Russia must end the war … . Juri Ratas, chairman of
 * the Estonian parliament, said this at a joint briefing …". The subject of "said this/so" speaks.
 */
function attributedByNext(ctx: SentenceContext): Mention | null {
  const next = ctx.doc.sentences[ctx.sentence.index + 1];
  if (next === undefined) return null;
  const nextCtx: SentenceContext = { ...ctx, sentence: next };
  for (let k = next.firstToken + 1; k < Math.min(next.endToken - 1, next.firstToken + 25); k++) {
    const verb = ctx.doc.tokens[k]!;
    const object = ctx.doc.tokens[k + 1]!.lower;
    if (verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma) && (object === 'this' || object === 'so')) {
      return subjectOf(nextCtx, k)[0] ?? null;
    }
  }
  return null;
}

/** "said that …", "said Russia …", "said: “…”" — not "declared a moratorium" (an object, not a clause). */
const ADVERBIAL_POS = new Set(['ADV', 'VERB', 'ADP', 'DET', 'NUM', 'PROPN', 'NOUN']);

/** "It was stressed that …", "It has been noted that …": an expletive "it", a passive of saying and no agent. */
function impersonalSaying(ctx: SentenceContext, k: number): boolean {
  if (token(ctx, k + 1)?.lower !== 'that') return false;
  const perfect = token(ctx, k - 1)?.lower === 'been';
  const be = token(ctx, perfect ? k - 2 : k - 1)?.lower ?? '';
  const it = token(ctx, perfect ? k - 3 : k - 2)?.lower;
  return it === 'it' && (perfect ? be === 'has' || be === 'had' : be === 'was' || be === 'is');
}

/**
 * Whose words a readout's impersonal passive reports ("Vladimir Putin had a telephone conversation with Erdogan. … It
 * was stressed that Kiev must abandon all attempts …"): the side that opens the readout (the one that held every call
 * of a series), as a readout tells its own side's positions so; no one outside a readout. Not the clause's first
 * actor, which is what is said about ("Kiev").
 */
function readoutHolder(ctx: SentenceContext, k: number): Mention | null {
  const readout = readoutParties(ctx, ctx.doc.tokens[k]!.start);
  if (readout === null) return null;
  if (readout.hub !== null) return readout.hub;
  // The party named first ("Vladimir Putin had a telephone conversation with … Erdogan at the latter's initiative").
  let first: Mention | null = null;
  let at = Infinity;
  for (const party of readout.parties)
    for (const m of ctx.mentions)
      if (m.actor.country === party.actor.country && m.start < at) [first, at] = [party, m.start];
  return first;
}

function introducesClause(ctx: SentenceContext, k: number): boolean {
  let adverbial = false; // inside "on Tuesday", "earlier": then only "that" or a comma opens the clause
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 6); j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.lower === 'that' || t.text === ',' || t.text === ':' || isQuoteMark(t)) return true;
    // "said Russia …", "said it will …" — but "commented on Russia's resolve" names a topic.
    if (!adverbial && (mentionOf(ctx, j) !== undefined || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower))))
      return true;
    // "said on Friday they would …": a nominative pronoun cannot be the adverbial's object.
    if (adverbial && /^(?:i|he|she|we|they)$/.test(t.lower)) return true;
    // "said on Tuesday it had …": "it" right after the adverbial's noun, not its object ("commented on it").
    if (adverbial && t.lower === 'it' && ctx.doc.tokens[j - 1]!.pos !== 'ADP') return true;
    // "statement made earlier that", "said on Tuesday that": adverbials may come first.
    if (!ADVERBIAL_POS.has(t.pos) || CONDITIONAL.has(t.lower)) return false;
    if (t.pos === 'ADP') adverbial = true;
  }
  return false;
}

function lastColon(ctx: SentenceContext): number {
  for (let k = ctx.sentence.endToken - 1; k >= ctx.sentence.firstToken; k--)
    if (ctx.doc.tokens[k]!.text === ':') return k;
  return -1;
}

/** The speech verb follows a comma or closing quote, possibly with its subject in between. */
function setOff(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 8); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || isQuoteMark(t)) return true;
    // Coordinated speakers may stand between: '…," Biden and Scholz said'.
    if (mentionOf(ctx, k) === undefined && t.pos !== 'DET' && t.pos !== 'ADV' && t.lower !== 'and') return false;
  }
  return false;
}

function mentionAfter(ctx: SentenceContext, k: number): Mention | null {
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 4); j++) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m;
    const t = token(ctx, j);
    if (t === undefined || (t.pos !== 'DET' && t.pos !== 'ADV' && t.text !== ',')) return null;
  }
  return null;
}

function mentionBefore(ctx: SentenceContext, k: number): Mention | null {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 3); j--) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m;
  }
  return null;
}
