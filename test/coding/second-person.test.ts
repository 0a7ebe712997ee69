// "You" as the subject in a speaker's words (src/coding/persons.ts `secondPersonSubject`): the one spoken to acts, not
// the speaker. At a meeting of one state's people the one spoken to in a transcript is of the speaker's own state,
// and the speaker's code stands for both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('"you" as the subject is no act of the speaker', () => {
  assert.deepEqual(readings('Ukraine is at war. "You killed 16 children," Zelenskyy said.', 'kill'), []);
  const talks =
    'Vladimir Putin met Alexander Lukashenko.\n\nVladimir Putin: Good afternoon. How is the project? ' +
    'Alexander Lukashenko: Thank you. You have always supported me in this regard.';
  assert.deepEqual(readings(talks, 'support'), []);
});

test('"you" spoken to a compatriot in a transcript keeps the speaker’s code', () => {
  const meeting =
    'Vladimir Putin met Sergei Sobyanin.\n\nVladimir Putin: Good afternoon. How is the project? ' +
    'Sergei Sobyanin: Thank you, Mr President. Back then you supported the strategy for the transport hub.';
  assert.deepEqual(readings(meeting, 'support'), ['051 RUSGOV->- asserted']);
});
