// The contract of the derived pair results (what `detente ingest` and the server store per pair of states, see
// src/server/pair-refresh.ts), run by storeContract on every backend: dirty marks kept by saveArticles, saves that
// clear only the mark they read, payloads, and the story rows /api/stories pages through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DerivedPairResult, DerivedStory, PairSides, Store } from '../../src/store/store.ts';
import { ALL, entry, GENEVA, UNDATED } from './fixtures.ts';
import type { OpenStore } from './contract.ts';

let counter = 0;

async function withStore(open: OpenStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await open(`derived_${process.pid}_${++counter}`);
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

const RUS_UKR: PairSides = { source: 'RUS', target: 'UKR' };
const NATO_UKR: PairSides = { source: 'IGOWSTNAT', target: 'UKR' };

const story = (over: Partial<DerivedStory>): DerivedStory => ({
  source: 'RUS',
  target: 'UKR',
  firstDate: '2022-02-10',
  articleId: 'a',
  sentenceIndex: 0,
  eventId: 'a:0',
  chunk: 0,
  start: 0,
  end: 10,
  ...over,
});

function result(pair: PairSides, stamp: string, stories: readonly DerivedStory[] = []): DerivedPairResult {
  return {
    pair,
    stamp,
    summary: JSON.stringify({ pair, stamp }),
    views: Buffer.from(`views of ${pair.source}-${pair.target}`),
    counts: Uint8Array.from([1, 2, 3, 0, 255]),
    stories,
    chunks: [Buffer.from('chunk zero'), Buffer.from([0, 1, 2])],
  };
}

const saveOne = (store: Store, pair: PairSides, saved: DerivedPairResult | null, seen: string | null) =>
  store.savePairResults([{ pair, result: saved, seen }]);

/** pair → [stamp, dirty?] */
async function states(store: Store): Promise<Record<string, [string | null, boolean]>> {
  const out: Record<string, [string | null, boolean]> = {};
  for (const s of await store.derivedPairs()) out[`${s.pair.source}-${s.pair.target}`] = [s.stamp, s.dirty !== null];
  return out;
}

export function derivedContract(backend: string, open: OpenStore): void {
  const it = (name: string, fn: () => Promise<void>) => test(`${backend}: ${name}`, fn);

  it('saveArticles marks the pairs of its asserted events; a save clears only the mark it read', async () => {
    await withStore(open, async (store) => {
      assert.deepEqual(await store.derivedPairs(), []);
      await store.saveArticles(ALL.map((f) => entry(f)));
      // RUS→UKR (Geneva, the pull-back: its hypothetical and negated events count for nothing) and UKR→NATO
      // (the undated article: its dated event and its undated one). Sides are sorted.
      assert.deepEqual(await states(store), { 'IGOWSTNAT-UKR': [null, true], 'RUS-UKR': [null, true] });
      // Both pairs in one save.
      await store.savePairResults(
        (await store.derivedPairs()).map((state) => ({
          pair: state.pair,
          result: result(state.pair, 's1'),
          seen: state.dirty,
        })),
      );
      assert.deepEqual(await states(store), { 'IGOWSTNAT-UKR': ['s1', false], 'RUS-UKR': ['s1', false] });
      const one = await store.derivedPair(RUS_UKR);
      assert.deepEqual(one, {
        pair: RUS_UKR,
        stamp: 's1',
        dirty: null,
        summary: JSON.stringify({ pair: RUS_UKR, stamp: 's1' }),
      });
      assert.equal(await store.derivedPair({ source: 'FRA', target: 'DEU' }), null);

      // Re-ingesting a changed article marks its pairs only.
      const changed = { ...GENEVA, article: { ...GENEVA.article, text: `${GENEVA.article.text} More.` } };
      const read = await store.derivedPair(RUS_UKR); // a build starts: it reads the (clean) state first…
      await store.saveArticles([entry(changed)]);
      assert.deepEqual(await states(store), { 'IGOWSTNAT-UKR': ['s1', false], 'RUS-UKR': ['s1', true] });
      // …and its save, from events read before that ingest, leaves the pair dirty.
      await saveOne(store, RUS_UKR, result(RUS_UKR, 's2'), read?.dirty ?? null);
      assert.deepEqual((await states(store))['RUS-UKR'], ['s2', true]);
      const marked = await store.derivedPair(RUS_UKR);
      await store.saveArticles([entry(UNDATED)]);
      assert.deepEqual(await states(store), { 'IGOWSTNAT-UKR': ['s1', true], 'RUS-UKR': ['s2', true] });
      await saveOne(store, RUS_UKR, result(RUS_UKR, 's3'), marked?.dirty ?? null);
      assert.deepEqual(await states(store), { 'IGOWSTNAT-UKR': ['s1', true], 'RUS-UKR': ['s3', false] });

      // A pair left without events: its result goes, and its mark with it.
      const nato = await store.derivedPair(NATO_UKR);
      await saveOne(store, NATO_UKR, null, nato?.dirty ?? null);
      assert.deepEqual(await states(store), { 'RUS-UKR': ['s3', false] });
      assert.equal(await store.readPairPayload(NATO_UKR, 'views'), null);
    });
  });

  it('payloads, story rows newest first with side prefixes and date bounds, story chunks', async () => {
    await withStore(open, async (store) => {
      const rows = [
        story({ firstDate: '2022-02-10', articleId: 'b', eventId: 'b:0' }),
        story({ firstDate: '2022-02-10', articleId: 'b', sentenceIndex: 2, eventId: 'b:2', start: 10, end: 25 }),
        story({ firstDate: '2022-02-11', source: 'UKR', target: 'RUS', articleId: 'a', eventId: 'a:0', chunk: 1 }),
        story({ firstDate: '2022-01-05', articleId: 'z', eventId: 'z:0', chunk: 1, start: 3, end: 4 }),
      ];
      await saveOne(store, RUS_UKR, result(RUS_UKR, 's', rows), null);
      const nato = [story({ source: 'IGOWSTNAT', target: 'UKR', firstDate: '2022-02-10', articleId: 'c' })];
      await saveOne(store, NATO_UKR, result(NATO_UKR, 's', nato), null);

      assert.deepEqual(Buffer.from((await store.readPairPayload(RUS_UKR, 'views'))!).toString(), 'views of RUS-UKR');
      assert.deepEqual([...(await store.readPairPayload(RUS_UKR, 'counts'))!], [1, 2, 3, 0, 255]);
      assert.deepEqual([...(await store.readStoryChunk(RUS_UKR, 1))!], [0, 1, 2]);
      assert.equal(await store.readStoryChunk(RUS_UKR, 2), null);

      const page = async (filter: Partial<Parameters<Store['queryDerivedStories']>[0]>) => {
        const found = await store.queryDerivedStories({ limit: 50, offset: 0, ...filter });
        return { total: found.total, items: found.items.map((r) => `${r.pair.source}:${r.chunk}:${r.start}-${r.end}`) };
      };
      // Newest first: first date, then the first mention's article, sentence, event (all descending).
      assert.deepEqual(await page({}), {
        total: 5,
        items: ['RUS:1:0-10', 'IGOWSTNAT:0:0-10', 'RUS:0:10-25', 'RUS:0:0-10', 'RUS:1:3-4'],
      });
      assert.deepEqual(await page({ limit: 2, offset: 1 }), { total: 5, items: ['IGOWSTNAT:0:0-10', 'RUS:0:10-25'] });
      assert.deepEqual((await page({ source: 'RUS' })).total, 3);
      assert.deepEqual((await page({ source: 'IGO' })).items, ['IGOWSTNAT:0:0-10']);
      assert.deepEqual((await page({ source: 'rus' })).total, 0, 'prefixes are exact bytes: the caller upper-cases');
      assert.deepEqual((await page({ target: 'RUS' })).items, ['RUS:1:0-10']);
      assert.deepEqual((await page({ from: '2022-02-01', to: '2022-02-10' })).total, 3);
      assert.deepEqual((await page({ source: 'RUS', target: 'UKR', to: '2022-01-31' })).items, ['RUS:1:3-4']);

      // Saving again replaces the pair's rows and chunks.
      await saveOne(store, RUS_UKR, result(RUS_UKR, 't', rows.slice(0, 1)), null);
      assert.deepEqual((await page({})).total, 2);
      await saveOne(store, RUS_UKR, null, null);
      assert.deepEqual(await page({}), { total: 1, items: ['IGOWSTNAT:0:0-10'] });
      assert.equal(await store.readStoryChunk(RUS_UKR, 0), null);
    });
  });
}
