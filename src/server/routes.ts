// The JSON API: thin handlers over the Store and the aggregate stage (no business logic here). Lists are
// `{total, limit, offset, items}`; `total` is exact where the store counts cheaply and null where it would not.
import type { EventFilter, StoredEvent } from '../store/index.ts';
import type { Modality } from '../types.ts';
import { aggregateSeries, mentionObservations, storyObservations } from '../aggregate/series.ts';
import { mentionDate } from '../aggregate/stories.ts';
import { matchesSide, eventDyad } from '../aggregate/dyads.ts';
import { alertRecord, type Alert } from '../aggregate/alerts.ts';
import { addDays, weekStart } from '../aggregate/dates.ts';
import { EXPORT_FORMATS, EXPORT_MEDIA, exportEvents, type ExportFormat } from '../export/index.ts';
import { storyCounts } from '../export/counts.ts';
import { HttpError } from './http-error.ts';
import { MAX_PAGE, PAGE_PARAMS, type ParamSpec, type Params } from './params.ts';
import type { Route } from './route.ts';
import type { Aggregates } from './aggregates.ts';

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
}

function page(query: Params): { limit: number; offset: number } {
  return { limit: query.int('limit') ?? 50, offset: query.int('offset') ?? 0 };
}

function slice<T>(all: readonly T[], query: Params): Page<T> {
  const { limit, offset } = page(query);
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}

function eventFilter(query: Params): EventFilter {
  const filter: EventFilter = {
    ...query.strings(['source', 'target', 'plover', 'cameo', 'from', 'to', 'text']),
    ...page(query),
    order: query.str('order') === 'asc' ? 'asc' : 'desc',
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

/** Rank of dyads by escalation over the last week of the covered range: mean daily index. */
function escalating(agg: Aggregates, count: number) {
  if (agg.range === null) return [];
  const weekFrom = addDays(agg.range.to, -6);
  const ranked = [];
  for (const dyad of agg.dyads.slice(0, 300)) {
    const index = agg.index(dyad);
    if (index === null) continue;
    const recent = index.points.filter((p) => p.date >= weekFrom);
    if (recent.length === 0) continue;
    const mean = recent.reduce((s, p) => s + p.index, 0) / recent.length;
    ranked.push({ ...dyad, index: Math.round(mean * 1000) / 1000, latest: recent.at(-1)!.index });
  }
  return ranked.sort((a, b) => b.index - a.index || b.events - a.events).slice(0, count);
}

/** Asserted events per day over the last `days` days of the range (mention level). */
function volume(agg: Aggregates, days: number) {
  if (agg.records.length === 0) return [];
  const perDay = new Map<string, { events: number; cooperation: number; conflict: number }>();
  let first = '';
  let last = '';
  for (const r of agg.records) {
    const date = mentionDate(r);
    if (date === null) continue;
    if (date > last) last = date;
    if (first === '' || date < first) first = date;
    const day = perDay.get(date) ?? { events: 0, cooperation: 0, conflict: 0 };
    day.events++;
    if (r.event.quadClass <= 2) day.cooperation++;
    else day.conflict++;
    perDay.set(date, day);
  }
  if (last === '') return [];
  const out = [];
  const start = addDays(last, -(days - 1));
  for (let d = start > first ? start : first; d <= last; d = addDays(d, 1)) {
    out.push({ date: d, ...(perDay.get(d) ?? { events: 0, cooperation: 0, conflict: 0 }) });
  }
  return out;
}

/** Distinct articles, newest first, found through the events (the Store has no article listing yet). */
async function listArticles(ctx: Parameters<Route['handler']>[0]) {
  const { limit, offset } = page(ctx.query);
  const seen = new Map<string, StoredEvent['article'] & { events: number }>();
  const filter = { ...ctx.query.strings(['from', 'to', 'text']), order: 'desc' as const };
  const wanted = offset + limit;
  for (let eventOffset = 0; ; eventOffset += 1000) {
    const events = await ctx.store.queryEvents({ ...filter, limit: 1000, offset: eventOffset });
    for (const { article } of events) {
      const row = seen.get(article.id);
      if (row !== undefined) row.events++;
      else if (seen.size < wanted + 1) seen.set(article.id, { ...article, events: 1 });
    }
    if (events.length < 1000 || seen.size > wanted) break;
  }
  const all = [...seen.values()];
  return { total: null, limit, offset, items: all.slice(offset, offset + limit) };
}

async function exportDownload(ctx: Parameters<Route['handler']>[0]): Promise<Response> {
  const format = ctx.query.str('format') as ExportFormat;
  const agg = format === 'gdelt' ? await ctx.aggregates.get() : null;
  const filter: EventFilter = {
    ...ctx.query.strings(['source', 'target', 'plover', 'cameo', 'from', 'to', 'text']),
    ...(ctx.query.int('limit') === undefined ? {} : { limit: ctx.query.int('limit')! }),
    ...(ctx.query.str('modality') === undefined ? {} : { modality: ctx.query.str('modality') as Modality }),
  };
  const chunks = exportEvents(ctx.store, {
    format,
    filter,
    ...(agg === null ? {} : { counts: storyCounts(agg.stories) }),
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
    async handler({ store, aggregates, query }) {
      const agg = await aggregates.get();
      return {
        counts: aggregates.counts() ?? (await store.counts()),
        range: agg.range,
        alerts: agg.alerts.slice(-10).reverse().map(alertView),
        escalating: agg.memo('escalating', () => escalating(agg, 10)),
        dyads: agg.dyads.slice(0, 10),
        volume: agg.memo(`volume:${query.int('days') ?? 90}`, () => volume(agg, query.int('days') ?? 90)),
      };
    },
  },
  {
    path: '/api/articles',
    tag: 'articles',
    summary: 'Articles that have events, newest first (found through their events)',
    query: [dateParam('from', 'first day'), dateParam('to', 'last day'), EVENT_FILTERS[6]!, ...PAGE_PARAMS],
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
    query: [...EVENT_FILTERS, ORDER, ...PAGE_PARAMS],
    response: 'EventPage',
    async handler({ store, query }) {
      const filter = eventFilter(query);
      const [items, total] = await Promise.all([store.queryEvents(filter), store.countEvents(filter)]);
      return { total, limit: filter.limit, offset: filter.offset, items };
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
      const agg = await aggregates.get();
      const stories = agg.stories.filter((s) => sidesMatch(s.dyad, query) && inRange(s.firstDate, query));
      const page = slice([...stories].reverse(), query);
      // A big story has thousands of mentions: the list shows the first few, the count says how many.
      return {
        ...page,
        items: page.items.map((s) => ({ ...s, mentionCount: s.mentions.length, mentions: s.mentions.slice(0, 10) })),
      };
    },
  },
  {
    path: '/api/dyads',
    tag: 'aggregates',
    summary: 'Directed dyads with asserted event counts, busiest first',
    query: [...DYAD_SIDES, ...PAGE_PARAMS],
    response: 'DyadPage',
    async handler({ aggregates, query }) {
      const agg = await aggregates.get();
      return slice(
        agg.dyads.filter((d) => sidesMatch(d, query)),
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
      const agg = await aggregates.get();
      const dyad = { source: path.str('source')!, target: path.str('target')! };
      const records = agg.byDyad.get(`${dyad.source}→${dyad.target}`) ?? [];
      const period = query.str('period') === 'week' ? 'week' : 'day';
      const level = query.str('level') === 'story' ? 'story' : 'mention';
      const from = query.str('from');
      const all = agg.memo(`series:${dyad.source}→${dyad.target}:${period}:${level}`, () =>
        aggregateSeries(
          level === 'mention'
            ? mentionObservations(records)
            : agg
                .memo('story-observations', () => storyObservations(agg.stories))
                .filter((o) => o.dyad.source === dyad.source && o.dyad.target === dyad.target),
          period,
        ),
      );
      const series = all.filter(
        (p) => inRange(p.period, query) || (from !== undefined && period === 'week' && p.period === weekStart(from)),
      );
      const index = (agg.index(dyad)?.points ?? [])
        .filter((p) => inRange(p.date, query))
        .map((p) => ({ date: p.date, index: p.index, hostility: p.hostility, baseline: p.baseline }));
      const alerts = agg.alerts
        .filter((a) => a.source === dyad.source && a.target === dyad.target && inRange(a.date, query))
        .map(alertView);
      const summary = agg.dyads.find((d) => d.source === dyad.source && d.target === dyad.target) ?? null;
      return { dyad, summary, period, level, series, index, alerts };
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
      const source = path.str('source')!;
      const target = path.str('target')!;
      // The store narrows by code prefix and date; the dyad rule (states fold sectors) is applied here.
      const candidates: StoredEvent[] = [];
      for (let offset = 0; ; offset += 1000) {
        const batch = await store.queryEvents({ source, target, from, to, order: 'asc', limit: 1000, offset });
        candidates.push(...batch);
        if (batch.length < 1000 || candidates.length > 20_000) break;
      }
      const matching = candidates.filter((e) => {
        const dyad = eventDyad(e);
        const date = mentionDate(e);
        return (
          dyad !== null &&
          dyad.source === source &&
          dyad.target === target &&
          date !== null &&
          date >= from &&
          date <= to
        );
      });
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
      const agg = await aggregates.get();
      const alerts = agg.alerts.filter((a) => sidesMatch(a, query) && inRange(a.date, query)).reverse();
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
    async handler({ store, aggregates, query, path }) {
      const code = path.str('code')!;
      const limit = query.int('limit') ?? 20;
      const candidates = await store.queryActors({ actor: code, limit: 50 });
      const actor = candidates.find((a) => a.code === code) ?? candidates[0] ?? null;
      if (actor === null) throw new HttpError(404, `actor ${code} not found`);
      const agg = await aggregates.get();
      const weeks = new Map<string, { asSource: number; asTarget: number }>();
      for (const r of agg.records) {
        const src = r.event.source?.code === actor.code;
        const tgt = r.event.target?.code === actor.code;
        if (!src && !tgt) continue;
        const date = mentionDate(r);
        if (date === null) continue;
        const week = weekStart(date);
        const w = weeks.get(week) ?? { asSource: 0, asTarget: 0 };
        if (src) w.asSource++;
        if (tgt) w.asTarget++;
        weeks.set(week, w);
      }
      const timeline = [...weeks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, w]) => ({ week, ...w }));
      const [asSource, asTarget, quotes] = await Promise.all([
        store.queryEvents({ source: actor.code, order: 'desc', limit }),
        store.queryEvents({ target: actor.code, order: 'desc', limit }),
        store.queryQuotes({ speaker: actor.code, limit }),
      ]);
      return { actor, timeline, asSource, asTarget, quotes };
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
