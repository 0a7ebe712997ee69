import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldLabels, parseAnnotations, scoreMerging } from '../../src/aggregate/story-eval.ts';
import type { Story } from '../../src/aggregate/stories.ts';
import { parseRecords } from './records.ts';

const GOLD = parseAnnotations(
  [
    '# comment',
    'story\tdyad\troots\tdates\tarticles\tnote',
    'talks\tRUS-UKR\t04\t2022-02-10..2022-02-11\ta1,a2,a3\tone meeting',
    'shelling\tRUS>UKR\t19\t2022-02-12\ta4,a5\tone attack',
    'other-talks\tRUS-UKR\t04\t2022-02-11\ta6\tanother meeting',
  ].join('\n'),
);

const RECORDS = parseRecords(`
a1  2022-02-10  x.com  RUS>UKR  040  1  1  asserted | met | Met.
a2  2022-02-10  y.com  UKR>RUS  040  1  1  asserted | met | Met.
a3  2022-02-11  z.com  RUS>UKR  040  1  1  asserted | met | Met.
a4  2022-02-12  x.com  RUS>UKR  190 -10 4  asserted | shelled | Shelled.
a5  2022-02-12  y.com  UKR>RUS  190 -10 4  asserted | shelled | Wrong direction: not in the gold story.
a6  2022-02-11  x.com  RUS>UKR  040  1  1  asserted | met | Met again.
`);

/** A predicted story holding the given event ids (only ids and mentions matter to the scorer). */
function story(id: string, eventIds: readonly string[]): Story {
  return {
    id,
    mentions: eventIds.map((eventId) => ({ eventId })),
  } as unknown as Story;
}

test('annotations: directed and undirected dyads, roots, date ranges', () => {
  assert.equal(GOLD.length, 3);
  assert.deepEqual(
    [GOLD[1]!.a, GOLD[1]!.b, GOLD[1]!.directed, GOLD[1]!.from, GOLD[1]!.to],
    ['RUS', 'UKR', true, '2022-02-12', '2022-02-12'],
  );
  const labels = goldLabels(RECORDS, GOLD);
  assert.deepEqual(Object.fromEntries(labels), {
    'a1#0': 'talks',
    'a2#0': 'talks',
    'a3#0': 'talks',
    'a4#0': 'shelling',
    'a6#0': 'other-talks',
  });
});

test('perfect merging scores 1', () => {
  const labels = goldLabels(RECORDS, GOLD);
  const score = scoreMerging(
    [story('p1', ['a1#0', 'a2#0', 'a3#0']), story('p2', ['a4#0']), story('p3', ['a6#0'])],
    labels,
    3,
  );
  assert.equal(score.accuracy, 1);
  assert.deepEqual(score.split, []);
  assert.deepEqual(score.merged, []);
});

test('a split story loses its minority; two events merged lose the smaller one', () => {
  const labels = goldLabels(RECORDS, GOLD);
  const score = scoreMerging(
    [story('p1', ['a1#0', 'a2#0', 'a6#0']), story('p2', ['a3#0']), story('p3', ['a4#0'])],
    labels,
    3,
  );
  // talks: home p1 (2 of 3) → 2 right, a3 wrong; other-talks: home p1 is owned by talks → a6 wrong; shelling right.
  assert.equal(score.mentions, 5);
  assert.equal(score.correct, 3);
  assert.deepEqual(score.split, ['talks']);
  assert.deepEqual(score.merged, [['other-talks', 'talks']]);
});
