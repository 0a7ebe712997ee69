import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('a call for measures against an actor disapproves of it; it asks nothing of it', () => {
  assert.deepEqual(readings('The Lithuanian president called for harsher sanctions against Belarus.', 'called'), [
    '110 LTUGOV->BLR asserted',
    '163 -->BLR hypothetical',
  ]);
  assert.deepEqual(readings('Poland has pushed for a complete embargo on Russian gas.', 'pushed'), [
    '110 POL->RUS asserted',
    '163 -->RUS hypothetical',
  ]);
  assert.deepEqual(readings('Estonia renewed its calls for stronger sanctions on Iran.', 'calls'), [
    '110 EST->IRN asserted',
    '163 -->IRN hypothetical',
  ]);
  // Other measures called for are disapproval alone.
  assert.deepEqual(readings('Latvia called for punishment against Belarus.', 'called'), ['110 LVA->BLR asserted']);
});

test('the one who faces calls from others is asked; the askers do not do what they ask', () => {
  assert.deepEqual(allReadings('India has faced calls from Britain to condemn Russia.'), [
    '100 GBR->IND asserted',
    '111 IND->RUS hypothetical',
  ]);
});

test('facing calls to speak out against crimes names no one who charges them', () => {
  assert.deepEqual(
    allReadings('India has faced calls from Britain and France to speak out against Russian war crimes in Ukraine.'),
    ['100 GBR->IND asserted', '100 FRA->IND asserted'],
  );
});

test('a claim made without evidence tells its content as claimed, not done nor denied', () => {
  assert.deepEqual(readings('Lavrov claimed without offering evidence that Poland had attacked Belarus.', 'attacked'), [
    '190 POL->BLR hypothetical',
  ]);
  assert.deepEqual(readings('Lavrov asserted, without evidence, that Poland had attacked Belarus.', 'attacked'), [
    '190 POL->BLR hypothetical',
  ]);
  assert.deepEqual(
    readings('Lukashenko said Poland had attacked Belarus, though he did not provide any evidence for it.', 'attacked'),
    ['190 POL->BLR hypothetical'],
  );
  // No proof of a content is still a denial of it.
  assert.deepEqual(readings('There is no evidence that Poland attacked Belarus.', 'attacked'), [
    '190 POL->BLR negated',
  ]);
  // A claim the sentence does not doubt keeps its act.
  assert.deepEqual(readings('Lukashenko said Poland had attacked Belarus.', 'attacked'), ['190 POL->BLR asserted']);
});
