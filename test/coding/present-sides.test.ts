// "We discussed …" pairs the speaker's side with a counterpart only when that counterpart takes part in the talks:
// a readout party, a speaker, or a side one of whose people the passage names (src/coding/present-sides.ts). A state
// a domestic meeting only talks about is no party to its "we".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const MEETING =
  'Vladimir Putin held a meeting with Government members. Kazakhstan asked for help. Kazakhstan received it. ';

test('"we" at a meeting is not the speaker and a state only talked about', () => {
  // A consultation with no counterpart is no event.
  assert.deepEqual(readings(`${MEETING}"We discussed this in detail," Putin said.`, 'discuss'), []);
  assert.deepEqual(readings(`${MEETING}We discussed this in detail.`, 'discuss'), []);
});

test('"we" is the speaker and a counterpart whose people the passage names, or the readout’s other party', () => {
  const guest = `${MEETING}President Kassym-Jomart Tokayev of Kazakhstan thanked Russia. `;
  assert.deepEqual(readings(`${guest}"We discussed this in detail," Putin said.`, 'discuss'), [
    '040 RUSGOV->KAZGOV asserted',
    '040 KAZGOV->RUSGOV asserted',
  ]);
  const readout = 'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. ';
  assert.deepEqual(
    readings(`${readout}France and Ukraine were mentioned. "We discussed this," Putin said.`, 'discuss'),
    ['040 RUSGOV->FRAGOV asserted', '040 FRAGOV->RUSGOV asserted'],
  );
});
