// Guards a per-match cost of reported speech (src/coding/reported.ts) that no output shows: whether a quotation's
// speaker is a document ("the joint statement") was read by splitting the speaker's text at every call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Doc, Quote, Token } from '../../src/types.ts';
import type { SentenceContext } from '../../src/coding/context.ts';
import { documentWords } from '../../src/coding/reported.ts';
import { DOCUMENT_NOUNS } from '../../src/quotes/documents.ts';

/** A sentence of one-letter words, "a b c …", each its own token. */
function context(words: number): SentenceContext {
  const text = Array.from({ length: words }, () => 'a').join(' ');
  const tokens: Token[] = Array.from({ length: words }, (_, k) => ({
    text: 'a',
    lower: 'a',
    lemma: 'a',
    pos: 'NOUN',
    start: 2 * k,
    end: 2 * k + 1,
    sentence: 0,
  }));
  const doc: Doc = {
    article: { id: 't', date: null, title: null, url: null, source: null, text },
    tokens,
    sentences: [{ index: 0, start: 0, end: text.length, text, firstToken: 0, endToken: words }],
  };
  return { doc, sentence: doc.sentences[0]!, mentions: [], mentionAt: new Int32Array(words).fill(-1) };
}

const speaker = (text: string): Actor => ({
  text,
  name: text,
  code: 'X',
  country: 'X',
  sector: null,
  type: 'organization',
  id: null,
});

test("a speaker's text is split once for all the tokens of its quotation", () => {
  const ctx = context(10);
  const quotes: Quote[] = [{ text: 'a a a a a', start: 0, end: 9, speaker: speaker('the joint statement') }];
  const has = DOCUMENT_NOUNS.has.bind(DOCUMENT_NOUNS);
  let looks = 0;
  DOCUMENT_NOUNS.has = (w: string): boolean => {
    looks++;
    return has(w);
  };
  try {
    for (let k = 0; k < 5; k++) assert.equal(documentWords(ctx, k, quotes), true);
    assert.ok(looks > 0 && looks <= 3, `${looks} look-ups for one speaker's three words`);
    // Another speaker's text is read anew.
    const other: Quote[] = [{ text: 'a a a a a', start: 0, end: 9, speaker: speaker('Mr Smith') }];
    assert.equal(documentWords(ctx, 6, other), false);
  } finally {
    DOCUMENT_NOUNS.has = has;
  }
});
