import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import type { Article } from '../../src/types.ts';

const article = (text: string): Article => ({ id: 't', date: null, title: null, url: null, source: null, text });

test('offsets point into the article text, including curly quotes and non-ASCII', () => {
  const text = 'Poland’s minister said “we talked” in Kyiv.\r\nThe U.S. army pulled out in Jan. 2022.';
  const doc = analyze(article(text));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('abbreviations do not end sentences; line breaks do', () => {
  const doc = analyze(
    article('The U.S. envoy met him on Jan. 5 in Washington. He left.\nHeadline without stop\nNext line.'),
  );
  assert.deepEqual(
    doc.sentences.map((s) => s.text),
    ['The U.S. envoy met him on Jan. 5 in Washington.', 'He left.', 'Headline without stop', 'Next line.'],
  );
});

test('tokens carry POS tags and lemmas; hyphenated words stay whole', () => {
  const doc = analyze(article('Troops pulled out of the co-operation zone.'));
  const pulled = doc.tokens.find((t) => t.text === 'pulled');
  assert.equal(pulled?.lemma, 'pull');
  assert.equal(pulled?.pos, 'VERB');
  assert.ok(doc.tokens.some((t) => t.text === 'co-operation'));
});

test('a possessive splits the same way whatever was read before: the tokens of an article do not depend on others', () => {
  // wink keeps "Zorbania's," whole before the comma and, left alone, learns the whole as a word for later documents.
  const words = (text: string): string[] => analyze(article(text)).tokens.map((t) => t.text);
  assert.deepEqual(words('They met Zorbania’s envoy, not Zorbania’s.'), [
    ...['They', 'met', 'Zorbania', '’s', 'envoy', ',', 'not', 'Zorbania', '’s', '.'],
  ]);
  assert.deepEqual(words('Zorbania’s army and the children’s teams'), [
    ...['Zorbania', '’s', 'army', 'and', 'the', 'children', '’s', 'teams'],
  ]);
  // "'s" for "is" stays as wink reads it.
  assert.deepEqual(words("It's late."), ['It', "'s", 'late', '.']);
  const doc = analyze(article('Zorbania’s army'));
  for (const t of doc.tokens) assert.equal('Zorbania’s army'.slice(t.start, t.end), t.text);
});

test('"I\'m" splits into "I" and "\'m" as "we\'re" does, straight or curly; no other word loses its "m"', () => {
  const words = (text: string): string[] => analyze(article(text)).tokens.map((t) => `${t.text}/${t.pos}`);
  assert.deepEqual(words("Today I'm grateful, and I’m sure."), [
    ...['Today/NOUN', 'I/PRON', "'m/AUX", 'grateful/ADJ', ',/PUNCT', 'and/CCONJ', 'I/PRON', '’m/AUX', 'sure/ADJ'],
    './PUNCT',
  ]);
  const text = "HI'm and I'mx stay whole; I'm is placed in the text.";
  const doc = analyze(article(text));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(doc.tokens.some((t) => t.text === "HI'm"));
});

test('remembered lemmas are the model’s: per tag, and the same on a second reading', async () => {
  // analyze.ts remembers the lemmatizer's answers per tag and word; a plain wink reading is the reference. "leaves"
  // is lemmatized as a verb ("leave") and as a noun ("leaf"), "left" and "saw" by tag too.
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const plain = winkNLP(model, ['sbd', 'pos']);
  const text =
    'He left the left bank. She saw the saw. The shelling leaves dead leaves. Forces regrouped; the forces left.';
  const reference = plain
    .readDoc(text)
    .tokens()
    .out(plain.its.lemma as unknown as typeof plain.its.value);
  for (let reading = 0; reading < 2; reading++) {
    const lemmas = analyze(article(text)).tokens.map((t) => t.lemma);
    assert.deepEqual(
      lemmas,
      reference.map((l) => l.toLowerCase()),
    );
  }
  assert.ok(reference.includes('leaf') && reference.includes('leave'));
});
