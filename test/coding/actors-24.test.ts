// Session 24's actor rules: headline verbs the tagger reads as nouns after a sector noun or a plural subject; lists of
// three or more parties after "between"; a parliament's presiding officer named by the parliament (with or without the
// state's adjective, or by a sector noun and the state); international bodies and national titles added to the
// dictionaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

test('a headline verb in -s after a singular sector noun is the verb, not a compound noun', () => {
  assert.deepEqual(readings('Russian army attacks Kharkiv.', 0), ['190 RUSMIL->UKR asserted']);
  assert.deepEqual(readings('Belarusian military shells Polish border posts.', 0), ['194 BLRMIL->POL asserted']);
  // A body or a person after the sector noun stays a compound: "government forces", "army officers".
  assert.deepEqual(readings('Syrian government forces attacked Idlib.', 0), ['190 SYRMIL->- asserted']);
});

test('a headline base form after a plural subject is the verb when an object or a place follows', () => {
  assert.deepEqual(readings('Russian troops attack Kharkiv.', 0), ['190 RUSMIL->UKR asserted']);
  assert.deepEqual(readings('Russian forces pound Mariupol', 0), ['194 RUSMIL->UKR asserted']);
  // An abbreviation in -S is no plural: "the US support" is a noun after a singular name.
  assert.deepEqual(
    readings('Britain is pushing hard for the US support its debt relief plan.', 0).filter((r) => r.startsWith('051')),
    [],
  );
});

test('three or more parties after "between" each meet or fight each of the others', () => {
  assert.deepEqual(readings('Talks between Russia, Ukraine and the OSCE resumed in Minsk.', 0), [
    '040 RUS->UKR asserted',
    '040 RUS->IGOEUROSC asserted',
    '040 UKR->RUS asserted',
    '040 UKR->IGOEUROSC asserted',
    '040 IGOEUROSC->RUS asserted',
    '040 IGOEUROSC->UKR asserted',
  ]);
  // Two parties as before.
  assert.deepEqual(readings('Talks between Armenia and Azerbaijan resumed in Brussels.', 0), [
    '040 ARM->AZE asserted',
    '040 AZE->ARM asserted',
  ]);
});

test("a parliament's presiding officer is the parliament's, not the state's head or another holder of the title", () => {
  const zelensky = (who: string): string[] =>
    readings(`Zelenskyy met Biden in Kyiv. Zelenskyy spoke with ${who}.`, 1).filter((r) => r.startsWith('040 UKRGOV'));
  assert.deepEqual(zelensky('the President of the German Bundestag'), ['040 UKRGOV->DEULEG asserted']);
  assert.deepEqual(zelensky('the President of the Bundestag'), ['040 UKRGOV->DEULEG asserted']);
  assert.deepEqual(zelensky('the Speaker of the Polish Sejm'), ['040 UKRGOV->POLLEG asserted']);
  assert.deepEqual(zelensky('the Chairman of the Latvian Saeima'), ['040 UKRGOV->LVALEG asserted']);
  assert.deepEqual(zelensky('the President of the Norwegian Storting'), ['040 UKRGOV->NORLEG asserted']);
  assert.deepEqual(zelensky('the Speaker of the Parliament of Estonia'), ['040 UKRGOV->ESTLEG asserted']);
});

test('development banks, sports bodies and a head of government called by a national title are actors', () => {
  assert.deepEqual(readings('The EBRD pledged aid to Ukraine.', 0), ['033 IGOEBR->UKR asserted']);
  assert.deepEqual(readings('The Taoiseach condemned the Russian invasion.', 0), ['111 IRLGOV->RUS asserted']);
  assert.deepEqual(readings('The International Olympic Committee condemned Russia.', 0), ['111 NGOIOC->RUS asserted']);
});

test('a reduced -ing relative on a class of states or firms is done by no one in particular', () => {
  assert.deepEqual(readings('A coalition supporting Ukraine will meet in Ramstein.', 0), []);
  // Not the clause's subject: Zelenskyy thanks, the nations help.
  assert.deepEqual(readings('Zelenskyy thanked the nations helping Ukraine.', 0), ['051 UKRGOV->- asserted']);
  // A named actor one of the class does it.
  assert.deepEqual(readings('Germany is one of many countries helping Ukraine defend its territory.', 0), [
    '070 DEU->UKR asserted',
  ]);
  assert.deepEqual(readings('Australia joined a range of countries imposing sanctions on Russia.', 0), [
    '163 AUS->RUS asserted',
  ]);
});

test('a criticism of the war is aimed at the aggressor the article names, not at the state attacked', () => {
  const text = (s: string): string => `Russia invaded Ukraine in February. ${s}`;
  assert.deepEqual(readings(text('Poland condemned the invasion of Ukraine.'), 1), ['111 POL->RUS asserted']);
  assert.deepEqual(readings(text('Estonia denounced the aggression.'), 1), ['111 EST->RUS asserted']);
  assert.deepEqual(readings(text('Canada condemned the unprovoked war against Ukraine.'), 1), [
    '111 CAN->RUS asserted',
  ]);
  // With no aggressor named in the article, the state attacked is still not the one condemned.
  assert.deepEqual(readings('Poland condemned the invasion of Ukraine.', 0), ['111 POL->- asserted']);
});
