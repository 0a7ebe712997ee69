import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDates, readings } from './shipped-readings.ts';

test('roads blocked by a state or its forces are a blockade (191), by farmers or rebels a protest (144)', () => {
  assert.deepEqual(readings('Syrian troops blocked all roads into the town of Daraa.', 'blocked'), [
    '191 SYRMIL->- asserted',
  ]);
  assert.deepEqual(readings('Turkey has blocked access to the ports of Cyprus.', 'blocked'), ['191 TUR->CYP asserted']);
  assert.deepEqual(readings('Farmers blocked roads in Paris to protest against fuel prices.', 'blocked'), [
    '144 FRACVL->FRA asserted',
  ]);
  // Rebels who block roads protest too.
  assert.deepEqual(readings('Rebels in Mali blocked roads into Bamako.', 'blocked'), ['144 MLIREB->MLI asserted']);
});

test('acts "early in" a war are history, with no day', () => {
  assert.deepEqual(eventDates('Earlier in the war, Russian troops occupied Bucha.', '2022-07-26'), [null]);
  assert.deepEqual(
    eventDates('Kyiv vowed to retake the region Russia captured early on in the invasion.', '2022-07-26'),
    // The vow is the news, and the retaking it threatens; the capture is history.
    ['2022-07-26', '2022-07-26', null],
  );
  // "early" on a day is that day.
  assert.deepEqual(eventDates('Russian troops occupied Bucha early on Tuesday.', '2022-03-03'), ['2022-03-01']);
});

test('an "appetite" to act has not acted', () => {
  assert.deepEqual(readings('Russia has developed an appetite to seize its neighbours.', 'seize'), [
    '171 RUS->- hypothetical',
  ]);
  assert.deepEqual(readings('Russia seized its neighbours.', 'seize'), ['171 RUS->- asserted']);
});

test('an order or a hope "destroyed" is a figure of speech, property destroyed is an act', () => {
  assert.deepEqual(readings('Russia has destroyed the global security architecture.', 'destroyed'), []);
  assert.deepEqual(readings('Serbia destroyed the unity of the region.', 'destroyed'), []);
  assert.deepEqual(readings('Russia destroyed the Kremenchuk oil refinery.', 'destroyed'), ['1712 RUS->- asserted']);
});

test('the enemy driven out of a land is fought (190); a diplomat, or troops ordered out, are sent away (166)', () => {
  assert.deepEqual(readings('Kyiv expelled the Russian occupiers from the Kharkiv region.', 'expelled'), [
    '190 UKR->RUSMIL asserted',
  ]);
  assert.deepEqual(readings('Ukrainian troops expelled Russian forces from the Kharkiv region.', 'expelled'), [
    '190 UKRMIL->RUSMIL asserted',
  ]);
  // Troops ordered out by a state are sent away.
  assert.deepEqual(readings('Mali expelled French soldiers.', 'expelled'), ['166 MLI->FRAMIL asserted']);
  assert.deepEqual(readings('Moldova expelled a Russian diplomat.', 'expelled'), ['166 MDA->RUSGOV asserted']);
});

test('"in early July" in an article of late July is before its day, with none of its own', () => {
  assert.deepEqual(eventDates('In early July, Russia halted gas deliveries to Poland.', '2022-07-23'), [null]);
  assert.deepEqual(eventDates('Russia halted gas deliveries to Poland at the beginning of July.', '2022-07-23'), [
    null,
  ]);
  // The month's start may be the article's own days; a bare month of the article keeps its day.
  assert.deepEqual(eventDates('In early July, Russia halted gas deliveries to Poland.', '2022-07-05'), ['2022-07-05']);
  assert.deepEqual(eventDates('In July, Russia halted gas deliveries to Poland.', '2022-07-23'), ['2022-07-23']);
});

test("a surname alone after someone else of that name was named in full is not the dictionary's namesake", () => {
  const text = (s: string): string => `A lecturer, Mikhail Belousov, wrote the essay. ${s}`;
  assert.deepEqual(readings(text('Belousov protested against NATO.'), 'protested'), ['140 -->IGOWSTNAT asserted']);
  assert.deepEqual(readings('Mikhail Belousov said the war must end. Belousov criticized NATO.', 'criticized'), [
    '111 ---->IGOWSTNAT asserted',
  ]);
  // The dictionary's person named in full, or the surname alone, is that person.
  assert.deepEqual(readings('Andrei Belousov spoke. Belousov criticized NATO.', 'criticized'), [
    '111 RUSGOV->IGOWSTNAT asserted',
  ]);
  assert.deepEqual(readings('Belousov criticized NATO.', 'criticized'), ['111 RUSGOV->IGOWSTNAT asserted']);
  // Another spelling of the dictionary person's first name is that person.
  assert.deepEqual(readings('Officials said that Andrey Belousov spoke. Belousov criticized NATO.', 'criticized'), [
    '111 RUSGOV->IGOWSTNAT asserted',
  ]);
});

test("a participle after a comma is done by its clause's subject, not by an actor in that clause's object", () => {
  assert.deepEqual(readings('Ukrainian forces repelled eight Russian attacks, destroying nine tanks.', 'destroying'), [
    '190 UKRMIL->RUS asserted',
  ]);
});

test('"\'ll" is a future like "will": a threat of force, not force used', () => {
  assert.deepEqual(readings("“We'll attack them again,” the Russian general said.", 'attack'), [
    '1384 RUSMIL->- asserted',
  ]);
  assert.deepEqual(readings('“We attack them again,” the Russian general said.', 'attack'), ['190 RUSMIL->- asserted']);
});

test("the CSTO's Collective Security Council is the CSTO, not the UN Security Council", () => {
  assert.deepEqual(readings('The Collective Security Council condemned the attack on Kazakhstan.', 'condemned'), [
    '111 IGOCASCST->KAZ asserted',
  ]);
});

test('"three others wounded" after "were killed" is a passive too, done by the attack\'s owner', () => {
  assert.deepEqual(
    readings('Four people were killed and three others wounded in a Russian attack on Kharkiv.', 'wounded'),
    ['190 RUS->UKR asserted'],
  );
});

test('", striking" tagged an adjective after a comma still hits what it strikes, no labour strike', () => {
  assert.deepEqual(readings('Russian missiles rained down on Monday, striking crucial infrastructure.', 'striking'), [
    '190 RUSMIL->- asserted',
  ]);
  assert.deepEqual(readings('Striking miners marched in Kyiv against the government.', 'Striking'), [
    '143 UKRCVL->UKRGOV asserted',
  ]);
});
