// The OpenAPI 3.1 document, generated from the route table (paths, parameters, validation bounds) plus a few
// hand-written schemas for the records every list returns.
import type { ParamSpec } from './params.ts';
import type { Route } from './route.ts';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

function paramSchema(spec: ParamSpec): Json {
  switch (spec.kind) {
    case 'date':
      return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'integer':
      return {
        type: 'integer',
        ...(spec.min === undefined ? {} : { minimum: spec.min }),
        ...(spec.max === undefined ? {} : { maximum: spec.max }),
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'enum':
      return {
        type: 'string',
        enum: [...(spec.values ?? [])],
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'string':
      return { type: 'string', minLength: 1, maxLength: spec.maxLength ?? 200 };
  }
}

function parameter(spec: ParamSpec, where: 'query' | 'path'): Json {
  return {
    name: spec.name,
    in: where,
    required: where === 'path' || spec.required === true,
    description: spec.description,
    schema: paramSchema(spec),
  };
}

const nullable = (type: string): Json => ({ type: [type, 'null'] });
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string): Json => ({
  type: 'object',
  required: ['total', 'limit', 'offset', 'items'],
  properties: {
    total: { ...{ type: ['integer', 'null'] }, description: 'matching rows; null when not counted' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: ref(item) },
    next: {
      type: ['string', 'null'],
      description: 'events and articles: the cursor of the following page (pass as `after`); null on the last page',
    },
  },
});
const object = (description: string): Json => ({ type: 'object', description });

const SCHEMAS: Record<string, Json> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'message'],
        properties: { status: { type: 'integer' }, message: { type: 'string' } },
      },
    },
  },
  Actor: {
    type: 'object',
    required: ['text', 'name', 'code', 'country', 'sector', 'type', 'id'],
    properties: {
      text: { type: 'string' },
      name: { type: 'string' },
      code: { type: 'string', examples: ['RUSGOV', 'IGOWSTNAT'] },
      country: nullable('string'),
      sector: nullable('string'),
      type: { enum: ['person', 'state', 'organization', 'igo', 'region', 'group'] },
      id: nullable('string'),
    },
  },
  Event: {
    type: 'object',
    description: 'The event record of the NDJSON output contract (DESIGN.md), field for field',
    properties: {
      id: { type: 'string' },
      sentenceIndex: { type: 'integer' },
      sentence: { type: 'string' },
      trigger: {
        type: 'object',
        properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
      },
      date: nullable('string'),
      source: { oneOf: [ref('Actor'), { type: 'null' }] },
      target: { oneOf: [ref('Actor'), { type: 'null' }] },
      cameo: { type: 'string' },
      plover: nullable('string'),
      mode: nullable('string'),
      goldstein: { type: 'number' },
      quadClass: { enum: [1, 2, 3, 4] },
      modality: { enum: ['asserted', 'negated', 'hypothetical'] },
      reportedBy: { oneOf: [ref('Actor'), { type: 'null' }] },
      confidence: { type: 'number' },
      rule: { type: 'string' },
      dictionaryVersion: { type: 'string' },
    },
  },
  ArticleRef: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      date: nullable('string'),
      title: nullable('string'),
      url: nullable('string'),
      source: nullable('string'),
    },
  },
  StoredEvent: {
    type: 'object',
    required: ['event', 'article'],
    properties: { event: ref('Event'), article: ref('ArticleRef') },
  },
  EventPage: page('StoredEvent'),
  ArticlePage: page('ArticleListing'),
  ArticleListing: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      date: nullable('string'),
      title: nullable('string'),
      url: nullable('string'),
      source: nullable('string'),
      events: { type: 'integer' },
      quotes: { type: 'integer' },
    },
  },
  StoryPage: page('Story'),
  DyadPage: page('DyadSummary'),
  AlertPage: page('Alert'),
  ActorPage: page('ActorStats'),
  QuotePage: page('StoredQuote'),
  Story: object('A story: mentions merged across articles (src/aggregate/stories.ts)'),
  DyadSummary: object('{source, target, events, cooperation, conflict, first, last}'),
  Alert: object('{source, target, date, level, score, events, since, evidence[]}'),
  ActorStats: object('{code, name, type, country, sector, id, articles, mentions, asSource, asTarget}'),
  StoredQuote: object('{quote: {text, start, end, speaker}, index, article}'),
  StoredArticle: object('{article: {id, date, title, url, source, text}, result: the NDJSON contract record}'),
  Overview: object(
    '{counts, range, alerts[], escalating[], dyads[], volume[], pending}: pending is {done, total} pairs of states while pairs with no stored result are built (alerts and the escalation ranking are empty until then), else null',
  ),
  DyadDetail: object(
    '{dyad, summary, period, level, series[], index[], alerts[], pending}: pending is true while the pair, which has no stored result, is built (series, index and alerts empty; ask again)',
  ),
  ActorDetail: object('{actor, timeline[{week, asSource, asTarget}], asSource[], asTarget[], quotes[]}'),
};

const ERRORS: Json = {
  '400': {
    description: 'invalid parameter (the message names it)',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '401': { description: 'missing or wrong bearer token', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'not found', content: { 'application/json': { schema: ref('Error') } } },
};

export function openApiDocument(routes: readonly Route[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const ok: Json =
      route.response === 'Download'
        ? {
            description: 'a file download (TSV, JSONL or CSV)',
            content: { 'text/plain': { schema: { type: 'string' } } },
          }
        : { description: 'OK', content: { 'application/json': { schema: ref(route.response) } } };
    paths[route.path.replace(/:([a-z]+)/gi, '{$1}')] = {
      get: {
        tags: [route.tag],
        summary: route.summary,
        parameters: [
          ...(route.pathParams ?? []).map((p) => parameter(p, 'path')),
          ...route.query.map((p) => parameter(p, 'query')),
        ],
        responses: { '200': ok, ...(ERRORS as Record<string, Json>) },
      },
    };
  }
  paths['/api/openapi.json'] = {
    get: { tags: ['meta'], summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Détente API',
      version: '0.1.0',
      description:
        'Read-only JSON API over a Détente store: events with evidence, articles, quotes, actors, stories, dyad series and alerts. Errors are {"error": {"status", "message"}}.',
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'required when not bound to loopback' },
      },
    },
    paths,
  };
}
