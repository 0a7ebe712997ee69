import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readGold } from '../../src/eval/read-gold.ts';
import { evaluateGold, goldArticle } from '../../src/eval/evaluate.ts';
import type { Petr2Gold, PloverGold } from '../../src/eval/gold.ts';
import { fakeCoder } from './fake-coder.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');

test('PLOVER records: category from _eventPlover2021, DOCUMENT headers skipped, SRC/TAR markup is reciprocal', () => {
  const read = readGold(fixture('plover-mini.jsonl'), 'plover-mini.jsonl');
  assert.equal(read.records.length, 4);
  assert.equal(read.skipped, 1);
  assert.deepEqual(read.diagnostics, []);
  const [accuse, agree, request] = read.records as PloverGold[];
  assert.equal(accuse?.category, 'ACCUSE');
  assert.equal(accuse?.reciprocal, false);
  assert.equal(agree?.reciprocal, true, 'SRC/TAR markup marks a reciprocal record even with _reciprocal false');
  assert.deepEqual(
    request?.targets.map((a) => a.code),
    ['IGO'],
  );
  assert.equal(request?.date, '2021-11-05');
});

test('PETR2 records: only evaluate=true, expected kept in order, dates normalised', () => {
  const read = readGold(fixture('petr2-mini.jsonl'), 'petr2-mini.jsonl');
  assert.equal(read.records.length, 4);
  assert.equal(read.skipped, 1);
  const [q1, , q3, q4] = read.records as Petr2Gold[];
  assert.equal(q1?.form, 'petr2');
  assert.deepEqual(q1?.expected, [{ source: 'RURGOV', target: 'FRE', code: '112' }]);
  assert.equal(q3?.date, '2021-11-05');
  assert.deepEqual(q4?.expected, []);
});

test('forms are detected per record; bad lines become diagnostics naming file and line', () => {
  const read = readGold(fixture('mixed-bad.jsonl'), 'mixed.jsonl');
  assert.deepEqual(
    read.records.map((r) => `${r.form}:${r.id}`),
    ['petr2:Q1', 'plover:P1'],
  );
  const plover = read.records[1] as PloverGold;
  assert.equal(plover.date, null);
  assert.equal(plover.reciprocal, true);
  assert.equal(plover.sources[0]?.code, 'RUR', 'codes are upper-cased');
  assert.deepEqual(
    read.diagnostics.map((d) => d.message.split(':').slice(0, 2).join(':') + ' ' + d.ruleId),
    ['mixed.jsonl:2 eval/bad-json', 'mixed.jsonl:3 eval/unknown-form', 'mixed.jsonl:5 eval/bad-expected'],
  );
});

test('each record is coded as an article with the record id, normalised date and text', () => {
  const read = readGold(fixture('petr2-mini.jsonl'), 'petr2-mini.jsonl');
  const coder = fakeCoder({});
  evaluateGold(read.records, coder);
  assert.deepEqual(coder.seen[0], goldArticle(read.records[0]!));
  assert.deepEqual(
    coder.seen.map((a) => `${a.id} ${a.date}`),
    ['Q1 2021-11-03', 'Q2 2021-11-04', 'Q3 2021-11-05', 'Q4 2021-11-06'],
  );
  assert.equal(coder.seen[1]?.text, 'Ruritania and Freedonia signed a trade pact.');
});

test('a coder that throws on one record scores it as no output and says so', () => {
  const records = readGold(fixture('petr2-mini.jsonl'), 'p').records.map((r, i) =>
    i === 0 ? { ...r, id: 'THROWS' } : r,
  );
  const report = evaluateGold(records, fakeCoder({}));
  assert.equal(report.petr2?.records, 4);
  assert.equal(report.diagnostics.length, 1);
  assert.equal(report.diagnostics[0]?.ruleId, 'eval/coder-failed');
});
