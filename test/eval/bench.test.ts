// The bench runner on a three-article fixture: figures are consistent with each other and the CLI
// says plainly when the corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { readArticles } from '../../src/eval/corpus.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { runBench } from '../../bench/run.ts';
import { formatBench, rate } from '../../bench/format.ts';

const FIX = new URL('../fixtures/eval/', import.meta.url).pathname;
const BIN = new URL('../../bin/detente.js', import.meta.url).pathname;
const articles = readArticles(readFileSync(`${FIX}corpus-mini.jsonl`, 'utf8'), 'corpus').articles;

test('every stage is timed over the same articles, with rates and the ratio to the floor', () => {
  const report = runBench(articles, { repeat: 2, ndjson: true });
  assert.deepEqual(
    report.stages.map((s) => s.stage),
    [
      'tokenise',
      'wink tags',
      'wink pipe',
      'nlp',
      'actors',
      'quotes',
      'coding',
      'geo',
      'assemble',
      'pipeline',
      'ndjson',
      'code+ndjson',
    ],
  );
  const docs = articles.map(analyze);
  assert.equal(report.corpus.articles, 3);
  assert.equal(
    report.corpus.sentences,
    docs.reduce((n, d) => n + d.sentences.length, 0),
  );
  assert.equal(
    report.corpus.tokens,
    docs.reduce((n, d) => n + d.tokens.length, 0),
  );
  const byName = new Map(report.stages.map((s) => [s.stage, s]));
  // The floor is tokenisation alone, as the issue defines it.
  assert.equal(byName.get('tokenise')?.timesFloor, 1);
  const pipeline = byName.get('pipeline')!;
  assert.ok(pipeline.seconds > 0 && pipeline.wallSeconds > 0);
  assert.ok(Math.abs(pipeline.articlesPerSecond * pipeline.seconds - 3) < 1e-6);
  assert.equal(report.pipelineTimesFloor, pipeline.timesFloor);
  const total = byName.get('code+ndjson')!.seconds;
  assert.ok(Math.abs(total - pipeline.seconds - byName.get('ndjson')!.seconds) < 1e-9);
  assert.ok(report.peakRssMB >= report.peakRssAfterPipelineMB && report.peakRssAfterPipelineMB > 10);
  assert.equal(report.machine.node, process.version);
});

test('without ndjson the serialisation rows are left out; the table names the machine', () => {
  const report = runBench(articles, { repeat: 1, ndjson: false });
  assert.ok(!report.stages.some((s) => s.stage.includes('ndjson')));
  const text = formatBench(report);
  assert.match(text, /^machine: \d+ cpus .*node v20/);
  assert.match(text, /corpus: 3 articles, /);
  assert.match(text, /\npipeline +\d+\.\d{3} /);
  assert.match(text, /whole pipeline = \d+\.\d\d × tokenisation alone \(the floor\), i\.e\. \d+% of the floor's speed/);
  assert.match(text, /whole pipeline: [\d.k]+ sentences\/s of CPU \(target ≥ 10,000\)/);
  assert.match(text, /wink's sentence and POS passes alone \(what the nlp stage needs\) = \d+\.\d\d × the floor/);
});

test('rates are shown compactly', () => {
  assert.equal(rate(12.345), '12.3');
  assert.equal(rate(549_000), '549k');
  assert.equal(rate(25_000_000), '25M');
  assert.equal(rate(Infinity), '∞');
});

test('bench on an absent corpus is one line and exit code 2; on a fixture it prints JSON', () => {
  const absent = spawnSync(process.execPath, [BIN, 'bench', '--corpus', `${FIX}none.jsonl`], { encoding: 'utf8' });
  assert.equal(absent.status, 2);
  assert.equal(absent.stderr.trim().split('\n').length, 1);
  assert.match(absent.stderr, /corpus .*none\.jsonl does not exist/);
  const bad = spawnSync(process.execPath, [BIN, 'bench', '--corpus', `${FIX}corpus-mini.jsonl`, '--repeat', '0'], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
  const ok = spawnSync(
    process.execPath,
    [BIN, 'bench', '--corpus', `${FIX}corpus-mini.jsonl`, '--limit', '2', '--json', '--no-ndjson'],
    { encoding: 'utf8' },
  );
  assert.equal(ok.status, 0, ok.stderr);
  const json = JSON.parse(ok.stdout) as { corpus: { articles: number }; stages: { stage: string }[] };
  assert.equal(json.corpus.articles, 2);
  assert.equal(json.stages.length, 10);
});

test('the stages are timed inside the pipeline run: together they make up the pipeline', () => {
  const report = runBench(articles, { repeat: 1, ndjson: false });
  const cpu = (name: string): number => report.stages.find((s) => s.stage === name)!.seconds;
  const staged = ['nlp', 'actors', 'quotes', 'coding', 'geo', 'assemble'].reduce((n, s) => n + cpu(s), 0);
  // Each stage's window lies inside the pipeline's, so the stages never add up to more than it. (On a
  // three-article run they may add up to much less: other threads' CPU time reaches the process total
  // in clock ticks, which can land between the stage windows.)
  assert.ok(staged <= cpu('pipeline') + 1e-9, `${staged} > ${cpu('pipeline')}`);
  assert.ok(cpu('nlp') > 0 && cpu('coding') > 0);
});
