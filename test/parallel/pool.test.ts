// The pool of coding workers, with real worker threads: the same lines as coding in this thread, a worker that
// dies on an article loses only that article (which gets the reason) and is replaced, a bad dictionary fails
// the start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/types.ts';
import { createPipeline } from '../../src/pipeline.ts';
import { startPool } from '../../src/parallel/pool.ts';
import { runTask } from '../../src/parallel/task.ts';
import { parseJobs } from '../../src/parallel/coder.ts';
import { articleText } from '../fuzz/generate.ts';
import { createRng } from '../fuzz/prng.ts';

const DYING = new URL('./dying-worker.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'detente-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const rng = createRng(25);
const article = (i: number, text = articleText(rng, 'news', 0.5)): Article => ({
  id: `p${i}`,
  date: `2023-05-${String(1 + i).padStart(2, '0')}`,
  title: null,
  url: null,
  source: null,
  text,
});

test('workers that die on an article lose only it: it gets the reason, the others are coded as in one thread', async () => {
  const good = Array.from({ length: 8 }, (_, i) => article(i));
  const doomed = [
    article(20, 'Officials said WORKER-EXIT on Monday.'),
    article(21, 'The minister said WORKER-THROW in Paris.'),
  ];
  const articles = [good[0]!, doomed[0]!, ...good.slice(1, 5), doomed[1]!, ...good.slice(5)];
  const pipeline = createPipeline();
  const pool = await startPool({ workers: 2, config: {}, want: 'line', module: DYING });
  try {
    const coded = await Promise.all(articles.map((a) => pool.code({ article: a, diagnostics: [] })));
    for (const [i, a] of articles.entries()) {
      const outcome = coded[i]!;
      if (doomed.includes(a)) {
        assert.equal(outcome.ok, false, a.id);
        assert.match(outcome.ok ? '' : outcome.reason, /^the coding worker died: /);
      } else {
        assert.deepEqual(outcome, runTask(pipeline, { article: a, diagnostics: [] }, 'line'), a.id);
      }
    }
    // Both workers were replaced: the pool still codes.
    const later = await pool.code({ article: good[0]!, diagnostics: [] });
    assert.deepEqual(later, coded[0]);
  } finally {
    await pool.close();
  }
});

test('results for the store cross the thread whole, ingest diagnostics first', async () => {
  const a = article(30);
  const note = { stage: 'ingest' as const, ruleId: 'ingest/encoding', severity: 'warning' as const, message: 'x' };
  const pool = await startPool({ workers: 1, config: {}, want: 'result' });
  try {
    const outcome = await pool.code({ article: a, diagnostics: [note] });
    assert.deepEqual(outcome, runTask(createPipeline(), { article: a, diagnostics: [note] }, 'result'));
    assert.deepEqual(outcome.ok ? outcome.value.diagnostics[0] : null, note);
  } finally {
    await pool.close();
  }
});

test('a worker that cannot load its dictionaries fails the start with the reason', async () => {
  const failing = startPool({ workers: 2, config: { userActorFiles: [join(dir, 'missing.tsv')] }, want: 'line' });
  await assert.rejects(failing, /a coding worker could not start: /);
});

test('--jobs takes a whole number or auto', () => {
  assert.equal(parseJobs('3'), 3);
  assert.ok(parseJobs('auto') >= 1);
  for (const bad of ['0', '-1', '1.5', 'two', '']) assert.throws(() => parseJobs(bad), /--jobs/);
});
