// The contract of the Store methods the server reads (keyset cursors, queryArticles, the SQL aggregates), run by
// storeContract on every backend. The aggregates are checked against the JavaScript reference (src/aggregate)
// computed from every stored event, so the SQL and the aggregate stage cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleCursor, eventCursor } from '../../src/store/index.ts';
import type { ArticleListing, EventFilter, Store, StoredEvent } from '../../src/store/store.ts';
import type { Event } from '../../src/types.ts';
import { eventDyad, dyadKey } from '../../src/aggregate/dyads.ts';
import { mentionDate } from '../../src/aggregate/stories.ts';
import { daysBetween, weekStart } from '../../src/aggregate/dates.ts';
import { ALL, entry, GENEVA, NATO, RUSSIA, UKRAINE, type FixtureArticle } from './fixtures.ts';
import type { OpenStore } from './contract.ts';

let counter = 0;

/**
 * The fixtures plus two articles that exercise the day rule: an event dated after its article (placed on the
 * article date) and one reported 20 days after it happened (too late for the escalation index).
 */
function extra(): FixtureArticle[] {
  const base = GENEVA.result.events[1]!;
  const article = (id: string, date: string, events: Event[], source: string) => {
    const a = {
      id,
      date,
      title: `About ${id}`,
      url: `https://${source}/${id}`,
      source,
      text: 'Russia accused Ukraine.',
    };
    return { article: a, result: { ...a, tone: 0, events, quotes: [], actors: [], diagnostics: [] } };
  };
  return [
    article('later', '2022-02-20', [{ ...base, id: 'later:0', date: '2022-02-25' }], 'Wire.Example'),
    article(
      'retro',
      '2022-03-30',
      [
        { ...base, id: 'retro:0', date: '2022-03-10', source: NATO, target: RUSSIA, quadClass: 4, goldstein: -10 },
        { ...base, id: 'retro:1', date: '2022-03-29', source: UKRAINE, target: RUSSIA },
      ],
      'news.example',
    ),
  ];
}

async function seeded(open: OpenStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await open(`server_${process.pid}_${++counter}`);
  try {
    await store.saveArticles([...ALL, ...extra()].map((f) => entry(f)));
    await body(store);
  } finally {
    await store.close();
  }
}

const key = (r: StoredEvent) => `${r.article.id}#${r.position}`;

/** Every page of `filter` with `limit` rows, following the cursor. */
async function pagesByCursor(store: Store, filter: EventFilter, limit: number): Promise<string[]> {
  const out: string[] = [];
  let after: EventFilter['after'];
  for (let guard = 0; guard < 100; guard++) {
    const page = await store.queryEvents({ ...filter, limit, ...(after === undefined ? {} : { after }) });
    out.push(...page.map(key));
    if (page.length < limit) return out;
    after = eventCursor(page.at(-1)!);
  }
  throw new Error('cursor paging did not end');
}

export function serverContract(backend: string, open: OpenStore): void {
  const it = (name: string, fn: () => Promise<void>) => test(`${backend}: ${name}`, fn);

  it('keyset cursors page through events in both orders, undated ones last, like one big page', async () => {
    await seeded(open, async (store) => {
      for (const order of ['asc', 'desc'] as const) {
        const all = (await store.queryEvents({ order })).map(key);
        assert.equal(all.length, 10);
        assert.equal(all.at(-1), 'undated#1', 'the event with no date at all comes last in both orders');
        for (const limit of [1, 2, 3, 7]) assert.deepEqual(await pagesByCursor(store, { order }, limit), all);
        // With a filter, and with an offset counted from the cursor.
        const asserted = (await store.queryEvents({ order, modality: 'asserted' })).map(key);
        assert.deepEqual(await pagesByCursor(store, { order, modality: 'asserted' }, 2), asserted);
        const first = await store.queryEvents({ order, limit: 2 });
        const skipped = await store.queryEvents({ order, limit: 3, offset: 2, after: eventCursor(first.at(-1)!) });
        assert.deepEqual(skipped.map(key), all.slice(4, 7));
      }
      // A cursor inside the undated tail continues there.
      assert.deepEqual((await store.queryEvents({ after: { date: null, articleId: 'a', position: 0 } })).map(key), [
        'undated#1',
      ]);
      assert.deepEqual(await store.queryEvents({ after: { date: null, articleId: 'undated', position: 1 } }), []);
      // Positions are those of the article's events array.
      const geneva = await store.queryEvents({ text: 'provocations' });
      assert.equal(geneva[0]?.position, 1);
    });
  });

  it('queryEvents by dyad sides: states fold their sectors, IGOs keep their code', async () => {
    await seeded(open, async (store) => {
      const rusUkr = await store.queryEvents({ dyad: { source: 'RUS', target: 'UKR' }, order: 'asc' });
      // Lavrov (RUSGOV) meeting Kuleba (UKRGOV) is RUS → UKR too.
      assert.deepEqual(rusUkr.map(key), ['geneva#0', 'geneva#1', 'pullback#0', 'pullback#1', 'pullback#2', 'later#0']);
      const toNato = await store.queryEvents({ dyad: { source: 'UKR', target: 'IGOWSTNAT' } });
      assert.deepEqual(toNato.map(key).sort(), ['undated#0', 'undated#1']);
      assert.equal(await store.countEvents({ dyad: { source: 'IGOWSTNAT', target: 'RUS' } }), 1);
    });
  });

  it('queryArticles: newest first, undated last, filters, counts, cursor and offset pages agree', async () => {
    await seeded(open, async (store) => {
      const all = await store.queryArticles();
      assert.deepEqual(
        all.map((a) => a.id),
        ['retro', 'later', 'pullback', 'geneva', 'undated'],
      );
      assert.deepEqual(
        all.find((a) => a.id === 'geneva'),
        {
          id: 'geneva',
          date: '2022-02-10',
          title: 'Lavrov and Kuleba meet in Geneva',
          url: 'https://example.org/geneva',
          source: 'example.org',
          events: 2,
          quotes: 1,
        } satisfies ArticleListing,
      );
      const ids = async (filter: Parameters<Store['queryArticles']>[0]) =>
        (await store.queryArticles(filter)).map((a) => a.id);
      assert.deepEqual(await ids({ source: 'EXAMPLE.org' }), ['pullback', 'geneva'], 'outlet: any case');
      assert.deepEqual(await ids({ source: 'wire' }), ['later']);
      assert.deepEqual(await ids({ title: 'pulls' }), ['pullback']);
      assert.deepEqual(await ids({ title: '%' }), [], 'LIKE wildcards are literal');
      assert.deepEqual(await ids({ text: 'Geneva' }), ['geneva']);
      assert.deepEqual(await ids({ text: 'accused' }), ['retro', 'later', 'geneva']);
      assert.deepEqual(await ids({ text: '"' }), []);
      assert.deepEqual(await ids({ from: '2022-02-11', to: '2022-02-20' }), ['later', 'pullback']);
      for (const limit of [1, 2, 3]) {
        const paged: string[] = [];
        let after: ReturnType<typeof articleCursor> | undefined;
        for (let guard = 0; guard < 10; guard++) {
          const page = await store.queryArticles({ limit, ...(after === undefined ? {} : { after }) });
          paged.push(...page.map((a) => a.id));
          if (page.length < limit) break;
          after = articleCursor(page.at(-1)!);
        }
        assert.deepEqual(
          paged,
          all.map((a) => a.id),
        );
        const byOffset = await store.queryArticles({ limit, offset: 4 });
        assert.deepEqual(
          byOffset.map((a) => a.id),
          all.slice(4, 4 + limit).map((a) => a.id),
        );
      }
    });
  });

  it('dyadTotals, dailyVolume, reportRange and roleDays equal the aggregate stage over every event', async () => {
    await seeded(open, async (store) => {
      const asserted = (await store.queryEvents({ modality: 'asserted', order: 'asc' })).filter(
        (r) => mentionDate(r) !== null,
      );
      // Dyad totals as the server used to compute them from the records (src/aggregate/dyads.ts).
      const byDyad = new Map<string, { source: string; target: string; days: string[]; coop: number }>();
      for (const r of asserted) {
        const dyad = eventDyad(r);
        if (dyad === null) continue;
        const row = byDyad.get(dyadKey(dyad)) ?? { ...dyad, days: [], coop: 0 };
        row.days.push(mentionDate(r)!);
        if (r.event.quadClass <= 2) row.coop++;
        byDyad.set(dyadKey(dyad), row);
      }
      const reference = [...byDyad.values()]
        .map((d) => ({
          source: d.source,
          target: d.target,
          events: d.days.length,
          cooperation: d.coop,
          first: [...d.days].sort()[0]!,
          last: [...d.days].sort().at(-1)!,
        }))
        .sort((a, b) => b.events - a.events || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
      assert.deepEqual(await store.dyadTotals(), reference);
      assert.deepEqual(reference[0], {
        source: 'RUS',
        target: 'UKR',
        events: 4,
        cooperation: 2,
        first: '2022-02-10',
        last: '2022-02-20',
      });

      const perDay = new Map<string, { events: number; cooperation: number }>();
      for (const r of asserted) {
        const day = perDay.get(mentionDate(r)!) ?? { events: 0, cooperation: 0 };
        day.events++;
        if (r.event.quadClass <= 2) day.cooperation++;
        perDay.set(mentionDate(r)!, day);
      }
      const volume = [...perDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, v]) => ({ day, ...v }));
      assert.deepEqual(await store.dailyVolume(), volume);
      assert.deepEqual(
        await store.dailyVolume({ from: '2022-02-14', to: '2022-02-20' }),
        volume.filter((v) => v.day >= '2022-02-14' && v.day <= '2022-02-20'),
      );
      const last = volume.at(-1)!.day;
      assert.deepEqual(
        await store.dailyVolume({ lastDays: 20 }),
        volume.filter((v) => daysBetween(v.day, last) < 20),
      );

      // Fresh reports only: 'retro' reported NATO → RUS 20 days late, UKR → RUS a day late.
      assert.deepEqual(await store.reportRange(7), { from: '2022-02-10', to: '2022-03-30' });
      assert.deepEqual(await store.reportRange(0), { from: '2022-02-10', to: '2022-02-20' });

      const roles = await store.roleDays('UKR');
      const expected = new Map<string, { asSource: number; asTarget: number }>();
      for (const r of asserted) {
        const src = r.event.source?.code === 'UKR';
        const tgt = r.event.target?.code === 'UKR';
        if (!src && !tgt) continue;
        const d = expected.get(mentionDate(r)!) ?? { asSource: 0, asTarget: 0 };
        if (src) d.asSource++;
        if (tgt) d.asTarget++;
        expected.set(mentionDate(r)!, d);
      }
      assert.deepEqual(
        roles,
        [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, d]) => ({ day, ...d })),
      );
      assert.ok(roles.some((d) => d.asSource > 0) && roles.some((d) => d.asTarget > 0));
      assert.equal(weekStart(roles[0]!.day) <= roles[0]!.day, true);
    });
  });
}
