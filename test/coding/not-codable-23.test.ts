// Real-news events an analyst does not code at all (session 21, noncode23), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an act of "all those who" is no one in particular, whatever side the sentence gives it', () => {
  const team = '"Special thanks go to the coaches and all those who supported the team," Vladimir Putin said.';
  assert.deepEqual(readings(team, 'supported'), []);
  assert.deepEqual(readings('Poland arrested those who attacked the Ukrainian embassy.', 'attacked'), []);
  // The arrest itself, done by a named side, stays.
  assert.deepEqual(readings('Poland arrested those who attacked the Ukrainian embassy.', 'arrested'), [
    '173 POL->- asserted',
  ]);
});

test('thanks to God are an interjection, no event', () => {
  assert.deepEqual(readings('"Thank God, the harvest is good this year," Vladimir Putin said.', 'Thank'), []);
  assert.deepEqual(readings('"I thank the Lord for the peace in our villages," Vladimir Putin said.', 'thank'), []);
  const heavens = '"We are compelled, thank heavens, to build our own engines," Vladimir Putin said.';
  assert.deepEqual(readings(heavens, 'thank'), []);
  // Thanks to a political actor stay.
  assert.deepEqual(readings('Zelensky thanked France for its support for Ukraine.', 'thank'), [
    '051 UKRGOV->FRA asserted',
  ]);
});

test("thanks to one's own deputies, experts or farmers are a leader's manners at home", () => {
  const deputies = 'Volodymyr Zelenskyy thanked the deputies for voting for the budget law.';
  assert.deepEqual(readings(deputies, 'thanked'), []);
  assert.deepEqual(readings('Volodymyr Zelenskyy thanked the experts who prepared the plan.', 'thanked'), []);
  assert.deepEqual(readings('"I would also like to thank our farmers today," Volodymyr Zelenskyy said.', 'thank'), []);
  // Deputies of a named foreign parliament stay.
  const serbian = 'Vladimir Putin thanked the deputies of the Serbian parliament for their support.';
  assert.deepEqual(readings(serbian, 'thanked'), ['051 RUSGOV->SRBLEG asserted']);
});

test("support for groups of one's own people is domestic policy", () => {
  const women = '"We start with supporting pregnant women and single-parent families," Vladimir Putin said.';
  assert.deepEqual(readings(women, 'supporting'), []);
  const categories = '"We are supporting specific categories of families," Vladimir Putin said.';
  assert.deepEqual(readings(categories, 'supporting'), []);
  const builders = '"We went to the site to support the tunnel builders," Vladimir Putin said.';
  assert.deepEqual(readings(builders, 'support'), []);
});

test("recognising a thing, a fact or a person of one's own is no diplomatic recognition", () => {
  const charter = '"The Charter recognises each state\'s inalienable right to self-defence," Vladimir Putin said.';
  assert.deepEqual(readings(charter, 'recognises'), []);
  const honours =
    '"The draft decision recognises the most distinguished participants in the operation," Vladimir Putin said.';
  assert.deepEqual(readings(honours, 'recognises'), []);
  assert.deepEqual(readings('"We must mutually recognise vaccines," Vladimir Putin said.', 'recognise'), []);
  // Recognition of a state's independence, or of a place named, stays.
  const entities = 'Poland condemned the decision by the Russian Federation to recognise the quasi-entities.';
  assert.deepEqual(readings(entities, 'recognise'), ['054 RUS->- hypothetical']);
  const ossetia = '"In 2008 we recognised South Ossetia and Abkhazia," Vladimir Putin said.';
  assert.deepEqual(readings(ossetia, 'recognised'), ['054 RUSGOV->- asserted']);
  assert.deepEqual(readings('Russia recognized the independence of the two republics.', 'recognized'), [
    '054 RUS->- asserted',
  ]);
  assert.deepEqual(readings('Lithuania was among the first to recognize our independence.', 'recognize'), [
    '054 LTU->- asserted',
  ]);
});

test("a state's own side protecting that state is no act towards another", () => {
  const arctic = '"These measures made it possible to reliably protect Russia\'s Arctic borders," Vladimir Putin said.';
  assert.deepEqual(readings(arctic, 'protect'), []);
  // Protection of another state stays.
  assert.deepEqual(readings('The United States moved troops to Poland to protect Poland.', 'protect'), [
    '074 USA->POL asserted',
  ]);
});

test('goods on offer are commercial even when the tagger reads "offering" as a noun', () => {
  const discounts = '"Developers are lowering prices and offering special discounts," Vladimir Putin said.';
  assert.deepEqual(readings(discounts, 'offering'), []);
});
