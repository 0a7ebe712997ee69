// Victims of force named by no state ("civilians", "cities") are of the state the doer fights in the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

const WAR = 'Russian troops invaded Ukraine in February. ';

test("people and places harmed with no state named are the civilians or the state of the doer's opponent", () => {
  assert.deepEqual(readings(`${WAR}198 civilians, including three children, had been killed by Russian forces.`, 1), [
    '190 RUSMIL->UKRCVL asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Russian invaders torture and kill civilians.`, 1), [
    '1822 RUSMIL->UKRCVL asserted',
    '190 RUSMIL->UKRCVL asserted',
  ]);
  assert.deepEqual(readings(`${WAR}They hid in a school, which was attacked by a Russian air strike.`, 1), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Two journalists were killed by Russian troops.`, 1), [
    '190 RUSMIL->UKRMED asserted',
  ]);
});

test('no opponent in the article, a victim that is a pronoun, or only a denied act: the target stays unnamed', () => {
  assert.deepEqual(readings('198 civilians had been killed by Russian forces.', 0), ['190 RUSMIL->- asserted']);
  assert.deepEqual(readings(`${WAR}He was killed by Russian troops.`, 1), ['190 RUSMIL->- asserted']);
  assert.deepEqual(readings('Russia said it would never shoot Belarusians. Russian troops killed civilians.', 1), [
    '190 RUSMIL->- asserted',
  ]);
});

test("force or deportation in an agentless passive on a state's people is done by the state it fights", () => {
  assert.deepEqual(readings(`${WAR}More than 500,000 Ukrainians have been deported to Russia by force.`, 1), [
    '174 RUS->UKRCVL asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Tens of thousands of Russian servicemen were wounded.`, 1), [
    '190 UKR->RUSMIL asserted',
  ]);
  // An arrest is as often the state's own law at work; an agent named after "by" is the coder's to find.
  assert.deepEqual(readings(`${WAR}A Ukrainian minister was detained on charges of bribery.`, 1), [
    '173 -->UKRGOV asserted',
  ]);
});

test("a nation's people harmed by force or deportation are its civilians; combat with them is not", () => {
  assert.deepEqual(readings(`${WAR}Russian troops kill Ukrainians every day.`, 1), ['190 RUSMIL->UKRCVL asserted']);
  assert.deepEqual(
    readings(`${WAR}Western arms enabled the Ukrainians to hold off the Russians.`, 1).filter((r) => r.includes('CVL')),
    [],
  );
});

test("force with no named doer on a place the article's war is fought over is done by the state its state fights", () => {
  // The place is the passive's subject, where a shot was aimed, or what a weapon of war hit.
  assert.deepEqual(readings(`${WAR}Kyiv was attacked at 4 am.`, 1), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings(`${WAR}Mykolaiv is constantly being bombed.`, 1), ['183 RUS->UKR asserted']);
  assert.deepEqual(readings(`${WAR}Ukraine says 14 missiles were fired at the Kyiv region on Sunday.`, 1), [
    '193 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Three missiles hit Odesa.`, 1), ['194 RUS->UKR asserted']);
  // Retaking one's own land is no act against one's own state.
  assert.deepEqual(readings(`${WAR}Ukrainian forces liberated Kherson. Kharkiv was shelled overnight.`, 2), [
    '194 RUS->UKR asserted',
  ]);
});

test('a place that only says where, no war in the article, or a state shown using force on its own land: no doer guessed', () => {
  // In a war the article names, the place's own unidentified forces are no doer either: the doer is left unknown.
  assert.deepEqual(readings(`${WAR}In Kharkiv, two people were killed.`, 1), ['190 -->UKR asserted']);
  // With no war named, the place's unidentified forces stand in for the doer, as CAMEO codes them.
  assert.deepEqual(readings('Kharkiv was shelled overnight. Three missiles hit Odesa.', 1), [
    '194 UKRUAF->UKR asserted',
  ]);
  assert.deepEqual(
    readings(
      `${WAR}The Ukrainian security forces shelled residential areas of Donetsk. Kharkiv was shelled overnight.`,
      2,
    ),
    ['194 UKRUAF->UKR asserted'],
  );
  // A war at home: the article shows the state's separatists acting, so the doer may be either side.
  assert.deepEqual(readings(`${WAR}The DPR asked for help. Donetsk is being pounded every day.`, 2), [
    '194 UKRUAF->UKR asserted',
  ]);
  // People are deported; the place says where they were from.
  assert.deepEqual(readings(`${WAR}Residents of the Caucasus and Crimea were deported to Central Asia.`, 1), [
    '174 -->UKR asserted',
  ]);
});

test("a place ruined with no doer named is the place's state's, ruined by the state it fights; forces destroyed are not", () => {
  assert.deepEqual(readings(`${WAR}Mariupol is almost destroyed.`, 1), ['1712 RUS->UKR asserted']);
  assert.deepEqual(readings(`${WAR}Cities and villages in Ukraine were destroyed.`, 1), ['1712 RUS->UKR asserted']);
  // Enemy troops destroyed are combat whose victims the place does not name; a disaster is no one's act.
  assert.deepEqual(readings(`${WAR}About 300 invaders in the city of Hostomel were destroyed.`, 1), []);
  assert.deepEqual(readings(`${WAR}Houses in Kharkiv were destroyed in the earthquake.`, 1), []);
});

test('refugees, drivers, a baby, churches and a theatre are unarmed people and places too', () => {
  assert.deepEqual(readings(`${WAR}The Russian military killed refugees on the roads.`, 1), [
    '190 RUSMIL->UKRCVL asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Since then, 113 churches have been destroyed by Russian shelling.`, 1), [
    '1712 RUS->UKR asserted',
    '194 RUS->- asserted',
  ]);
});

test("taking back one's own land from the state one fights is aimed at that state, not at one's own", () => {
  assert.deepEqual(readings(`${WAR}The Ukrainian troops are liberating the Kherson region.`, 1), [
    '190 UKRMIL->RUS asserted',
  ]);
  // With no state fought in the article (a "liberation" by another says whose land, not who fights), the one fought
  // is not named: the target is left unresolved, never the doer's own state.
  assert.deepEqual(
    readings(
      'The United States sent armour to liberate Ukraine. The Ukrainian troops are liberating the Kherson region.',
      1,
    ),
    ['190 UKRMIL->- asserted'],
  );
});

test('force a side uses on its own land, with no state it fights named, is aimed at no one the place names', () => {
  // The place is in Ukraine, but Ukraine's forces do not shell Ukraine: whom they shell there is not said.
  assert.deepEqual(
    readings("Putin cited intensified shelling by Ukrainian forces in the Donetsk and Lugansk people's republics.", 0),
    ['194 UKRMIL->- asserted'],
  );
  // Force on a place abroad keeps the place's state.
  assert.deepEqual(readings('Ukrainian forces shelled Belgorod.', 0), ['194 UKRMIL->RUS asserted']);
});
