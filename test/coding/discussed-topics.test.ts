// "discussed the delivery of weapons to Ukraine", "the withdrawal of forces was discussed": an act named as the topic
// of a discussion is not done by being discussed (hypothetical); the discussion itself stays asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an act named as the object of "discuss", "touch upon" or "exchange views on" is hypothetical', () => {
  const text = 'Macron and Scholz exchanged views on the delivery of weapons to Ukraine by the United States.';
  assert.deepEqual(readings(text, 'weapons'), ['072 USA->UKR hypothetical']);
  // The discussion itself is still reported.
  assert.deepEqual(readings(text, 'exchanged'), ['040 FRAGOV->DEUGOV asserted', '040 DEUGOV->FRAGOV asserted']);
  assert.deepEqual(
    readings('The ministers discussed, first of all, the supply of weapons to Moldova by Romania.', 'weapons'),
    ['072 ROU->MDA hypothetical'],
  );
  // Through nouns that name a matter: "the issue of", "matters related to the start of".
  assert.deepEqual(
    readings("The leaders touched upon the issue of increasing Sweden's humanitarian support for Ukraine.", 'support'),
    ['051 SWE->UKR hypothetical'],
  );
  assert.deepEqual(
    readings(
      'The leaders discussed matters related to the start of a coordinated withdrawal of Russian troops from Georgia.',
      'withdrawal',
    ),
    ['087 RUSMIL->GEO hypothetical'],
  );
  // A later item of a list of topics.
  assert.deepEqual(
    readings(
      'The parties discussed the energy situation, as well as the delivery of weapons to Moldova by Romania.',
      'weapons',
    ),
    ['072 ROU->MDA hypothetical'],
  );
});

test('an act heading the subject of "was discussed" is hypothetical', () => {
  assert.deepEqual(readings("Finland's military support for Ukraine was discussed in detail.", 'support'), [
    '051 FIN->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The withdrawal of Russian forces from Syria was discussed.', 'withdrawal'), [
    '087 RUSMIL->SYR hypothetical',
  ]);
});

test('an act a topic presupposes, or the subject of a clause of its own, stays asserted', () => {
  assert.deepEqual(
    readings(
      'The leaders discussed the humanitarian and economic consequences of the withdrawal of Russian forces from Syria.',
      'withdrawal',
    ),
    ['087 RUSMIL->SYR asserted'],
  );
  assert.deepEqual(
    readings("The leaders discussed the economy, and Finland's military support for Ukraine continues.", 'support'),
    ['051 FIN->UKR asserted'],
  );
});
