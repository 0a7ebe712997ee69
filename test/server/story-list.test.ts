import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryList } from '../../src/server/story-list.ts';
import type { ListedStory } from '../../src/server/pair-builder.ts';
import type { StoryMention } from '../../src/aggregate/stories.ts';

function story(n: number, source: string, target: string, day: number): ListedStory {
  const firstDate = `2022-03-${String(day).padStart(2, '0')}`;
  const mention = (k: number): StoryMention => ({
    eventId: `e${n}-${k}`,
    articleId: `art${n % 4}`,
    url: null,
    outlet: 'Выпуск',
    sentenceIndex: n % 11,
    sentence: `Sentence ${n} «${k}»`,
    date: firstDate,
    reported: firstDate,
    source,
    target,
    cameo: '042',
    goldstein: 1.9,
  });
  return {
    id: `st-${n}`,
    dyad: { source, target },
    reciprocal: false,
    modality: 'asserted',
    cameo: '042',
    plover: null,
    quadClass: 1,
    goldstein: 1.9,
    firstDate,
    lastDate: firstDate,
    mentions: [mention(0), mention(1)],
    articles: 1,
    sources: 1,
    mentionCount: 12,
  };
}

test('story list: pages newest first over chunks of several pairs, counting every match', () => {
  // Two pairs of 70 stories each (three chunks apiece), dates and first mentions interleaved.
  const a = Array.from({ length: 70 }, (_, i) =>
    story(i, i % 3 === 0 ? 'UKR' : 'RUS', i % 3 === 0 ? 'RUS' : 'UKR', 1 + (i % 28)),
  );
  const b = Array.from({ length: 70 }, (_, i) => story(100 + i, 'FRA', 'DEU', 1 + ((i * 5) % 28)));
  const list = new StoryList();
  list.add(a);
  list.add(b);
  list.finish();
  const key = (s: ListedStory) => [
    s.firstDate,
    s.mentions[0]!.articleId,
    String(s.mentions[0]!.sentenceIndex).padStart(3, '0'),
    s.mentions[0]!.eventId,
  ];
  const newestFirst = [...a, ...b].sort((x, y) => {
    const [p, q] = [key(x), key(y)];
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return p[i]! > q[i]! ? -1 : 1;
    return 0;
  });
  assert.equal(list.length, 140);
  assert.deepEqual(list.page(() => true, 0, 1000).items, newestFirst);
  const ukr = (s: { source: string }) => s.source === 'UKR';
  const matching = newestFirst.filter((s) => ukr(s.dyad) && s.firstDate >= '2022-03-10');
  const page = list.page((dyad, firstDate) => ukr(dyad) && firstDate >= '2022-03-10', 3, 5);
  assert.equal(page.total, matching.length);
  assert.deepEqual(page.items, matching.slice(3, 8));
  assert.deepEqual(
    list.page(() => false, 0, 10),
    { total: 0, items: [] },
  );
});
