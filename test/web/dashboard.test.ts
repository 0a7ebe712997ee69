// The dashboard end to end in Debian's Chromium (playwright-core, never a downloaded browser): the real server on
// 127.0.0.1 with a random port over the fixture store; every view loads without console errors, the alert →
// evidence sentence click path works, a click on the dyad chart lists that day's events, hostile article markup
// stays text. Screenshots go to $DETENTE_SCREENSHOTS (default ci-artifacts/screenshots).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listen, type Running } from '../../src/server/listen.ts';
import { fixtureStore, type TempStore } from '../server/store.ts';

const CHROMIUM = process.env['DETENTE_TEST_CHROMIUM'] ?? '/usr/bin/chromium';
const SHOTS = process.env['DETENTE_SCREENSHOTS'] ?? 'ci-artifacts/screenshots';
const skip = existsSync(CHROMIUM)
  ? false
  : `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set DETENTE_TEST_CHROMIUM)`;

let temp: TempStore;
let server: Running;
let browser: Browser;

before(async () => {
  if (skip !== false) return;
  mkdirSync(SHOTS, { recursive: true });
  temp = await fixtureStore();
  server = await listen(temp.store, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
});

after(async () => {
  if (skip !== false) return;
  await browser?.close();
  await server?.close();
  await temp?.dispose();
});

interface Watched {
  readonly page: Page;
  readonly errors: string[];
}

async function open(width: number, height: number): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  return { page, errors };
}

/** Goes to a dashboard route and waits until the view has rendered it. */
async function navigate(page: Page, hash: string): Promise<void> {
  const before = await page.evaluate(() => document.getElementById('view')?.dataset['ready'] ?? 'none');
  if (page.url().startsWith(server.url)) await page.evaluate((h) => (location.hash = h), hash);
  else await page.goto(`${server.url}#${hash}`);
  await page.waitForFunction((b) => {
    const v = document.getElementById('view');
    return (
      v !== null &&
      v.dataset['ready'] !== undefined &&
      v.dataset['ready'] !== b &&
      v.getAttribute('aria-busy') === 'false'
    );
  }, before);
}

const VIEWS: readonly (readonly [name: string, hash: string, heading: RegExp])[] = [
  ['overview', '/', /Overview/],
  ['dyad', '/dyad/RUS/UKR', /RUS → UKR/],
  ['article', '/article/2022-02-14-alpha-10', /shelled Ukrainian positions/],
  ['actor', '/actor/RUSMIL', /Russian military/],
  ['search', '/search?text=troops', /Search events/],
  ['articles', '/articles?source=alpha', /Articles/],
];

test('every view loads with no console errors, on a laptop and on a phone', { skip }, async () => {
  for (const [label, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    const { page, errors } = await open(width, height);
    for (const [name, hash, heading] of VIEWS) {
      await navigate(page, hash);
      assert.match((await page.textContent('#view h1')) ?? '', heading, `${name} heading`);
      assert.equal(await page.locator('#view .error').count(), 0, `${name} shows no error box`);
      await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
    }
    // Content fits the phone: no horizontal page scroll.
    if (label === 'phone') {
      await navigate(page, '/');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `overview overflows the phone by ${overflow}px`);
    }
    assert.deepEqual(errors, [], `console errors on ${label}`);
    await page.close();
  }
});

test('an alert leads to the sentence behind it in its article', { skip }, async () => {
  const { page, errors } = await open(1280, 900);
  await navigate(page, '/');
  const alert = page.locator('.alerts li.alert').first();
  assert.match((await alert.textContent()) ?? '', /RUS → UKR/);
  const link = alert.locator('a.evidence-link');
  const sentence = (await link.textContent()) ?? '';
  assert.match(sentence, /Russian troops/);
  await link.click();
  await page.waitForFunction(() => document.querySelector('#article-text .hl-focus') !== null);
  assert.match(page.url(), /#\/article\/[^?]+\?event=/);
  const focused = await page.$$eval('#article-text .hl-focus', (els) => els.map((e) => e.textContent ?? '').join(''));
  assert.equal(focused, sentence, 'the highlighted sentence is the alert evidence');
  assert.equal(await page.locator('table.events tr.focus').count(), 1, 'the event row is marked');
  await page.screenshot({ path: join(SHOTS, 'alert-to-sentence.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("clicking a day on the dyad chart lists that day's events with sentences", { skip }, async () => {
  const { page, errors } = await open(1280, 900);
  await navigate(page, '/dyad/RUS/UKR');
  // A day button first (keyboard and phone path).
  await page.click('.days button[data-date="2022-02-15"]');
  await page.waitForFunction(() => /2022-02-15/.test(document.querySelector('#day-events h2')?.textContent ?? ''));
  assert.match((await page.textContent('#day-events')) ?? '', /attacked a Ukrainian border post/);
  assert.equal(await page.locator('#day-events li.event').count(), 2, 'both outlets');
  // Then the chart itself: the right edge of the plot is the last day (2022-02-18, with a negated event too).
  const over = page.locator('#dyad-chart .u-over');
  const box = await over.boundingBox();
  assert.ok(box !== null);
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await page.waitForFunction(() => /2022-02-18/.test(document.querySelector('#day-events h2')?.textContent ?? ''));
  const day = (await page.textContent('#day-events')) ?? '';
  assert.match(day, /blockaded the Ukrainian port of Mariupol/);
  assert.match(day, /did not attack Kyiv/);
  assert.match(day, /negated/);
  await page.screenshot({ path: join(SHOTS, 'dyad-day-click.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('markup in article text, title, quotes and URLs stays text', { skip }, async () => {
  const { page, errors } = await open(1280, 900);
  await navigate(page, '/article/hostile');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('#view img').count(), 0, 'no <img> from content');
  assert.equal(await page.locator('#view script').count(), 0, 'no <script> from content');
  assert.equal(await page.locator('#view a[href^="javascript"]').count(), 0, 'no javascript: link');
  assert.match((await page.textContent('#view h1')) ?? '', /<script>window.__pwned=3<\/script>Hostile <b>title<\/b>/);
  assert.match((await page.textContent('#article-text')) ?? '', /<img src=x onerror="window.__pwned=1">/);
  assert.ok((await page.locator('#article-text .hl-quote').count()) > 0, 'the quote is highlighted');
  assert.ok((await page.locator('#article-text .hl-actor').count()) >= 2, 'Lavrov and NATO are highlighted');
  await navigate(page, '/search?text=provocations');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await page.screenshot({ path: join(SHOTS, 'hostile-article.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('articles view: an outlet filter lists only that outlet; each row opens its article', { skip }, async () => {
  const { page, errors } = await open(1280, 900);
  await navigate(page, '/articles?source=beta');
  const meta = await page.locator('#article-list li.article .muted').allTextContents();
  assert.equal(meta.length, 10, 'the beta outlet has ten articles');
  assert.ok(
    meta.every((m) => m.includes('beta.example')),
    'only the outlet asked for',
  );
  assert.equal(await page.locator('#article-list a.next').count(), 0, 'one page: no older link');
  const href = (await page.locator('#article-list li.article a').first().getAttribute('href'))!;
  await navigate(page, href.slice(1));
  assert.equal(await page.locator('#article-text').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});
