// Cooperative constructions found missing on unseen news (session 17): a readiness to talk indicated or signalled,
// "would continue to" as a reported future (src/coding/modality.ts), and a subject listed before "(many) other …"
// (src/coding/match.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

/** "cameo src->tgt modality" of every event, sorted. */
const brief = (text: string): string[] => allReadings(text).sort();

test('a readiness to talk indicated or signalled is an intent to meet', () => {
  assert.deepEqual(brief('Macron indicated his readiness to continue contacts with Putin.'), [
    '036 FRAGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(brief('Germany signalled its willingness to negotiate with Russia.'), ['036 DEU->RUS asserted']);
});

test('"would continue to" after a verb of saying is announced as "would" is', () => {
  assert.deepEqual(brief('Germany said it would continue to send tanks to Ukraine.'), ['0332 DEU->UKR asserted']);
  assert.deepEqual(brief('Germany said it would send tanks to Ukraine.'), ['0332 DEU->UKR asserted']);
  // A wish to perform a speech act, or a proposal of joint work, is no announced act.
  assert.deepEqual(brief('Putin said: I would like to thank you for imposing sanctions on Iran.'), [
    '163 -->IRN hypothetical',
  ]);
});

test('a subject listed before "(many) other …" acts with them', () => {
  assert.deepEqual(brief('The UK and many other Western allies are providing weapons to Ukraine.'), [
    '072 GBR->UKR asserted',
    '072 WST->UKR asserted',
  ]);
  assert.deepEqual(brief('Poland and other EU states sent aid to Ukraine.'), [
    '070 IGOEUREEC->UKR asserted',
    '070 POL->UKR asserted',
  ]);
});

test('a visit to a named place abroad is a visit to its state', () => {
  assert.deepEqual(brief('The President of Slovakia visited Kharkiv.'), ['042 SVKGOV->UKR asserted']);
  assert.deepEqual(brief('President Charles Michel visited Borodyanka, Kyiv region.'), ['042 IGOEUREEC->UKR asserted']);
  assert.deepEqual(brief('Macron will visit Kharkiv.'), ['036 FRAGOV->UKR asserted']);
});

test('no visit to a place at home, to an unknown place, or only wondered about', () => {
  assert.deepEqual(brief('Zelenskyy visited Kharkiv.'), []);
  assert.deepEqual(brief('Macron visited Siemens.'), []);
  assert.deepEqual(brief('I wonder if Macron wanted to visit Kharkiv?'), []);
});
