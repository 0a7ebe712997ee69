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

test('a coordinated name that takes in its own "the" is still coordinated ("Poland and the EU")', () => {
  assert.deepEqual(brief('Kuleba thanked Poland and the EU.'), [
    '051 UKRGOV->IGOEUREEC asserted',
    '051 UKRGOV->POL asserted',
  ]);
  assert.deepEqual(brief('Kuleba thanked Poland, Belarus and the United States.'), [
    '051 UKRGOV->BLR asserted',
    '051 UKRGOV->POL asserted',
    '051 UKRGOV->USA asserted',
  ]);
});

test('an adjective of origin and a common noun before a name describe it: the name is the target', () => {
  assert.deepEqual(brief('Lavrov condemned the Western military alliance NATO.'), ['111 RUSGOV->IGOWSTNAT asserted']);
  assert.deepEqual(brief('Lavrov said Moscow sees the Western military alliance NATO as a threat.'), [
    '112 RUSGOV->IGOWSTNAT asserted',
  ]);
  // With no name after the nouns, the adjective's actor stays the target.
  assert.deepEqual(brief('Lavrov condemned the Western military alliance.'), ['111 RUSGOV->WST asserted']);
});
