// Finds quotation spans in an article's text: curly and straight double quotes, and single quotes used as
// quotation marks (‘…’ or '…' at word boundaries, so "Poland’s" and "don't" are not quotes).
// A quotation left open at the end of a paragraph continues when the next paragraph opens with a quote mark
// (the news convention for multi-paragraph quotes); otherwise it ends with its paragraph.

export interface QuoteSpan {
  readonly start: number; // UTF-16 offset of the first quoted character (after the mark)
  readonly end: number; // offset of the closing mark (exclusive end of the quoted text)
  readonly closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const OPEN_SINGLE = new Set(['‘']);

// Module-level: tsx compiles a `\p{…}` literal inside a function to `new RegExp(…)`, built at each call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1; // index after the opening mark
  let kind: 'double' | 'single' | null = null;
  let nested = 0; // straight quotation marks opened inside an open double quotation

  const close = (endIndex: number, closed: boolean): void => {
    push(out, text, open, endIndex, closed);
    open = -1;
    kind = null;
    nested = 0;
  };

  // Only quotation marks and line breaks matter: jump between them instead of visiting every character.
  const marks = /["“”„«»‘’'\n]/g;
  for (let hit = marks.exec(text); hit !== null; hit = marks.exec(text)) {
    let i = hit.index;
    const ch = text[i]!;
    if (ch === '\n') {
      if (open < 0) continue;
      if (kind === 'single') {
        open = -1;
        kind = null;
        continue;
      }
      // Paragraph end inside a quotation: continue if the next paragraph opens with a mark.
      let k = i;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      const next = text[k];
      if (next !== undefined && (OPEN_DOUBLE.has(next) || next === '"')) {
        i = k; // skip the re-opening mark; the quotation goes on
        marks.lastIndex = k + 1;
        continue;
      }
      let e = i;
      while (e > open && /\s/.test(text[e - 1]!)) e--;
      close(e, false);
      continue;
    }
    // A straight mark shaped like a closing one (“… Congratulations!" he said”) with no quotation open closes
    // one whose opening mark was taken for a nested quotation's: it opens nothing.
    if (ch === '"' && open < 0 && !isSpace(text[i - 1]) && isSpace(text[i + 1])) continue;
    if (kind !== 'single' && (OPEN_DOUBLE.has(ch) || (ch === '"' && open < 0))) {
      if (open >= 0 && ch === '"') continue;
      open = i + 1; // an opening mark inside an open quotation restarts it (a missing closing mark)
      kind = 'double';
      continue;
    }
    if (kind === 'double' && ch === '"' && isSpace(text[i - 1]) && isLetter(text[i + 1])) {
      nested++; // "… implement the "Minsk" points …": a quotation inside the quotation opens here
      continue;
    }
    if (kind === 'double' && ch === '"' && nested > 0) {
      nested--;
      continue;
    }
    if (kind === 'double' && (CLOSE_DOUBLE.has(ch) || ch === '"')) {
      close(i, true);
      continue;
    }
    if (kind === null && (OPEN_SINGLE.has(ch) || ch === "'")) {
      const prev = text[i - 1];
      if ((isSpace(prev) || prev === '(' || prev === '—') && isLetter(text[i + 1])) {
        open = i + 1;
        kind = 'single';
      }
      continue;
    }
    if (kind === 'single' && (ch === '’' || ch === "'")) {
      const next = text[i + 1];
      if (!isLetter(next) && !isSpace(text[i - 1])) close(i, true);
    }
  }
  if (open >= 0 && kind === 'double') close(text.length, false);
  return out;
}

function push(out: QuoteSpan[], text: string, start: number, end: number, closed: boolean): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  // A comma before the closing mark is the sentence's punctuation, not the speaker's words.
  while (e > s && (text[e - 1] === ',' || /\s/.test(text[e - 1]!))) e--;
  if (e > s) out.push({ start: s, end: e, closed });
}
