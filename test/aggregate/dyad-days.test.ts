import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateSeries, dyadSeries, fromDyadDays } from '../../src/aggregate/series.ts';
import type { DyadDay } from '../../src/store/store.ts';
import type { EventRecord } from '../../src/aggregate/records.ts';
import { parseRecords } from './records.ts';

const records = parseRecords(`
a1  2022-02-14  bbc.co.uk  RUSGOV>UKR      112   -2   3  asserted     | accused | Moscow accused Kyiv of provocations.
a2  2022-02-14  cnn.com    RUS>UKRGOV      112   -2   3  asserted     | accused | Russia accused Ukraine of provocations.
a3  2022-02-14  cnn.com    RUSMIL>UKR      190  -10   4  asserted     | shelled | Russian forces shelled Luhansk.
a4  2022-02-15  cnn.com    RUS>UKR         040    1   1  asserted     | met | Russian and Ukrainian envoys met in Minsk.
a5  2022-02-15  cnn.com    RUS>UKR         190  -10   4  hypothetical | attack | Russia could attack Ukraine.
a7  2022-02-20  bbc.co.uk  RUS>IGOWSTNAT   130  -4.4  3  asserted     | threatened | Russia threatened NATO.
a8  2022-02-21  bbc.co.uk  UKR>RUS         111  -2    3  asserted     | criticised | Kyiv criticised Moscow.
a9  2022-02-21  bbc.co.uk  RUSGOV>RUSMIL   111  -2    3  asserted     | criticised | The Kremlin criticised its generals.
`);

/** What Store.dyadDays returns for these records: asserted events summed per code pair and day. */
function daysOf(list: readonly EventRecord[]): DyadDay[] {
  const sums = new Map<string, { quad: [number, number, number, number]; goldsteinSum: number }>();
  for (const { event, article } of list) {
    if (event.modality !== 'asserted' || event.source === null || event.target === null) continue;
    const day = event.date ?? article.date;
    if (day === null) continue;
    const key = `${event.source.code}|${event.target.code}|${day}`;
    const s = sums.get(key) ?? { quad: [0, 0, 0, 0], goldsteinSum: 0 };
    s.quad[event.quadClass - 1]! += 1;
    s.goldsteinSum += event.goldstein;
    sums.set(key, s);
  }
  return [...sums].map(([key, s]) => {
    const [sourceCode = '', targetCode = '', day = ''] = key.split('|');
    return { sourceCode, targetCode, day, ...s };
  });
}

test('series from the database sums equal the series from the records, by day and by week', () => {
  for (const period of ['day', 'week'] as const) {
    assert.deepEqual(
      aggregateSeries(fromDyadDays(daysOf(records)), period),
      dyadSeries(records, { period, level: 'mention' }),
    );
  }
});

test('codes fold to dyad keys and a state acting on itself is no dyad', () => {
  const points = aggregateSeries(fromDyadDays(daysOf(records)), 'day');
  assert.ok(points.some((p) => p.source === 'RUS' && p.target === 'UKR' && p.events === 3 && p.quad[3] === 1));
  assert.ok(points.some((p) => p.source === 'RUS' && p.target === 'IGOWSTNAT'));
  assert.ok(!points.some((p) => p.source === p.target));
});
