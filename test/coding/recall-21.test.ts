// Wordings found uncoded on the dev held-out sets and recurring in the corpus (session 20, issue 3): making
// concessions, eliminating an enemy, withdrawing from a place, the Eastern Partnership Summit as the EU's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('making concessions is yielding (080); refusing to make them is a refusal to yield (124)', () => {
  assert.deepEqual(readings('Even if it meant Ukraine making concessions to Russian aggression.', 'making'), [
    '080 UKR->RUS hypothetical',
  ]);
  assert.deepEqual(readings('Ukraine will not make any concessions that could undermine our struggle.', 'make'), [
    '124 UKR->- asserted',
  ]);
});

test('eliminating an actor is force; eliminating a thing is none', () => {
  assert.deepEqual(readings('Ukrainian forces eliminated 5,000 Russian troops in a single battle.', 'eliminated'), [
    '190 UKRMIL->RUSMIL asserted',
  ]);
  assert.deepEqual(readings('The Russian government tried to eliminate queues at the border.', 'eliminate'), []);
  assert.deepEqual(readings('Ukraine and Poland eliminated the threat of famine.', 'eliminated'), []);
});

test('withdrawing from a place is a retreat, aimed at the actor after it; withdrawing from talks is not', () => {
  assert.deepEqual(readings('Russian troops were withdrawing from the border near Ukraine.', 'withdrawing'), [
    '087 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('Russian forces withdrew from the suburbs of Kyiv.', 'withdrew'), [
    '087 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('The Russian delegation will withdraw from the talks.', 'withdraw'), []);
});

test('the Eastern Partnership Summit is the European Union meeting its eastern partners', () => {
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy took part in the plenary session of the sixth Eastern Partnership Summit in Brussels.',
      'took',
    ),
    ['042 UKRGOV->IGOEUREEC asserted'],
  );
});

test('an incursion planned or denied is one, not asserted; named with no doer it is context', () => {
  assert.deepEqual(readings('Mr Putin has always denied he is planning an incursion.', 'incursion'), [
    '190 RUSGOV->- negated',
  ]);
  assert.deepEqual(readings('Tensions rose over fears of an incursion.', 'incursion'), []);
});

test('a collective noun and its "of" ("a new round of", "a series of") are no words between a pattern\'s words', () => {
  assert.deepEqual(readings('The EU imposed a new round of sanctions on Russia.', 'imposed'), [
    '163 IGOEUREEC->RUS asserted',
  ]);
  assert.deepEqual(readings('Russia has conducted a series of exercises against Ukraine.', 'conducted'), [
    '150 RUS->UKR asserted',
  ]);
  // Words of no pattern after it stay no event.
  assert.deepEqual(readings('Russia has conducted a series of interviews.', 'conducted'), []);
});
