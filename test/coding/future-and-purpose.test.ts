import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

/** Each event's code and reading, without its actors (the rules tested here decide only the reading). */
const readings = (text: string): string[] =>
  sortedReadings(text).map((r) => `${r.split(' ')[0]} ${r.split(' ').at(-1)}`);

test('a present-tense act in a time clause under a future or modal main clause is yet to come', () => {
  assert.deepEqual(readings('When Russia attacks Ukraine, NATO will impose sanctions.'), [
    '163 hypothetical',
    '190 hypothetical',
  ]);
  assert.deepEqual(readings('As soon as Russia withdraws its troops, the talks would resume.'), ['087 hypothetical']);
  // A past act, a present with no future in the main clause, and a clause about the present moment stay asserted.
  assert.deepEqual(readings('When Russia attacked Ukraine, NATO will remember it.'), ['190 asserted']);
  assert.deepEqual(readings('When Russia attacks Ukraine, it is a crime.'), ['190 asserted']);
  assert.deepEqual(readings('Even now, when Russia attacks Ukraine, NATO will not act.'), ['190 asserted']);
});

test('a purpose clause after "so as to" is not done; "so as not to" denies it', () => {
  assert.deepEqual(readings('Russia massed troops so as to attack Ukraine.'), ['150 asserted', '190 hypothetical']);
  assert.deepEqual(readings('Russia massed troops so as not to attack Ukraine.'), ['150 asserted', '190 negated']);
});

test('the purpose of a possible act is possible, over a hyphenated participle in its object', () => {
  assert.deepEqual(readings('It would be acceptable for Ukraine to use Western weapons to attack Russia.'), [
    '190 hypothetical',
  ]);
  assert.deepEqual(readings('Ukraine could use Russian-made weapons to attack Russia.'), ['190 hypothetical']);
  // A purpose after a past act stays asserted.
  assert.deepEqual(readings('Ukraine used British-supplied weapons to attack Russia.'), ['190 asserted']);
});

test('an -ing form joined to one under a purpose is read with it', () => {
  assert.deepEqual(
    readings('Russia takes measures aimed at mitigating the sanctions and strengthening ties with China.'),
    ['060 hypothetical'],
  );
  assert.deepEqual(readings('Russia is shelling Kharkiv and killing Ukrainians.'), ['190 asserted', '194 asserted']);
});

test('a participle adjunct of a future act is read with it, however far back the future stands', () => {
  // The counteroffensive launched is an attack of its own (19-fight.txt, session 33), ahead as the attacking is.
  assert.deepEqual(
    readings('Ukraine will launch a big counteroffensive in the south during the spring, attacking Russia.'),
    ['190 hypothetical', '190 hypothetical'],
  );
});

test('a negated belief or sighting denies the act under it', () => {
  assert.deepEqual(readings('Washington does not believe that Beijing has provided weapons to Moscow.'), [
    '072 negated',
  ]);
  assert.deepEqual(readings('Ukraine has not seen Russia withdraw its troops.'), ['087 negated']);
  assert.deepEqual(readings('Ukraine believes Russia attacked the city.'), ['190 asserted']);
  // A past act after a dash is a clause of its own.
  assert.deepEqual(readings('Ukraine has not seen Russia for a long time – Russia attacked the city.'), [
    '190 asserted',
  ]);
});

test('an act in a purpose clause is not done: "so that", "ensure that", "make sure that"', () => {
  assert.deepEqual(readings('Ukraine is working to ensure that the EU agrees on sanctions against Russia.'), [
    '030 hypothetical',
  ]);
  assert.deepEqual(readings('Ukraine asks Europe to act, so that Germany supports Ukraine.'), ['051 hypothetical']);
  assert.deepEqual(readings('Ukraine will make sure that Germany supports Ukraine.'), ['051 hypothetical']);
  // A past outcome is reached; "I'm sure that" is certain of a fact.
  assert.deepEqual(readings('Ukraine made sure that Germany supported Ukraine.'), ['051 asserted']);
  assert.deepEqual(readings("I'm sure that Germany supports Ukraine."), ['051 asserted']);
});

test('a desire to act is not the act; expressed, it is an intent', () => {
  assert.deepEqual(readings('Iran has a desire to supply Russia with weapons.'), ['072 hypothetical']);
  assert.deepEqual(readings('Russia expressed its desire to deepen cooperation with China.'), [
    '030 asserted',
    '060 hypothetical',
  ]);
  // A desire not shown, or denied with other nouns, denies the act.
  assert.deepEqual(readings('Russia does not show a desire to end the war.'), ['087 negated']);
  assert.deepEqual(readings('Russia has no intention or desire to attack Ukraine.'), ['190 negated']);
});
