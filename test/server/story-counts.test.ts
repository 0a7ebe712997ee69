// The compact story counts: parts (as pairs store them) joined into one lookup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countsLookup, countsPart, decodeCountsPart, encodeCountsPart } from '../../src/server/story-counts.ts';

test('story counts: every id finds its counts, unknown ids none, the last counts of a repeated id win', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `a${i}:${i % 7}`);
  const first = countsPart(ids.map((id, i) => [id, { mentions: i + 2, sources: i % 5, articles: i % 3 }]));
  // Non-ASCII ids (UTF-8 longer than their UTF-16 length) and an id given again by a later pair; through bytes.
  const second = decodeCountsPart(
    encodeCountsPart(
      countsPart([
        ['статья:1', { mentions: 2, sources: 2, articles: 1 }],
        ['記事:0', { mentions: 3, sources: 1, articles: 3 }],
        ['a7:0', { mentions: 99, sources: 9, articles: 8 }],
        ['single:0', { mentions: 1, sources: 1, articles: 1 }],
      ]),
    ),
  );
  assert.equal(second.offsets.length - 1, 3, 'a story of one mention in one article is left out (1/1/1)');
  const of = countsLookup([first, second]);
  for (const [i, id] of ids.entries()) {
    if (id === 'a7:0') continue;
    assert.deepEqual(of(id), { mentions: i + 2, sources: i % 5, articles: i % 3 }, id);
  }
  assert.deepEqual(of('a7:0'), { mentions: 99, sources: 9, articles: 8 });
  assert.deepEqual(of('статья:1'), { mentions: 2, sources: 2, articles: 1 });
  assert.deepEqual(of('記事:0'), { mentions: 3, sources: 1, articles: 3 });
  for (const unknown of ['a5000:2', 'a1:2', '', 'статья', '記事:1', 'single:0']) {
    assert.equal(of(unknown), undefined, unknown);
  }
  assert.equal(countsLookup([])('a1:1'), undefined);
});
