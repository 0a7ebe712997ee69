// Objects of relative clauses and doers named through a means (src/coding/relatives.ts, reacted-acts.ts,
// means-agents.ts): "Trump, who he has endorsed", "a truce plan, which Kyiv rejected", "destroyed by shelling by
// Russian artillery".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('"who" with a subject of its own is the object of the relative verb, a phrase of time after it', () => {
  assert.deepEqual(
    readings(
      'Speaking in Warsaw, Zelensky, whom the Polish president warmly endorsed in public, visited Kyiv.',
      'endorsed',
    ),
    ['051 POLGOV->UKRGOV asserted'],
  );
});

test('a list of subjects, "both" before it, shares the antecedent as the object', () => {
  assert.deepEqual(
    readings('Moscow hosted Erdogan, whom both Poland and Lithuania criticized last week.', 'criticized'),
    ['111 POL->TURGOV asserted', '111 LTU->TURGOV asserted'],
  );
});

test('"that" after a told addressee opens a saying, no relative clause, even before a phrase of manner', () => {
  assert.deepEqual(readings('Putin told Macron that Russia would retaliate in kind.', 'retaliate'), [
    '138 RUS->- asserted',
  ]);
});

test('the actor an act noun is aimed at is not the object: the act, its owner, is', () => {
  assert.deepEqual(
    readings("Poland deplored Russia's renewed attacks on Ukraine, which Germany condemned.", 'condemned'),
    ['111 DEU->RUS asserted'],
  );
});

test('a rejection in a ", which" clause after a proposal is aimed at its proposer', () => {
  assert.deepEqual(
    readings(
      'On Monday, Erdogan proposed a ceasefire along the front line, which Ukraine immediately rejected.',
      'rejected',
    ),
    ['120 UKR->TURGOV asserted'],
  );
  assert.deepEqual(readings('Berlin announced new sanctions against Moscow, which Russia condemned.', 'condemned'), [
    '111 RUS->DEU asserted',
  ]);
});

test('a passive done by a means names its doer in the "by" after the means', () => {
  assert.deepEqual(readings('Several bridges were destroyed by shelling by Russian artillery.', 'destroyed'), [
    '1712 RUS->- asserted',
  ]);
  assert.deepEqual(
    readings('The hospital in Kharkiv was destroyed as a result of a drone attack by Russia.', 'destroyed'),
    ['1712 RUS->UKR asserted'],
  );
});

test('support or rebuff of a thing made by a named actor is aimed at its maker, not at whom the thing hits', () => {
  assert.deepEqual(
    readings('Austria fully supports the sanctions imposed by the European Union on Russia.', 'supports'),
    ['051 AUT->IGOEUREEC asserted'],
  );
  assert.deepEqual(readings('Warsaw sharply criticized the remarks made yesterday by Viktor Orban.', 'criticized'), [
    '111 POL->HUNGOV asserted',
  ]);
});

test('a thing the object phrase is about is not made by the "by" agent of a later participle', () => {
  assert.deepEqual(readings('Poland supports the investigation of crimes committed by Russia.', 'supports'), [
    '051 POL->- asserted',
  ]);
});
