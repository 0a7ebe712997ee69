// Real-news events an analyst does not code at all (session 28): condolences to a private family on a death,
// congratulations offered to the winners of an award, a domestic ban of a thing, a recognition by one's own law.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('condolences to no known actor on a private death are ceremonial', () => {
  const family = 'Vladimir Putin offered his condolences to the widow of the sculptor Pavel Orlov on his passing.';
  assert.deepEqual(readings(family, 'offered'), []);
  const late = 'The President offered his deep condolences on the death of the painter Ivan Sokolov.';
  assert.deepEqual(readings(late, 'offered'), []);
  // Condolences over the victims of a disaster or an attack stay, and so do those to a known actor.
  const victims = 'Vladimir Putin offered his condolences over the death of the victims of the attack in the mall.';
  assert.deepEqual(readings(victims, 'offered'), ['018 RUSGOV->- asserted']);
  const leader =
    'Vladimir Putin offered his condolences to President of Cuba Miguel Diaz-Canel over the death of 20 people.';
  assert.deepEqual(readings(leader, 'offered'), ['018 RUSGOV->CUBGOV asserted']);
});

test('congratulations offered to no known actor are ceremonial, and an executive office is no occasion', () => {
  const winners = '"I offer my warm congratulations to the winners of this prestigious prize," Vladimir Putin said.';
  assert.deepEqual(readings(winners, 'offer'), []);
  const office = 'Vladimir Putin congratulated the judges and the executive office of the court on the anniversary.';
  assert.deepEqual(readings(office, 'congratulated'), []);
  // Taking office is a political occasion.
  const took = 'Vladimir Putin congratulated Ivan Petrov on taking office as head of the republic.';
  assert.deepEqual(readings(took, 'congratulated'), ['051 RUSGOV->- asserted']);
});

test('a ban of a thing with no actor hit is domestic regulation', () => {
  assert.deepEqual(readings('Vladimir Putin banned genetically modified crops in 2016.', 'banned'), []);
  const supply = 'The Ukrainian government decided to ban the disconnection of hospitals from the gas supply.';
  assert.deepEqual(readings(supply, 'ban'), []);
  // A ban of politicians or parties stays, and so does one that hits a named side.
  assert.deepEqual(readings('Maduro banned opposition candidates from the vote.', 'banned'), [
    '1722 VENGOV->- asserted',
  ]);
  assert.deepEqual(readings('Mali banned French television channels.', 'banned'), ['1722 MLI->FRAMED asserted']);
});

test('a recognition by law or granted in passing is no diplomatic recognition', () => {
  const law = 'This would support the European choice of the Ukrainian people recognized by our legislation.';
  assert.deepEqual(readings(law, 'recognized'), []);
  const passing = 'The Ukrainian grid has worked steadily, as recognized by European experts.';
  assert.deepEqual(readings(passing, 'recognized'), []);
  // A state recognised by another stays.
  assert.deepEqual(readings('Kosovo was recognized by Germany in 2008.', 'recognized'), ['054 DEU->XKX asserted']);
});
