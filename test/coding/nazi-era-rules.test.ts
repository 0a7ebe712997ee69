// The Second World War recalled in a sentence rule's trigger ("Nazi Germany's treacherous attack", "in response to Nazi
// Germany's aggression") charges no one today, as it does not in a pattern's (src/coding/nazi-era.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test("a harsh word for Nazi Germany's act criticises no present-day state", () => {
  assert.deepEqual(
    allReadings("Putin recalled Nazi Germany's treacherous attack on the Soviet Union in 1941.", 'rules:'),
    [],
  );
  assert.deepEqual(allReadings("Putin recalled Kiev's treacherous attack on Donetsk.", 'rules:'), [
    '111 RUSGOV->UKR asserted',
  ]);
});

test("Nazi Germany's aggression given as a reason accuses no present-day state", () => {
  assert.deepEqual(
    allReadings("Putin said the Soviet Union entered the war in response to Nazi Germany's aggression.", 'rules:'),
    [],
  );
  assert.deepEqual(allReadings("Putin said Russia entered Ukraine in response to Kiev's aggression.", 'rules:'), [
    '112 RUSGOV->UKR asserted',
  ]);
});
