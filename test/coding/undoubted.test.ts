// Negations that are not the act's own: a doubt denied vouches for the claim, a claim called untrue is denied, a
// possibility not excluded stays possible, a concession after a denial is told as fact, and what is confirmed "but
// not that …" is left unconfirmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger modality" per event. */
function read(text: string): string[] {
  const doc = docOf(text, '2022-05-01');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.modality}`);
}

test('a doubt or a denial with a negative subject vouches for the claim', () => {
  assert.deepEqual(read('Nobody doubts that Russia attacked Ukraine.'), ['attacked asserted']);
  assert.deepEqual(read('No one doubts Russia attacked Ukraine.'), ['attacked asserted']);
  assert.deepEqual(read('No one can deny that Russia attacked Ukraine.'), ['attacked asserted']);
  assert.deepEqual(read('Nobody disputes that Russia shelled Kyiv.'), ['shelled asserted']);
  // The claim keeps its own reading: a future is still to come, a negation inside it is its own.
  assert.deepEqual(read('None of us doubts that Russia will attack Ukraine.'), ['attack hypothetical']);
  assert.deepEqual(read('Nobody doubts it did not attack Ukraine.'), ['attack negated']);
  // A denial is still a denial, and a negative subject of the act still negates it.
  assert.deepEqual(read('Russia denied that it attacked Ukraine.'), ['denied asserted', 'attacked negated']);
  assert.deepEqual(read('Nobody believes that Russia attacked Ukraine.'), ['attacked negated']);
});

test('a claim called untrue or false is denied', () => {
  assert.deepEqual(read('It is not true that Russia attacked Ukraine.'), ['attacked negated']);
  assert.deepEqual(read('Kyiv says it is simply untrue that Russia attacked Ukraine.'), ['attacked negated']);
  assert.deepEqual(read('It is false that Russia shelled Kyiv.'), ['shelled negated']);
  assert.deepEqual(read('It is true that Russia attacked Ukraine.'), ['attacked asserted']);
});

test('an act not excluded is possible; one excluded is not done', () => {
  assert.deepEqual(read('Macron does not exclude sending troops to Ukraine.'), ['sending troops to hypothetical']);
  assert.deepEqual(read('Macron excluded sending troops to Ukraine.'), ['sending troops to negated']);
});

test('a concession after a denial is no part of what is denied', () => {
  assert.deepEqual(
    read('Russia, which has denied planning to invade Ukraine despite having amassed troops near the border, is calm.'),
    // The denial itself, told in a present perfect relative clause on Russia, says who Russia is (descriptive-relatives.ts).
    ['invade negated', 'amassed troops asserted'],
  );
});

test('what is confirmed "but not that …" is unconfirmed', () => {
  assert.deepEqual(read('Russia confirmed the ship was damaged but not that it was hit by Ukraine.'), [
    'hit hypothetical',
  ]);
});
