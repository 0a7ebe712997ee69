// Findings of the fuzzer that were fixed, kept as plain examples so they stay fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFor } from '../../src/ingest/context.ts';
import { asPage, parseHtml } from '../../src/ingest/html.ts';
import { cpuMs } from './cases.ts';

const ctx = contextFor('page.html', 'page', null);

test('an HTML fragment without <html> or <body> is read as a page body', () => {
  // linkedom made the first <p> the document element and left the body empty: "no article text".
  const item = parseHtml('<p>Russia met NATO in Geneva.</p><p>Lavrov spoke.</p>', ctx);
  assert.equal(item.article?.text, 'Russia met NATO in Geneva.\n\nLavrov spoke.');
  assert.equal(asPage('<!DOCTYPE html><html><body>x</body></html>'), '<!DOCTYPE html><html><body>x</body></html>');
  assert.equal(asPage('<head><title>T</title></head>'), '<html><head><title>T</title></head></html>');
  assert.equal(asPage('<!-- c --><div>x</div>'), '<html><body><!-- c --><div>x</div></body></html>');
});

test('a fragment of 4,000 unclosed <div>s is read in bounded time', () => {
  // Before the fix: 8 s (the fragment path); now a few hundred ms.
  const started = cpuMs();
  const item = parseHtml(`${'<div>'.repeat(4000)}<p>Russia met NATO.</p>`, ctx);
  assert.equal(item.article?.text, 'Russia met NATO.');
  assert.ok(cpuMs() - started < 3000, `took ${cpuMs() - started} ms CPU`);
});
