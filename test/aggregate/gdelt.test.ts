import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGdelt, splitRow } from '../../src/aggregate/gdelt.ts';
import { paired, pearson } from '../../src/aggregate/correlation.ts';
import { compareWithGdelt } from '../../src/aggregate/backtest.ts';
import { headlineArticle } from '../../src/cli/commands/backtest.ts';
import { parseRecords } from './records.ts';

/** A 61-field GDELT 2.0 export row (tab-separated, no header) with the fields the parser reads filled in. */
function exportRow(id: string, sqldate: string, a1: string, a2: string, quad: string, goldstein: string): string {
  const f: string[] = Array.from({ length: 61 }, () => '');
  f[0] = id;
  f[1] = sqldate;
  f[7] = a1;
  f[17] = a2;
  f[26] = '190';
  f[29] = quad;
  f[30] = goldstein;
  return f.join('\t');
}

test('the raw 61-column export is recognised without a header', () => {
  const file = parseGdelt(
    [exportRow('1', '20220301', 'RUS', 'UKR', '4', '-10.0'), exportRow('2', '20220301', '', 'UKR', '3', '-2')].join(
      '\n',
    ),
  );
  assert.equal(file.format, 'gdelt2-export');
  assert.deepEqual(file.rows[0], {
    date: '2022-03-01',
    month: '2022-03',
    source: 'RUS',
    target: 'UKR',
    quadClass: 4,
    goldstein: -10,
  });
  assert.equal(file.rows[1]!.source, '');
});

test('a day-level CSV extract with its own header names', () => {
  const text = [
    ',Global_Event_ID,Day,Actor_1_Country_ABBR,Actor_2_Country_ABBR,Event_Code,Quad_Class,Goldstein_Scale,Num_Articles,Confidence',
    '0,11,20220301,RUS,UKR,190,4,-10.0,3,10',
    '1,12,20220301,UKR,RUS,112,3,-2.0,1,10',
  ].join('\n');
  const file = parseGdelt(text);
  assert.equal(file.format, 'csv-day');
  assert.deepEqual(
    file.rows.map((r) => [r.date, r.source, r.target, r.quadClass]),
    [
      ['2022-03-01', 'RUS', 'UKR', 4],
      ['2022-03-01', 'UKR', 'RUS', 3],
    ],
  );
});

test('a month-only CSV keeps the month and no day; quoted cells may hold commas', () => {
  const text = [
    'GLOBALEVENTID,MonthYear,QuadClass,Actor1CountryCode,Actor2CountryCode,SubEventType,GoldsteinScale,SOURCEURL',
    '1,202204,4,RUS,UKR,3,-7.2,"http://example.org/a,b"',
    '2,202204,1,RUS,UKR,1,3.0,http://example.org/c',
    'broken line',
  ].join('\n');
  const file = parseGdelt(text);
  assert.equal(file.format, 'csv-month');
  assert.equal(file.rows.length, 2);
  assert.equal(file.skipped, 1);
  assert.equal(file.rows[0]!.date, null);
  assert.equal(file.rows[0]!.month, '2022-04');
  assert.deepEqual(splitRow('a,"b,c",d', ','), ['a', 'b,c', 'd']);
});

test('Pearson r, undefined below three points or on a constant side', () => {
  assert.equal(pearson([1, 2, 3], [2, 4, 6]), 1);
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [4, 3, 2, 1])! + 1) < 1e-12);
  assert.equal(pearson([1, 2], [1, 2]), null);
  assert.equal(pearson([1, 1, 1], [1, 2, 3]), null);
  const p = paired(
    new Map([
      ['a', 1],
      ['b', 2],
    ]),
    new Map([
      ['b', 5],
      ['c', 6],
    ]),
  );
  assert.deepEqual(p, { keys: ['b'], xs: [2], ys: [5] });
});

test('comparison with GDELT: only overlapping days, across dyads, and month-level QuadClass mixes', () => {
  const ours = parseRecords(`
a1 2022-03-01 x.com RUS>UKR 190 -10 4 asserted | shelled | Russia shelled Kharkiv.
a2 2022-03-01 x.com RUS>UKR 190 -10 4 asserted | shelled | Russia shelled Kyiv.
a3 2022-03-01 x.com USA>RUS 163 -8 4 asserted | sanctioned | The US sanctioned Russia.
a4 2022-04-02 x.com RUS>UKR 112 -2 3 asserted | accused | Russia accused Ukraine.
a5 2022-04-03 x.com RUS>UKR 190 -10 4 asserted | shelled | Russia shelled Odesa.
`);
  const gdelt = [
    ...parseGdelt(
      [
        'GLOBALEVENTID,Day,Actor1CountryCode,Actor2CountryCode,QuadClass,GoldsteinScale',
        '1,20220301,RUS,UKR,4,-10',
        '2,20220301,RUS,UKR,4,-10',
        '3,20220301,RUS,UKR,4,-10',
        '4,20220301,USA,RUS,4,-8',
        '5,20220301,FRA,DEU,1,1',
      ].join('\n'),
    ).rows,
    ...parseGdelt(
      [
        'GLOBALEVENTID,MonthYear,QuadClass,Actor1CountryCode,Actor2CountryCode',
        '1,202204,3,RUS,UKR',
        '2,202204,4,RUS,UKR',
        '3,202204,4,RUS,UKR',
      ].join('\n'),
    ).rows,
  ];
  const result = compareWithGdelt(ours, gdelt);
  const daily = result.find((c) => c.what.startsWith('daily RUS→UKR'))!;
  assert.equal(daily.n, 1);
  assert.equal(daily.r, null);
  const across = result.find((c) => c.what.includes('across dyads'))!;
  assert.equal(across.n, 3); // RUS→UKR, USA→RUS, FRA→DEU
  assert.ok(across.r !== null && across.r > 0.5);
  const mix = result.find((c) => c.what.startsWith('QuadClass mix of RUS→UKR in 2022-04'))!;
  assert.equal(mix.n, 4);
  assert.match(mix.note, /ours 2 events \[0 0 1 1\], GDELT 3 rows \[0 0 1 2\]/);
});

test('headline records are coded as title then description, without feed markup', () => {
  const base = { id: 'h', date: '2022-03-08', url: null, source: null };
  const a = headlineArticle({ ...base, title: 'Zelensky accuses Russia', text: '<p>He spoke <b>late</b>.</p>' });
  assert.equal(a.text, 'Zelensky accuses Russia.\n\nHe spoke late .');
  const b = headlineArticle({ ...base, title: 'Same title', text: 'Same title' });
  assert.equal(b.text, 'Same title');
});
