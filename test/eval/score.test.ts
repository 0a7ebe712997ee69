import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readGold } from '../../src/eval/read-gold.ts';
import { evaluateGold } from '../../src/eval/evaluate.ts';
import { evalJson, formatComparison, formatEval } from '../../src/eval/format.ts';
import { compare, headlines, missKeys, readBaseline } from '../../src/eval/compare.ts';
import { onlyLabel } from '../../src/eval/only.ts';
import { fakeCoder } from './fake-coder.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');

const ploverCoder = fakeCoder({
  // right category and actors, plus an over-coded ASSAULT and a negated ACCUSE that must not count
  'P-ACCUSE-1': ['ACCUSE/112 RURGOV>FRE', 'ASSAULT/190 FRE>RUR', 'ACCUSE/112 RUR>FRE negated'],
  // reciprocal record: the reverse direction is accepted
  'P-AGREE-1': ['AGREE/057 FRE>RUR'],
  // JAP in the gold is JPN; the target should be an IGO, not the USA
  'P-REQUEST-1': ['REQUEST/020 JPN>USA'],
  // category missed; source found on an uncategorised event; REJECT is a false positive
  'P-PROTEST-1': ['-/010 FRE>-', 'REJECT/120 RUR>-'],
});

function ploverReport() {
  const read = readGold(fixture('plover-mini.jsonl'), 'plover-mini.jsonl');
  const report = evaluateGold(read.records, ploverCoder, read);
  assert.ok(report.plover !== null);
  assert.equal(report.petr2, null);
  return report;
}

test('PLOVER per-category figures are record level over asserted events', () => {
  const r = ploverReport().plover!;
  assert.equal(r.records, 4);
  const counts = Object.fromEntries(r.perCategory.map((p) => [p.category, [p.tp, p.fp, p.fn]]));
  assert.deepEqual(counts, {
    ACCUSE: [1, 0, 0],
    AGREE: [1, 0, 0],
    ASSAULT: [0, 1, 0],
    PROTEST: [0, 0, 1],
    REJECT: [0, 1, 0],
    REQUEST: [1, 0, 0],
  });
  assert.equal(r.micro.precision, 0.6);
  assert.equal(r.micro.recall, 0.75);
  // macro over the four gold categories: 1, 1, 1, 0
  assert.equal(r.macroF1, 0.75);
});

test('PLOVER actor, joint and over-coding rates', () => {
  const r = ploverReport().plover!;
  assert.deepEqual(r.categoryFound, { hits: 3, total: 4, rate: 0.75 });
  assert.deepEqual(r.sourceMatch, { hits: 4, total: 4, rate: 1 });
  // PROTEST names no target: it is left out of the target rate and any target passes the joint check
  assert.deepEqual(r.targetMatch, { hits: 2, total: 3, rate: 2 / 3 });
  assert.equal(r.noTargetRecords, 1);
  assert.deepEqual(r.fullMatch, { hits: 2, total: 4, rate: 0.5 });
  assert.deepEqual(r.eventPrecision, { hits: 3, total: 5, rate: 0.6 });
  assert.deepEqual(r.modality, { asserted: 6, negated: 1, hypothetical: 0 });
});

test('PLOVER misses say what was missing and what we produced instead', () => {
  const r = ploverReport().plover!;
  assert.deepEqual(
    r.misses.map((m) => `${m.id} ${m.missing.join('+')}`),
    ['P-REQUEST-1 target', 'P-PROTEST-1 category'],
  );
  assert.equal(r.misses[0]?.produced[0]?.target, 'USA');
  assert.deepEqual(
    r.falsePositives.map((f) => `${f.id} ${f.event.plover} gold ${f.goldCategory}`),
    ['P-ACCUSE-1 ASSAULT gold ACCUSE', 'P-PROTEST-1 REJECT gold PROTEST'],
  );
});

test('a reciprocal record needs two different gold actors on one event', () => {
  const read = readGold(fixture('plover-mini.jsonl'), 'p');
  const report = evaluateGold(read.records, fakeCoder({ 'P-AGREE-1': ['AGREE/057 RUR>RURGOV'] }));
  const miss = report.plover!.misses.find((m) => m.id === 'P-AGREE-1');
  assert.deepEqual(miss?.missing, ['source', 'target']);
});

function petr2Report() {
  const read = readGold(fixture('petr2-mini.jsonl'), 'petr2-mini.jsonl');
  const coder = fakeCoder({
    Q1: ['ACCUSE/112 RUR>FREMIL', 'THREATEN/138 RUR>FRE hypothetical'],
    Q2: ['AGREE/057 RUR>FRE'],
    Q3: ['APPEAL/050 USALEG>IGOUNO'],
    Q4: ['-/010 FRE>-'],
  });
  const report = evaluateGold(read.records, coder, read);
  assert.equal(report.plover, null);
  return report;
}

test('PETR2 root, full-code and per-root figures', () => {
  const r = petr2Report().petr2!;
  assert.equal(r.records, 4);
  assert.equal(r.expectedEvents, 4);
  assert.deepEqual([r.root.tp, r.root.fp, r.root.fn], [3, 1, 1]);
  assert.deepEqual([r.code.tp, r.code.fp, r.code.fn], [2, 2, 2], '050 is the right root but not the code 051');
  assert.deepEqual(
    r.perRoot.map((p) => [p.root, p.tp, p.fp, p.fn]),
    [
      ['01', 0, 1, 0],
      ['05', 2, 0, 1],
      ['11', 1, 0, 0],
    ],
    'roots in code order, "01" before "05" before "11"',
  );
  assert.equal(r.noEventRecords, 1);
  assert.equal(r.noEventRecordsWithOutput, 1);
  assert.deepEqual(r.modality, { asserted: 4, negated: 0, hypothetical: 1 });
  assert.deepEqual(
    r.misses.map((m) => `${m.id} ${m.expected.code} ${m.expected.source}>${m.expected.target}`),
    ['Q2 057 FRE>RUR'],
  );
  assert.deepEqual(
    r.falsePositives.map((f) => `${f.id} ${f.event.cameo}`),
    ['Q4 010'],
  );
});

test('the text report lists figures, then at most N misses and false positives', () => {
  const text = formatEval(ploverReport(), 1);
  assert.match(text, /^PLOVER GSR: 4 records/);
  assert.match(text, /category \+ source \+ target, one event: 50\.0% \(2\/4\)/);
  assert.match(text, /misses \(1 of 2\):\n {2}P-REQUEST-1 {2}want REQUEST JAP→IGO {2}missing target/);
  assert.match(text, /got: REQUEST\/020 JPN→USA "trig"/);
  assert.match(text, /false positives \(1 of 2\):\n {2}P-ACCUSE-1 {2}got ASSAULT\/190 FRE→RUR "trig", gold ACCUSE/);
  assert.doesNotMatch(text, /P-PROTEST-1 {2}want/);
  assert.match(text, /skipped 1 records/);
  const petr = formatEval(petr2Report(), 0);
  assert.match(petr, /root\+actors\s+3\s+1\s+1\s+75\.0%\s+75\.0%\s+75\.0%/);
  assert.doesNotMatch(petr, /misses/);
});

test('--json keeps every figure and cuts the lists to N, with their full counts', () => {
  const json = JSON.parse(JSON.stringify(evalJson(petr2Report(), 0))) as {
    petr2: { root: { tp: number }; misses: unknown[]; missCount: number; falsePositiveCount: number };
    plover: null;
  };
  assert.equal(json.plover, null);
  assert.equal(json.petr2.root.tp, 3);
  assert.deepEqual(json.petr2.misses, []);
  assert.equal(json.petr2.missCount, 1);
  assert.equal(json.petr2.falsePositiveCount, 1);
});

test('a baseline comparison shows changed figures and the misses fixed and broken', () => {
  const read = readGold(fixture('plover-mini.jsonl'), 'p');
  const before = JSON.parse(JSON.stringify(evalJson(evaluateGold(read.records, fakeCoder({})), 0))) as unknown;
  const baseline = readBaseline(before);
  assert.ok(baseline !== null);
  assert.equal(baseline.missKeys.length, 4, 'every miss key is kept even with --misses 0');
  const now = evaluateGold(read.records, ploverCoder);
  const c = compare({ headlines: headlines(now), missKeys: missKeys(now) }, baseline);
  assert.deepEqual(c.fixed, ['P-ACCUSE-1 ACCUSE', 'P-AGREE-1 AGREE']);
  assert.deepEqual(c.broken, []);
  const full = c.figures.find((f) => f.name === 'plover category+source+target');
  assert.deepEqual(full, { name: 'plover category+source+target', before: 0, after: 0.5 });
  const text = formatComparison(c, 'before.json', 1);
  assert.match(text, /plover category\+source\+target\s+0\.0%\s+50\.0%\s+\+50\.0/);
  assert.match(text, /fixed: misses of the baseline that are gone \(2\):\n {2}P-ACCUSE-1 ACCUSE\n {2}… 1 more/);
  assert.match(text, /broken: new misses \(0\):/);
  assert.equal(readBaseline({ plover: {} }), null, 'a file that is not an eval --json output is refused');
});

test('--only keeps the rows about one PLOVER category or CAMEO prefix, on either side, and no figures change', () => {
  const full = ploverReport();
  const accuse = onlyLabel(full, 'accuse').plover!;
  assert.deepEqual(accuse.misses, []);
  assert.deepEqual(
    accuse.falsePositives.map((f) => f.event.plover),
    ['ASSAULT'],
    'an ASSAULT coded in an ACCUSE record is about ACCUSE',
  );
  assert.deepEqual(accuse.micro, full.plover!.micro);
  const protest = onlyLabel(full, 'PROTEST').plover!;
  assert.deepEqual(
    protest.misses.map((m) => m.id),
    ['P-PROTEST-1'],
  );
  const root = onlyLabel(petr2Report(), '05').petr2!;
  assert.deepEqual(
    root.misses.map((m) => m.expected.code),
    ['057'],
  );
  assert.deepEqual(root.falsePositives, []);
  assert.deepEqual(
    onlyLabel(petr2Report(), '01').petr2!.falsePositives.map((f) => f.id),
    ['Q4'],
  );
});
