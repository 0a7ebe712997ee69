// Requests not phrased as a call or a demand: counting or relying on another side's support, wanting assurances
// (PLOVER REQUEST); and the offers and prospects phrased alike that ask for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('counting or relying on another side’s support asks for it', () => {
  assert.deepEqual(
    readings(
      '"In all these projects, Ukraine counts on the support of the EU and international financial institutions," the President stressed.',
      'count',
    ),
    ['023 UKR->IGOEUREEC asserted'],
  );
  assert.deepEqual(
    readings(
      '"We count on Austria\'s support for the approval of the sixth sanctions package," Zelenskyy said.',
      'count',
    ),
    ['023 UKRGOV->AUT asserted'],
  );
  assert.deepEqual(readings('"We rely on Italy\'s support for a peaceful settlement," Zelenskyy said.', 'rely'), [
    '023 UKRGOV->ITA asserted',
  ]);
});

test('reliance one can place is an assurance, no request', () => {
  assert.deepEqual(readings("Putin said Kyrgyzstan can count on Russia's every possible assistance.", 'count'), []);
  assert.deepEqual(readings('"You can count on our full support," Ursula von der Leyen said.', 'count'), []);
  assert.deepEqual(readings("Borrell said Europe can't rely solely on Washington to help Ukraine.", 'rely'), []);
});

test('wanting assurances asks for them, not assurances given', () => {
  assert.deepEqual(readings('Mr Putin wants assurances that Ukraine will not join NATO.', 'want'), [
    '020 RUSGOV->- asserted',
  ]);
  assert.deepEqual(
    readings(
      'Putin said: "I hope that you will accept my assurances that we do want to develop cooperation with Russia."',
      'want',
    ),
    [],
  );
});
