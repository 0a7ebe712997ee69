// Acts told as a rule of conduct rather than an act of a day (session 32, precision on the corpus): clauses of
// recurrence ("every time …", "whenever …"), the standing state "constantly in contact", and an aim in the perfect
// ("has been seeking to strengthen ties").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a clause of recurrence makes both its own act and the act it hangs on a rule of conduct', () => {
  assert.deepEqual(readings('Every time foreign ministers arrive in Ukraine, Zelensky invites them.', 'invites'), []);
  const praise = 'Whenever Poland asks for help, Norway praises the Polish government.';
  assert.deepEqual(readings(praise, 'praises'), []);
  assert.deepEqual(readings(praise, 'asks'), []);
  assert.deepEqual(readings('Each time Moscow proposes talks, Kyiv rejects the offer.', 'rejects'), []);
  assert.deepEqual(readings('Each time Moscow proposes talks, Kyiv rejects the offer.', 'proposes'), []);
  assert.deepEqual(readings('Macron criticises Russia whenever he visits Berlin.', 'criticises'), []);
  assert.deepEqual(readings('Macron criticises Russia whenever he visits Berlin.', 'visits'), []);
  // The same acts told once are events; force is counted however often it recurs; a clause after "but" is its own.
  assert.deepEqual(readings('Zelensky invited the foreign ministers to visit the front line.', 'invited'), [
    '026 UKRGOV->- asserted',
  ]);
  assert.deepEqual(readings('Russian forces shelled Kharkiv every time the convoys arrived.', 'shelled'), [
    '194 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('Whenever we meet we argue, but today Macron criticised Russia.', 'criticised'), [
    '111 FRAGOV->RUS asserted',
  ]);
});

test('"constantly in contact", "has always expressed its commitment" and an aim in the perfect are no events of the day', () => {
  assert.deepEqual(readings('The Polish government is constantly in contact with Ukraine.', 'contact'), []);
  // The adverb on the light verb of a noun: "have always expressed their commitment to".
  assert.deepEqual(
    readings('Germany has always expressed its commitment to cooperation with Poland.', 'commitment'),
    [],
  );
  assert.deepEqual(readings('Germany expressed its commitment to cooperation with Poland.', 'commitment'), [
    '030 DEU->POL asserted',
  ]);
  assert.deepEqual(readings('Turkey has been seeking to strengthen ties with Azerbaijan.', 'strengthen'), []);
  assert.deepEqual(readings('Erdogan has long sought to deepen cooperation with Azerbaijan.', 'deepen'), []);
  // The aim stated in the present is the intent of the day (modality.ts).
  assert.deepEqual(readings('Turkey is seeking to strengthen ties with Azerbaijan.', 'strengthen'), [
    '030 TUR->AZE asserted',
  ]);
});
