// Starting the HTTP server on an address: the CLI's `serve` and the browser tests use this.
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { isLoopback } from './security.ts';

export interface ListenOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly token?: string;
  /** The database's address, for the worker thread that builds stories (see AppOptions.db). */
  readonly db?: string;
}

export interface Running {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Refuses a non-loopback address without a token: the API would be open to the network. */
export function checkExposure(host: string, token: string | undefined): void {
  if (!isLoopback(host) && (token === undefined || token === '')) {
    throw new Error(`--host ${host} is not loopback: give --token (or DETENTE_TOKEN) so requests must authenticate`);
  }
  if (token !== undefined && token.length < 16) throw new Error('--token: use at least 16 characters');
}

export async function listen(store: Store, options: ListenOptions): Promise<Running> {
  checkExposure(options.host, options.token);
  const stopping = new AbortController();
  const app = createApp(store, {
    warm: true,
    signal: stopping.signal,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.db === undefined ? {} : { db: options.db }),
  });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}/`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              stopping.abort();
              server.close(() => done());
            }),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
