// A route of the JSON API: its path, what it is for and the parameters it accepts. The app registers the
// handlers and the OpenAPI document describes the same table, so the two cannot drift apart.
import type { Store } from '../store/index.ts';
import type { AggregateCache } from './aggregates.ts';
import type { ParamSpec, Params } from './params.ts';

export interface RouteContext {
  readonly store: Store;
  readonly aggregates: AggregateCache;
  readonly query: Params;
  readonly path: Params;
}

export interface Route {
  /** Hono path syntax: /api/articles/:id */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly pathParams?: readonly ParamSpec[];
  readonly query: readonly ParamSpec[];
  /** JSON-serialisable body, or a ready Response (downloads). */
  readonly handler: (context: RouteContext) => Promise<unknown>;
  /** Name of the response schema in the OpenAPI components. */
  readonly response: string;
}
