// Article → Doc: sentences and tokens with POS tags, lemmas and UTF-16 offsets into the article text.
// The only module that imports the NLP library (wink-nlp), so it can be swapped in one place.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Doc, Sentence, Token } from '../types.ts';

type Lemmatize = (value: string, pos: string, cache: unknown) => string;
const REMEMBERED_WORDS = 50_000;

/**
 * The model's lemmatizer, remembered per tag and word. It strips suffixes and asks the model's own vocabulary whether
 * the stem is a base form of that tag (`cache.hasSamePOS`, false for every word wink adds while reading), so a word's
 * lemma under a tag never changes; working it out again at every "said", "talks" and "forces" was 2% of the
 * pipeline. Only nouns, verbs and adjectives are lemmatized (other tags return the word), so only they are
 * remembered. The maps are emptied when they grow large, so a long stream of new words cannot hold memory.
 */
function remembered(lemmatize: Lemmatize): Lemmatize {
  const byTag = new Map(['NOUN', 'VERB', 'ADJ'].map((tag) => [tag, new Map<string, string>()]));
  return (value, pos, cache) => {
    const memo = byTag.get(pos);
    if (memo === undefined) return lemmatize(value, pos, cache);
    let lemma = memo.get(value);
    if (lemma === undefined) {
      if (memo.size >= REMEMBERED_WORDS) memo.clear();
      lemma = lemmatize(value, pos, cache);
      memo.set(value, lemma);
    }
    return lemma;
  };
}

// Only sentence boundaries and POS tags: the default pipe's NER, sentiment and negation passes cost
// about a third of the time and nothing downstream reads them (lemmas are computed on demand).
const nlp = winkNLP(
  { ...model, addons: { ...model.addons, lemmatize: remembered(model.addons.lemmatize as Lemmatize) } },
  ['sbd', 'pos'],
);
const its = nlp.its;

/** Sentences never cross a line break: in news text a newline ends a headline, dateline or paragraph. */
const LINE = /[^\n\r]+/g;

export function analyze(article: Article): Doc {
  const text = article.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(LINE)) {
    if (!/\S/.test(line[0])) continue;
    for (const [start, end] of pieces(line[0])) {
      analyzeBlock(text, line.index + start, line[0].slice(start, end), tokens, sentences);
    }
  }
  return { article, tokens, sentences };
}

/** Bounds that keep the tokenizer linear: its time grows with the square of an unbroken run. */
const MAX_RUN = 200;
const MAX_PIECE = 10_000;
/** A "sentence" longer than this (a storm of quote marks, a list with no full stop) is cut into parts. */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Splits a line into pieces the tokenizer handles in linear time: at most MAX_PIECE characters,
 * cut after a full stop or at white space when possible, and unbroken runs cut every MAX_RUN
 * characters. Ordinary news paragraphs are one piece.
 */
function pieces(line: string): [number, number][] {
  if (line.length <= MAX_PIECE && longRun(line, 0, line.length) < 0) return [[0, line.length]];
  const out: [number, number][] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + MAX_PIECE);
    const run = longRun(line, start, end);
    if (run >= 0) end = run + MAX_RUN;
    else if (end < line.length) {
      const window = line.slice(start, end);
      const stop = window.lastIndexOf('. ');
      const space = window.lastIndexOf(' ');
      if (stop > MAX_PIECE / 2) end = start + stop + 2;
      else if (space > 0) end = start + space + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Where the first run of MAX_RUN or more non-space characters within [from, to) starts, or -1: what
 * `/\S{200}/` finds, in one pass (the regex retries at every character of a long word).
 */
function longRun(text: string, from: number, to: number): number {
  let runStart = from;
  for (let k = from; k < to; k++) {
    if (isSpace(text.charCodeAt(k))) runStart = k + 1;
    else if (k + 1 - runStart >= MAX_RUN) return runStart;
  }
  return -1;
}

/** JavaScript's `\s`: ASCII white space, NBSP, the Unicode space separators, line separators and the BOM. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A possessive "'s" glued to its word: "Ukraine's", "children’s". wink splits it off ("Ukraine" + "'s"), except
 * before punctuation ("Ukraine's,", "children's."), where it keeps the word whole and, the whole being unknown to its
 * lexicon, adds it to the lexicon it shares across documents; from then on it keeps that word whole everywhere.
 * After the corpus had been read once, 402 of its 2,188 articles came out in other tokens ("Ukraine's" as one
 * proper noun), so an article's events depended on the articles read before it. Spacing the clitic off before wink
 * reads the text gives the split wink makes for a fresh word, in every context and whatever was read before; the
 * tokens are then placed in the article's own text as before. Words where "'s" is "is" ("it's", "here's") are left.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTRACTION_HOSTS = new Set(
  'it that what there here who he she where how let when why this everyone everybody nobody somebody'.split(' '),
);

/**
 * The block with a space before each possessive "'s" / "’s" that ends a word of letters and digits (dots and
 * hyphens inside it allowed). A scan for the apostrophe, not one regex over the block: a regex tried at every
 * letter backtracks through each word, and cost the nlp stage 15%.
 */
function spacedPossessives(block: string): string {
  let out = '';
  let from = 0;
  for (let at = nextClitic(block, 0, 's'); at >= 0; at = nextClitic(block, at + 2, 's')) {
    const after = block[at + 2];
    if (after !== undefined && WORD_CHAR.test(after)) continue;
    let start = at;
    while (start > 0 && (WORD_CHAR.test(block[start - 1]!) || block[start - 1] === '.' || block[start - 1] === '-'))
      start--;
    while (start < at && !WORD_CHAR.test(block[start]!)) start++; // a word starts with a letter or digit
    if (start === at || block[start - 1] === "'" || block[start - 1] === '’') continue;
    if (CONTRACTION_HOSTS.has(block.slice(start, at).toLowerCase())) continue;
    out += `${block.slice(from, at)} `;
    from = at;
  }
  return from === 0 ? block : out + block.slice(from);
}

/** The next clitic (`'s`, `'m` …) at or after `from`, written with a straight or a curly apostrophe; -1 if none. */
function nextClitic(block: string, from: number, letter: 's' | 'm'): number {
  const a = block.indexOf(letter === 's' ? "'s" : "'m", from);
  const b = block.indexOf(letter === 's' ? '’s' : '’m', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * "I'm" / "I’m" is one token to wink, an unknown proper noun ("We're", "I've", "you're" it splits), so "I'm grateful to
 * Poland" had no "I" for the subject search to read. Spaced off ("I 'm"), wink reads "I" + "'m" (be), as it reads the
 * other contractions.
 */
function spacedFirstPerson(block: string): string {
  let out = '';
  let from = 0;
  for (let at = nextClitic(block, 0, 'm'); at >= 0; at = nextClitic(block, at + 2, 'm')) {
    const before = block[at - 2];
    const after = block[at + 2];
    if (block[at - 1] !== 'I' || (before !== undefined && WORD_CHAR.test(before))) continue;
    if (after !== undefined && WORD_CHAR.test(after)) continue;
    out += `${block.slice(from, at)} `;
    from = at;
  }
  return from === 0 ? block : out + block.slice(from);
}

function analyzeBlock(text: string, offset: number, block: string, tokens: Token[], sentences: Sentence[]): void {
  const doc = nlp.readDoc(spacedFirstPerson(spacedPossessives(block)));
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings declare `its.lemma` with an addon signature that `out` does not accept; it works at run time.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as (string | undefined)[];
  const spans = joinedAtAbbreviations(doc.sentences().out(its.span) as unknown as [number, number][], values);
  // One pass over the tokens, in order: each value is found in the block at or just after the cursor.
  let cursor = 0;
  let next = 0; // the next token to place
  for (const [first, last] of capped(spans)) {
    const index = sentences.length;
    const firstToken = tokens.length;
    for (; next <= last; next++) {
      const value = values[next] ?? '';
      while (cursor < block.length && isSpace(block.charCodeAt(cursor))) cursor++;
      let at = block.startsWith(value, cursor) ? cursor : block.indexOf(value, cursor);
      // A value wink normalised (contractions, odd spaces) is not in the text: it is placed at the cursor
      // and its surface is whatever text stands there.
      const found = at >= 0 && at - cursor < 8;
      if (!found) at = cursor;
      if (next < first) {
        cursor = found ? at + value.length : cursor;
        continue;
      }
      // "Maj." read as "Maj" + ".": one token, as wink reads "Capt." and "Gen." (see SPLIT_ABBREVIATIONS).
      const glued = found && next < last && isSplitAbbreviation(values, next) && block[at + value.length] === '.';
      const start = offset + at;
      const end = start + value.length + (glued ? 1 : 0);
      if (found) cursor = end - offset;
      // A value found in the text is its surface: no need to cut the same characters again.
      const surface = glued ? text.slice(start, end) : found ? value : text.slice(start, end);
      const lower = surface.toLowerCase();
      const lemma = glued ? undefined : lemmas[next];
      tokens.push({
        text: surface,
        lower,
        // A lemma equal to the surface or to its lowercase form ("The" → "the") shares `lower`: no new string.
        lemma: lemma === undefined || lemma === surface || lemma === lower ? lower : lemma.toLowerCase(),
        pos: pos[next] ?? 'X',
        start,
        end,
        sentence: index,
      });
      if (glued) next++;
    }
    const endToken = tokens.length;
    if (endToken === firstToken) continue;
    const start = tokens[firstToken]!.start;
    const end = tokens[endToken - 1]!.end;
    sentences.push({ index, start, end, text: text.slice(start, end), firstToken, endToken });
  }
}

/**
 * Abbreviated titles (military ranks, "Amb.") that wink reads as a word and a full stop ending the sentence, where it
 * keeps "Capt.", "Gen.", "Sgt." and "Lt." whole: "spokesman Maj. Gen. Igor Konashenkov said" was two sentences, and
 * the rank no title.
 */
const SPLIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['Maj', 'Pvt', 'Pte', 'Cpl', 'Adm', 'Cmdr', 'Amb']);

/** Token `k` is such an abbreviation and a full stop token follows it. */
function isSplitAbbreviation(values: readonly string[], k: number): boolean {
  return SPLIT_ABBREVIATIONS.has(values[k] ?? '') && values[k + 1] === '.';
}

/** Spans with a sentence that ends in a split abbreviation joined to the next when that starts with a capital. */
function joinedAtAbbreviations(spans: readonly [number, number][], values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    const prev = out[out.length - 1];
    if (prev && prev[1] === first - 1 && isSplitAbbreviation(values, prev[1] - 1) && /^[A-Z]/.test(values[first] ?? ''))
      prev[1] = last;
    else out.push([first, last]);
  }
  return out;
}

/** Sentence spans with none longer than MAX_SENTENCE_TOKENS tokens. */
function capped(spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    for (let a = first; a <= last; a += MAX_SENTENCE_TOKENS) out.push([a, Math.min(last, a + MAX_SENTENCE_TOKENS - 1)]);
  }
  return out;
}
