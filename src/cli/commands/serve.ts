// `detente serve`: the JSON API and the dashboard over a store. Loopback by default; another address needs a
// token (--token or DETENTE_TOKEN). Runs until interrupted (Ctrl-C), then closes the server and the store.
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { openStore, redactDbSpec, resolveDbPath } from '../../store/index.ts';
import { checkExposure, listen } from '../../server/listen.ts';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
}

export const DEFAULT_PORT = 8787;

export function registerServe(program: Command, _context: CommandContext): void {
  program
    .command('serve')
    .description('serve the JSON API (/api, OpenAPI at /api/openapi.json) and the dashboard')
    .option('--db <path>', 'store: an SQLite file or a postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--port <n>', 'TCP port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to bind; anything but loopback requires a token', '127.0.0.1')
    .option('--token <secret>', 'access token (default: $DETENTE_TOKEN); requests send Authorization: Bearer <token>')
    .action(async (options: ServeOptions) => {
      if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) {
        throw new Error(`--port ${options.port}: expected a port number 0–65535`);
      }
      const envToken = process.env['DETENTE_TOKEN'];
      const token = options.token ?? (envToken === undefined || envToken === '' ? undefined : envToken);
      checkExposure(options.host, token);
      const db = resolveDbPath(options.db);
      const store = await openStore(db, { readonly: true });
      const running = await listen(store, {
        host: options.host,
        port: Number(options.port),
        db,
        ...(token === undefined ? {} : { token }),
      }).catch(async (error: unknown) => {
        await store.close();
        if ((error as { code?: unknown }).code === 'EADDRINUSE') {
          throw new Error(`--port ${options.port} is in use: pick another port with --port (0 picks a free one)`);
        }
        throw error;
      });
      const counts = await store.counts();
      process.stdout.write(`Détente dashboard: ${running.url}\n`);
      process.stderr.write(
        `serving ${counts.articles} articles, ${counts.events} events from ${redactDbSpec(db)}` +
          `${token === undefined ? '' : ' (token required)'}; Ctrl-C to stop\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
      await store.close();
    });
}
