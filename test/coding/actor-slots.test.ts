import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

const brief = sortedReadings;

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
