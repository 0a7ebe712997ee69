// The file-walking and streaming edge, on the fixtures in test/fixtures/ingest/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type IngestOptions } from '../../src/ingest/index.ts';
import { contextFor } from '../../src/ingest/context.ts';
import { readSource, DEFAULT_LIMITS } from '../../src/ingest/source.ts';
import type { IngestItem } from '../../src/types.ts';

const FIX = new URL('../fixtures/ingest/', import.meta.url).pathname.replace(/\/$/, '');
const at = (name: string): string => join(FIX, name);

async function collect(paths: readonly string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

const ruleIds = (items: readonly IngestItem[]): string[] =>
  items.flatMap((i) => i.diagnostics.map((d) => `${d.severity}:${d.ruleId}`));

test('seed-form file: id is the file stem, text is the body after the header', async () => {
  const [item, ...rest] = await collect([at('seed-form.txt')]);
  assert.equal(rest.length, 0);
  assert.equal(item?.origin, at('seed-form.txt'));
  assert.equal(item?.article?.id, 'seed-form');
  assert.equal(item?.article?.date, '2022-02-15');
  assert.ok(item?.article?.text.startsWith('The foreign ministers of Poland'));
  assert.ok(item?.article?.text.endsWith('useful.'));
});

test('BOM and CRLF: the BOM is dropped and line ends become LF', async () => {
  const [item] = await collect([at('bom-crlf.txt')]);
  assert.equal(item?.article?.date, '2022-02-15');
  assert.equal(item?.article?.text, 'First line.\nSecond line.');
});

test('plain text takes --date; without it, a warning says to pass --date', async () => {
  const [dated] = await collect([at('plain.txt')], { date: '2022-02-15' });
  assert.equal(dated?.article?.date, '2022-02-15');
  assert.equal(dated?.article?.title, 'Ministers meet in Vilnius');
  assert.deepEqual(dated?.diagnostics, []);
  const [undated] = await collect([at('plain.txt')]);
  assert.equal(undated?.article?.date, null);
  assert.deepEqual(ruleIds([undated!]), ['warning:ingest/no-date']);
  assert.match(undated?.diagnostics[0]?.message ?? '', /plain\.txt: .*--date/);
});

test('JSON Lines: a bad line does not stop the good ones; origins carry the line number', async () => {
  const items = await collect([at('articles.jsonl')]);
  const file = at('articles.jsonl');
  assert.deepEqual(
    items.map((i) => [i.origin.slice(file.length), i.article?.id ?? null]),
    [
      [':1', 'a1'],
      [':2', items[1]?.article?.id ?? 'missing'],
      [':4', null],
      [':5', null],
      [':6', 'a5'],
      [':7', items[5]?.article?.id ?? 'missing'],
      [':8', 'a1~2'],
    ],
  );
  assert.match(items[1]?.article?.id ?? '', /^u-/);
  assert.equal(items[1]?.article?.date, '2022-02-16'); // RFC 2822 with -0500, in UTC
  assert.match(
    items[2]?.diagnostics[0]?.message ?? '',
    /articles\.jsonl:4: invalid JSON \(.*at column \d+\): fix the line/,
  );
  assert.match(items[3]?.diagnostics[0]?.message ?? '', /articles\.jsonl:5: missing field "text"/);
  assert.deepEqual(ruleIds(items), [
    'fatal:ingest/bad-json',
    'fatal:ingest/no-text',
    'warning:ingest/bad-date',
    'warning:ingest/duplicate-id',
  ]);
});

test('ids are deterministic across runs', async () => {
  const ids = async (): Promise<(string | null)[]> =>
    (await collect([at('articles.jsonl'), at('articles.json'), at('feed.rss')])).map((i) => i.article?.id ?? null);
  assert.deepEqual(await ids(), await ids());
});

test('JSON array and {"articles": [...]}: one item per element, #itemN origins', async () => {
  const items = await collect([at('articles.json'), at('wrapped.json')]);
  assert.deepEqual(
    items.map((i) => i.origin.slice(FIX.length + 1)),
    ['articles.json#item1', 'articles.json#item2', 'articles.json#item3', 'wrapped.json#item1'],
  );
  assert.match(items[0]?.article?.id ?? '', /^t-/);
  assert.match(items[1]?.article?.id ?? '', /^u-/);
  assert.equal(items[2]?.article, null);
  assert.equal(items[3]?.article?.id, 'w1');
});

test('malformed JSON document: one fatal item with line and column', async () => {
  const [item, ...rest] = await collect([at('malformed.json')]);
  assert.equal(rest.length, 0);
  assert.equal(item?.diagnostics[0]?.ruleId, 'ingest/bad-json');
  assert.match(item?.diagnostics[0]?.message ?? '', /malformed\.json: invalid JSON \(.* at line 3, column \d+\)/);
});

test('HTML page: article text without nav, ads, scripts or footer; metadata from the head', async () => {
  const [item] = await collect([at('page.html')]);
  const a = item?.article;
  assert.ok(a);
  assert.equal(a.id, 'page');
  assert.equal(a.title, 'Ministers meet in Vilnius');
  assert.equal(a.date, '2022-02-15');
  assert.equal(a.url, 'https://daily.example.org/world/ministers-meet-in-vilnius');
  assert.equal(a.source, 'Example Daily');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[0]?.startsWith('The foreign ministers of Poland and Lithuania met in Vilnius on Tuesday'));
  assert.ok(
    paragraphs.every((p) => !p.includes('\n')),
    'source line breaks inside a paragraph are not kept',
  );
  for (const junk of ['Subscribe', 'Weather', 'loadComments', 'tracking', 'Most read', 'Cookie', 'color: red']) {
    assert.ok(!a.text.includes(junk), junk);
  }
});

test('HTML with nothing extractable is no text', async () => {
  assert.deepEqual(ruleIds(await collect([at('nothing.html')])), ['fatal:ingest/no-text']);
});

test('RSS, Atom and RDF feeds: one article per item with title, url, date and source', async () => {
  const items = await collect([at('feed.rss'), at('feed.atom'), at('feed.rdf')]);
  assert.deepEqual(
    items.map((i) => [i.article?.title, i.article?.url, i.article?.date, i.article?.source]),
    [
      ['Envoys agree to meet again', 'https://wire.example.org/envoys', '2022-02-15', 'Example Wire & Partners'],
      ['Headline only', 'https://wire.example.org/headline-only', '2022-02-16', 'Example Wire & Partners'],
      ['Full content wins over the summary', 'https://wire.example.org/full', null, 'Example Wire & Partners'],
      ['Ministers hold talks', 'https://atom.example.org/talks', '2022-02-16', 'Example Atom News'],
      ['Summary only', 'https://atom.example.org/summary', '2022-02-16', 'Example Atom News'],
      ['RDF item one', 'https://rdf.example.org/one', '2022-02-14', 'Example RDF'],
    ],
  );
  assert.equal(
    items[0]?.article?.text,
    'Envoys from both sides agreed on Tuesday to meet again.\n\nTalks resume next week.',
  );
  assert.equal(items[1]?.article?.text, 'Headline only');
  assert.equal(items[2]?.article?.text, 'The full text of the story, with "quotes".');
  assert.deepEqual(ruleIds([items[2]!]), ['warning:ingest/bad-date']);
  assert.equal(items[3]?.article?.text, 'The ministers held talks in Vilnius.\n\nThey will meet again.');
  assert.equal(new Set(items.map((i) => i.article?.id)).size, items.length);
});

test('broken feed, unknown XML, empty, whitespace-only and binary files are one fatal item each', async () => {
  const names = ['broken.rss', 'unknown.xml', 'empty.txt', 'whitespace.txt', 'binary.png'];
  const items = await collect(names.map(at));
  assert.deepEqual(
    items.map((i) => [i.origin.slice(FIX.length + 1), i.article, i.diagnostics.map((d) => d.ruleId)]),
    [
      ['broken.rss', null, ['ingest/bad-xml']],
      ['unknown.xml', null, ['ingest/unknown-xml']],
      ['empty.txt', null, ['ingest/empty']],
      ['whitespace.txt', null, ['ingest/empty']],
      ['binary.png', null, ['ingest/binary']],
    ],
  );
  for (const item of items) {
    assert.ok(item.diagnostics[0]?.message.includes(item.origin), 'the message names the file');
    assert.ok(!item.diagnostics[0]?.message.includes('\n'), 'one line');
  }
});

test('a Windows-1252 file is read with a warning to save it as UTF-8', async () => {
  const [item] = await collect([at('latin1.txt')], { date: '2022-02-15' });
  assert.equal(item?.article?.text, 'Café owners in Vilnius said the ministère visit went well.');
  assert.deepEqual(ruleIds([item!]), ['warning:ingest/encoding']);
});

test('directories: recursive, sorted, dot-files and dot-directories skipped', async () => {
  const items = await collect([at('dir')]);
  assert.deepEqual(
    items.map((i) => i.origin.slice(FIX.length + 1)),
    ['dir/a.txt', 'dir/sub/b.txt'],
  );
});

test('a missing path is a fatal item naming it; later inputs still run', async () => {
  const items = await collect([at('no-such-file.txt'), at('seed-form.txt')]);
  assert.equal(items[0]?.origin, at('no-such-file.txt'));
  assert.equal(items[0]?.diagnostics[0]?.ruleId, 'ingest/unreadable');
  assert.match(
    items[0]?.diagnostics[0]?.message ?? '',
    /no-such-file\.txt: cannot read \(no such file or directory: check the path\)/,
  );
  assert.equal(items[1]?.article?.id, 'seed-form');
});

test('a whole fixture directory: every input yields items and nothing throws', async () => {
  const items = await collect([FIX]);
  assert.ok(items.filter((i) => i.article !== null).length >= 20);
  assert.ok(items.every((i) => i.article !== null || i.diagnostics.some((d) => d.severity === 'fatal')));
});

test('stdin ("-"): forms are detected the same way; ids come from the content', async () => {
  const stdin = Readable.from([Buffer.from('{"id": "s1", "text": "one"}\n'), Buffer.from('{"text": "two"}\n')]);
  const items = await collect(['-'], { stdin });
  assert.deepEqual(
    items.map((i) => [i.origin, i.article?.text]),
    [
      ['-:1', 'one'],
      ['-:2', 'two'],
    ],
  );
  const [seed] = await collect(['-'], { stdin: Readable.from([Buffer.from('date 2022-02-15 From a pipe.')]) });
  assert.equal(seed?.article?.date, '2022-02-15');
  assert.match(seed?.article?.id ?? '', /^t-[0-9a-f]{12}$/);
});

test('stdin that is a terminal is refused instead of waiting forever', async () => {
  const tty = Object.assign(Readable.from([]), { isTTY: true });
  assert.deepEqual(ruleIds(await collect(['-'], { stdin: tty })), ['fatal:ingest/no-input']);
});

test('JSON Lines stream across chunk boundaries (split lines, split characters, CRLF)', async () => {
  const whole = Buffer.from('{"id": "a", "text": "Kyiv’s envoy"}\r\n{"id": "b", "text": "two"}\r\n', 'utf8');
  const chunks = Array.from({ length: Math.ceil(whole.length / 7) }, (_, i) => whole.subarray(i * 7, i * 7 + 7));
  const items: IngestItem[] = [];
  const limits = { ...DEFAULT_LIMITS, headBytes: 8 };
  for await (const item of readSource(Readable.from(chunks), contextFor('s.jsonl', 's', null), 's.jsonl', limits)) {
    items.push(item);
  }
  assert.deepEqual(
    items.map((i) => i.article?.text),
    ['Kyiv’s envoy', 'two'],
  );
});

test('limits: an over-long JSONL line is skipped with a fatal item; an over-large document is refused', async () => {
  const limits = { headBytes: 1024, maxDocumentBytes: 200, maxLineLength: 100 };
  const jsonl = `{"id": "big", "text": "${'x'.repeat(500)}"}\n{"id": "ok", "text": "fine"}\n`;
  const items: IngestItem[] = [];
  for await (const item of readSource(
    Readable.from([Buffer.from(jsonl)]),
    contextFor('l.jsonl', 'l', null),
    'l.jsonl',
    limits,
  )) {
    items.push(item);
  }
  assert.deepEqual(
    items.map((i) => [i.origin, i.article?.id ?? null, i.diagnostics[0]?.ruleId ?? null]),
    [
      ['l.jsonl:1', null, 'ingest/line-too-long'],
      ['l.jsonl:2', 'ok', null],
    ],
  );
  const big: IngestItem[] = [];
  for await (const item of readSource(
    Readable.from([Buffer.from('x'.repeat(300))]),
    contextFor('b.txt', 'b', null),
    'b.txt',
    limits,
  )) {
    big.push(item);
  }
  assert.deepEqual(ruleIds(big), ['fatal:ingest/too-large']);
});

test('a 10 MB single-line plain text is read in bounded time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-ingest-'));
  try {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, 'The envoy said the talks went well. '.repeat(300_000));
    const started = Date.now();
    const [item] = await collect([path], { date: '2022-02-15' });
    assert.equal(item?.article?.text.length, 'The envoy said the talks went well. '.repeat(300_000).trim().length);
    assert.ok(Date.now() - started < 10_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('UTF-16 with a BOM is decoded', async () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2022-02-15 Kyiv’s envoy.\r\n', 'utf16le')]);
  const items: IngestItem[] = [];
  for await (const item of readSource(Readable.from([bytes]), contextFor('u.txt', 'u', null), 'u.txt'))
    items.push(item);
  assert.equal(items[0]?.article?.text, 'Kyiv’s envoy.');
  assert.equal(items[0]?.article?.date, '2022-02-15');
});
