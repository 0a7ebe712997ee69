// An aide's briefing on talks he took no part in, printed as a transcript's turn: "the two leaders" there are the
// readout's parties, as in the text's own narrative, not the aide who speaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function talks(text: string): string[] {
  const result = pipeline.code({ id: 't', date: '2022-03-03', title: null, url: null, source: null, text });
  return result.events
    .filter((e) => e.trigger.text === 'discussed')
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`)
    .sort();
}

test('"the two leaders discussed …" in an aide’s briefing turn: the two leaders, each with the other', () => {
  const text =
    'Presidential Aide Yury Ushakov briefed journalists on the telephone conversation between President of Russia ' +
    'Vladimir Putin and President of France Emmanuel Macron.\n\n' +
    'Aide to the President Yury Ushakov: Good evening. The conversation lasted for about an hour. ' +
    'The two leaders discussed the situation around Ukraine in detail. ' +
    'Question: Was the grain issue raised? ' +
    'Yury Ushakov: Not today.';
  assert.deepEqual(talks(text), ['040 FRAGOV->RUSGOV', '040 RUSGOV->FRAGOV']);
});
