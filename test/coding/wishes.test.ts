// What a speaker hopes for, or asks the listener to imagine, has not happened (src/coding/wishes.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a hoped-for act is hypothetical and commits no one named in it', () => {
  assert.deepEqual(readings('"I hope that Germany will support Ukraine," Zelensky said.', 'support'), [
    '051 DEU->UKR hypothetical',
  ]);
  assert.deepEqual(readings('"I hope Germany will support Ukraine," Zelensky said.', 'support'), [
    '051 DEU->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Zelensky expressed hope that Greece would support Ukraine.', 'support'), [
    '051 GRC->UKR hypothetical',
  ]);
  // Said, not hoped: an announced intent.
  assert.deepEqual(readings('Zelensky said that Germany will support Ukraine.', 'support'), ['030 DEU->UKR asserted']);
});

test('the hope ends where the sentence moves on: a verb of saying, "but", a noun’s that-clause', () => {
  assert.deepEqual(
    readings('Zelensky expressed hope for more aid, and stressed that Germany supported Ukraine.', 'support'),
    ['051 DEU->UKR asserted'],
  );
  assert.deepEqual(readings('"I hope it will be soon, but we agreed with France," Zelensky said.', 'agreed'), [
    '030 UKRGOV->FRA asserted',
  ]);
  assert.deepEqual(
    readings(
      '"I hope you will accept my assurances that we want to develop cooperation with Russia," Zelensky said.',
      'develop',
    ),
    ['030 UKRGOV->RUS asserted'],
  );
});

test('an imagined scene is hypothetical, an exclamation after a colon is not', () => {
  assert.deepEqual(readings('"Imagine Russian missiles hitting Berlin," Zelensky said.', 'hitting'), [
    '190 RUSMIL->DEU hypothetical',
  ]);
  assert.deepEqual(readings('"Imagine: Russian troops are destroying Ukraine!" Zelensky said.', 'destroying'), [
    '1712 RUSMIL->UKR asserted',
  ]);
});
