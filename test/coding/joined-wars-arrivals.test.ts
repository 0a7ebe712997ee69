// Session 31: joining a war is force (190), a force arriving is deployed (154, not a visit), and sanctions prepared
// or planned are in hand but not imposed (hypothetical).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchedReadings as coded } from './shipped-readings.ts';

test('joining or taking part in a war is using force (190), denied or hypothetical as the clause says', () => {
  assert.deepEqual(coded('Belarus is not going to participate in this war.', /^participate/), ['190 BLR->- negated']);
  assert.deepEqual(coded('Japan joined the war against Germany in 1941.', /^joined/), ['190 JPN->DEU asserted']);
  assert.deepEqual(coded('Officials fear that Belarusian troops would join the war.', /^join/), [
    '190 BLRMIL->- hypothetical',
  ]);
});

test('no war is joined in a fight against a vice, a war zone entered or a figurative war', () => {
  assert.deepEqual(coded('Poland will join the fight against corruption.', /^join/), []);
  assert.deepEqual(coded('The Russian troops did not know they were entering a war zone.', /^entering/), []);
  assert.deepEqual(coded('China joined the trade war against the United States.', /^join/), []);
});

test('a force arriving is deployed (154), a person arriving visits (042)', () => {
  assert.deepEqual(coded('The CSTO forces arrived in Kazakhstan on Thursday.', /^arrived/), [
    '154 IGOCASCSTMIL->KAZ asserted',
  ]);
  assert.deepEqual(coded('Russian troops will arrive in Belarus next week.', /^arrive/), [
    '154 RUSMIL->BLR hypothetical',
  ]);
  assert.deepEqual(coded('President Putin arrived in Minsk on Thursday.', /^arrived/), ['042 RUSGOV->BLR asserted']);
});

test('sanctions prepared or planned are in hand, not imposed', () => {
  assert.deepEqual(coded('The European Union is preparing new sanctions against Russia.', /^sanctions/), [
    '163 IGOEUREEC->RUS hypothetical',
  ]);
  assert.deepEqual(
    coded('The United States is planning new sanctions on Russia.', /^sanctions/).filter((e) => e.startsWith('163')),
    ['163 USA->RUS hypothetical'],
  );
});

test('a participle of charging after a noun phrase is passive: the clause’s subject is no accuser', () => {
  assert.deepEqual(
    coded('New U.S. sanctions target people and entities accused of helping Moscow skirt sanctions.', /^accused/),
    [],
  );
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(coded('I see Russia and Gazprom accused of failing to book capacity.', /^accused/), []);
  // A relative clause with its own subject keeps its accuser.
  assert.deepEqual(coded('The EU sanctioned the companies that Washington accused of helping Russia.', /^accused/), [
    '112 USA->- asserted',
  ]);
  // The active verb takes its object first.
  assert.deepEqual(coded('Russia accused Ukraine of shelling Donetsk.', /^accused/), ['1123 RUS->UKR asserted']);
});

test('the act a reduced relative charges is done by its noun phrase, not by the clause’s subject or the accuser', () => {
  assert.deepEqual(
    coded('The United States imposed sanctions on entities accused of sanctioning Moscow.', /^sanctioning/),
    ['163 -->RUS hypothetical'],
  );
  assert.deepEqual(
    coded('The US sanctioned three Chinese companies accused by Washington of helping Russia.', /^helping/),
    ['070 CHNBUS->RUS hypothetical'],
  );
});

test('the infinitive of a discussed course of action is a topic, not an act done', () => {
  assert.deepEqual(coded('Zelensky and Duda discussed further steps to develop bilateral cooperation.', /^develop/), [
    '060 UKRGOV->- hypothetical',
  ]);
  // Steps taken, not discussed, are done.
  assert.deepEqual(coded('Zelensky and Duda took further steps to develop bilateral cooperation.', /^develop/), [
    '060 UKRGOV->- asserted',
  ]);
});
