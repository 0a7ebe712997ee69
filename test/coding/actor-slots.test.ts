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

test('a role reaches its actor through the bodies it serves in, as object and as subject', () => {
  // Head of an office of a role of a state: the state's side holds the talks.
  assert.deepEqual(brief('Deputy Head of the Office of the President of Ukraine met with Lavrov.'), [
    '040 RUSGOV->UKR asserted',
    '040 UKR->RUSGOV asserted',
  ]);
  assert.deepEqual(brief('Lavrov had a telephone conversation with Director of the Diplomatic Cabinet of Poland.'), [
    '041 POL->RUSGOV asserted',
    '041 RUSGOV->POL asserted',
  ]);
  // An adviser serves the one named after "to"; a delegation comes from its state.
  assert.deepEqual(brief('Lavrov held consultations with the newly appointed Adviser to the President of Poland.'), [
    '040 POL->RUSGOV asserted',
    '040 RUSGOV->POL asserted',
  ]);
  assert.deepEqual(brief('A high-level delegation from Poland visited Ukraine.'), ['042 POL->UKR asserted']);
  // An adjective of origin before such a role says what the role deals with.
  assert.deepEqual(brief('Lavrov met with Western Policy Adviser to the President of Poland.'), [
    '040 POL->RUSGOV asserted',
    '040 RUSGOV->POL asserted',
  ]);
});

test('a director stands for a state only through a body of it, and an envoy "to" a state is not its own', () => {
  // The director of a programme about Russia is no Russian actor.
  assert.deepEqual(brief('The director of the Russia studies program met with Kuleba.'), ['040 -->UKRGOV asserted']);
  assert.deepEqual(brief('The envoy to Poland met with Kuleba.'), ['040 -->UKRGOV asserted']);
});
