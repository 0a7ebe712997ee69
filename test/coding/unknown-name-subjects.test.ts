// A name no dictionary knows, right before its verb at the opening of a clause, is the verb's subject: the search for
// the doer does not reach past it to an actor in a fronted phrase (src/coding/unknown-name-subjects.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an unknown name after a fronted phrase is the doer, not the actor in the phrase', () => {
  assert.deepEqual(readings('After the Russian invasion, Anna Kovalenko refused to meet them.', 'refused'), []);
  const vote = readings('Since the Belarusian vote, Ivan Petrenko has not criticized Poland.', 'criticized');
  assert.ok(vote.every((r) => !r.includes('BLR')));
  // A fronted comparison names the group the name belongs to.
  assert.deepEqual(readings('Like most Ukrainian athletes, Anna Kovalenko refused to meet them.', 'refused'), [
    '125 UKR->- asserted',
  ]);
  assert.deepEqual(readings('But unlike other Russians, Anna Kovalenko has not been sanctioned.', 'sanctioned'), [
    '163 -->RUS negated',
  ]);
  // A place after a preposition is no subject; an actor with a name in apposition keeps its act.
  assert.deepEqual(readings('Russian forces in Irpin shelled the houses.', 'shelled'), ['194 RUSMIL->- asserted']);
  assert.deepEqual(readings('After the talks, Russia refused to meet them.', 'refused'), ['125 RUS->- asserted']);
});
