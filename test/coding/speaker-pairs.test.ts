// "X and I agreed …": the speaker and the partner named beside "I" act together, as a "we" of the speaker and a
// counterpart does; the partner is the act's other side (src/coding/persons.ts speakerPairPartner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'US President Joe Biden spoke with Russian President Vladimir Putin by phone on Saturday. ';
const TALKS =
  'Vladimir Putin held talks with Prime Minister of Greece Kyriakos Mitsotakis in Sochi.\n\n' +
  'President of Russia Vladimir Putin: Mr Prime Minister, ladies and gentlemen, ';
const REPLY = '\n\nPrime Minister of Greece Kyriakos Mitsotakis: Thank you, Mr President. We discussed tourism.';

test('a named partner beside the speaker\'s "I" is the other side of a joint act', () => {
  assert.deepEqual(
    readings(`${CALL}"President Putin and I agreed that our envoys should keep talking," Biden said.`, 'agreed'),
    ['030 USAGOV->RUSGOV asserted'],
  );
  assert.deepEqual(readings(`${TALKS}Prime Minister Mitsotakis and I agreed that trade must grow.${REPLY}`, 'agreed'), [
    '030 RUSGOV->GRCGOV asserted',
  ]);
});

test("a partner the words name by title alone is the speaker's counterpart", () => {
  assert.deepEqual(
    readings(`${TALKS}Mr Prime Minister and I also agreed to hold the next round in Athens.${REPLY}`, 'agreed'),
    ['030 RUSGOV->GRCGOV asserted'],
  );
});

test('not a pair: "I" alone, a partner of the speaker\'s own state, an act on a thing', () => {
  assert.deepEqual(readings(`${CALL}"I agreed that our envoys should keep talking," Biden said.`, 'agreed'), [
    '030 USAGOV->- asserted',
  ]);
  assert.deepEqual(
    readings(`${CALL}"Secretary Blinken and I agreed that our envoys should keep talking," Biden said.`, 'agreed'),
    ['030 USAGOV->- asserted'],
  );
});
