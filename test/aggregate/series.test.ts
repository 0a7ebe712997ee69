import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadSeries } from '../../src/aggregate/series.ts';
import { actorKey, matchesSide } from '../../src/aggregate/dyads.ts';
import { weekStart, quarterOf } from '../../src/aggregate/dates.ts';
import type { EventRecord } from '../../src/aggregate/records.ts';
import { parseRecords } from './records.ts';

const records = parseRecords(`
a1  2022-02-14  bbc.co.uk  RUSGOV>UKR      112   -2   3  asserted     | accused | Moscow accused Kyiv of provocations.
a2  2022-02-14  cnn.com    RUS>UKRGOV      112   -2   3  asserted     | accused | Russia accused Ukraine of provocations.
a3  2022-02-14  cnn.com    RUSMIL>UKR      190  -10   4  asserted     | shelled | Russian forces shelled Luhansk.
a4  2022-02-15  cnn.com    RUS>UKR         040    1   1  asserted     | met | Russian and Ukrainian envoys met in Minsk.
a5  2022-02-15  cnn.com    RUS>UKR         190  -10   4  hypothetical | attack | Russia could attack Ukraine.
a6  2022-02-16  cnn.com    RUS>UKR         190  -10   4  negated      | attack | Russia did not attack Ukraine.
a7  2022-02-20  bbc.co.uk  RUS>IGOWSTNAT   130  -4.4  3  asserted     | threatened | Russia threatened NATO.
a8  2022-02-21  bbc.co.uk  UKR>RUS         111  -2    3  asserted     | criticised | Kyiv criticised Moscow.
`);

test('daily mention-level series per directed dyad, asserted events only', () => {
  const series = dyadSeries(records, { period: 'day', level: 'mention' });
  const rusUkr = series.filter((p) => p.source === 'RUS' && p.target === 'UKR');
  assert.deepEqual(
    rusUkr.map((p) => [p.period, p.events, p.quad, p.goldsteinSum, p.goldsteinMean, p.balance]),
    [
      ['2022-02-14', 3, [0, 0, 2, 1], -14, -4.667, -1],
      ['2022-02-15', 1, [1, 0, 0, 0], 1, 1, 1],
    ],
  );
  assert.ok(series.some((p) => p.source === 'RUS' && p.target === 'IGOWSTNAT'));
  assert.ok(series.some((p) => p.source === 'UKR' && p.target === 'RUS'));
});

test('weekly series sums Monday-to-Sunday weeks', () => {
  const series = dyadSeries(records, { period: 'week', level: 'mention' });
  const rusUkr = series.filter((p) => p.source === 'RUS' && p.target === 'UKR');
  assert.equal(rusUkr.length, 1);
  assert.equal(rusUkr[0]!.period, '2022-02-14');
  assert.equal(rusUkr[0]!.events, 4);
  assert.equal(rusUkr[0]!.balance, -0.5);
});

test('story-level series counts the two accusations of the same day once', () => {
  const series = dyadSeries(records, { period: 'day', level: 'story' });
  const day = series.find((p) => p.source === 'RUS' && p.target === 'UKR' && p.period === '2022-02-14');
  assert.ok(day);
  assert.deepEqual(day.quad, [0, 0, 1, 1]);
  assert.equal(day.events, 2);
});

test('dyad sides fold sectors into the state and keep IGO codes whole', () => {
  const base = { text: '', name: '', sector: null, id: null } as const;
  assert.equal(actorKey({ ...base, code: 'RUSGOV', country: 'RUS', type: 'person' }), 'RUS');
  assert.equal(actorKey({ ...base, code: 'IGOWSTNAT', country: null, type: 'igo' }), 'IGOWSTNAT');
  assert.equal(actorKey({ ...base, code: 'WST', country: null, type: 'region' }), 'WST');
  assert.equal(actorKey(null), null);
  assert.equal(matchesSide('IGOWSTNAT', 'NATO'), true);
  assert.equal(matchesSide('IGOWSTNAT', 'rus'), false);
  assert.equal(matchesSide('RUS', undefined), true);
});

test('weeks start on Monday; quarters are calendar quarters', () => {
  assert.equal(weekStart('2022-02-24'), '2022-02-21');
  assert.equal(weekStart('2022-02-21'), '2022-02-21');
  assert.equal(weekStart('2022-02-20'), '2022-02-14');
  assert.equal(quarterOf('2022-02-24'), '2022Q1');
  assert.equal(quarterOf('2021-10-01'), '2021Q4');
});

test('an event the coder could not place on a day (a past year) counts in no series, at mention or story level', () => {
  const [retold, current] = parseRecords(`
b1  2022-02-15  cnn.com    RUS>UKR         192  -9.5  4  asserted     | annexed | Russia annexed Crimea in 2014.
b1  2022-02-15  cnn.com    RUS>UKR         190  -10   4  asserted     | attacked | Russia attacked Ukraine.
`) as [EventRecord, EventRecord];
  const undated = { ...retold, event: { ...retold.event, date: null } };
  for (const level of ['mention', 'story'] as const) {
    const series = dyadSeries([undated, current], { period: 'day', level });
    assert.deepEqual(
      series.map((p) => [p.period, p.events, p.quad]),
      [['2022-02-15', 1, [0, 0, 0, 1]]],
      level,
    );
  }
});
