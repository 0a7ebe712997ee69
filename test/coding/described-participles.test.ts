// A participle describing people or places after its noun ("the territories occupied by Russia") names harm already
// done: asserted, even in a clause of what will, must or might be done, and no charge by the clause's speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger cameo source->target modality" per event. */
function coded(text: string): string[] {
  const doc = docOf(text, '2022-04-09');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.trigger.text} ${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('a participle describing places or people in a modal or future clause is asserted', () => {
  assert.deepEqual(coded('Kyiv will return the territories occupied by Russia.'), ['occupied 192 RUS->- asserted']);
  assert.deepEqual(coded('Kyiv could lose territory illegally occupied by Russian troops.'), [
    'occupied 192 RUSMIL->- asserted',
  ]);
  assert.deepEqual(coded('Kyiv must find the civilians deported by Russia.'), ['deported 174 RUS->- asserted']);
});

test('the participle in what a speaker says must be done is no charge of the speaker', () => {
  assert.deepEqual(
    coded('Kuleba stressed that in order to free the cities occupied by Russian troops, the supply of arms must grow.'),
    ['occupied 192 RUSMIL->- asserted'],
  );
  assert.deepEqual(coded('Kuleba said that Ukraine will return the territories occupied by Russia.'), [
    'occupied 192 RUS->- asserted',
  ]);
});

test('a participle of the clause itself, or one describing no noun, keeps the clause reading', () => {
  assert.deepEqual(coded('Russia will destroy cities.'), ['destroy 1712 RUS->- hypothetical']);
  assert.deepEqual(coded('The facilities could pose a threat if seized by Russia.'), [
    'seized 171 RUS->- hypothetical',
  ]);
});
