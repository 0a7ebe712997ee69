// The pure parsers: string in, items out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFor } from '../../src/ingest/context.ts';
import { parseFeed } from '../../src/ingest/feed.ts';
import { htmlToText, nodeToText, simpleHtmlToText } from '../../src/ingest/html-text.ts';
import { parseHTML } from 'linkedom';
import { markupShape, parseHtml } from '../../src/ingest/html.ts';
import { createIdRegistry } from '../../src/ingest/ids.ts';
import { parseJsonDocument, parseJsonLine } from '../../src/ingest/json.ts';
import { headline, parsePlain, parseSeed } from '../../src/ingest/single.ts';
import type { IngestItem } from '../../src/types.ts';

const ctx = contextFor('in/file.txt', 'file', null);
const rules = (item: IngestItem): string[] => item.diagnostics.map((d) => `${d.severity}:${d.ruleId}`);

test('seed form: the date header is cut off, the body is the text', () => {
  const item = parseSeed('  date 2022-02-15 Lavrov met Rau.\nThey talked.\n', ctx);
  assert.deepEqual(item.article, {
    id: 'file',
    date: '2022-02-15',
    title: null,
    url: null,
    source: null,
    text: 'Lavrov met Rau.\nThey talked.',
  });
  assert.deepEqual(item.diagnostics, []);
});

test('seed form: an impossible date warns and falls back to --date', () => {
  const item = parseSeed('date 2022-02-30 Text.', contextFor('f.txt', 'f', '2022-03-01'));
  assert.equal(item.article?.date, '2022-03-01');
  assert.deepEqual(rules(item), ['warning:ingest/bad-date']);
  assert.match(item.diagnostics[0]?.message ?? '', /f\.txt: header date "2022-02-30".*YYYY-MM-DD/);
});

test('seed form: a header without a body is no text', () => {
  assert.deepEqual(rules(parseSeed('date 2022-02-15   \n', ctx)), ['fatal:ingest/no-text']);
});

test('plain text: date from --date, else a warning that says to pass --date', () => {
  const dated = parsePlain('Some news.', contextFor('a.txt', 'a', '2022-02-15'));
  assert.equal(dated.article?.date, '2022-02-15');
  assert.deepEqual(dated.diagnostics, []);
  const undated = parsePlain('Some news.', ctx);
  assert.equal(undated.article?.date, null);
  assert.deepEqual(rules(undated), ['warning:ingest/no-date']);
  assert.match(undated.diagnostics[0]?.message ?? '', /in\/file\.txt: .*pass --date YYYY-MM-DD/);
});

test('plain text: a headline-like first line is the title and stays in the text', () => {
  const item = parsePlain('Ministers meet in Vilnius\n\nThe ministers met.', ctx);
  assert.equal(item.article?.title, 'Ministers meet in Vilnius');
  assert.equal(item.article?.text, 'Ministers meet in Vilnius\n\nThe ministers met.');
  assert.equal(headline('The ministers met on Tuesday.\nThen they left.'), null);
  assert.equal(headline('Only one line'), null);
});

test('stdin texts get a deterministic id from their content', () => {
  const stdin = contextFor('-', null, null);
  const a = parsePlain('Same text.', stdin).article?.id;
  assert.match(a ?? '', /^t-[0-9a-f]{12}$/);
  assert.equal(parsePlain('Same text.', stdin).article?.id, a);
  assert.notEqual(parsePlain('Other text.', stdin).article?.id, a);
});

test('JSON line: fields, aliases, date normalisation', () => {
  const line = JSON.stringify({
    publishedAt: 'Wed, 31 Jan 2018 07:26:05 GMT',
    link: 'https://x.org/1',
    headline: 'A title',
    source: { name: 'Wire' },
    body: 'Body\r\ntext ',
  });
  const item = parseJsonLine(line, 3, ctx, createIdRegistry());
  assert.equal(item?.origin, 'in/file.txt:3');
  assert.deepEqual(item?.article, {
    id: item?.article?.id,
    date: '2018-01-31',
    title: 'A title',
    url: 'https://x.org/1',
    source: 'Wire',
    text: 'Body\ntext',
  });
  assert.match(item?.article?.id ?? '', /^u-[0-9a-f]{12}$/);
});

test('JSON line: blank lines are skipped; bad JSON names file, line, column and the fix', () => {
  assert.equal(parseJsonLine('   ', 1, ctx, createIdRegistry()), null);
  const item = parseJsonLine('{"text": "a",}', 17, ctx, createIdRegistry());
  assert.equal(item?.article, null);
  assert.deepEqual(item && rules(item), ['fatal:ingest/bad-json']);
  assert.match(
    item?.diagnostics[0]?.message ?? '',
    /^in\/file\.txt:17: invalid JSON \(.* at column 14\): fix the line or remove it$/,
  );
});

test('JSON line: missing text, wrong types and non-objects are fatal and name the field', () => {
  const reg = createIdRegistry();
  const noText = parseJsonLine('{"id": "x", "title": "t"}', 1, ctx, reg);
  assert.match(noText?.diagnostics[0]?.message ?? '', /missing field "text"/);
  assert.equal(noText?.diagnostics[0]?.ruleId, 'ingest/no-text');
  const wrong = parseJsonLine('{"text": 42}', 2, ctx, reg);
  assert.equal(wrong?.diagnostics[0]?.ruleId, 'ingest/bad-field');
  assert.match(wrong?.diagnostics[0]?.message ?? '', /field "text" must be a string, got a number/);
  const badId = parseJsonLine('{"id": {"a": 1}, "text": "t"}', 3, ctx, reg);
  assert.match(badId?.diagnostics[0]?.message ?? '', /field "id"/);
  const array = parseJsonLine('[1, 2]', 4, ctx, reg);
  assert.equal(array?.diagnostics[0]?.ruleId, 'ingest/bad-record');
  assert.match(array?.diagnostics[0]?.message ?? '', /got an array/);
});

test('JSON line: headline records with an empty description are coded by their title', () => {
  const item = parseJsonLine('{"title": "Envoys meet", "description": ""}', 1, ctx, createIdRegistry());
  assert.equal(item?.article?.text, 'Envoys meet');
});

test('JSON line: an unreadable date is null with a warning; the article survives', () => {
  const item = parseJsonLine('{"date": "last week", "text": "t"}', 1, ctx, createIdRegistry());
  assert.equal(item?.article?.date, null);
  assert.deepEqual(item && rules(item), ['warning:ingest/bad-date']);
});

test('ids: hash of url, else of text; duplicates renamed with a warning', () => {
  const reg = createIdRegistry();
  const byUrl = parseJsonLine('{"url": "https://x.org/a", "text": "one"}', 1, ctx, reg);
  const sameUrl = parseJsonLine('{"url": "https://x.org/a", "text": "two"}', 2, ctx, reg);
  assert.equal(sameUrl?.article?.id, `${byUrl?.article?.id}~2`);
  assert.deepEqual(sameUrl && rules(sameUrl), ['warning:ingest/duplicate-id']);
  const byText = parseJsonLine('{"text": "one"}', 3, ctx, reg);
  assert.match(byText?.article?.id ?? '', /^t-/);
  assert.equal(parseJsonLine('{"id": 7, "text": "n"}', 4, ctx, reg)?.article?.id, '7');
});

test('JSON document: arrays, {"articles": [...]}, one object; item origins', () => {
  const items = parseJsonDocument('[{"text": "a"}, {"text": "b"}, {"title": "no text"}]', ctx);
  assert.deepEqual(
    items.map((i) => i.origin),
    ['in/file.txt#item1', 'in/file.txt#item2', 'in/file.txt#item3'],
  );
  assert.equal(items[2]?.article, null);
  assert.match(items[2]?.diagnostics[0]?.message ?? '', /in\/file\.txt item 3: missing field "text"/);
  assert.notEqual(items[0]?.article?.id, items[1]?.article?.id);
  assert.equal(parseJsonDocument('{"articles": [{"id": "w", "text": "a"}]}', ctx)[0]?.article?.id, 'w');
  assert.equal(parseJsonDocument('{"id": "one", "text": "a"}', ctx)[0]?.article?.id, 'one');
  assert.equal(parseJsonDocument('[]', ctx)[0]?.diagnostics[0]?.ruleId, 'ingest/empty');
  assert.equal(parseJsonDocument('"just a string"', ctx)[0]?.diagnostics[0]?.ruleId, 'ingest/bad-record');
});

test('JSON document: a syntax error names line and column', () => {
  const [item] = parseJsonDocument('[\n  {"text": "a"},\n  {"text" "b"}\n]', ctx);
  assert.equal(item?.diagnostics[0]?.ruleId, 'ingest/bad-json');
  assert.match(item?.diagnostics[0]?.message ?? '', /at line 3, column 11\): fix the file$/);
});

test('JSON document that is really JSON Lines is read line by line', () => {
  const items = parseJsonDocument('{"text": broken}\n{"text": "good"}\n', ctx);
  assert.deepEqual(
    items.map((i) => [i.origin, i.article?.text ?? null]),
    [
      ['in/file.txt:1', null],
      ['in/file.txt:2', 'good'],
    ],
  );
});

test('HTML to text: blocks become paragraphs, inline white space collapses, scripts go', () => {
  const text = htmlToText(
    '<div><p>One\n   <b>bold</b> line.</p><script>x()</script><ul><li>a</li><li>b</li></ul>Two<br>lines &amp; more</div>',
  );
  assert.equal(text, 'One bold line.\n\na\n\nb\n\nTwo\nlines & more');
  assert.equal(htmlToText('no tags at all'), 'no tags at all');
});

const PAGE = `<!doctype html><html><head><title>T | Site</title>
<meta property="og:title" content="Envoys meet">
<meta itemprop="datePublished" content="2022-02-15T22:00:00-05:00">
<meta property="og:url" content="https://news.example.org/envoys">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="advert">Advertisement: buy now</div>
<article><p>${'The envoys met in Geneva and said the talks were constructive. '.repeat(6)}</p>
<p>${'Both sides agreed to meet again next week in the same place. '.repeat(6)}</p></article>
<footer>Copyright. Cookie policy.</footer></body></html>`;

test('HTML page: main text without navigation, paragraphs split by a blank line, metadata', () => {
  const item = parseHtml(PAGE, contextFor('p.html', 'p', null));
  const a = item.article;
  assert.ok(a !== null);
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs.length, 2);
  assert.ok(paragraphs[0]?.startsWith('The envoys met in Geneva'));
  assert.ok(!/Home|Advertisement|Copyright/.test(a.text));
  assert.equal(a.title, 'Envoys meet');
  assert.equal(a.date, '2022-02-16'); // UTC
  assert.equal(a.url, 'https://news.example.org/envoys');
  assert.equal(a.source, 'news.example.org');
  assert.equal(a.id, 'p');
});

test('HTML page: date from <time datetime> when no meta tag names one; no date warns', () => {
  const html = `<html><body><article><time datetime="2021-12-01">1 Dec</time><p>${'Words of the story. '.repeat(20)}</p></article></body></html>`;
  assert.equal(parseHtml(html, ctx).article?.date, '2021-12-01');
  const undated = parseHtml(`<html><body><p>${'Words. '.repeat(30)}</p></body></html>`, ctx);
  assert.equal(undated.article?.date, null);
  assert.deepEqual(rules(undated), ['warning:ingest/no-date']);
});

test('HTML page with nothing but navigation is no text', () => {
  const item = parseHtml('<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>', ctx);
  assert.equal(item.article, null);
  assert.deepEqual(rules(item), ['fatal:ingest/no-text']);
});

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://w.org/</link>
<item><title>A &amp; B</title><link>https://w.org/a?x=1&y=2</link><guid>id-1</guid>
<pubDate>Tue, 15 Feb 2022 09:30:00 GMT</pubDate><description><![CDATA[<p>Envoys <i>met</i>.</p>]]></description></item>
<item><title>Same guid</title><guid>id-1</guid><description>Again.</description></item>
<item><description></description></item>
</channel></rss>`;

test('RSS: one article per item; HTML stripped; bare & tolerated; duplicate guid renamed', () => {
  const items = parseFeed(RSS, ctx);
  assert.equal(items.length, 3);
  assert.deepEqual(items[0]?.article, {
    id: items[0]?.article?.id,
    date: '2022-02-15',
    title: 'A & B',
    url: 'https://w.org/a?x=1&y=2',
    source: 'Wire',
    text: 'Envoys met.',
  });
  assert.match(items[0]?.article?.id ?? '', /^g-[0-9a-f]{12}$/);
  assert.equal(items[1]?.article?.id, `${items[0]?.article?.id}~2`);
  assert.deepEqual(items[1] && rules(items[1]), ['warning:ingest/duplicate-id']);
  assert.equal(items[2]?.origin, 'in/file.txt#item3');
  assert.deepEqual(items[2] && rules(items[2]), ['fatal:ingest/no-text']);
});

test('Atom: alternate link, published date, HTML content; feed without items is empty', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
  <entry><title type="html">T</title><link rel="self" href="https://a.org/self"/><link rel="alternate" href="https://a.org/t"/>
  <id>urn:1</id><published>2022-02-15T10:00:00Z</published><updated>2022-03-01T10:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p><p>Second.</p></div></content></entry></feed>`;
  const [item] = parseFeed(atom, ctx);
  assert.equal(item?.article?.url, 'https://a.org/t');
  assert.equal(item?.article?.date, '2022-02-15');
  assert.equal(item?.article?.source, 'Atom');
  assert.match(item?.article?.text ?? '', /First\.[\s\S]*Second\./);
  assert.equal(
    parseFeed('<rss version="2.0"><channel><title>x</title></channel></rss>', ctx)[0]?.diagnostics[0]?.ruleId,
    'ingest/empty',
  );
});

test('a malformed feed is one fatal item naming the line', () => {
  const [item] = parseFeed('<rss version="2.0">\n<channel>\n<item><title>cut off</channel></rss>', ctx);
  assert.equal(item?.article, null);
  assert.equal(item?.diagnostics[0]?.ruleId, 'ingest/bad-xml');
  assert.match(item?.diagnostics[0]?.message ?? '', /^in\/file\.txt:3: invalid XML/);
});

test('pathologically nested or huge HTML is refused quickly; deep-but-sane pages still give text', () => {
  const nest = (n: number, inner: string): string =>
    `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;
  assert.deepEqual(markupShape('<div><p>a<p>b<br><img src=x><span>c</span></div>'), { depth: 2, elements: 6 });
  const started = Date.now();
  const refused = parseHtml(nest(20_000, 'text'), ctx);
  assert.deepEqual(rules(refused), ['fatal:ingest/too-complex']);
  assert.match(refused.diagnostics[0]?.message ?? '', /nested more than 10000 elements deep/);
  const wide = parseHtml(`<html><body>${'<span>x</span>'.repeat(100_001)}</body></html>`, ctx);
  assert.match(wide.diagnostics[0]?.message ?? '', /more than 100000 elements/);
  // Too deep for Readability (which slows steeply with depth), so the body text is used.
  const deep = parseHtml(nest(300, `<p>${'The talks went on. '.repeat(20)}</p>`), ctx);
  assert.ok(deep.article?.text.startsWith('The talks went on.'));
  assert.ok(Date.now() - started < 5_000);
});

test("the fast path for feed snippets gives the DOM path's text, or defers to it", () => {
  const domText = (html: string): string =>
    nodeToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node);
  const samples = [
    '<p>Envoys <b>met</b> on Tuesday.</p><p>Talks   resume\n next week.</p>',
    'Kyiv&#8217;s envoy &amp; the <a href="https://x.org/?a=1&amp;b=2">minister</a>&nbsp;met.',
    '<div><h2>Head</h2>Line one<br/>Line two<br>Line three</div><ul><li>a</li><li>b</li></ul>',
    '<table><tr><td>x</td><td>y</td></tr></table><img src="a.jpg" alt="pic"> after',
    '&ldquo;We will not attack,&rdquo; he said &mdash; twice&hellip;',
  ];
  for (const html of samples) assert.equal(simpleHtmlToText(html), domText(html), html);
  for (const html of [
    '<!-- c --><p>x</p>',
    '<script>x()</script>y',
    'a &unknownentity; b',
    'a < b',
    '<pre>x\n y</pre>',
  ]) {
    assert.equal(simpleHtmlToText(html), null, html);
  }
  assert.equal(htmlToText('a &unknownentity; b'), 'a &unknownentity; b');
});
