// Verb-tagged words that head a noun phrase, and other acts an analyst does not code (session 26).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a verb-tagged word after a determiner or a preposition is a noun, no verb event', () => {
  const supports = '"The supports are as high as a nine-storey house," Putin said.';
  assert.deepEqual(readings(supports, 'supports'), []);
  const calls = 'Even Moscow, despite calls for calm from Putin, prepared an evacuation plan.';
  assert.deepEqual(readings(calls, 'calls'), []);
  // A word whose act needs no object still names it as a noun.
  const torture = 'The detainee died as a result of torture by Russian soldiers, Zelensky said.';
  assert.equal(readings(torture, 'torture').length, 1);
  assert.deepEqual(readings('Zelensky was grateful for decisions on Lend-Lease.', 'Lend'), []);
  // "their help to Ukrainians" is the thanked side's aid, read once through the thanks, not the speaker's own.
  const help = 'Zelensky thanked the Poles for their help to Ukrainians who fled the war.';
  assert.deepEqual(readings(help, 'help'), ['070 POL->UKR asserted']);
  // A finite verb after its subject, and a base form after "as well as" or a modal, stay verbs.
  assert.deepEqual(readings('Poland supports Ukraine.', 'supports'), ['051 POL->UKR asserted']);
  const asWell = 'Russia will impose new sanctions as well as seize Ukrainian ports.';
  assert.equal(readings(asWell, 'seize').length, 1);
});

test('aid or support as the purpose of money or a programme, with a side missing, is no event', () => {
  const platform = 'The platform allows Ukrainians abroad to raise funds to support Ukraine, Zelensky said.';
  assert.deepEqual(readings(platform, 'support'), []);
  assert.deepEqual(readings('The team is working on increasing donations to help Ukraine.', 'help'), []);
  const refugees = 'The new platform aims to increase charitable donations to help Ukrainian refugees.';
  assert.deepEqual(readings(refugees, 'help'), []);
  // Money with its giver named keeps the support.
  const funding = 'The UK announced 88 million pounds of new funding to support Ukraine.';
  assert.deepEqual(readings(funding, 'support'), ['051 GBR->UKR asserted']);
});

test('blame deflected, escaped or taken charges no one', () => {
  const deflect = 'Russian embassies are using Facebook to deflect blame for atrocities in Bucha.';
  assert.deepEqual(readings(deflect, 'blame'), []);
  assert.deepEqual(readings('Russian diplomats keep deflecting blame for the shelling.', 'blame'), []);
  assert.deepEqual(readings('The Kremlin sought to escape blame for the massacre.', 'blame'), []);
  assert.deepEqual(readings('Russia blamed Ukraine for the attack.', 'blamed'), ['112 RUS->UKR asserted']);
});

test('recognising that something is so admits a fact, no diplomatic recognition', () => {
  const aggressor = 'Of course, the Russian state will not even recognize that it is an aggressor.';
  assert.deepEqual(readings(aggressor, 'recognize'), []);
  const failed = 'Peskov said Russia recognized that the talks had failed.';
  assert.deepEqual(readings(failed, 'recognized'), []);
  // A demonstrative "that" before a noun, and a state recognised, stay recognition.
  const annexation = 'Ukraine will never recognize that annexation.';
  assert.deepEqual(readings(annexation, 'recognize'), ['120 UKR->- asserted']);
  const republics = 'Russia recognised the two breakaway republics on Monday.';
  assert.deepEqual(readings(republics, 'recognised'), ['054 RUS->- asserted']);
});
