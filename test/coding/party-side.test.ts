// "The Ukrainian party" of a translated readout is the Ukrainian side (src/actors/recognize.ts partyIsSide).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('"the Ukrainian party" of a readout is the Ukrainian side, not a political party', () => {
  assert.deepEqual(readings('During the talks, the Ukrainian party outlined its proposals to Russia.', 'talks'), [
    '040 UKRGOV->RUS asserted',
    '040 RUS->UKRGOV asserted',
  ]);
  assert.deepEqual(readings('Zelenskyy called on the Russian party to resume work in the Normandy format.', 'called'), [
    '100 UKRGOV->RUSGOV asserted',
  ]);
  // A party named, or indefinite, is a political party.
  assert.deepEqual(readings('The Hungarian party Fidesz criticized Ukraine.', 'criticized'), [
    '111 HUNPTY->UKR asserted',
  ]);
  assert.deepEqual(readings('A Ukrainian party criticized Russia.', 'criticized'), ['111 UKRPTY->RUS asserted']);
});
