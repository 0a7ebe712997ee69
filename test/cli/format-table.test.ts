import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTable, parseCount, parseDateBound, shorten } from '../../src/cli/format-table.ts';

test('columns align by code points, also for Cyrillic; the last column is not padded', () => {
  const out = formatTable(
    ['CODE', 'NAME', 'NOTE'],
    [
      ['UKRGOV', 'Володимир Зеленський', 'x'],
      ['RUS', 'Russia', 'longer note'],
    ],
  );
  assert.equal(
    out,
    'CODE    NAME                  NOTE\n' +
      'UKRGOV  Володимир Зеленський  x\n' +
      'RUS     Russia                longer note\n',
  );
});

test('the last column is shortened to the line width, at least 30, 80 without a terminal', () => {
  const long = 'word '.repeat(40).trim();
  const [, row] = formatTable(['A', 'TEXT'], [['a', long]], 50).split('\n');
  assert.equal([...(row ?? '')].length, 50);
  assert.ok(row?.endsWith('…'));
  const [, narrow] = formatTable(['A', 'TEXT'], [['a', long]], 10).split('\n');
  assert.equal([...(narrow ?? '')].length, 3 + 30);
  const [, piped] = formatTable(['A', 'TEXT'], [['a', long]]).split('\n');
  assert.equal([...(piped ?? '')].length, 3 + 80);
});

test('shorten collapses whitespace and cuts with an ellipsis', () => {
  assert.equal(shorten('a\n  b\tc', 10), 'a b c');
  assert.equal(shorten('Russia accused Ukraine', 10), 'Russia ac…');
  assert.equal(shorten('Зеленський сказав', 5), 'Зеле…');
});

test('option parsers reject what they cannot read, naming the option', () => {
  assert.equal(parseCount('--limit', '0'), 0);
  assert.throws(() => parseCount('--limit', '-1'), /--limit -1: expected a whole number/);
  assert.throws(() => parseCount('--limit', '2.5'), /--limit 2.5/);
  assert.equal(parseDateBound('--from', '2022-02-15'), '2022-02-15');
  assert.equal(parseDateBound('--from', undefined), undefined);
  assert.throws(() => parseDateBound('--to', '15/02/2022'), /--to 15\/02\/2022: expected a calendar date/);
});
