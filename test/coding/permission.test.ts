// Permissions: who acts on a permission given to someone, and a permission refused (src/coding/permission.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "cameo src->tgt modality" per event, with the fake actor table. */
function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('the one given permission to act is the subject of the act, which leave alone does not assert', () => {
  assert.deepEqual(brief('Poland gave permission to Ukraine to attack Russia.'), ['190 UKR->RUS hypothetical']);
  assert.deepEqual(brief('Poland gave the green light to Ukraine to attack Russia.'), ['190 UKR->RUS hypothetical']);
});

test('a permission withheld is a refusal to yield (124) to the one who wanted it', () => {
  assert.deepEqual(brief('Blinken would not give permission to Russia to help Belarus.'), [
    '070 RUS->BLR hypothetical',
    '124 USAGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Poland did not give the green light to Ukraine to attack Russia.'), [
    '190 UKR->RUS hypothetical',
    '124 POL->UKR asserted',
  ]);
  assert.deepEqual(brief('Poland gave no permission to Ukraine to attack Russia.'), [
    '190 UKR->RUS hypothetical',
    '124 POL->UKR asserted',
  ]);
  // A rejection verb already codes the refusal: one event.
  assert.deepEqual(brief('Poland refused its approval to Ukraine.'), ['120 POL->UKR asserted']);
});
