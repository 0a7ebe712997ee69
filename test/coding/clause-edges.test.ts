import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an object with a long participle phrase still lets the verb of leave govern the infinitive', () => {
  // "the besieged plant", "Odesa's sprawling port": a participle inside the phrase modifies its noun.
  assert.deepEqual(
    readings(
      'Georgia refused to allow Georgian troops trapped in the besieged fortress near the river to surrender.',
      'surrender',
    ),
    ['0874 GEOMIL->- hypothetical'],
  );
  assert.deepEqual(
    readings(
      "Georgia refused to allow Georgian troops holed up in Tbilisi's sprawling old fortress to surrender.",
      'surrender',
    ),
    ['0874 GEOMIL->- hypothetical'],
  );
});

test('the words a pattern seeks after its target do not reach past a comma into a participial clause', () => {
  assert.deepEqual(
    readings('Armenia is blocking Georgia’s, demanding sanctions against Turkey are lifted.', 'blocking'),
    [],
  );
  // A list of modifiers keeps its comma: "harsh, crippling sanctions".
  assert.deepEqual(readings('Canada imposed harsh, crippling sanctions on Iran.', 'imposed'), [
    '163 CAN->IRN asserted',
  ]);
  assert.deepEqual(readings('Hungary blocked Ukraine’s bid to join NATO.', 'blocked'), ['120 HUN->UKR asserted']);
});

test('a later bare verb of an infinitive series has the first infinitive’s doer', () => {
  assert.deepEqual(
    readings(
      'The delay is a chance for the Serbian army to shell the villages and destroy Kosovo’s bridges.',
      'destroy',
    ),
    ['1712 SRBMIL->XKX hypothetical'],
  );
  assert.deepEqual(
    readings('Washington urged Serbia to join the rest of Europe and impose sanctions on Russia.', 'impose'),
    ['163 SRB->RUS hypothetical'],
  );
});
