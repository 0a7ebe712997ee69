// In a transcript, a journalist's question that one speaker alone answers is put to that speaker: its "you" is the
// answerer. A question two speakers answer keeps its "you" unresolved (either may be meant), but where a vocative
// names one of them ("Mr Chancellor, you …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriggers } from '../pipeline/coded-triggers.ts';

const events = (text: string): string[] => codedTriggers(text, 'News conference');

test('the "you" of a question one speaker answers is that speaker', () => {
  const got = events(
    'Vladimir Putin answered questions from journalists after the talks. President of Russia Vladimir Putin: Good ' +
      'afternoon. We had useful talks. Question: Last week you met with the President of Kazakhstan. Will Russia ' +
      'increase its grain supplies? Vladimir Putin: Yes, we discussed grain.',
  );
  assert.ok(got.includes('met with RUSGOV->KAZGOV'), got.join('; '));
});

test('a question two speakers answer leaves its "you" unresolved', () => {
  const got = events(
    'The two presidents spoke to the press. President of Russia Vladimir Putin: Good afternoon. We had useful ' +
      'talks. President of Kazakhstan Kassym-Jomart Tokayev: Thank you. Question: Yesterday you met with the ' +
      'President of Uzbekistan. What did you agree on? Vladimir Putin: We agreed on trade. President of Kazakhstan ' +
      'Kassym-Jomart Tokayev: I agree.',
  );
  // Unresolved, the meeting has no doer and is dropped (src/coding/doerless-speech.ts): neither speaker met.
  assert.ok(!got.some((e) => /^met with [A-Z]/.test(e)), got.join('; '));
});

test('a vocative in a question two speakers answer gives its "you" to the one it names', () => {
  const text = (vocative: string): string =>
    'The two leaders spoke to the press. President of Russia Vladimir Putin: Good afternoon. We had useful talks. ' +
    'Federal Chancellor of Germany Olaf Scholz: Thank you. Question: Good afternoon. ' +
    `${vocative}, yesterday you met with the President of Uzbekistan. What did you agree on? ` +
    'Vladimir Putin: We agreed on trade. Federal Chancellor of Germany Olaf Scholz: I agree.';
  const byName = events(text('President Putin'));
  assert.ok(byName.includes('met with RUSGOV->UZBGOV'), byName.join('; '));
  // An office only one of them holds names him too.
  const byOffice = events(text('Mr Chancellor'));
  assert.ok(byOffice.includes('met with DEUGOV->UZBGOV'), byOffice.join('; '));
});

test('a sentence naming the other speaker ends the part a vocative gave to one', () => {
  const got = events(
    'The two leaders spoke to the press. President of Russia Vladimir Putin: Good afternoon. We had useful talks. ' +
      'Federal Chancellor of Germany Olaf Scholz: Thank you. Question(retranslated): Mr Chancellor, a question ' +
      'for you. Yesterday you met with the President of Uzbekistan. My next question is for President Putin. Last ' +
      'week you met with the President of Kazakhstan. Vladimir Putin: We agreed on trade. Federal Chancellor of ' +
      'Germany Olaf Scholz: I agree.',
  );
  assert.ok(got.includes('met with DEUGOV->UZBGOV'), got.join('; '));
  assert.ok(!got.includes('met with DEUGOV->KAZGOV'), got.join('; '));
});

test("a question under a journalist's name, answered by one speaker, is put to that speaker", () => {
  const got = events(
    'Vladimir Putin answered questions from journalists. Dmitry Peskov: Please, go ahead. Anna Petrova: Mr ' +
      'President, your meeting with the President of Kazakhstan is set for next week. What will you discuss? ' +
      'Vladimir Putin: We will discuss trade.',
  );
  assert.ok(got.includes('meeting with RUSGOV->KAZGOV'), got.join('; '));
});
