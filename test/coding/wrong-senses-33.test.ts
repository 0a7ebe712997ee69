// Wrong verb senses and figurative or domestic acts (session 33, from hand-judged corpus output): a thing recognised,
// a designation "as" a crime, something withheld rather than a charge denied, the field of a role or a contribution,
// investing in one's own people, an -s form after "to" read as a verb, and a verb's word opening a compound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('a thing of a side recognised is no diplomatic recognition', () => {
  const certificates = 'Italy has agreed to recognise Russian vaccination certificates for travellers.';
  assert.deepEqual(readings(certificates, 'recognise'), []);
  const diplomas = 'Poland will recognise Ukrainian school diplomas without an exam.';
  assert.deepEqual(readings(diplomas, 'recognise'), []);
  // A product's bare name, which the article calls a vaccine elsewhere.
  const named =
    'Slovakia bought two hundred thousand doses of the Sputnik V vaccine in March. Brussels has still not recognised Sputnik V, Moscow said.';
  assert.deepEqual(readings(named, 'recognised'), []);
  // Recognition of a side, or of its independence, stays.
  assert.deepEqual(readings('Slovakia recognised Ukraine in 1991.', 'recognised'), ['054 SVK->UKR asserted']);
  const independence = 'Serbia has never recognised the independence of Kosovo.';
  assert.deepEqual(readings(independence, 'recognised'), ['054 SRB->XKX negated']);
});

test('conduct or a place recognised "as" a crime is a designation, no recognition granted', () => {
  const genocide = "Latvia's parliament recognised Russia's actions in Ukraine as genocide last week.";
  assert.deepEqual(
    readings(genocide, 'recognised').filter((r) => r.startsWith('054')),
    [],
  );
  const occupied = 'The Ukrainian government recognised the Zaporizhzhia region as a temporarily occupied territory.';
  assert.deepEqual(readings(occupied, 'recognised'), []);
  // "as an independent state" is recognition.
  const state = 'Nicaragua recognised Abkhazia as an independent state.';
  assert.deepEqual(
    readings(state, 'recognised').map((r) => r.slice(0, 3)),
    ['054'],
  );
});

test('denying a side a thing, its right or its existence is no denial of a charge', () => {
  assert.deepEqual(readings('The West is determined to deny Putin victory in this war.', 'deny'), []);
  const capability = 'Berlin keeps denying Kyiv the long-range missiles it asked for.';
  assert.deepEqual(readings(capability, 'denying'), []);
  const right = "The Russian president has repeatedly denied Ukraine's right to exist as a nation.";
  assert.deepEqual(readings(right, 'denied'), []);
  const existence = 'Moscow denies the existence of a separate Belarusian language.';
  assert.deepEqual(readings(existence, 'denies'), []);
  // Denials of a charge or a report stay.
  const allegations = 'Russia has denied allegations that its troops shelled the hospital.';
  assert.deepEqual(readings(allegations, 'denied'), ['016 RUS->- asserted']);
  const involvement = 'The Kremlin denied Russian involvement in the sabotage.';
  assert.deepEqual(readings(involvement, 'denied'), ['016 RUSGOV->- asserted']);
});

test('the field of a role or a contribution, named by a gerund, is no act of cooperation', () => {
  const role =
    'Zelensky praised the role of the Senate in backing Ukrainian reforms and expanding cooperation between the two nations.';
  assert.deepEqual(
    allReadings(role).filter((r) => r.startsWith('06')),
    [],
  );
  const contribution =
    '"Your personal contribution to developing ties between Moscow and Hanoi is enormous," Vladimir Putin told the Vietnamese President.';
  assert.deepEqual(readings(contribution, 'developing'), []);
  // A gerund governed by a verb, not by a part played, stays.
  const agreed = 'Poland and Lithuania agreed on expanding cooperation in the energy sector.';
  assert.ok(readings(agreed, 'expanding').length > 0);
});

test("investing in one's own people is domestic policy, investing in another state is not", () => {
  const citizens = '"Our plan is built on investing in the Kazakh citizen and his skills," Tokayev said.';
  assert.deepEqual(readings(citizens, 'investing'), []);
  const foreign = 'Japanese firms are investing in Ukraine despite the war.';
  assert.equal(readings(foreign, 'investing').length, 1);
});

test('an -s form after "to" heads a noun phrase, no verb event', () => {
  const decree = 'The decree covers what the Russian Federation owes with respect to loans and bonds.';
  assert.deepEqual(readings(decree, 'loans'), []);
  assert.deepEqual(readings('Russia will pay its debts with respect to loans in rubles.', 'loans'), []);
  // The infinitive keeps its verb.
  assert.deepEqual(
    readings('Germany decided to loan Ukraine two billion euros.', 'loan').map((r) => r.slice(-8)),
    ['asserted'],
  );
});

test("a verb's word opening a hyphenated compound is no verb", () => {
  const act = 'The Ukraine Democracy Defense Lend-Lease Act entered into force, Zelensky said.';
  assert.deepEqual(readings(act, 'Lend'), []);
  const methods = 'The FSB used torture-based methods against the detainees.';
  assert.deepEqual(readings(methods, 'torture'), []);
  // The verb itself stays.
  assert.equal(readings('Washington will lend Ukraine ten billion dollars.', 'lend').length, 1);
});
