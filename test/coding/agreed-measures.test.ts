import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test')
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`)
    .sort();
}

test('sanctions agreed among their imposers are still to come, not a threat; planned ones stay a threat', () => {
  // The measure is the event: no agreement "with" Russia besides it.
  assert.deepEqual(brief('The EU agreed to impose sanctions on Russia.'), ['163 IGOEUREEC->RUS hypothetical']);
  // Agreed on a condition, the measure is a threat.
  assert.deepEqual(brief('The EU agreed to impose sanctions on Russia if Russia invades Ukraine.'), [
    '030 IGOEUREEC->RUS asserted',
    '1312 IGOEUREEC->RUS asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(brief('The EU plans to impose sanctions on Russia.'), ['1312 IGOEUREEC->RUS asserted']);
});
