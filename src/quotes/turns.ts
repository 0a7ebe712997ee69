// Transcripts: "President of Russia Vladimir Putin: Thank you very much … Prime Minister of Hungary Viktor
// Orban (retranslated): Thank you. We have discussed all issues." Kremlin and presidential releases print talks as
// turns, each opened by a speaker label, with no quotation marks. Each turn is a quotation of its speaker, from the
// label's colon to the next label or the end of the text, so "we" and subjectless acts in it are the speaker's, as
// in any direct quotation.
// A label opens a sentence and is a short run of name words ending in a colon ("Question:", "Vladimir Putin
// (retranslated):"). Turns are read only in a transcript, where at least two labels name known persons: a single
// "Lavrov: …" line is a headline, which the quotes stage reads on its own.
// Kremlin releases print a summary, a section break ("* * *"), then the transcript, often one speech: "* * *
// President of Russia Vladimir Putin: Colleagues, good afternoon …", at times after a heading ("* * * Opening
// remarks at the summit President of Russia Vladimir Putin: …"). A known person's name right before the colon after
// such a break is a label, and one is enough: a headline never follows a section break. Without this the speech's
// "I" and "we" had no speaker and its acts no doer.
import type { Doc, Mention, Quote } from '../types.ts';
import { addressedParts } from './question-vocatives.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const UPPER_START = /^\p{Lu}/u;

/** Words a speaker label may hold besides names: "President of the Russian Federation", "(retranslated)". */
const LABEL_POS = new Set(['PROPN', 'NOUN', 'ADP', 'DET', 'ADJ', 'PUNCT', 'CCONJ', 'PART', 'X']);
const MAX_LABEL_TOKENS = 24;

interface Label {
  readonly start: number; // offset of the label's first character
  readonly speechStart: number; // offset of the first character after the colon
  readonly speaker: Mention | null;
  readonly afterBreak: boolean; // the label follows a section break ("* * *")
}

/** The section-break mark a Kremlin release puts between its summary and its transcript: "* * *". */
const BREAK_MARK = '*';
/** Words a heading between a section break and its speaker label may run to: "Opening remarks at the … summit". */
const MAX_HEADING_TOKENS = 40;

function labelAt(doc: Doc, mentions: readonly Mention[], sentenceIndex: number): Label | null {
  const sentence = doc.sentences[sentenceIndex]!;
  const { tokens } = doc;
  let first = sentence.firstToken;
  while (tokens[first]?.text === BREAK_MARK && first < sentence.endToken - 1) first++;
  if (first > sentence.firstToken) return labelAfterBreak(doc, mentions, sentenceIndex, first);
  // A label ends in a colon token, which stands in the sentence's text: most sentences have none, and the loop's tests
  // of each word before it are not needed for them.
  if (!sentence.text.includes(':')) return null;
  const last = Math.min(sentence.endToken - 1, sentence.firstToken + MAX_LABEL_TOKENS);
  for (let k = sentence.firstToken; k < last; k++) {
    let t = tokens[k]!;
    // "Viktor Orban (retranslated):", tokenised "(", "retranslated", "):" — a parenthesis is skipped whole.
    if (t.text === '(' && k > sentence.firstToken) {
      while (k < last && !tokens[k]!.text.includes(')')) k++;
      t = tokens[k]!;
      if (!t.text.includes(')')) return null;
      if (!t.text.endsWith(':')) continue;
    }
    if (t.text.endsWith(':') && (t.text === ':' || t.text === '):')) {
      if (k === sentence.firstToken) return null;
      const speaker = personBefore(mentions, sentenceIndex, sentence.firstToken, k);
      return { start: tokens[sentence.firstToken]!.start, speechStart: t.end, speaker, afterBreak: false };
    }
    // Names are capitalised; "of", "the", "and" and a parenthesis may join them, nothing else: "President of the
    // International Federation of Red Cross and Red Crescent Societies Francesco Rocca", "Minister of Industry and
    // Trade Denis Manturov".
    const nameWord =
      UPPER_START.test(t.text) ||
      t.pos === 'ADP' ||
      t.pos === 'DET' ||
      t.pos === 'PUNCT' ||
      t.lower === 'and' ||
      /^['’]s$/.test(t.lower);
    // The tagger may read a capitalised name word as a verb ("Red Cross"); not the label's first word.
    const nameVerb = t.pos === 'VERB' && k > sentence.firstToken && UPPER_START.test(t.text);
    if ((!LABEL_POS.has(t.pos) && !nameVerb) || !nameWord || t.text === '.' || t.text === ',') return null;
  }
  return null;
}

/**
 * The label of a sentence opening with a section break: the first colon within a heading's reach, right after the
 * name of a known person ("… President of Russia Vladimir Putin:", "… Viktor Orban (retranslated):"); none otherwise
 * ("* * * The message reads: …" names no speaker).
 */
function labelAfterBreak(doc: Doc, mentions: readonly Mention[], sentenceIndex: number, first: number): Label | null {
  const sentence = doc.sentences[sentenceIndex]!;
  const { tokens } = doc;
  const last = Math.min(sentence.endToken - 1, first + MAX_HEADING_TOKENS);
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.text !== ':' && t.text !== '):') continue;
    let nameEnd = k;
    if (t.text === '):') while (nameEnd > first && tokens[nameEnd]!.text !== '(') nameEnd--;
    const speaker = personEndingAt(mentions, sentenceIndex, first, nameEnd);
    if (speaker === null) return null;
    return { start: tokens[sentence.firstToken]!.start, speechStart: t.end, speaker, afterBreak: true };
  }
  return null;
}

/** The person named in the sentence from `first` on whose name ends right before token `end`. */
function personEndingAt(
  mentions: readonly Mention[],
  sentenceIndex: number,
  first: number,
  end: number,
): Mention | null {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.sentence === sentenceIndex && m.firstToken >= first && m.endToken === end && m.actor.type === 'person')
      return m;
  }
  return null;
}

/**
 * The first person named in the sentence between `first` and `end`. A module function, not a closure over the
 * caller's token index, which would make V8 allocate a context for every token the loop visits.
 */
function personBefore(mentions: readonly Mention[], sentenceIndex: number, first: number, end: number): Mention | null {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.sentence === sentenceIndex && m.firstToken >= first && m.endToken <= end && m.actor.type === 'person')
      return m;
  }
  return null;
}

/** The speaker labels of a transcript in text order; none when the text is no transcript. */
function transcriptLabels(doc: Doc, mentions: readonly Mention[]): Label[] {
  const labels: Label[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const label = labelAt(doc, mentions, s);
    if (label !== null) labels.push(label);
  }
  const named = labels.filter((l) => l.speaker !== null);
  return named.length < 2 && !named.some((l) => l.afterBreak) ? [] : labels;
}

/** The turns of a transcript as quotations of their speakers, in text order; none when the text is no transcript. */
export function findTurns(doc: Doc, mentions: readonly Mention[]): Quote[] {
  const labels = transcriptLabels(doc, mentions);
  const text = doc.article.text;
  const turns: Quote[] = [];
  labels.forEach((label, i) => {
    if (label.speaker === null) return;
    const end = labels[i + 1]?.start ?? text.length;
    const raw = text.slice(label.speechStart, end);
    const start = label.speechStart + (raw.length - raw.trimStart().length);
    const stop = label.speechStart + raw.trimEnd().length;
    if (stop <= start) return;
    turns.push({ text: text.slice(start, stop), start, end: stop, speaker: label.speaker.actor });
  });
  return turns;
}

/** Characters a heading and speaker label after a section break may run to (MAX_HEADING_TOKENS words at most). */
const MAX_HEADING_CHARS = 400;

/**
 * The quotation is one person's speech: a turn opened by a label right after a section break ("* * * President of
 * Russia Vladimir Putin: Colleagues, …"), a release's prepared opening remarks or address. Like an address it is a
 * whole text of the speaker's words, where only "I" and "we" are the speaker's own (src/coding/reported.ts): a long
 * speech tells of many acts of others ("these missiles destroyed targets", "Geneva will host the conference").
 */
export function isSpeechAfterBreak(text: string, quote: Quote): boolean {
  const mark = breakMarkWithin(text, quote.start);
  if (mark < 0) return false;
  const label = text.slice(mark + 1, quote.start);
  return /:\s*$/.test(label) && !/[.!?]\s/.test(label);
}

const BREAK_CODE = BREAK_MARK.charCodeAt(0);

/**
 * The last section-break mark at or before `end` and at most MAX_HEADING_CHARS before it, or -1. Only that reach is
 * read: `lastIndexOf` read back to the start of a text with no mark, at every call, and the coder asks at many words.
 */
export function breakMarkWithin(text: string, end: number): number {
  for (let k = Math.min(end, text.length - 1); k >= Math.max(0, end - MAX_HEADING_CHARS); k--)
    if (text.charCodeAt(k) === BREAK_CODE) return k;
  return -1;
}

/** A section break ("* * *", "***") before the quotation: a release's transcript, after its summary. */
const SECTION_BREAK = /\*\s?\*\s?\*/;

/** The quotation follows a release's section break: it is part of the release's transcript. */
export function afterSectionBreak(text: string, quote: Quote): boolean {
  return SECTION_BREAK.test(text.slice(0, quote.start));
}

/** Quotations and turns in text order; a quotation inside a turn stays (it may quote someone else). */
export function withTurns(quotes: readonly Quote[], turns: readonly Quote[]): Quote[] {
  if (turns.length === 0) return [...quotes];
  return [...quotes, ...turns].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A journalist's question in a transcript (or a part of it) and the one person who answers it. */
export interface AnsweredQuestion {
  readonly start: number; // first character after the "Question:" label, or of the part's first sentence
  readonly end: number; // where the answer's label starts, or the next part
  readonly answerer: Mention;
  /** Sentences whose opening vocative names the answerer ("Mr Chancellor, you …"): their "you" is he all the same. */
  readonly named: readonly number[];
}

// "Question(retranslated):": a foreign journalist's question, as interpreted.
const QUESTION_LABEL = /^\s*Question\s*(?:\(\s*retranslated\s*\)\s*)?:\s*$/;
/**
 * "Maxim Kurnikov: … how do you see this situation? Vladimir Putin: …": a label of a name alone, of no one the
 * article knows (a journalist), over words that ask, is a question's label as well.
 */
const NAME_LABEL = /^\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}\s*:\s*$/u;

/**
 * "Question: You met with President Tokayev last week … Vladimir Putin: Yes, we met …": the questions of a
 * transcript that one speaker alone answers, up to the next question (or unnamed speaker). The question's "you" is
 * that speaker (src/actors/question-you.ts). A question two leaders answer at a joint news conference has a "you"
 * that may be either: only the parts of it that a vocative gives to one of them ("Mr Chancellor, you have come from
 * Kiev …") are his (question-vocatives.ts).
 */
export function answeredQuestions(doc: Doc, mentions: readonly Mention[]): AnsweredQuestion[] {
  const labels = transcriptLabels(doc, mentions);
  const text = doc.article.text;
  const questions: AnsweredQuestion[] = [];
  labels.forEach((label, i) => {
    if (label.speaker !== null) return;
    const answerer = labels[i + 1]?.speaker ?? null;
    if (answerer === null) return;
    const head = text.slice(label.start, label.speechStart);
    if (
      !QUESTION_LABEL.test(head) &&
      !(NAME_LABEL.test(head) && text.slice(label.speechStart, labels[i + 1]!.start).includes('?'))
    )
      return;
    const answerers = [answerer];
    for (let j = i + 2; j < labels.length && labels[j]!.speaker !== null; j++) {
      const speaker = labels[j]!.speaker!;
      if (!answerers.some((a) => sameSpeaker(a, speaker))) answerers.push(speaker);
    }
    const start = label.speechStart;
    const end = labels[i + 1]!.start;
    const parts = addressedParts(doc, mentions, start, end, answerers);
    if (answerers.length === 1) {
      questions.push({ start, end, answerer, named: parts.map((p) => p.namedSentence) });
      return;
    }
    for (const p of parts) {
      questions.push({ start: p.start, end: p.end, answerer: p.answerer, named: [p.namedSentence] });
    }
  });
  return questions;
}

function sameSpeaker(a: Mention, b: Mention): boolean {
  return a.actor.id !== null && b.actor.id !== null
    ? a.actor.id === b.actor.id
    : a.actor.code === b.actor.code && a.actor.name === b.actor.name;
}
