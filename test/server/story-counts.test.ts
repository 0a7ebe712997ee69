import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryCounts } from '../../src/server/story-counts.ts';

test('story counts: every id finds its counts, unknown ids none, the last counts of a repeated id win', () => {
  const counts = new StoryCounts();
  const ids = Array.from({ length: 5000 }, (_, i) => `a${i}:${i % 7}`);
  counts.add(ids.map((id, i) => [id, { mentions: i, sources: i % 5, articles: i % 3 }]));
  // Non-ASCII ids (UTF-8 longer than their UTF-16 length) and an id given again by a later pair.
  counts.add([
    ['статья:1', { mentions: 2, sources: 2, articles: 1 }],
    ['記事:0', { mentions: 3, sources: 1, articles: 3 }],
    ['a7:0', { mentions: 99, sources: 9, articles: 8 }],
  ]);
  const of = counts.finish();
  for (const [i, id] of ids.entries()) {
    if (id === 'a7:0') continue;
    assert.deepEqual(of(id), { mentions: i, sources: i % 5, articles: i % 3 }, id);
  }
  assert.deepEqual(of('a7:0'), { mentions: 99, sources: 9, articles: 8 });
  assert.deepEqual(of('статья:1'), { mentions: 2, sources: 2, articles: 1 });
  assert.deepEqual(of('記事:0'), { mentions: 3, sources: 1, articles: 3 });
  for (const unknown of ['a5000:2', 'a1:2', '', 'статья', '記事:1']) assert.equal(of(unknown), undefined, unknown);
});
