import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a right to act is held, not exercised; the adjective "right" judges an act done', () => {
  assert.deepEqual(readings('Ukraine has every right to strike military targets inside Russia.', 'strike'), [
    '190 UKR->RUS hypothetical',
  ]);
  assert.deepEqual(readings('Moscow does not have the right to invade Ukraine.', 'invade'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Britain was quite right to send weapons to Ukraine.', 'send'), ['072 GBR->UKR asserted']);
});

test('an object with a participle phrase does not hide the verb of asking that governs the infinitive', () => {
  assert.deepEqual(
    readings('Biden urged the countries bordering Russia to close their airspace to Russian planes.', 'close'),
    ['191 USAGOV->RUS hypothetical'],
  );
  assert.deepEqual(
    readings('Zelensky urged the West to allow the soldiers trapped in the plant to surrender to Russia.', 'surrender'),
    ['0874 UKRGOV->RUS hypothetical'],
  );
  assert.deepEqual(
    readings('The UN called on the parties fighting in the region to release all prisoners.', 'release'),
    ['084 IGOUNO->- hypothetical'],
  );
});

test('"for" and named doers before an infinitive: wanted or possible, not done', () => {
  assert.deepEqual(readings('The crisis is an opportunity for Saudi Arabia to help the West.', 'help'), [
    '070 SAU->WST hypothetical',
  ]);
});

test('readiness for an act, stated by its subject, is intent; the act is not done', () => {
  assert.deepEqual(readings('Kyiv is open to meeting with Putin.', 'meeting'), ['036 UKR->RUSGOV asserted']);
  assert.deepEqual(readings('The Kremlin said it was ready for a meeting between Putin and Zelensky.', 'meeting'), [
    '036 RUSGOV->UKRGOV asserted',
  ]);
  assert.deepEqual(readings('Poland is open to hosting American nuclear weapons.', 'hosting'), [
    '036 POL->USA asserted',
  ]);
});

test('"would (not) have" + participle is a counterfactual: neither announced nor denied', () => {
  assert.deepEqual(readings('Putin would not have attacked Ukraine if NATO had been stronger.', 'attacked'), [
    '190 RUSGOV->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Scholz said Germany would have sent tanks to Ukraine.', 'sent'), [
    '072 DEU->UKR hypothetical',
  ]);
  // A reported future stays announced.
  assert.deepEqual(readings('Scholz said Germany would send tanks to Ukraine.', 'send'), ['0332 DEU->UKR asserted']);
});

test('an act one is willing to do is not done', () => {
  assert.deepEqual(readings('Britain expressed its willingness to send weapons to Ukraine.', 'send'), [
    '072 GBR->UKR hypothetical',
  ]);
});
