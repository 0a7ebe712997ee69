import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('acts named by a noun and called impossible or pointless are not done', () => {
  assert.deepEqual(readings("Ukraine's negotiations with the Kremlin are impossible.", 'negotiations'), [
    '046 UKR->RUSGOV hypothetical',
    '046 RUSGOV->UKR hypothetical',
  ]);
  assert.deepEqual(
    readings("Zelensky said that Ukraine's negotiations with the Kremlin were impossible.", 'negotiations'),
    ['046 UKR->RUSGOV hypothetical', '046 RUSGOV->UKR hypothetical'],
  );
  assert.deepEqual(readings("Ukraine's talks with Russia are pointless.", 'talks'), [
    '040 UKR->RUS hypothetical',
    '040 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('A meeting between Putin and Zelensky is vital.', 'meeting'), [
    '040 RUSGOV->UKRGOV hypothetical',
    '040 UKRGOV->RUSGOV hypothetical',
  ]);
  // Talks judged after they took place were held.
  assert.deepEqual(readings("Putin's talks with Erdogan were very important.", 'talks'), [
    '040 RUSGOV->TURGOV asserted',
    '040 TURGOV->RUSGOV asserted',
  ]);
});

test('a hyphenated compound does not end the phrase of a measure called needed', () => {
  assert.deepEqual(allReadings('Further sanctions against Russian state-owned banks are also needed.'), []);
  assert.deepEqual(allReadings('Further sanctions against Russian state-owned banks are vital.'), []);
  assert.deepEqual(readings("Ukraine's talks with Russian state-owned firms are needed.", 'talks'), [
    '040 UKR->RUS hypothetical',
    '040 RUS->UKR hypothetical',
  ]);
});

test('a gerund joined to a gerund subject, or opening a why-clause, is judged, not done', () => {
  assert.deepEqual(
    allReadings('Stopping the war now and liberating Ukrainian territory from Russian invaders is the only way out.'),
    [],
  );
  assert.deepEqual(allReadings('The signal is that capturing or killing Zelensky is a priority for the Kremlin.'), []);
  assert.deepEqual(allReadings("The siege highlights why attacking Russia's supply lines is vital."), []);
  // Verbs joined after a finite verb are done.
  assert.deepEqual(allReadings('Russian troops kept shelling the city and attacking Ukrainian positions.'), [
    '194 RUSMIL->UKR asserted',
    '190 RUSMIL->UKR asserted',
  ]);
});
