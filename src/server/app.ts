// The HTTP application: security middleware, the JSON API from the route table, the OpenAPI document and the
// dashboard's static files. Created from a store so tests drive it in-process with app.request().
import { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { AggregateCache } from './aggregates.ts';
import { buildInWorker } from './pair-client.ts';
import { errorBody, HttpError } from './http-error.ts';
import { openApiDocument } from './openapi.ts';
import { parsePath, parseQuery, Params } from './params.ts';
import { ROUTES } from './routes.ts';
import { hostGuard, securityHeaders, tokenGuard } from './security.ts';
import { webAssets } from './web-assets.ts';

export interface AppOptions {
  /** When set, every request needs it (Authorization: Bearer, or the cookie set by /?token=). */
  readonly token?: string;
  /** Answer only requests whose Host is a loopback name (default: true when there is no token). */
  readonly loopbackOnly?: boolean;
  /** Read the stored pair results now and start building what is missing or stale, so the overview has it sooner. */
  readonly warm?: boolean;
  /**
   * The database's address (file path or postgres:// URL): stories are then built in a worker thread over its
   * own read-only connection, so a long build never holds up a request. Without it they are built in-thread.
   */
  readonly db?: string;
  /** Aborted when the server closes: ends the worker thread (see `db`). */
  readonly signal?: AbortSignal;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const aggregates = new AggregateCache(
    store,
    options.db === undefined ? {} : { build: buildInWorker(options.db, options.signal) },
  );
  const assets = webAssets();
  // A failure shows on the first request that needs the pair results.
  if (options.warm === true)
    aggregates
      .get()
      .then((snapshot) => snapshot.book())
      .catch(() => undefined);

  app.use('*', securityHeaders());
  if (options.loopbackOnly ?? options.token === undefined) app.use('*', hostGuard());
  if (options.token !== undefined) app.use('*', tokenGuard(options.token));

  const openapi = openApiDocument(ROUTES);
  app.get('/api/openapi.json', (c) => c.json(openapi));

  for (const route of ROUTES) {
    app.get(route.path, async (c) => {
      const query = parseQuery(new URL(c.req.url), route.query);
      const path = route.pathParams === undefined ? new Params(new Map()) : parsePath(c.req.param(), route.pathParams);
      const result = await route.handler({ store, aggregates, query, path });
      return result instanceof Response ? result : c.json(result);
    });
  }

  app.all('/api/*', (c) => {
    const known = ROUTES.some((r) => new RegExp(`^${r.path.replace(/:[a-z]+/gi, '[^/]+')}$`).test(c.req.path));
    return known || c.req.path === '/api/openapi.json'
      ? c.json(errorBody(405, `${c.req.method} not allowed: the API is read-only (GET)`), 405)
      : c.json(errorBody(404, `no such endpoint: ${c.req.path} (see /api/openapi.json)`), 404);
  });

  app.get('*', async (c) => {
    const pending = assets(c.req.path);
    if (pending === null) return c.json(errorBody(404, `not found: ${c.req.path}`), 404);
    const asset = await pending;
    return c.body(asset.body, 200, { 'content-type': asset.type });
  });

  app.notFound((c) => c.json(errorBody(404, `not found: ${c.req.path}`), 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.status, error.message), error.status);
    // Internal details stay in the server log, not in the response.
    console.error(error);
    return c.json(errorBody(500, 'internal error'), 500);
  });
  return app;
}
