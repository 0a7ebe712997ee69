// "I would like to thank Mr President for his efforts": in a speaker's words an address by office alone is the one
// spoken to, the holder of that office the article's head names (the counterpart), never the speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function events(text: string, title: string | null = null): string[] {
  const r = pipeline.code({ id: 't', date: '2022-02-08', title, url: null, source: null, text });
  return r.events.map((e) => `${e.source?.code ?? '∅'} ${e.cameo} ${e.target?.code ?? '∅'} ${e.trigger.text}`);
}

const TALKS =
  'President of Russia Vladimir Putin: Ladies and gentlemen, it is a pleasure to host the President of the French ' +
  'Republic, Mr Emmanuel Macron, in Russia. Our talks were substantive. To conclude, I would like to thank Mr ' +
  'President for his efforts to resolve the crisis.\n' +
  'President of France Emmanuel Macron: I would like to thank Mr President for his hospitality.';

test('"thank Mr President" in a leader\'s turn is the counterpart the head names', () => {
  const thanks = events(TALKS).filter((e) => e.includes(' 051 '));
  assert.ok(thanks.includes('RUSGOV 051 FRAGOV thank'), thanks.join('\n'));
  assert.ok(
    !thanks.some((e) => e.startsWith('RUSGOV 051 RUSGOV') || e.startsWith('FRAGOV 051 FRAGOV')),
    thanks.join('\n'),
  );
});

test('"Mr Federal Chancellor" is the chancellor the head names', () => {
  const text =
    'President of Russia Vladimir Putin: Good afternoon. We held talks with Federal Chancellor of Germany Olaf Scholz. ' +
    'In conclusion, I would like to thank Mr Federal Chancellor for a useful dialogue.\n' +
    'Federal Chancellor of Germany Olaf Scholz: Thank you. The talks were useful.';
  assert.ok(events(text).includes('RUSGOV 051 DEUGOV thank'), events(text).join('\n'));
});

test('with no office holder in the head, the address is the holder last named before it', () => {
  const text =
    'Ukrainians! Today was a hard day. Last week President Biden announced new aid. ' +
    'Today I congratulated President of France Macron on winning the elections. We spoke with Mr. President at night.';
  const spoke = events(text, 'We will win - address by the President of Ukraine').filter((e) =>
    e.endsWith('spoke with'),
  );
  assert.ok(spoke.includes('UKRGOV 040 FRAGOV spoke with'), spoke.join('\n'));
  assert.ok(!spoke.some((e) => e.includes('USAGOV')), spoke.join('\n'));
});

test('a vocative set off mid-sentence stays the "you" spoken to, not the subject of the thanks', () => {
  const text =
    'President of Russia Vladimir Putin: Good afternoon, colleagues. Minister of Finance Anton Siluanov: Thank you, ' +
    'Mr President, for the invitation.';
  for (const e of events(text)) assert.ok(!e.startsWith('RUSGOV 051'), e);
});
