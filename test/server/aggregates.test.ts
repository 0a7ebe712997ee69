// The server's aggregates against the aggregate stage run over every stored event (the way the server computed
// them before it built pair by pair): alerts, stories, story counts, a dyad's index and series must be the same,
// read from the results the ingest step stored, built by the worker thread that `detente serve` uses, and built
// in-thread over a store that cannot be written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureStore, type TempStore } from './store.ts';
import { AggregateCache, type Snapshot } from '../../src/server/aggregates.ts';
import { buildInWorker } from '../../src/server/pair-client.ts';
import { readAssertedEvents } from '../../src/aggregate/from-store.ts';
import { buildStories } from '../../src/aggregate/stories.ts';
import { escalationIndex, storyUnits, unitsByDyad } from '../../src/aggregate/escalation.ts';
import { alertsForUnits } from '../../src/aggregate/alerts.ts';
import { aggregateSeries, mentionObservations, storyObservations } from '../../src/aggregate/series.ts';
import { dyadKey, eventDyad } from '../../src/aggregate/dyads.ts';
import { lineEntry, RUSMIL, UKRAINE, RUSSIA, NATO } from './fixtures.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { pairsOf, refreshPairs } from '../../src/server/pair-refresh.ts';
import { pairStamp } from '../../src/server/pair-record.ts';

let temp: TempStore;

/** The fixtures plus more pairs and a reciprocal story in both directions, so pairs and directions are exercised. */
async function richStore(): Promise<TempStore> {
  const store = await fixtureStore({ derive: false });
  const writer = await openStore(store.path);
  await writer.saveArticles(
    [
      { date: '2022-02-16', outlet: 'alpha.example', source: UKRAINE, target: RUSSIA, cameo: '040', plover: 'CONSULT' },
      { date: '2022-02-16', outlet: 'beta.example', source: RUSSIA, target: UKRAINE, cameo: '040', plover: 'CONSULT' },
      { date: '2022-02-17', outlet: 'beta.example', source: NATO, target: RUSMIL, cameo: '112', plover: 'ACCUSE' },
    ].map((l, i) =>
      lineEntry(
        {
          ...l,
          sentence: `${l.source.name} and ${l.target.name} held talks about the border crossing.`,
          trigger: 'held talks',
          goldstein: l.cameo === '040' ? 1 : -2,
          quadClass: l.cameo === '040' ? 1 : 3,
        },
        100 + i,
      ),
    ),
  );
  await writer.close();
  return store;
}

before(async () => {
  temp = await richStore();
  // As `detente ingest` leaves it: every pair's result built and saved.
  const writer = await openStore(temp.path);
  await refreshPairs(writer);
  await writer.close();
});
after(() => temp.dispose());

/** A build that must not be needed: the server answers from the stored results. */
const noBuild = () => Promise.reject(new Error('no pair should be built: the stored results are fresh'));

async function reference(store: Store = temp.store) {
  const records = await readAssertedEvents(store);
  const stories = buildStories(records);
  const units = storyUnits(stories);
  const range = await store.reportRange(7);
  assert.ok(range !== null);
  return { records, stories, units, range, alerts: alertsForUnits(units, range), byDyad: unitsByDyad(units) };
}

async function check(snapshot: Snapshot, store: Store = temp.store): Promise<void> {
  const ref = await reference(store);
  const global = await snapshot.cross();
  assert.deepEqual(global.alerts, ref.alerts);
  assert.ok(global.alerts.length > 0, 'the fixture escalation alerts');
  const listed = await snapshot.stories({ limit: ref.stories.length + 5, offset: 0 });
  assert.equal(listed.total, ref.stories.length);
  assert.deepEqual(
    listed.items.map((s) => s.id),
    [...ref.stories].reverse().map((s) => s.id),
    'stories newest first, as the reverse of one build over every event',
  );
  // Stored as JSON text and parsed back per page: the same stories, with their first 10 mentions.
  assert.deepEqual(
    listed.items,
    [...ref.stories]
      .reverse()
      .map((s) => ({ ...s, mentionCount: s.mentions.length, mentions: s.mentions.slice(0, 10) })),
  );
  // A filtered page counts every match and lists the requested stretch of them.
  const [busiest] = [...ref.byDyad.values()].sort((a, b) => b.length - a.length);
  const dyad = busiest![0]!.dyad;
  const matching = [...ref.stories]
    .reverse()
    .filter((s) => s.dyad.source === dyad.source && s.dyad.target === dyad.target && s.firstDate >= '2022-01-01');
  const paged = await snapshot.stories({
    source: dyad.source,
    target: dyad.target,
    from: '2022-01-01',
    limit: 2,
    offset: 1,
  });
  assert.equal(paged.total, matching.length);
  assert.ok(matching.length > 3, 'the page filter leaves several stories');
  assert.deepEqual(
    paged.items.map((s) => s.id),
    matching.slice(1, 3).map((s) => s.id),
  );
  assert.ok(ref.stories.some((s) => s.reciprocal && new Set(s.mentions.map((m) => m.source)).size === 2));
  const counts = await snapshot.storyCounts();
  for (const story of ref.stories) {
    // As the export reads them: an event without counts is 1/1/1.
    const reported = { mentions: story.mentions.length, sources: story.sources, articles: story.articles };
    for (const m of story.mentions) {
      assert.deepEqual(counts(m.eventId) ?? { mentions: 1, sources: 1, articles: 1 }, reported);
    }
  }
  for (const [key, units] of ref.byDyad) {
    const dyad = units[0]!.dyad;
    const view = await snapshot.dyad(dyad);
    const index = escalationIndex(dyad, units, ref.range.from, ref.range.to);
    assert.deepEqual(
      view.index,
      index.points.map((p) => ({ date: p.date, index: p.index, hostility: p.hostility, baseline: p.baseline })),
      key,
    );
    assert.deepEqual(
      view.alerts,
      ref.alerts.filter((a) => a.source === dyad.source && a.target === dyad.target),
    );
    const mine = ref.records.filter((r) => {
      const d = eventDyad(r);
      return d !== null && d.source === dyad.source && d.target === dyad.target;
    });
    for (const period of ['day', 'week'] as const) {
      assert.deepEqual(view.series.mention[period], aggregateSeries(mentionObservations(mine), period));
      const told = storyObservations(ref.stories).filter(
        (o) => o.dyad.source === dyad.source && o.dyad.target === dyad.target,
      );
      assert.deepEqual(view.series.story[period], aggregateSeries(told, period));
    }
  }
  assert.equal(snapshot.progress(), null);
}

test('stored by the ingest step: alerts, stories, story counts, index and series equal one build over every event', async () => {
  await check(await new AggregateCache(temp.store, { build: noBuild }).get());
});

test('built by the server in its worker thread (a store with no results yet): the same results, saved', async () => {
  const raw = await richStore();
  try {
    assert.ok(
      (await raw.store.derivedPairs()).every((s) => s.stamp === null && s.dirty !== null),
      'nothing derived yet: every pair only marked dirty',
    );
    const snapshot = await new AggregateCache(raw.store, { build: buildInWorker(raw.path) }).get();
    await check(snapshot, raw.store);
    const states = await raw.store.derivedPairs();
    const stamp = pairStamp(await raw.store.reportRange(7));
    assert.deepEqual(
      states.map((s) => [dyadKey(s.pair), s.stamp, s.dirty]),
      pairsOf(await raw.store.dyadTotals())
        .map((p) => [dyadKey(p), stamp, null])
        .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
      'every pair saved by the worker, fresh',
    );
  } finally {
    await raw.dispose();
  }
});

test('in-thread over a writable store with no results: the same results, saved', async () => {
  const raw = await richStore();
  const writable = await openStore(raw.path);
  try {
    await check(await new AggregateCache(writable).get(), writable);
    assert.ok((await writable.derivedPairs()).every((s) => s.stamp !== null && s.dirty === null));
  } finally {
    await writable.close();
    await raw.dispose();
  }
});

test('a new ingest makes a new snapshot after the recheck delay', async () => {
  const cache = new AggregateCache(temp.store, { recheckMs: 0 });
  const first = await cache.get();
  assert.equal(await cache.get(), first, 'unchanged counts keep the snapshot');
  const writer = await openStore(temp.path);
  await writer.saveArticles([
    lineEntry(
      {
        date: '2022-02-19',
        outlet: 'gamma.example',
        sentence: 'Ukraine accused Russia of shelling.',
        trigger: 'accused',
        source: UKRAINE,
        target: RUSSIA,
        cameo: '112',
        plover: 'ACCUSE',
        goldstein: -2,
        quadClass: 3,
      },
      999,
    ),
  ]);
  await writer.close();
  const second = await cache.get();
  assert.notEqual(second, first);
  assert.equal(second.counts.events, first.counts.events + 1);
});

test('closing ends the worker: a build asked for after that is refused, not left waiting', async () => {
  const closing = new AbortController();
  const build = buildInWorker(temp.path, closing.signal);
  const built = await build({ source: 'RUS', target: 'UKR' }, { from: '2022-01-03', to: '2022-02-18' });
  assert.ok(built.views[0].events > 0);
  assert.equal(built.saved, true, 'the worker writes the pair it built');
  closing.abort();
  await assert.rejects(build({ source: 'RUS', target: 'UKR' }, null), /closing/);
});
