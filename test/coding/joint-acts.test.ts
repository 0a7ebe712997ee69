// Coordinated subjects, plural participants and "we" act on each other only in what they do together: what each
// side does to a thing ("support this decision", "offer solutions") has no target among them (src/coding/mutual.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const READOUT = 'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. ';

test('coordinated subjects that support or recognise a thing do not support or recognise each other', () => {
  assert.deepEqual(readings('Germany and Hungary supported the decision.', 'support'), [
    '051 DEU->- asserted',
    '051 HUN->- asserted',
  ]);
  assert.deepEqual(readings('Poland and Lithuania recognized the independence of the new state.', 'recogni'), [
    '054 POL->- asserted',
    '054 LTU->- asserted',
  ]);
  // Reciprocal words make it mutual again.
  assert.deepEqual(readings('China and Russia are firmly supporting each other.', 'support'), [
    '051 CHN->RUS asserted',
    '051 RUS->CHN asserted',
  ]);
});

test('"we" with a thing as object is the speaker’s side alone, not the speaker and the counterpart', () => {
  assert.deepEqual(readings(`${READOUT}"We offer solutions to our partners," Putin said.`, 'offer'), [
    '030 RUSGOV->- asserted',
  ]);
  assert.deepEqual(readings(`${READOUT}"We support this initiative," Putin said.`, 'support'), [
    '051 RUSGOV->- asserted',
  ]);
  // Joint acts keep both sides, whatever their object.
  assert.deepEqual(readings(`${READOUT}"We discussed this in detail," Putin said.`, 'discuss'), [
    '040 RUSGOV->FRAGOV asserted',
    '040 FRAGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(readings(`${READOUT}"We met last year," Putin said.`, 'met'), [
    '040 RUSGOV->FRAGOV asserted',
    '040 FRAGOV->RUSGOV asserted',
  ]);
});

test('the named participants each do what they do to a thing; a number or "many" names no participants', () => {
  assert.deepEqual(readings(`${READOUT}The leaders condemned the terrorist attack.`, 'condemn'), [
    '111 RUSGOV->- asserted',
    '111 FRAGOV->- asserted',
  ]);
  // A visit needs a host: to no one ("an exhibition") it is no event; to a named place abroad, its state is the host,
  // and a visitor at home visits no one.
  assert.deepEqual(readings(`${READOUT}The leaders visited an exhibition of Russian art.`, 'visit'), []);
  assert.deepEqual(readings(`${READOUT}The leaders visited the city of Lyon.`, 'visit'), ['042 RUSGOV->FRA asserted']);
  assert.deepEqual(readings(`${READOUT}The leaders agreed to continue contacts.`, 'agreed'), [
    '036 RUSGOV->FRAGOV asserted',
    '036 FRAGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(readings(`${READOUT}Fourteen countries have supported the resolution.`, 'support'), []);
});

test('two sides that clash, exchange fire or swap prisoners act on each other; a quarrel "over" something is no clash', () => {
  assert.deepEqual(readings('Russia and Ukraine clashed near Bakhmut.', 'clash'), [
    '190 RUS->UKR asserted',
    '190 UKR->RUS asserted',
  ]);
  assert.deepEqual(readings('India and Pakistan exchanged fire across the border.', 'exchang'), [
    '193 IND->PAK asserted',
    '193 PAK->IND asserted',
  ]);
  assert.deepEqual(readings('Russia and Ukraine swapped prisoners.', 'swap'), [
    '0841 RUS->UKR asserted',
    '0841 UKR->RUS asserted',
  ]);
  assert.deepEqual(readings('Russia and the United States clashed over Syria.', 'clash'), []);
});
