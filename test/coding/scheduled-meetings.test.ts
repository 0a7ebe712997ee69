// A scheduled consultation is intent to meet (036, asserted), both ways as the consultation would run; one side's
// offer or wish stays that side's (src/coding/modality.ts, src/coding/index.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('talks or a meeting the text schedules are intent to meet, both ways', () => {
  const both = ['036 RUSGOV->UZBGOV asserted', '036 UZBGOV->RUSGOV asserted'];
  assert.deepEqual(allReadings('Talks between Vladimir Putin and Shavkat Mirziyoyev will take place in Moscow.'), both);
  assert.deepEqual(
    allReadings('Ahead of the planned talks between Vladimir Putin and Shavkat Mirziyoyev, ministers met.'),
    [...both],
  );
});

test('"are expected / scheduled to" meet: a schedule announced, intent to meet; an attack others expect is not', () => {
  assert.deepEqual(allReadings('The presidents of Russia and Uzbekistan are expected to discuss key issues.'), [
    '036 RUSGOV->UZBGOV asserted',
    '036 UZBGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(allReadings('Vladimir Putin is scheduled to visit Uzbekistan.'), ['036 RUSGOV->UZB asserted']);
  assert.deepEqual(allReadings('Russia is expected to attack Ukraine.'), ['190 RUS->UKR hypothetical']);
});

test('a visit stays the visitor’s, and an announcement, offer or wish the side’s that makes it', () => {
  assert.deepEqual(allReadings('Vladimir Putin will visit Uzbekistan next week.'), ['036 RUSGOV->UZB asserted']);
  assert.deepEqual(allReadings('Zelensky said he wanted to meet Putin.'), ['036 UKRGOV->RUSGOV asserted']);
  assert.deepEqual(allReadings('Russia will continue the dialogue with the West.'), ['036 RUS->WST asserted']);
});
