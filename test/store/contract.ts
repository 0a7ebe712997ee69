// The Store contract suite: every backend runs these same tests (SQLite now, PostgreSQL later).
// `open(name)` opens the database called `name`; opening the same name again must see the same data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFilter, Store, StoredEvent } from '../../src/store/store.ts';
import { contentHash } from '../../src/store/content-hash.ts';
import { ALL, DICTIONARY_VERSION, entry, GENEVA, PULLBACK, RETOLD, UNDATED, type FixtureArticle } from './fixtures.ts';
import type { Diagnostic } from '../../src/types.ts';
import { serverContract } from './contract-server.ts';
import { derivedContract } from './contract-derived.ts';

export type OpenStore = (name: string) => Promise<Store>;

let counter = 0;

/** A fresh database for one test, closed afterwards even when the test fails. */
async function withStore(open: OpenStore, body: (store: Store, name: string) => Promise<void>): Promise<void> {
  const name = `contract_${process.pid}_${++counter}`;
  const store = await open(name);
  try {
    await body(store, name);
  } finally {
    await store.close();
  }
}

async function seeded(open: OpenStore, body: (store: Store) => Promise<void>): Promise<void> {
  await withStore(open, async (store) => {
    await store.saveArticles(ALL.map((f) => entry(f)));
    await body(store);
  });
}

/** "articleId#sentenceIndex" per result, in order: compact to compare. */
const keys = (rows: readonly StoredEvent[]): string[] => rows.map((r) => `${r.article.id}#${r.event.sentenceIndex}`);

export function storeContract(backend: string, open: OpenStore): void {
  serverContract(backend, open);
  derivedContract(backend, open);
  const it = (name: string, fn: () => Promise<void>) => test(`${backend}: ${name}`, fn);
  const events = async (store: Store, filter: EventFilter) => keys(await store.queryEvents(filter));

  it('round trip: getArticle returns the article, the exact result and its keys', async () => {
    await seeded(open, async (store) => {
      for (const f of ALL) {
        const stored = await store.getArticle(f.article.id);
        assert.deepEqual(stored, {
          article: f.article,
          result: f.result,
          contentHash: contentHash(f.article),
          dictionaryVersion: DICTIONARY_VERSION,
        });
      }
      assert.equal(await store.getArticle('missing'), null);
    });
  });

  it('articleTones gives each stored article its tone, once per id, and leaves unknown ids out', async () => {
    await seeded(open, async (store) => {
      // Each article gets a tone of its own, so a tone read from the wrong row shows.
      const toned = ALL.map((f, i) => ({ ...f, result: { ...f.result, tone: i - 2.25 } }));
      await store.saveArticles(toned.map((f) => entry(f)));
      const ids = toned.map((f) => f.article.id);
      const tones = await store.articleTones([...ids, ids[0] ?? '', 'missing']);
      assert.deepEqual(
        [...tones].sort(([a], [b]) => a.localeCompare(b)),
        toned.map((f) => [f.article.id, f.result.tone] as const).sort(([a], [b]) => a.localeCompare(b)),
      );
      assert.equal((await store.articleTones([])).size, 0);
    });
  });

  it('queryEvents returns the exact Event records with their article', async () => {
    await seeded(open, async (store) => {
      const rows = await store.queryEvents({ source: 'RUSGOV' });
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]?.event, GENEVA.result.events[0]);
      assert.deepEqual(rows[0]?.article, {
        id: 'geneva',
        date: '2022-02-10',
        title: 'Lavrov and Kuleba meet in Geneva',
        url: 'https://example.org/geneva',
        source: 'example.org',
      });
    });
  });

  it('saving the same articles again upserts: no duplicates', async () => {
    await seeded(open, async (store) => {
      const first = await store.counts();
      assert.deepEqual(first, { articles: 3, events: 7, quotes: 3, articleActors: 10 });
      await store.saveArticles(ALL.map((f) => entry(f)));
      await store.saveArticles([entry(GENEVA)]);
      assert.deepEqual(await store.counts(), first);
      assert.equal(await store.countEvents({ text: 'Geneva' }), 1);
    });
  });

  it('re-saving a changed article replaces its events, quotes, actors and text index', async () => {
    await seeded(open, async (store) => {
      const changedArticle = { ...GENEVA.article, text: 'Lavrov met Kuleba in Geneva.' };
      const changed = {
        article: changedArticle,
        result: { ...GENEVA.result, events: GENEVA.result.events.slice(0, 1), quotes: [], actors: [] },
      };
      await store.saveArticles([entry(changed)]);
      assert.deepEqual(await store.counts(), { articles: 3, events: 6, quotes: 2, articleActors: 6 });
      const stored = await store.getArticle('geneva');
      assert.deepEqual(stored?.result, changed.result);
      assert.equal(stored?.article.text, 'Lavrov met Kuleba in Geneva.');
      assert.equal(stored?.contentHash, contentHash(changedArticle));
      assert.deepEqual(await events(store, { text: 'provocations' }), []);
      assert.deepEqual(await events(store, { text: 'Geneva' }), ['geneva#0']);
      assert.deepEqual(await events(store, { plover: 'ACCUSE' }), []);
    });
  });

  it('within one batch the last entry for an id wins', async () => {
    await withStore(open, async (store) => {
      const empty = { article: GENEVA.article, result: { ...GENEVA.result, events: [], quotes: [], actors: [] } };
      await store.saveArticles([entry(GENEVA), entry(empty)]);
      assert.deepEqual(await store.counts(), { articles: 1, events: 0, quotes: 0, articleActors: 0 });
      await store.saveArticles([entry(empty), entry(GENEVA)]);
      assert.deepEqual(await store.counts(), { articles: 1, events: 2, quotes: 1, articleActors: 4 });
    });
  });

  it('an empty batch is a no-op', async () => {
    await withStore(open, async (store) => {
      await store.saveArticles([]);
      assert.deepEqual(await store.counts(), { articles: 0, events: 0, quotes: 0, articleActors: 0 });
    });
  });

  it('resume check: unchanged only with the same content hash and dictionary version', async () => {
    await seeded(open, async (store) => {
      const key = { id: 'geneva', contentHash: contentHash(GENEVA.article), dictionaryVersion: DICTIONARY_VERSION };
      assert.equal(await store.hasArticle(key), true);
      assert.equal(await store.hasArticle({ ...key, contentHash: 'other' }), false);
      assert.equal(await store.hasArticle({ ...key, dictionaryVersion: 'verbs-2+actors-1' }), false);
      assert.equal(await store.hasArticle({ ...key, id: 'missing' }), false);
      // Many keys at once (more than any single SQL parameter list should hold).
      const many = Array.from({ length: 1200 }, (_, i) => ({ ...key, id: `none-${i}` }));
      const pullback = {
        id: 'pullback',
        contentHash: contentHash(PULLBACK.article),
        dictionaryVersion: DICTIONARY_VERSION,
      };
      const found = await store.unchangedArticles([...many, key, { ...pullback, contentHash: 'x' }, pullback]);
      assert.deepEqual([...found].sort(), ['geneva', 'pullback']);
    });
  });

  it('data persists across close and reopen', async () => {
    await withStore(open, async (store, name) => {
      await store.saveArticles([entry(GENEVA)]);
      await store.close();
      const again = await open(name);
      try {
        assert.deepEqual((await again.getArticle('geneva'))?.result, GENEVA.result);
      } finally {
        await again.close();
      }
    });
  });

  it('filter source/target: upper-case code prefix, exact name, or name substring', async () => {
    await seeded(open, async (store) => {
      assert.deepEqual(await events(store, { source: 'RUS' }), [
        'geneva#0',
        'geneva#1',
        'pullback#0',
        'pullback#1',
        'pullback#2',
      ]);
      assert.deepEqual(await events(store, { source: 'RUSGOV' }), ['geneva#0']);
      assert.deepEqual(await events(store, { source: 'lavrov' }), ['geneva#0']);
      assert.deepEqual(await events(store, { source: 'Sergey L' }), ['geneva#0']);
      assert.deepEqual(await events(store, { target: 'NATO' }), ['undated#0', 'undated#1']);
      assert.deepEqual(await events(store, { target: 'IGO' }), ['undated#0', 'undated#1']);
      assert.deepEqual(await events(store, { source: 'володимир' }), ['undated#0']);
      assert.deepEqual(await events(store, { target: 'UKRGOV' }), ['geneva#0']);
      assert.deepEqual(
        await events(store, { source: 'rus' }),
        ['geneva#1', 'pullback#0', 'pullback#1', 'pullback#2'],
        'lower-case is a name substring: Russia matches, Lavrov (RUSGOV) does not',
      );
      assert.deepEqual(await events(store, { source: 'RUSMIL' }), []);
    });
  });

  it('filter plover (case-insensitive), cameo prefix and modality', async () => {
    await seeded(open, async (store) => {
      assert.deepEqual(await events(store, { plover: 'accuse' }), ['geneva#1']);
      assert.deepEqual(await events(store, { cameo: '11' }), ['geneva#1', 'undated#0']);
      assert.deepEqual(await events(store, { cameo: '08' }), ['pullback#0']);
      assert.deepEqual(await events(store, { cameo: '0874' }), ['pullback#0']);
      assert.deepEqual(await events(store, { cameo: '087' }), ['pullback#0']);
      assert.deepEqual(await events(store, { modality: 'negated' }), ['pullback#2']);
      assert.deepEqual(await events(store, { modality: 'hypothetical' }), ['pullback#1']);
      assert.equal(await store.countEvents({ modality: 'asserted' }), 5);
    });
  });

  it('filter from/to: event date first, else article date; undated events never match a date bound', async () => {
    await seeded(open, async (store) => {
      // pullback#0 happened on 2022-02-14 although its article is dated 2022-02-15.
      assert.deepEqual(await events(store, { from: '2022-02-14', to: '2022-02-14' }), ['pullback#0']);
      assert.deepEqual(await events(store, { from: '2022-02-15', to: '2022-02-15' }), ['pullback#1', 'pullback#2']);
      assert.deepEqual(await events(store, { to: '2022-02-10' }), ['geneva#0', 'geneva#1']);
      // The undated article's first event carries its own date; its second has none at all.
      assert.deepEqual(await events(store, { from: '2022-03-01' }), ['undated#0']);
      assert.equal(await store.countEvents({ from: '1900-01-01' }), 6);
    });
  });

  it('an event placed on no day in a dated article (retold history) matches no date bound and is in no dyad day', async () => {
    await withStore(open, async (store) => {
      await store.saveArticles([entry(RETOLD)]);
      assert.deepEqual(await events(store, { from: '1900-01-01' }), ['retold#1']);
      assert.deepEqual(await events(store, { order: 'asc' }), ['retold#1', 'retold#0'], 'undated events come last');
      assert.deepEqual(
        (await store.dyadDays()).map((d) => `${d.sourceCode}>${d.targetCode} ${d.day}`),
        ['UKR>RUS 2022-02-16'],
      );
      assert.deepEqual(
        (await store.dyadTotals()).map((d) => `${d.source}>${d.target} ${d.events}`),
        ['UKR>RUS 1'],
      );
    });
  });

  it('filter text: full-text search over the sentence, safe with any input', async () => {
    await seeded(open, async (store) => {
      assert.deepEqual(await events(store, { text: 'geneva' }), ['geneva#0']);
      assert.deepEqual(await events(store, { text: 'attack Ukraine' }), ['pullback#1', 'pullback#2']);
      assert.deepEqual(await events(store, { text: 'provoc*' }), ['geneva#1']);
      assert.deepEqual(await events(store, { text: 'provoc' }), [], 'whole words unless a * asks for a prefix');
      assert.deepEqual(await events(store, { text: 'критикував OR' }), []);
      assert.deepEqual(await events(store, { text: 'зеленський' }), ['undated#0']);
      for (const odd of ['"', 'NOT', 'a AND (', '*', '-', 'attack"', 'NEAR(x y)', "Russia's"]) {
        await assert.doesNotReject(store.queryEvents({ text: odd }), odd);
        await assert.doesNotReject(store.countEvents({ text: odd }), odd);
      }
      assert.deepEqual(await events(store, { text: 'attack"' }), ['pullback#1', 'pullback#2']);
    });
  });

  it('filters combine with AND', async () => {
    await seeded(open, async (store) => {
      const filter: EventFilter = {
        source: 'RUS',
        target: 'UKR',
        plover: 'ASSAULT',
        modality: 'negated',
        text: 'attack',
      };
      assert.deepEqual(await events(store, filter), ['pullback#2']);
      assert.equal(await store.countEvents(filter), 1);
      assert.deepEqual(await events(store, { ...filter, from: '2022-02-16' }), []);
    });
  });

  it('ordering: by date, then article id, then position; desc reverses that; undated events come last', async () => {
    await seeded(open, async (store) => {
      const all = ['geneva#0', 'geneva#1', 'pullback#0', 'pullback#1', 'pullback#2', 'undated#0', 'undated#1'];
      assert.deepEqual(await events(store, {}), all);
      assert.deepEqual(await events(store, { order: 'desc' }), [
        'undated#0',
        'pullback#2',
        'pullback#1',
        'pullback#0',
        'geneva#1',
        'geneva#0',
        'undated#1',
      ]);
    });
  });

  it('pagination: limit and offset window the same order; count ignores them', async () => {
    await seeded(open, async (store) => {
      const all = await events(store, {});
      const pages: string[] = [];
      for (let offset = 0; offset < all.length; offset += 3) pages.push(...(await events(store, { limit: 3, offset })));
      assert.deepEqual(pages, all);
      assert.deepEqual(await events(store, { limit: 0 }), []);
      assert.deepEqual(await events(store, { offset: 6 }), ['undated#1']);
      assert.deepEqual(await events(store, { offset: 5, limit: 1 }), ['undated#0']);
      assert.deepEqual(await events(store, { offset: 7 }), []);
      for (const order of ['asc', 'desc'] as const) {
        const whole = await events(store, { order });
        for (let offset = 0; offset <= whole.length; offset++) {
          for (const limit of [1, 2, 5]) {
            assert.deepEqual(
              await events(store, { order, offset, limit }),
              whole.slice(offset, offset + limit),
              `${order} offset ${offset} limit ${limit}`,
            );
          }
        }
      }
      assert.equal(await store.countEvents({ limit: 2, offset: 1 }), 7);
      await assert.rejects(store.queryEvents({ limit: -1 }), RangeError);
      await assert.rejects(store.queryEvents({ offset: 1.5 }), RangeError);
    });
  });

  it('quotes: speaker, text, date filters, order and the article they come from', async () => {
    await seeded(open, async (store) => {
      const texts = async (filter: Parameters<Store['queryQuotes']>[0]) =>
        (await store.queryQuotes(filter)).map((q) => q.quote.text);
      assert.deepEqual(await texts({}), ['We talked,', 'No attack is planned.', 'Зеленський спокійний']);
      assert.deepEqual(await texts({ speaker: 'UKRGOV' }), ['We talked,']);
      assert.deepEqual(await texts({ speaker: 'RUS' }), ['No attack is planned.']);
      assert.deepEqual(await texts({ speaker: 'kuleba' }), ['We talked,']);
      assert.deepEqual(await texts({ text: 'TALKED' }), ['We talked,']);
      assert.deepEqual(await texts({ text: 'СПОКІЙНИЙ' }), ['Зеленський спокійний']);
      assert.deepEqual(await texts({ from: '2022-02-11' }), ['No attack is planned.']);
      assert.deepEqual(await texts({ to: '2022-02-10' }), ['We talked,']);
      assert.deepEqual(await texts({ limit: 1, offset: 1 }), ['No attack is planned.']);
      const [first] = await store.queryQuotes({ speaker: 'kuleba' });
      assert.deepEqual(first?.quote, GENEVA.result.quotes[0]);
      assert.equal(first?.index, 0);
      assert.equal(first?.article.id, 'geneva');
      assert.equal(first?.article.title, GENEVA.article.title);
    });
  });

  it('actors: aggregated over articles; event roles count asserted events only', async () => {
    await seeded(open, async (store) => {
      const actors = await store.queryActors();
      assert.deepEqual(
        actors.map((a) => [a.code, a.name, a.articles, a.mentions, a.asSource, a.asTarget]),
        [
          ['UKR', 'Ukraine', 3, 5, 1, 2],
          ['RUS', 'Russia', 2, 4, 2, 0],
          ['IGOWSTNAT', 'NATO', 2, 3, 0, 2],
          ['UKRGOV', 'Dmytro Kuleba', 1, 2, 0, 1],
          ['RUSGOV', 'Sergey Lavrov', 1, 1, 1, 0],
          ['UKRGOV', 'Володимир Зеленський', 1, 1, 1, 0],
        ],
      );
      const lavrov = actors.find((a) => a.code === 'RUSGOV');
      assert.deepEqual(lavrov && { type: lavrov.type, country: lavrov.country, sector: lavrov.sector, id: lavrov.id }, {
        type: 'person',
        country: 'RUS',
        sector: 'GOV',
        id: 'sergey lavrov',
      });
      assert.deepEqual(
        (await store.queryActors({ actor: 'UKR' })).map((a) => a.name),
        ['Ukraine', 'Dmytro Kuleba', 'Володимир Зеленський'],
      );
      assert.deepEqual(
        (await store.queryActors({ actor: 'dmytro' })).map((a) => a.name),
        ['Dmytro Kuleba'],
      );
      assert.deepEqual(
        (await store.queryActors({ limit: 2, offset: 1 })).map((a) => a.name),
        ['Russia', 'NATO'],
      );
    });
  });

  it('a batch that fails is rolled back as a whole', async () => {
    await seeded(open, async (store) => {
      const before = await store.counts();
      const broken = { ...entry(PULLBACK), result: { ...PULLBACK.result, id: 'not-pullback' } };
      await assert.rejects(store.saveArticles([entry(UNDATED), broken]));
      assert.deepEqual(await store.counts(), before);
    });
  });

  it('dyadDays sums asserted events per source code, target code and day, with prefix and date filters', async () => {
    await seeded(open, async (store) => {
      // Expected sums, computed from the event records themselves.
      const expected = new Map<string, { quad: number[]; goldsteinSum: number }>();
      for (const { event } of await store.queryEvents({ modality: 'asserted' })) {
        const day = event.date;
        if (event.source === null || event.target === null || day === null) continue;
        const key = `${event.source.code}|${event.target.code}|${day}`;
        const sums = expected.get(key) ?? { quad: [0, 0, 0, 0], goldsteinSum: 0 };
        sums.quad[event.quadClass - 1]! += 1;
        sums.goldsteinSum += event.goldstein;
        expected.set(key, sums);
      }
      assert.ok(expected.size > 0, 'the fixtures hold asserted events with both actors');
      const days = await store.dyadDays();
      assert.deepEqual(
        new Map(
          days.map((d) => [
            `${d.sourceCode}|${d.targetCode}|${d.day}`,
            { quad: [...d.quad], goldsteinSum: d.goldsteinSum },
          ]),
        ),
        expected,
      );
      const sorted = [...days].sort(
        (a, b) =>
          a.sourceCode.localeCompare(b.sourceCode) ||
          a.targetCode.localeCompare(b.targetCode) ||
          a.day.localeCompare(b.day),
      );
      assert.deepEqual(days, sorted, 'ordered by source code, target code, day');
      const first = days[0]!;
      const narrowed = await store.dyadDays({
        source: first.sourceCode.slice(0, 3).toLowerCase(),
        target: first.targetCode,
        from: first.day,
        to: first.day,
      });
      assert.ok(
        narrowed.length >= 1 &&
          narrowed.every((d) => d.day === first.day && d.sourceCode.startsWith(first.sourceCode.slice(0, 3))),
      );
      assert.deepEqual(await store.dyadDays({ from: '2999-01-01' }), []);
    });
  });
  it('queryDiagnostics lists the articles with diagnostics of one rule, by date, undated last', async () => {
    await withStore(open, async (store) => {
      const found = (name: string) => ({
        stage: 'actors',
        ruleId: 'actors/discovered',
        severity: 'info' as const,
        message: `new actor "${name}" (POLGOV, foreign minister) found from its title`,
      });
      const withDiagnostics = (f: FixtureArticle, diagnostics: readonly Diagnostic[]) =>
        entry({ ...f, result: { ...f.result, diagnostics: [...f.result.diagnostics, ...diagnostics] } });
      await store.saveArticles([
        withDiagnostics(UNDATED, [found('Jan Nowak')]),
        withDiagnostics(PULLBACK, [found('Zbigniew Rau'), found('Anna Nowak')]),
        withDiagnostics(GENEVA, []),
      ]);
      const rows = await store.queryDiagnostics({ ruleId: 'actors/discovered' });
      assert.deepEqual(
        rows.map((r) => [r.article.id, r.article.date, r.diagnostics.map((d) => d.message.split('"')[1])]),
        [
          ['pullback', '2022-02-15', ['Zbigniew Rau', 'Anna Nowak']],
          ['undated', null, ['Jan Nowak']],
        ],
      );
      assert.deepEqual(rows[0]?.diagnostics[0], found('Zbigniew Rau'));
      assert.equal(rows[0]?.article.title, PULLBACK.article.title);
      const other = await store.queryDiagnostics({ ruleId: 'actors/unresolved' });
      assert.deepEqual(
        other.map((r) => r.article.id),
        ['geneva', 'pullback', 'undated'],
        'every fixture has one actors/unresolved diagnostic',
      );
      assert.ok(other.every((r) => r.diagnostics.length === 1 && r.diagnostics[0]!.ruleId === 'actors/unresolved'));
      const dated = await store.queryDiagnostics({ ruleId: 'actors/discovered', from: '2022-02-01', to: '2022-02-28' });
      assert.deepEqual(
        dated.map((r) => r.article.id),
        ['pullback'],
      );
      const paged = await store.queryDiagnostics({ ruleId: 'actors/unresolved', limit: 1, offset: 1 });
      assert.deepEqual(
        paged.map((r) => r.article.id),
        ['pullback'],
      );
      assert.deepEqual(await store.queryDiagnostics({ ruleId: 'actors/none' }), []);
    });
  });
}
