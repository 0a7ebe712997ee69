// Transcripts: "President of Russia Vladimir Putin: Thank you very much … Prime Minister of Hungary Viktor
// Orban (retranslated): Thank you. We have discussed all issues." Kremlin and presidential releases print talks as
// turns, each opened by a speaker label, with no quotation marks. Each turn is a quotation of its speaker, from the
// label's colon to the next label or the end of the text, so "we" and subjectless acts in it are the speaker's, as
// in any direct quotation.
// A label opens a sentence and is a short run of name words ending in a colon ("Question:", "Vladimir Putin
// (retranslated):"). Turns are read only in a transcript, where at least two labels name known persons: a single
// "Lavrov: …" line is a headline, which the quotes stage reads on its own.
import type { Doc, Mention, Quote } from '../types.ts';

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
}

function labelAt(doc: Doc, mentions: readonly Mention[], sentenceIndex: number): Label | null {
  const sentence = doc.sentences[sentenceIndex]!;
  const { tokens } = doc;
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
      return { start: tokens[sentence.firstToken]!.start, speechStart: t.end, speaker };
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

/** The turns of a transcript as quotations of their speakers, in text order; none when the text is no transcript. */
export function findTurns(doc: Doc, mentions: readonly Mention[]): Quote[] {
  const labels: Label[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const label = labelAt(doc, mentions, s);
    if (label !== null) labels.push(label);
  }
  if (labels.filter((l) => l.speaker !== null).length < 2) return [];
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

/** Quotations and turns in text order; a quotation inside a turn stays (it may quote someone else). */
export function withTurns(quotes: readonly Quote[], turns: readonly Quote[]): Quote[] {
  if (turns.length === 0) return [...quotes];
  return [...quotes, ...turns].sort((a, b) => a.start - b.start || b.end - a.end);
}
