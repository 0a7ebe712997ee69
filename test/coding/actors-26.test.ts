// Session 26's actor rules (helper actors26): documents named after a city name no actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

test('a document named after the capital it was made in names no actor', () => {
  assert.deepEqual(readings('Moscow has violated the Minsk accords, Kuleba said.', 0), ['128 RUS->- asserted']);
  assert.deepEqual(readings('Kyiv has refused to implement the Minsk Agreements, Lavrov said.', 0), [
    '120 UKR->- asserted',
  ]);
  assert.deepEqual(readings('Chile ratified the Paris Agreement last year.', 0), ['057 CHL->- asserted']);
  // The capital standing for its state is still the state.
  assert.deepEqual(readings('Warsaw and Vilnius signed an agreement on gas.', 0), [
    '057 POL->LTU asserted',
    '057 LTU->POL asserted',
  ]);
});

test('a verb right after "but" has the subject of the verb before it, past a clause that verb reports', () => {
  assert.deepEqual(readings('Blinken said that there were useful ideas in the plan but accused China of lying.', 0), [
    '112 USAGOV->CHN asserted',
  ]);
  assert.deepEqual(readings('The EU said that the sanctions were working but urged Hungary to do more.', 0), [
    '100 IGOEUREEC->HUN asserted',
  ]);
  // Past a few words quoted inside the reported clause.
  assert.deepEqual(readings('Blinken said there were “some useful ideas” in the plan and accused China of lying.', 0), [
    '112 USAGOV->CHN asserted',
  ]);
  // A clause with its own subject after "but" keeps it.
  assert.deepEqual(readings('Moscow denied that its troops were there but Ukraine accused Russia of the attack.', 0), [
    '016 RUS->- asserted',
    '1123 UKR->RUS asserted',
  ]);
});

test('after a later meeting in a readout, "they" are that meeting\'s two sides', () => {
  const readout =
    'President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Belgium Alexander De Croo. They discussed ' +
    'energy. The President also met with Prime Minister of Greece Kyriakos Mitsotakis. They discussed grain exports.';
  assert.deepEqual(readings(readout, 1), ['040 UKRGOV->BELGOV asserted', '040 BELGOV->UKRGOV asserted']);
  assert.deepEqual(readings(readout, 3), ['040 UKRGOV->GRCGOV asserted', '040 GRCGOV->UKRGOV asserted']);
  // What one side alone tells is told to the other side of that meeting.
  assert.deepEqual(readings(`${readout} The President informed about the situation at the front.`, 4), [
    '040 UKRGOV->GRCGOV asserted',
  ]);
  // Talks named as a topic are no new meeting.
  const topic =
    'Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Erdogan noted the ' +
    'talks between Russia and Ukraine held in Istanbul. The leaders discussed grain exports.';
  assert.deepEqual(readings(topic, 2), ['040 RUSGOV->TURGOV asserted', '040 TURGOV->RUSGOV asserted']);
});

test('a side only cited inside another speaker\'s words takes no part in "we discussed"', () => {
  const transcript =
    'News conference. Vladimir Putin: Ladies and gentlemen, good afternoon. We are glad to see you here. ' +
    'Mr Zelensky and Mr Poroshenko refused to implement the agreements. Mr Zelensky then said he would never do ' +
    'this because "this would destroy the Ukrainian state." The talks lasted six hours. The agenda was long. ' +
    'Energy was a major topic. Trade was another. Climate came up as well. Culture was touched upon. ' +
    'Education was mentioned. Sport was not. Emmanuel Macron: Thank you. We discussed this in great detail.';
  assert.deepEqual(readings(transcript, 14), []);
});

test('"her" before a preposition is the object, not a possessive determiner', () => {
  const met = 'Zelenskyy met Kaja Kallas in Kyiv. ';
  assert.deepEqual(readings(`${met}Zelenskyy informed her of the situation at the front.`, 1), [
    '040 UKRGOV->ESTGOV asserted',
  ]);
  // Before a noun it owns the noun: "her team" is no target.
  assert.deepEqual(readings(`${met}Zelenskyy thanked her team for the work.`, 1), ['051 UKRGOV->ESTGOV asserted']);
});
