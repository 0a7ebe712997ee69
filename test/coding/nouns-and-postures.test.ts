// Session 25 (recall): an event noun's "by" agent, sanction packages announced, control taken "over" a state's land,
// troops sent to a border, and weapons packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('an event noun\'s "by" phrase names its doer, who is no target', () => {
  assert.deepEqual(readings('The attack on Ukraine by Russian forces killed four people.', 'attack'), [
    '190 RUSMIL->UKR asserted',
  ]);
  // The rest of the target's noun phrase may stand before "by".
  assert.deepEqual(readings('An attack on a Ukrainian convoy by Russian forces killed four people.', 'attack'), [
    '190 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('I am grateful for the unprecedented support for Ukraine by Poland.', 'support'), [
    '051 POL->UKR asserted',
  ]);
  assert.deepEqual(readings('The visit to Kyiv by the leaders of France and Germany was a success.', 'visit').sort(), [
    '042 DEUGOV->UKR asserted',
    '042 FRAGOV->UKR asserted',
  ]);
  // An adjective of a noun that names no actor only describes the doer.
  assert.deepEqual(readings('It will be the first visit to Poland by an Asian member of the G7.', 'visit'), []);
  // A "by" further on belongs to another verb, and one after a pattern's own last word to that word.
  assert.deepEqual(readings('The attack on Ukraine was condemned by the EU.', 'attack'), ['190 -->UKR asserted']);
  assert.deepEqual(readings('Ukraine is now facing the threat of an all-out invasion by Russia.', 'threat'), []);
  // Help thanked for is the thanks rule's, read as aid (sentence-rules.ts), not support as well.
  assert.deepEqual(
    readings(
      'The President thanked the minister for the effective support for Ukraine by the British government.',
      'support',
    ),
    ['070 GBRGOV->UKR asserted'],
  );
});

test('an event noun\'s "by" phrase after its "of" object names its doer; the object\'s actors are its target', () => {
  // Not the "by" actor as the one shelled, with no doer.
  assert.deepEqual(readings('The looting and shelling of farms by Russian soldiers must stop.', 'shelling'), [
    '194 RUSMIL->- asserted',
  ]);
  assert.deepEqual(readings('The invasion of the island by Turkish troops began at dawn.', 'invasion'), [
    '190 TURMIL->- asserted',
  ]);
  assert.deepEqual(readings('The shelling of Ukrainian villages by Russian forces went on.', 'shelling'), [
    '194 RUSMIL->UKR asserted',
  ]);
  // A verb in the object phrase owns the "by": no investigation by Russia.
  assert.deepEqual(readings('The investigation of war crimes committed by Russia continues.', 'investigation'), []);
});

test('a package of sanctions announced or unveiled is imposed, as announced sanctions are', () => {
  assert.deepEqual(readings('Western countries announced a new package of sanctions against Russia.', 'announced'), [
    '163 WST->RUS asserted',
  ]);
  assert.deepEqual(readings('Britain unveiled a fresh sanctions package against Moscow on Tuesday.', 'unveiled'), [
    '163 GBR->RUS asserted',
  ]);
  assert.deepEqual(readings('Japan will announce a new package of sanctions against Russia.', 'announce'), [
    '163 JPN->RUS hypothetical',
  ]);
});

test("control taken or established over a state's land occupies it; control of a matter is no event", () => {
  assert.deepEqual(readings('Russian forces took full control over eastern Ukraine.', 'took'), [
    '192 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('Their task is to establish control over the south of Ukraine.', 'establish'), [
    '192 -->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The government took control over the situation.', 'took'), []);
});

test('troops sent to a border show force at the state named after it', () => {
  assert.deepEqual(readings('Russia has sent more troops to the border with Ukraine.', 'sent'), [
    '150 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Turkey dispatched reinforcements to the frontier.', 'dispatched'), [
    '150 TUR->- asserted',
  ]);
  assert.deepEqual(readings('Russia sent a delegation to the border town.', 'sent'), []);
});

test('a weapons package for a state is military aid, announced a pledge', () => {
  assert.deepEqual(allReadings('Washington unveiled a new $1 billion weapons package for Ukraine on Monday.'), [
    '0332 USA->UKR asserted',
  ]);
});
