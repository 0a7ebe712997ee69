import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStories, outletKey, type Story } from '../../src/aggregate/stories.ts';
import { fixture } from './records.ts';

const records = fixture('stories.txt');
const stories = buildStories(records);
const storyOf = (articleId: string): Story => {
  const found = stories.find((s) => s.mentions.some((m) => m.articleId === articleId));
  assert.ok(found, `no story holds ${articleId}`);
  return found;
};

test('a meeting reported by three outlets in both directions is one reciprocal story', () => {
  const story = storyOf('kyiv-1');
  assert.equal(story.reciprocal, true);
  assert.deepEqual(
    story.mentions.map((m) => m.articleId),
    ['kyiv-1', 'kyiv-2', 'kyiv-3', 'kyiv-4'],
  );
  assert.equal(story.articles, 4);
  assert.equal(story.sources, 3, 'bbc.co.uk twice counts once');
  assert.deepEqual(story.dyad, { source: 'RUS', target: 'UKR' });
  assert.equal(story.firstDate, '2022-02-10');
  assert.equal(story.lastDate, '2022-02-11');
  assert.equal(story.cameo, '040');
});

test('every mention keeps its article, sentence and link', () => {
  const m = storyOf('shell-2').mentions.find((x) => x.articleId === 'shell-2');
  assert.ok(m);
  assert.equal(m.sentence, 'Russian artillery shelled a kindergarten in Stanytsia Luhanska.');
  assert.equal(m.url, 'https://cnn.com/shell-2');
  assert.equal(m.eventId, 'shell-2#0');
});

test('a follow-up with the same trigger within the span joins; unrelated words on the same dyad do not', () => {
  assert.equal(storyOf('shell-1').id, storyOf('shell-2').id);
  assert.notEqual(storyOf('cyber-1').id, storyOf('shell-1').id);
});

test('outside the date span the same act is a new story', () => {
  assert.notEqual(storyOf('shell-3').id, storyOf('shell-1').id);
});

test('directed acts keep their direction; negated mentions stay apart from asserted ones', () => {
  assert.notEqual(storyOf('accuse-1').id, storyOf('accuse-2').id);
  assert.notEqual(storyOf('deny-1').id, storyOf('accuse-2').id);
  assert.equal(storyOf('deny-1').modality, 'negated');
});

test('events without two distinct sides are left out', () => {
  assert.equal(
    stories.some((s) => s.mentions.some((m) => m.articleId === 'solo-1')),
    false,
  );
  assert.equal(
    stories.reduce((n, s) => n + s.mentions.length, 0),
    records.length - 1,
  );
});

test('story ids do not depend on input order', () => {
  const shuffled = [...records].reverse();
  const again = buildStories(shuffled);
  const ids = (list: readonly Story[]) =>
    list.map((s) => `${s.id}:${s.mentions.map((m) => m.eventId).join(',')}`).sort();
  assert.deepEqual(ids(again), ids(stories));
  assert.match(stories[0]!.id, /^st-[0-9a-f]{12}$/);
});

test('outlets are hosts of feed URLs or lower-cased names', () => {
  assert.equal(outletKey('http://feeds.bbci.co.uk/news/rss.xml', null), 'bbci.co.uk');
  assert.equal(outletKey(null, 'https://www.cnn.com/2022/x'), 'cnn.com');
  assert.equal(outletKey('Kremlin / President of Russia', null), 'kremlin / president of russia');
  assert.equal(outletKey(null, null), null);
});

test('one outlet reporting the same wording two days apart is two events; another outlet a day later joins', () => {
  assert.notEqual(storyOf('call-1').id, storyOf('call-2').id);
  assert.equal(storyOf('call-1b').id, storyOf('call-1').id);
});
