// Object control: the gerund after "thanked X for", "grateful to X for", "condemned X for" is X's act, not the
// thanker's; an object that names no actor gives the act no source, and not the quote's speaker either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('"thanked X for V-ing": X does it', () => {
  assert.deepEqual(readings('Zelenskyy thanked Croatia for supporting Ukraine.', 'supporting'), [
    '051 HRV->UKR asserted',
  ]);
  assert.deepEqual(readings('Zelenskyy thanked Denmark and Norway for sending aid to Ukraine.', 'sending'), [
    '070 DNK->UKR asserted',
    '070 NOR->UKR asserted',
  ]);
});

test('"grateful to X for V-ing" and "condemned X for V-ing": X does it', () => {
  assert.deepEqual(readings('Zelenskyy said he is grateful to Italy for supporting Ukraine.', 'supporting'), [
    '051 ITA->UKR asserted',
  ]);
  assert.deepEqual(readings('Russia condemned Poland for shelling Belarus.', 'shelling'), [
    '194 POL->BLR hypothetical',
  ]);
});

test('an object that names no actor: the act has no source, and is not the speaker’s', () => {
  assert.deepEqual(readings('"I thank you for imposing sanctions on Russia," Zelenskyy said.', 'imposing'), [
    '163 -->RUS asserted',
  ]);
});

test('a passive controller has no object: its subject does it; a possessive owns the object', () => {
  assert.deepEqual(readings('Companies in Turkey were accused of helping Russia acquire technology.', 'helping'), [
    '070 TURBUS->RUS hypothetical',
  ]);
  assert.deepEqual(
    readings('Zelenskyy thanked his Polish counterpart for sheltering Ukrainian refugees.', 'sheltering'),
    ['075 POLGOV->UKRREF asserted'],
  );
});

test('"presented awards to X for V-ing", "awarded X for V-ing": the one honoured does it', () => {
  assert.deepEqual(
    readings(
      'Zelenskyy presented state awards to Prime Minister of Denmark Mette Frederiksen for helping Ukraine.',
      'helping',
    ),
    ['070 DNKGOV->UKR asserted'],
  );
  assert.deepEqual(readings('Zelenskyy awarded the Polish Prime Minister for supporting Ukraine.', 'supporting'), [
    '051 POLGOV->UKR asserted',
  ]);
});
