// `detente watch` end to end through bin/detente.js: --once with a feed list, the state file, --status.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { startServer, type TestServer } from './server.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'detente-watch-cli-'));
const db = join(dir, 'news.db');
let server: TestServer;

function detente(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: '' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('watch --once stores new articles, keeps state next to the DB; a second run stores nothing', async () => {
  const feeds = join(dir, 'feeds.opml');
  writeFileSync(feeds, server.fixture('feeds.opml'));
  const first = await detente(['watch', '--feeds', feeds, '--db', db, '--once']);
  // The ftp outline is refused with a message, so the run reports a problem (exit 1) but still watches the rest.
  assert.equal(first.code, 1, first.stderr);
  assert.match(first.stderr, /ftp:\/\/example\.org\/feed\.xml.*only http and https/);
  assert.match(first.stderr, /round: 2 feeds, 0 failed, 2 articles stored/);
  assert.match(first.stdout, /world\.xml\?a=1&b=2\s+ok\s+2\s+2\s+2\s+1/);

  const statePath = `${db}.watch.json`;
  assert.ok(existsSync(statePath));
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as { feeds: Record<string, { etag: string | null }> };
  assert.equal(state.feeds[`${server.base}/world.xml?a=1&b=2`]?.etag, '"world.xml"');

  const second = await detente(['watch', '--feeds', feeds, '--db', db, '--once']);
  assert.match(second.stderr, /round: 2 feeds, 0 failed, 0 articles stored/);
  assert.match(second.stdout, /world\.xml\?a=1&b=2\s+not-modified/);

  const store = await openStore(db, { readonly: true });
  try {
    assert.equal((await store.counts()).articles, 2);
  } finally {
    await store.close();
  }

  const status = await detente(['watch', '--status', '--db', db]);
  assert.equal(status.code, 0);
  assert.match(status.stdout, /^feed\s+last\s+items\s+new\s+stored/);
  assert.match(status.stdout, /empty\.xml\s+ok\s+0/);
});

test('watch without --feeds, or with a list of nothing fetchable, is a usage error', async () => {
  const none = await detente(['watch', '--db', db, '--once']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--feeds FILE is required/);
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, 'file:///etc/passwd\n');
  const refused = await detente(['watch', '--feeds', bad, '--db', db, '--once']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /bad\.txt:1: refusing file: URL/);
  assert.match(refused.stderr, /no http\(s\) feed URLs to watch/);
});

test('without --once, watch polls every --interval seconds and stops cleanly on SIGTERM', async () => {
  const { spawn } = await import('node:child_process');
  const feeds = join(dir, 'one.txt');
  const loopDb = join(dir, 'loop.db');
  writeFileSync(feeds, `${server.base}/empty.xml\n`);
  const mark = server.requests.length;
  const child = spawn(process.execPath, [BIN, 'watch', '--feeds', feeds, '--db', loopDb, '--interval', '1'], {
    env: { ...process.env, TZ: 'UTC', DETENTE_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const polls = () => server.requests.slice(mark).filter((r) => r.path === '/empty.xml').length;
  const deadline = Date.now() + 30_000;
  while (polls() < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // Let the second round finish (state saved) before asking it to stop.
  while ((stderr.match(/round:/g) ?? []).length < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.ok(polls() >= 2, 'polled at least twice');
  const state = JSON.parse(readFileSync(`${loopDb}.watch.json`, 'utf8')) as {
    feeds: Record<string, { health: { lastSuccess: string | null } }>;
  };
  assert.notEqual(state.feeds[`${server.base}/empty.xml`]?.health.lastSuccess, null);
});
