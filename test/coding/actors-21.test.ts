// Session 21's actor rules: combat with the enemy at home, a dash restating a predicate, participles coordinated with
// a passive, and a verb after "and" sharing the subject of the verb before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

test("forces named as the enemy's, destroyed where the battle was, take no target from the place", () => {
  const war = 'Russian troops invaded Ukraine in February. Sergeant Ivan Petrenko of the 1st Tank Brigade fought on. ';
  assert.deepEqual(readings(`${war}He destroyed two enemy tanks near Chernihiv.`, 2), ['190 ---MIL->- asserted']);
  // The place still names whose arms were hit when no enemy is named.
  assert.deepEqual(readings('Russian forces destroyed three helicopters at an airfield in the Kharkiv region.', 0), [
    '190 RUSMIL->UKR asserted',
  ]);
});

test('a verb right after a dash restates the predicate before it and shares its subject', () => {
  assert.deepEqual(readings('"Nevertheless, the US did what it did – withdrew from the treaty," Putin said.', 0), [
    '160 USA->- asserted',
  ]);
  // The hyphen of "so-called" is no dash; an aside between two dashes keeps the subject before it.
  assert.deepEqual(
    readings('Seven African leaders – the presidents of Senegal and Zambia – visited Ukraine on Friday.', 0),
    ['042 SENGOV->UKR asserted', '042 ZMBGOV->UKR asserted'],
  );
});

test('a participle coordinated with a passive is passive ("must be found, arrested or frozen, and then confiscated")', () => {
  assert.deepEqual(
    readings('"Russian assets must be found, arrested or frozen, and then confiscated," Zelenskyy said.', 0).filter(
      (r) => r.startsWith('171'),
    ),
    [],
  );
});

test('a verb after "and" shares the pronoun subject of the verb before it: "you … and condemned" is not the speaker', () => {
  assert.deepEqual(
    readings(
      '"You have already begun a dialogue with your Ukrainian counterparts and clearly imposed sanctions on Russia," Zelenskyy said.',
      0,
    ),
    ['163 -->RUS asserted'],
  );
  assert.deepEqual(
    readings('"It undermines peaceful efforts and destroys existing negotiating formats," Zelenskyy said.', 0),
    [],
  );
});

test('a participle tagged a noun after a perfect "have" heads a coordination: its subject does the verb after "and"', () => {
  assert.deepEqual(
    readings(
      "Russian forces had shot down a Ukrainian Su-25 fighter jet and destroyed three MI-8 helicopters at an airfield in Ukraine's Kharkiv region.",
      0,
    ),
    // The shooting down (dict21's "shot" read as a verb) and the destroying, both the forces' acts.
    ['190 RUSMIL->UKR asserted', '190 RUSMIL->UKR asserted'],
  );
});

test('a participle after a list of objects whose own object is "them" is done by the subject of their verb', () => {
  assert.deepEqual(
    readings(
      "We need to look back into 2021 when Russia sent relevant proposals to NATO, the United States asking them to take Russia's security concerns on board.",
      0,
    ),
    ['020 RUS->USA asserted'],
  );
});

test('a weapon\'s hit on "our country" and a seizure of "our peninsula", in a speaker\'s words, are aimed at the speaker\'s state', () => {
  const war = 'Russian troops invaded Ukraine in February. ';
  assert.deepEqual(readings(`"${war}Russian missiles and air bombs hit our country again," Zelenskyy said.`, 1), [
    '190 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings(`"${war}In 2014 Russia seized our Crimean peninsula," Zelenskyy said.`, 1), [
    '171 RUS->UKR asserted',
  ]);
});

test('the owner of a noun whose "in" + gerund names an act does it: "for his leadership in supporting Ukraine"', () => {
  assert.deepEqual(
    readings('"I thank President Biden for his leadership in supporting Ukraine," Zelensky said.', 0).filter((r) =>
      r.startsWith('051 USAGOV->UKR'),
    ),
    ['051 USAGOV->UKR asserted'],
  );
  assert.deepEqual(readings('The President thanked the United States for its leadership in supporting Ukraine.', 0), [
    '051 USA->UKR asserted',
  ]);
});
