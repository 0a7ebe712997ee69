// Session 23's actor rules: in a quote, a subject that names someone else (a relative pronoun, plural nouns before an
// aside between dashes) is no act of the speaker's; an actor that qualifies the kind in "the first … country to"
// is not its doer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

test('a relative pronoun subject in a quote stands for others, not the speaker', () => {
  assert.deepEqual(readings('"All those who backed the plan deserve our gratitude," Putin said.', 0), []);
  assert.deepEqual(
    readings('"A country which destroys the cities of Ukraine is a terrorist state," Zelenskyy said.', 0),
    ['1712 -->UKR asserted'],
  );
  // The speaker's own ("our sailors who") and a cleft's "us" stay with the speaker rules.
  assert.deepEqual(readings('"It was not us who attacked them first," Lukashenko said.', 0), ['190 BLRGOV->- negated']);
});

test('plural nouns before an aside between dashes are the subject of the verb after it, not the speaker', () => {
  assert.deepEqual(
    readings(
      '"Radicals, nationalists, neo-Nazis – I know no better name for them – shoot their own soldiers," Putin said.',
      0,
    ),
    [],
  );
  // "we" before an aside is still the speaker's side.
  assert.deepEqual(readings('"We – and I say it openly – will support Ukraine," Biden said.', 0), [
    '030 USAGOV->UKR asserted',
  ]);
});

test('an actor qualifying the kind in "the first … country to" is not the doer: the subject of the copula is', () => {
  assert.deepEqual(readings('Latvia was the first EU country to expel the Russian ambassador.', 0), [
    '166 LVA->RUSGOV asserted',
  ]);
  assert.deepEqual(readings('Slovakia became the only NATO member to send weapons to Ukraine.', 0), [
    '072 SVK->UKR asserted',
  ]);
});

test('a person kind keeps its qualifier as the side of the one ranked: "the first Ukrainian woman to"', () => {
  assert.deepEqual(readings('Olena Koval is the first Ukrainian woman to attack Russian positions with a drone.', 0), [
    '190 UKR->RUS asserted',
  ]);
});

test('a release\'s own bare "The President" is its first-named president, not the counterpart named last', () => {
  const call = 'President of Ukraine Volodymyr Zelenskyy had a phone call with President of Finland Sauli Niinistö. ';
  assert.deepEqual(readings(`${call}The President condemned the Russian strikes on Kharkiv.`, 1), [
    '111 UKRGOV->RUS asserted',
  ]);
  // In someone's words the title is the one spoken to or about.
  assert.deepEqual(readings(`${call}"I thanked the President for his steady support," Zelenskyy said.`, 1), [
    '051 UKRGOV->FINGOV asserted',
    '070 FINGOV->UKRGOV asserted',
  ]);
});
