import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { linkQuoteEvents } from '../../src/quotes/index.ts';
import { createPipeline } from '../../src/pipeline.ts';
import type { Event, Quote } from '../../src/types.ts';

const text = 'Lavrov met Blinken. “We will talk again. Nothing is agreed,” Lavrov said. Protests went on in Kyiv.';
const doc = analyze({ id: 'l', date: '2022-01-21', title: null, url: null, source: null, text });

function event(id: string, sentenceIndex: number): Event {
  return { id, sentenceIndex } as unknown as Event; // only the fields linking reads
}

test('a quotation links the events of every sentence it overlaps, and only those', () => {
  assert.equal(doc.sentences.length >= 3, true);
  const start = text.indexOf('We will');
  const quote: Quote = { text: '', start, end: text.indexOf('agreed') + 6, speaker: null };
  const spanned = doc.sentences.filter((s) => s.start < quote.end && quote.start < s.end).map((s) => s.index);
  const events = doc.sentences.map((s) => event(`e${s.index}`, s.index));
  const [linked] = linkQuoteEvents(doc, [quote], events);
  assert.deepEqual(
    linked?.eventIds,
    spanned.map((i) => `e${i}`),
  );
  assert.equal(linked?.eventIds?.includes('e0'), false, 'the sentence before the quotation is not linked');
});

test('the pipeline puts eventIds on every quote, naming events of the same result', () => {
  const result = createPipeline().code({
    id: 'p',
    date: '2022-02-15',
    title: null,
    url: null,
    source: null,
    text: '“Russia will withdraw some troops from the border,” Lavrov said on Tuesday.',
  });
  assert.equal(result.quotes.length, 1);
  const ids = new Set(result.events.map((e) => e.id));
  assert.ok(Array.isArray(result.quotes[0]!.eventIds));
  for (const id of result.quotes[0]!.eventIds!) assert.ok(ids.has(id));
  assert.equal(result.quotes[0]!.eventIds!.length, result.events.filter((e) => e.sentenceIndex === 0).length);
});
