// The JSON API: thin handlers over the Store and the aggregate stage (no business logic here). Lists are
// `{total, limit, offset, items}`; `total` is exact where the store counts cheaply and null where it would not.
import { articleCursor, eventCursor, type EventFilter, type StoredEvent } from '../store/index.ts';
import type { Modality } from '../types.ts';
import { mentionDate } from '../aggregate/stories.ts';
import { matchesSide } from '../aggregate/dyads.ts';
import { alertRecord, type Alert } from '../aggregate/alerts.ts';
import { addDays, weekStart } from '../aggregate/dates.ts';
import { EXPORT_FORMATS, EXPORT_MEDIA, exportEvents, type ExportFormat } from '../export/index.ts';
import { HttpError } from './http-error.ts';
import { MAX_PAGE, PAGE_PARAMS, type ParamSpec, type Params } from './params.ts';
import type { Route } from './route.ts';
import type { Snapshot } from './aggregates.ts';
import { decodeArticleCursor, decodeEventCursor, encodeArticleCursor, encodeEventCursor } from './cursor.ts';

const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical'];

const actorParam = (name: string, description: string): ParamSpec => ({
  name,
  kind: 'string',
  maxLength: 100,
  description,
});
const dateParam = (name: string, description: string): ParamSpec => ({ name, kind: 'date', description });

const EVENT_FILTERS: readonly ParamSpec[] = [
  actorParam('source', 'source actor: code prefix (RUS, RUSGOV) or name substring (lavrov)'),
  actorParam('target', 'target actor, same rule'),
  { name: 'plover', kind: 'string', maxLength: 40, description: 'PLOVER category (ACCUSE)' },
  { name: 'cameo', kind: 'string', maxLength: 4, description: 'CAMEO code prefix (11 = 110–119)' },
  dateParam('from', 'first day (event date, else article date)'),
  dateParam('to', 'last day'),
  { name: 'text', kind: 'string', maxLength: 200, description: 'full-text search in the sentence; word* is a prefix' },
  { name: 'modality', kind: 'enum', values: MODALITIES, description: 'asserted, negated or hypothetical' },
];
const ORDER: ParamSpec = {
  name: 'order',
  kind: 'enum',
  values: ['asc', 'desc'],
  default: 'desc',
  description: 'by date',
};

const DYAD_SIDES: readonly ParamSpec[] = [
  actorParam('source', 'dyad source: state code (RUS), IGO code, NATO/EU/UN/OSCE; a prefix'),
  actorParam('target', 'dyad target, same rule'),
];
const DYAD_PATH: readonly ParamSpec[] = [
  { name: 'source', kind: 'string', maxLength: 20, description: 'dyad source key (RUS, IGOWSTNAT)' },
  { name: 'target', kind: 'string', maxLength: 20, description: 'dyad target key' },
];

export interface Page<T> {
  readonly total: number | null;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly T[];
  /** For keyset paging: pass as `after` to get the page that follows; null on the last page. */
  readonly next?: string | null;
}

const AFTER: ParamSpec = {
  name: 'after',
  kind: 'string',
  maxLength: 1000,
  description:
    'keyset cursor: the `next` value of the previous page (same filters and order); offset then counts from it',
};

/** How long the overview waits for the pass over every dyad before answering with its progress. */
const OVERVIEW_WAIT_MS = 200;
/** How long a dyad view waits for its pair to be built before answering `pending` (the build goes on). */
const DYAD_WAIT_MS = 700;

function page(query: Params): { limit: number; offset: number } {
  return { limit: query.int('limit') ?? 50, offset: query.int('offset') ?? 0 };
}

function slice<T>(all: readonly T[], query: Params): Page<T> {
  const { limit, offset } = page(query);
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}

function eventFilter(query: Params): EventFilter {
  const after = query.str('after');
  const filter: EventFilter = {
    ...query.strings(['source', 'target', 'plover', 'cameo', 'from', 'to', 'text']),
    ...page(query),
    order: query.str('order') === 'asc' ? 'asc' : 'desc',
    ...(after === undefined ? {} : { after: decodeEventCursor(after) }),
  };
  const modality = query.str('modality') as Modality | undefined;
  return modality === undefined ? filter : { ...filter, modality };
}

function inRange(date: string, query: Params): boolean {
  const from = query.str('from');
  const to = query.str('to');
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

function sidesMatch(item: { source: string; target: string }, query: Params): boolean {
  return matchesSide(item.source, query.str('source')) && matchesSide(item.target, query.str('target'));
}

/** An alert as the API shows it: the contract fields plus the episode start and the evidence sentences. */
function alertView(alert: Alert) {
  return { ...alertRecord(alert), since: alert.since, evidence: alert.evidence };
}

/** Asserted events per day over the last `days` days (mention level), days without events included as zeros. */
async function volume(ctx: Parameters<Route['handler']>[0], days: number) {
  const rows = await ctx.store.dailyVolume({ lastDays: days });
  const first = rows[0]?.day;
  const last = rows.at(-1)?.day;
  if (first === undefined || last === undefined) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const row = byDay.get(d);
    const events = row?.events ?? 0;
    const cooperation = row?.cooperation ?? 0;
    out.push({ date: d, events, cooperation, conflict: events - cooperation });
  }
  return out;
}

/** The API's event record: the store's position is internal (cursors carry it). */
function withoutPosition({ event, article }: StoredEvent): StoredEvent {
  return { event, article };
}

/** Resolves with the value, or with null when it is not there within `ms` (it goes on computing). */
async function within<T>(pending: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Articles, newest first, with their event and quote counts: keyset pages (`after`) or offsets. */
async function listArticles(ctx: Parameters<Route['handler']>[0]) {
  const { limit, offset } = page(ctx.query);
  const after = ctx.query.str('after');
  const items = await ctx.store.queryArticles({
    ...ctx.query.strings(['from', 'to', 'text', 'source', 'title']),
    limit,
    offset,
    ...(after === undefined ? {} : { after: decodeArticleCursor(after) }),
  });
  const last = items.at(-1);
  return {
    total: null,
    limit,
    offset,
    items,
    next: items.length < limit || last === undefined ? null : encodeArticleCursor(articleCursor(last)),
  };
}

/** The snapshot's dyad, or 404 when the store has no asserted event for it. */
async function dyadSummary(snapshot: Snapshot, source: string, target: string) {
  return (await snapshot.dyads()).find((d) => d.source === source && d.target === target) ?? null;
}

async function exportDownload(ctx: Parameters<Route['handler']>[0]): Promise<Response> {
  const format = ctx.query.str('format') as ExportFormat;
  const counts = format === 'gdelt' ? await (await ctx.aggregates.get()).storyCounts() : null;
  const filter: EventFilter = {
    ...ctx.query.strings(['source', 'target', 'plover', 'cameo', 'from', 'to', 'text']),
    ...(ctx.query.int('limit') === undefined ? {} : { limit: ctx.query.int('limit')! }),
    ...(ctx.query.str('modality') === undefined ? {} : { modality: ctx.query.str('modality') as Modality }),
  };
  const chunks = exportEvents(ctx.store, {
    format,
    filter,
    ...(counts === null ? {} : { counts }),
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const media = EXPORT_MEDIA[format];
  return new Response(body, {
    headers: {
      'content-type': media.type,
      'content-disposition': `attachment; filename="detente-${media.extension}"`,
    },
  });
}

export const ROUTES: readonly Route[] = [
  {
    path: '/api/overview',
    tag: 'dashboard',
    summary: 'Overview: store counts, latest alerts, most escalating dyads, daily volume (the dashboard home)',
    query: [{ name: 'days', kind: 'integer', min: 7, max: 730, default: 90, description: 'days of volume to return' }],
    response: 'Overview',
    async handler(ctx) {
      const snapshot = await ctx.aggregates.get();
      const days = ctx.query.int('days') ?? 90;
      // Alerts and the escalation ranking need every pair's stored summary: when some pair has none yet (a store
      // no ingest has derived), a short wait, then the progress of their builds instead.
      await snapshot.book();
      const global = await within(snapshot.cross(), OVERVIEW_WAIT_MS);
      const [range, dyads, daily] = await Promise.all([
        snapshot.range(),
        snapshot.dyads(),
        snapshot.memo(`volume:${days}`, () => volume(ctx, days)),
      ]);
      return {
        counts: snapshot.counts,
        range,
        alerts: global === null ? [] : global.alerts.slice(-10).reverse().map(alertView),
        escalating: global === null ? [] : global.escalating.slice(0, 10),
        dyads: dyads.slice(0, 10),
        volume: daily,
        pending: global === null ? snapshot.progress() : null,
      };
    },
  },
  {
    path: '/api/articles',
    tag: 'articles',
    summary: 'Articles, newest first, with their event and quote counts',
    query: [
      dateParam('from', 'article date on or after'),
      dateParam('to', 'article date on or before'),
      { name: 'source', kind: 'string', maxLength: 200, description: 'outlet: substring of the source, any case' },
      { name: 'title', kind: 'string', maxLength: 200, description: 'substring of the title, any case' },
      { name: 'text', kind: 'string', maxLength: 200, description: 'full-text search in the event sentences' },
      ...PAGE_PARAMS,
      AFTER,
    ],
    response: 'ArticlePage',
    handler: listArticles,
  },
  {
    path: '/api/articles/:id',
    tag: 'articles',
    summary: 'One article: text, events, quotes, actors, tone, diagnostics',
    pathParams: [{ name: 'id', kind: 'string', maxLength: 500, description: 'article id' }],
    query: [],
    response: 'StoredArticle',
    async handler({ store, path }) {
      const id = path.str('id')!;
      const stored = await store.getArticle(id);
      if (stored === null) throw new HttpError(404, `article ${id} not found`);
      return stored;
    },
  },
  {
    path: '/api/events',
    tag: 'events',
    summary: 'Events with filters, full-text search and paging',
    query: [...EVENT_FILTERS, ORDER, ...PAGE_PARAMS, AFTER],
    response: 'EventPage',
    async handler({ store, query }) {
      const filter = eventFilter(query);
      const { after: _after, ...counted } = filter;
      const [items, total] = await Promise.all([store.queryEvents(filter), store.countEvents(counted)]);
      const last = items.at(-1);
      const next = items.length < filter.limit! || last === undefined ? null : encodeEventCursor(eventCursor(last));
      return { total, limit: filter.limit, offset: filter.offset, items: items.map(withoutPosition), next };
    },
  },
  {
    path: '/api/stories',
    tag: 'aggregates',
    summary: 'Stories: asserted events merged across articles, with independent source counts',
    query: [
      ...DYAD_SIDES,
      dateParam('from', 'first date on or after'),
      dateParam('to', 'first date on or before'),
      ...PAGE_PARAMS,
    ],
    response: 'StoryPage',
    async handler({ aggregates, query }) {
      const { limit, offset } = page(query);
      const found = await (
        await aggregates.get()
      ).stories({ ...query.strings(['source', 'target', 'from', 'to']), limit, offset });
      return { total: found.total, limit, offset, items: found.items };
    },
  },
  {
    path: '/api/dyads',
    tag: 'aggregates',
    summary: 'Directed dyads with asserted event counts, busiest first',
    query: [...DYAD_SIDES, ...PAGE_PARAMS],
    response: 'DyadPage',
    async handler({ aggregates, query }) {
      const dyads = await (await aggregates.get()).dyads();
      return slice(
        dyads.filter((d) => sidesMatch(d, query)),
        query,
      );
    },
  },
  {
    path: '/api/dyads/:source/:target',
    tag: 'aggregates',
    summary: 'One dyad: conflict/cooperation series, daily escalation index and alerts (the dyad view)',
    pathParams: DYAD_PATH,
    query: [
      { name: 'period', kind: 'enum', values: ['day', 'week'], default: 'day', description: 'series period' },
      {
        name: 'level',
        kind: 'enum',
        values: ['mention', 'story'],
        default: 'mention',
        description: 'count mentions or stories',
      },
      dateParam('from', 'first day'),
      dateParam('to', 'last day'),
    ],
    response: 'DyadDetail',
    async handler({ aggregates, query, path }) {
      const snapshot = await aggregates.get();
      const dyad = { source: path.str('source')!, target: path.str('target')! };
      const period = query.str('period') === 'week' ? 'week' : 'day';
      const level = query.str('level') === 'story' ? 'story' : 'mention';
      const from = query.str('from');
      const [view, summary] = await Promise.all([
        within(snapshot.dyad(dyad), DYAD_WAIT_MS),
        dyadSummary(snapshot, dyad.source, dyad.target),
      ]);
      // A busy pair takes seconds to build the first time: answer with what is known and let the client ask again.
      if (view === null) return { dyad, summary, period, level, series: [], index: [], alerts: [], pending: true };
      const series = view.series[level][period].filter(
        (p) => inRange(p.period, query) || (from !== undefined && period === 'week' && p.period === weekStart(from)),
      );
      const index = view.index.filter((p) => inRange(p.date, query));
      const alerts = view.alerts.filter((a) => inRange(a.date, query)).map(alertView);
      return { dyad, summary, period, level, series, index, alerts, pending: false };
    },
  },
  {
    path: '/api/dyads/:source/:target/events',
    tag: 'aggregates',
    summary: "One dyad's events on one day (or a range of up to 31 days), every modality, with their sentences",
    pathParams: DYAD_PATH,
    query: [
      { name: 'from', kind: 'date', required: true, description: 'the day (first day of the range)' },
      dateParam('to', 'last day of the range (default: from; at most 31 days)'),
      ...PAGE_PARAMS,
    ],
    response: 'EventPage',
    async handler({ store, query, path }) {
      const from = query.str('from')!;
      const to = query.str('to') ?? from;
      if (to < from || to > addDays(from, 30)) throw new HttpError(400, 'to: must be from … from + 30 days');
      const dyad = { source: path.str('source')!, target: path.str('target')! };
      // The store narrows by dyad and event date; the day the aggregates place an event on (mentionDate) can
      // be earlier than its date, so that is checked here.
      const candidates: StoredEvent[] = [];
      for (let after: EventFilter['after']; ;) {
        const batch = await store.queryEvents({
          dyad,
          from,
          to,
          order: 'asc',
          limit: 1000,
          ...(after ? { after } : {}),
        });
        candidates.push(...batch);
        const last = batch.at(-1);
        if (batch.length < 1000 || last === undefined || candidates.length > 20_000) break;
        after = eventCursor(last);
      }
      const matching = candidates
        .filter((e) => {
          const date = mentionDate(e);
          return date !== null && date >= from && date <= to;
        })
        .map(withoutPosition);
      return slice(matching, query);
    },
  },
  {
    path: '/api/alerts',
    tag: 'aggregates',
    summary: 'Escalation alerts, newest first, each with the events that drove it',
    query: [
      ...DYAD_SIDES,
      dateParam('from', 'alert day on or after'),
      dateParam('to', 'alert day on or before'),
      ...PAGE_PARAMS,
    ],
    response: 'AlertPage',
    async handler({ aggregates, query }) {
      const global = await (await aggregates.get()).cross();
      const alerts = global.alerts.filter((a) => sidesMatch(a, query) && inRange(a.date, query)).reverse();
      return slice(alerts.map(alertView), query);
    },
  },
  {
    path: '/api/actors',
    tag: 'actors',
    summary: 'Actors across the store, most mentioned first',
    query: [actorParam('actor', 'code prefix or name substring'), ...PAGE_PARAMS],
    response: 'ActorPage',
    async handler({ store, query }) {
      const { limit, offset } = page(query);
      const actor = query.str('actor');
      const items = await store.queryActors({ limit, offset, ...(actor === undefined ? {} : { actor }) });
      return { total: null, limit, offset, items };
    },
  },
  {
    path: '/api/actors/:code',
    tag: 'actors',
    summary: 'One actor (the actor view): stats, weekly asserted events as source and as target, latest events, quotes',
    pathParams: [{ name: 'code', kind: 'string', maxLength: 40, description: 'actor code (RUSGOV) or name' }],
    query: [
      { name: 'limit', kind: 'integer', min: 1, max: MAX_PAGE, default: 20, description: 'events and quotes per list' },
    ],
    response: 'ActorDetail',
    async handler({ store, query, path }) {
      const code = path.str('code')!;
      const limit = query.int('limit') ?? 20;
      const candidates = await store.queryActors({ actor: code, limit: 50 });
      const actor = candidates.find((a) => a.code === code) ?? candidates[0] ?? null;
      if (actor === null) throw new HttpError(404, `actor ${code} not found`);
      const weeks = new Map<string, { asSource: number; asTarget: number }>();
      for (const day of await store.roleDays(actor.code)) {
        const week = weekStart(day.day);
        const w = weeks.get(week) ?? { asSource: 0, asTarget: 0 };
        w.asSource += day.asSource;
        w.asTarget += day.asTarget;
        weeks.set(week, w);
      }
      const timeline = [...weeks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, w]) => ({ week, ...w }));
      const [asSource, asTarget, quotes] = await Promise.all([
        store.queryEvents({ source: actor.code, order: 'desc', limit }),
        store.queryEvents({ target: actor.code, order: 'desc', limit }),
        store.queryQuotes({ speaker: actor.code, limit }),
      ]);
      return {
        actor,
        timeline,
        asSource: asSource.map(withoutPosition),
        asTarget: asTarget.map(withoutPosition),
        quotes,
      };
    },
  },
  {
    path: '/api/quotes',
    tag: 'quotes',
    summary: 'Quotes with their speakers',
    query: [
      actorParam('speaker', 'speaker: code prefix or name substring'),
      { name: 'text', kind: 'string', maxLength: 200, description: 'substring of the quoted text' },
      dateParam('from', 'article date on or after'),
      dateParam('to', 'article date on or before'),
      ...PAGE_PARAMS,
    ],
    response: 'QuotePage',
    async handler({ store, query }) {
      const { limit, offset } = page(query);
      const items = await store.queryQuotes({ ...query.strings(['speaker', 'text', 'from', 'to']), limit, offset });
      return { total: null, limit, offset, items };
    },
  },
  {
    path: '/api/export',
    tag: 'exports',
    summary: 'Events as a download: GDELT 2.0 Events TSV (61 columns), PLOVER JSONL or CSV',
    query: [
      { name: 'format', kind: 'enum', values: EXPORT_FORMATS, required: true, description: 'gdelt, plover or csv' },
      ...EVENT_FILTERS,
      { name: 'limit', kind: 'integer', min: 1, max: 10_000_000, description: 'at most this many rows (default: all)' },
    ],
    response: 'Download',
    handler: exportDownload,
  },
];
