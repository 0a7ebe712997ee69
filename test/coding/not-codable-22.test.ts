// Real-news events an analyst does not code at all (session 20, noncode22), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a share of those polled doing the act is a survey finding', () => {
  assert.deepEqual(readings('Just 15 percent agreed with Trump on the war.', 'agreed'), []);
  const oppose = 'At the same time, 72 percent oppose the United States taking direct military action.';
  assert.deepEqual(readings(oppose, 'oppose'), []);
  const blaming =
    'The poll found broad support for Ukraine, with 73% of respondents across the 10 countries blaming Russia.';
  assert.deepEqual(readings(blaming, 'blaming'), []);
  assert.deepEqual(readings('In a recent poll, 68% of Finns said they support joining NATO.', 'support'), []);
  // A share damaged in the passive, a share as an object, and a doer of its own after the share stay.
  assert.deepEqual(
    readings('More than 90 percent of all buildings in Mariupol were destroyed by Russia.', 'destroyed'),
    ['1712 RUS->UKR asserted'],
  );
  assert.deepEqual(readings("Russia meets over 40 percent of Greece's demand and supports Greece.", 'supports'), [
    '051 RUS->GRC asserted',
  ]);
  const asked = 'Putin recalled that 40 percent were Soviet citizens, and asked Naftali Bennett to convey his thanks.';
  assert.deepEqual(readings(asked, 'asked'), ['020 RUSGOV->ISRGOV asserted']);
});

test('those invited to attend the meeting reported are a list of those present', () => {
  const list = 'Minister of Trade Denis Manturov and Mayor Sergei Sobyanin were also invited to attend the meeting.';
  assert.deepEqual(readings(list, 'invited'), []);
  assert.deepEqual(readings('Sergei Sobyanin was also invited to the meeting.', 'invited'), []);
  // An event of its own or an inviter named keeps the invitation.
  const summit = 'For the first time, Poland has invited Ukraine to participate in the Three Seas Initiative Summit.';
  assert.deepEqual(readings(summit, 'invited'), ['026 POL->UKR asserted']);
});

test('thanks for the honor of speaking are the courtesy of a speech', () => {
  const honor = 'I thank the French parliament for the honor of speaking to you today.';
  assert.deepEqual(readings(honor, 'thank'), []);
  assert.deepEqual(readings('I thank the French parliament for the great honour to address you.', 'thank'), []);
  // Thanks for an act stay praise.
  assert.deepEqual(readings('Zelensky thanked France for its support for Ukraine.', 'thank'), [
    '051 UKRGOV->FRA asserted',
  ]);
});

test('acts of the Nazi state or against it are the Second World War recalled', () => {
  const bomb = 'The strikes are an imitation of how the Nazis tried to bomb and destroy European cities.';
  assert.deepEqual(readings(bomb, 'destroy'), []);
  const attacked = 'The country was not ready for the invasion by Nazi Germany, which attacked our Motherland in 1941.';
  assert.deepEqual(readings(attacked, 'attacked'), []);
  assert.deepEqual(readings('As a young man he fought in the Greek Resistance against Nazi invaders.', 'fought'), []);
  // Today's "neo-Nazis", a people's "Nazis" and another actor before the act keep their events.
  assert.deepEqual(readings('The neo-Nazis opened fire on the Chinese students in Kharkov.', 'opened'), [
    '193 -->CHNEDU asserted',
  ]);
  assert.deepEqual(readings('The Nazis killed them, and Russia now shells Ukraine.', 'shells'), [
    '194 RUS->UKR asserted',
  ]);
});

test("thanks, support or help for 'our' forces from no one or from 'we' is a leader's words at home", () => {
  assert.deepEqual(readings('Eternal gratitude to all our Ukrainian defenders!', 'gratitude'), []);
  assert.deepEqual(readings('We are doing everything to help our Ukrainian army.', 'help'), []);
  assert.deepEqual(readings('Expressed support to our Ukrainian soldiers.', 'Expressed'), []);
  // A doer named before the act keeps it.
  assert.deepEqual(readings('Poland supports our Ukrainian defenders.', 'supports'), ['051 POL->UKRMIL asserted']);
});
