import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readReview } from '../../src/eval/review.ts';
import { readArticles } from '../../src/eval/corpus.ts';
import { evaluateReview } from '../../src/eval/evaluate.ts';
import { formatReview } from '../../src/eval/format.ts';
import { fakeCoder } from './fake-coder.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');

test('corpus lines become articles with normalised dates and null for absent fields', () => {
  const { articles, diagnostics } = readArticles(fixture('corpus-mini.jsonl') + '\n{"id": 7}\n', 'corpus');
  assert.equal(articles.length, 3);
  assert.deepEqual(articles[1], {
    id: 'a2',
    date: '2021-12-02',
    title: null,
    url: null,
    source: null,
    text: 'Freedonia threatened sanctions against Ruritania.',
  });
  assert.equal(diagnostics.length, 1);
  assert.match(diagnostics[0]!.message, /^corpus:5: an article needs/);
});

test('the review reader keeps valid events and reports invalid ones', () => {
  const { records, diagnostics } = readReview(fixture('review-mini.jsonl'), 'review');
  assert.deepEqual(
    records.map((r) => `${r.articleId}:${r.events.length}`),
    ['a1:3', 'a2:1', 'missing-article:0', 'a3:0'],
  );
  assert.deepEqual(records[0]?.events[1], {
    sentenceIndex: null,
    sentence: 'Freedonia did not attack Ruritania.',
    plover: 'ASSAULT',
    cameo: null,
    source: 'FRE',
    target: 'RUR',
    modality: 'negated',
  });
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    [
      'review:4: an event needs "sentence" or "sentenceIndex"',
      'review:4: modality must be one of asserted, negated, hypothetical',
    ],
  );
});

function reviewReport() {
  const { records } = readReview(fixture('review-mini.jsonl'), 'review');
  const byId = new Map(readArticles(fixture('corpus-mini.jsonl'), 'corpus').articles.map((a) => [a.id, a]));
  const coder = fakeCoder({
    a1: ['ACCUSE/112 RURGOV>FRE @0', 'ASSAULT/190 FRE>RUR @1', 'REJECT/120 FRE>RUR @1', 'CONSULT/040 ->- @2'],
    a2: ['THREATEN/138 FRE>USA'],
  });
  return evaluateReview(records, byId, coder);
}

test('review events match by sentence (index or text fragment) and category; modality is judged separately', () => {
  const { report, diagnostics } = reviewReport();
  assert.equal(report.articles, 3);
  assert.deepEqual([report.detection.tp, report.detection.fp, report.detection.fn], [4, 1, 0]);
  assert.deepEqual([report.withActors.tp, report.withActors.fp, report.withActors.fn], [3, 2, 1]);
  assert.equal(report.sourceRight, 1);
  assert.equal(report.targetRight, 0.75);
  assert.equal(report.modalityRight, 0.75);
  assert.equal(report.cameoRootRight, 1);
  assert.equal(report.modalityConfusion.negated.asserted, 1);
  assert.equal(report.modalityConfusion.asserted.asserted, 3);
  assert.deepEqual(
    report.falsePositives.map((f) => `${f.articleId} ${f.event.plover} ${f.sentence}`),
    ['a1 REJECT Freedonia did not attack Ruritania.'],
  );
  assert.deepEqual(
    diagnostics.map((d) => d.ruleId),
    ['eval/review-article-missing'],
  );
});

test('a review annotation with no matching event is a miss that shows what we produced', () => {
  const { records } = readReview(
    '{"articleId": "a2", "events": [{"sentenceIndex": 0, "plover": "SANCTION", "source": "FRE", "target": "RUR"}]}',
    'r',
  );
  const byId = new Map(readArticles(fixture('corpus-mini.jsonl'), 'corpus').articles.map((a) => [a.id, a]));
  const { report } = evaluateReview(records, byId, fakeCoder({ a2: ['THREATEN/138 FRE>RUR'] }));
  assert.deepEqual([report.detection.tp, report.detection.fp, report.detection.fn], [0, 1, 1]);
  assert.equal(report.misses[0]?.annotation.modality, 'asserted', 'modality defaults to asserted');
  const text = formatReview(report, 5);
  assert.match(text, /a2 {2}want SANCTION FRE→RUR \[asserted\] in sentence 0\n {4}got: THREATEN\/138 FRE→RUR "trig"/);
});
