// A threat named by its noun, "threats to use nuclear weapons", "a threat to invade", is the event (13-threaten.txt);
// the act after "to" is threatened, not done (lexicon.ts: "threat" governs its infinitive as "threaten" does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('a threat noun with its infinitive codes the threat, not the act', () => {
  assert.deepEqual(allReadings('Russia is making threats to use nuclear weapons.'), ['1385 RUS->- asserted']);
  assert.deepEqual(allReadings("Russia's threat to invade Ukraine alarmed Poland."), ['138 RUS->UKR asserted']);
  assert.deepEqual(allReadings('Moscow renewed its threats to annex parts of Ukraine.'), ['1382 RUS->UKR asserted']);
});

test('an act only threatened by the noun is not done', () => {
  assert.deepEqual(allReadings('Gazprom renewed its threat to cut gas supplies to Moldova.'), [
    '162 RUSBUS->MDA hypothetical',
  ]);
});

test('a threat to a thing, or one the actor poses, is no infinitive', () => {
  assert.deepEqual(allReadings("Russia's threats against Ukraine alarmed Poland."), ['130 RUS->UKR asserted']);
  assert.deepEqual(allReadings('The invasion is a threat to European security.'), []);
});
