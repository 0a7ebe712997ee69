// In a transcript, a journalist's question that one speaker alone answers is put to that speaker: its "you" is the
// answerer. A question two speakers answer keeps its "you" unresolved (either may be meant).
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
  assert.ok(got.includes('met with -->UZBGOV'), got.join('; '));
});
