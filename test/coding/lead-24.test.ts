import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('a bare verb joined to an infinitive past "then" is read with the infinitive', () => {
  assert.deepEqual(readings('Moscow hoped to encircle Kyiv and then attack Kharkiv.', 'attack'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The Kremlin intends to stretch the Ukrainian defences and then attack Kyiv.', 'attack'), [
    '1384 RUSGOV->UKR asserted',
    '190 RUSGOV->UKR hypothetical',
  ]);
  // Done acts stay done.
  assert.deepEqual(readings('Russian troops encircled Kyiv and then attacked Kharkiv.', 'attacked'), [
    '190 RUSMIL->UKR asserted',
  ]);
});

test('a proposal in a bare clause is not done: to "we" it is intent, to others only asked for', () => {
  assert.deepEqual(readings('"I suggest we sign a new treaty with Ukraine," the Polish president said.', 'sign'), [
    '030 POLGOV->UKR asserted',
  ]);
  assert.deepEqual(readings('Paris suggested Russia withdraw its troops from Ukraine.', 'withdraw'), [
    '087 RUS->UKR hypothetical',
  ]);
  // "proposed to sign" is read from its infinitive, as before.
  assert.deepEqual(readings('Warsaw proposed to sign a treaty with Kyiv.', 'sign'), ['057 POL->UKR hypothetical']);
});

test('a need whose object is the noun or "what" before its subject demands nothing: the infinitive is its purpose', () => {
  const demands = (text: string): string[] => allReadings(text, 'rules:obligation');
  assert.deepEqual(demands('Biden said the weapons Ukraine needs to defend itself will arrive soon.'), []);
  assert.deepEqual(
    demands('"We give the Ukrainian army what it needs to push the Russian troops back," Biden said.'),
    [],
  );
  // An obligation of the clause's subject still demands.
  assert.deepEqual(demands('Biden said Russia needs to stop the war.'), ['100 USAGOV->RUS asserted']);
});

test('an infinitive inside the subject does not govern the main verb after "was"', () => {
  assert.deepEqual(readings("Germany's decision to ban RT was criticised by Moscow.", 'criticised'), [
    '111 RUS->DEU asserted',
  ]);
  // The infinitive itself stays what the decision makes it.
  assert.deepEqual(readings("Germany's decision to ban RT was criticised by Moscow.", 'ban'), [
    '1722 DEU->- hypothetical',
  ]);
});

test('a decision made is read as "decided to"; one still to make is not', () => {
  assert.deepEqual(readings('Norway has made a historic decision to provide Ukraine with weapons.', 'provide'), [
    '0332 NOR->UKR asserted',
  ]);
  assert.deepEqual(readings('Moscow took the decision to withdraw from the grain deal.', 'withdraw'), [
    '160 RUS->- asserted',
  ]);
  assert.deepEqual(readings('Norway will soon make a decision to provide Ukraine with weapons.', 'provide'), [
    '072 NOR->UKR hypothetical',
  ]);
});

test('another\'s pronoun after "for" does the infinitive, which is not done', () => {
  assert.deepEqual(readings('Poland said the bonds are a tool for you to sanction Russia.', 'sanction'), [
    '163 -->RUS hypothetical',
  ]);
  // "an honour for me to meet you" is the speaker's own act, done in saying so.
  assert.deepEqual(readings('"It is an honour for me to meet with President Macron," Zelensky said.', 'meet'), [
    '040 UKRGOV->FRAGOV asserted',
    '040 FRAGOV->UKRGOV asserted',
  ]);
});

test('"must be based on" states how a thing is to be, no demand', () => {
  assert.deepEqual(
    allReadings('"Any peace settlement must be based on international law," Zelensky said.', 'rules:'),
    [],
  );
  assert.deepEqual(allReadings('"The sanctions must be strengthened," Zelensky said.', 'rules:'), [
    '100 UKRGOV->- asserted',
  ]);
});

test('a base form after a plural subject and before an object is the verb only for a body that acts as one', () => {
  assert.deepEqual(readings('Russian troops attack Kharkiv.', 'attack'), ['190 RUSMIL->UKR asserted']);
  // A people's or a class of states' base form is an opinion or a question, no act.
  assert.deepEqual(readings('Many Russians support the war.', 'support'), []);
  assert.deepEqual(readings('Kyiv knows which European countries support Ukraine.', 'support'), []);
});

test('"the authorities and the people of X": the state that closes the pair is the institution\'s too', () => {
  assert.deepEqual(
    allReadings('Russia attacked Ukraine. Zelensky thanked the authorities and the people of Luxembourg.', '05-'),
    ['051 UKRGOV->LUXGOV asserted', '051 UKRGOV->LUX asserted'],
  );
});

test('an act done to an audience (attendees, viewers, students) has no other side and is no event', () => {
  assert.deepEqual(allReadings('"I urge the attendees to help," Zelensky said.'), []);
  assert.deepEqual(allReadings('"I invited Stanford students to join the project," Zelensky said.'), []);
  // An actor object stays.
  assert.deepEqual(allReadings('"I invited Estonia to join the project," Zelensky said.'), [
    '020 UKRGOV->EST asserted',
  ]);
});

test('an act hoped for or looked forward to, named by a noun or a gerund, is not done', () => {
  assert.deepEqual(readings('"We look forward to cooperating with Russia," the ICRC said.', 'cooperating'), [
    '060 NGOIRC->RUS hypothetical',
  ]);
  assert.deepEqual(
    readings('Zelensky expressed hope for the continuation of Ukraine’s cooperation with NATO.', 'cooperation'),
    ['060 UKR->IGOWSTNAT hypothetical'],
  );
});

test('an act named by a noun and called needed ("is needed", "are necessary") is not done; one called important was', () => {
  assert.deepEqual(readings('Zelensky said that his personal meeting with Putin is needed.', 'meeting'), [
    '040 UKRGOV->RUSGOV hypothetical',
    '040 RUSGOV->UKRGOV hypothetical',
  ]);
  assert.deepEqual(readings('Zelensky said that his meeting with Putin was very important.', 'meeting'), [
    '040 UKRGOV->RUSGOV asserted',
    '040 RUSGOV->UKRGOV asserted',
  ]);
});
