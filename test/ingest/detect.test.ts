import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeChunks, normalizeNewlines, sniffEncoding } from '../../src/ingest/decode.ts';
import { detectForm, rootElement } from '../../src/ingest/detect.ts';

test('forms are detected by content', () => {
  assert.equal(detectForm(' date 2022-02-15 Text.', null), 'seed');
  assert.equal(detectForm('\n\tdate 2022-02-15\nText.', null), 'seed');
  assert.equal(detectForm('The date 2022-02-15 is inside a sentence.', null), 'plain');
  assert.equal(detectForm('{"text": "a"}\n{"text": "b"}\n', null), 'jsonl');
  assert.equal(detectForm('{\n  "articles": []\n}', null), 'json');
  assert.equal(detectForm('{"articles": []}', null), 'json');
  assert.equal(detectForm('[{"text": "a"}]', null), 'json');
  assert.equal(detectForm('<!doctype html><html><body>x</body></html>', null), 'html');
  assert.equal(detectForm('<p>fragment</p>', null), 'html');
  assert.equal(detectForm('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"></rss>', null), 'feed');
  assert.equal(detectForm('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', null), 'feed');
  assert.equal(detectForm('<?xml version="1.0"?><rdf:RDF></rdf:RDF>', null), 'feed');
  assert.equal(detectForm('<?xml version="1.0"?><catalog/>', null), 'xml');
  assert.equal(detectForm('Just words.', null), 'plain');
  assert.equal(detectForm('[Reuters] Moscow said on Tuesday…', null), 'plain');
  assert.equal(detectForm('{Update} The talks resumed.', null), 'plain');
  assert.equal(detectForm('[\n  {"text": "a"}\n]', null), 'json');
  assert.equal(detectForm('[Reuters] not JSON', 'list.json'), 'json');
});

test('the extension is a hint where content is ambiguous', () => {
  // A JSONL file whose first line is broken is still JSON Lines.
  assert.equal(detectForm('{"text": broken\n{"text": "b"}\n', 'x.jsonl'), 'jsonl');
  assert.equal(detectForm('{"text": broken\n{"text": "b"}\n', 'x.txt'), 'json');
  assert.equal(detectForm('Hello <b>world</b>', 'page.html'), 'html');
  // Content wins over a misleading extension.
  assert.equal(detectForm('<rss version="2.0"></rss>', 'feed.html'), 'feed');
  assert.equal(detectForm(' date 2022-02-15 x', 'a.json'), 'seed');
});

test('rootElement skips prolog, comments, processing instructions and doctype', () => {
  assert.equal(rootElement('<?xml version="1.0"?><?xml-stylesheet href="a"?><!-- x --><rss/>'), 'rss');
  assert.equal(rootElement('<!DOCTYPE html>\n<HTML lang="en">'), 'html');
  assert.equal(rootElement('<!-- never closed'), null);
  assert.equal(rootElement('<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;">]>\n<rss/>'), 'rss');
});

test('sniffing: UTF-8, UTF-16 by BOM, Windows-1252 fallback, binary', () => {
  assert.deepEqual(sniffEncoding(Buffer.from('plain ascii')), { kind: 'text', encoding: 'utf-8' });
  assert.deepEqual(sniffEncoding(Buffer.from('\uFEFFcafé', 'utf8')), { kind: 'text', encoding: 'utf-8' });
  assert.deepEqual(sniffEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00])), { kind: 'text', encoding: 'utf-16le' });
  assert.deepEqual(sniffEncoding(Buffer.from('Caf\xe9 au lait', 'latin1')), { kind: 'text', encoding: 'windows-1252' });
  assert.equal(sniffEncoding(Buffer.from([0x41, 0x00, 0x42])).kind, 'binary');
  assert.equal(sniffEncoding(Buffer.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05])).kind, 'binary');
  const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
  assert.equal(sniffEncoding(noise).kind, 'binary');
  // A multi-byte character cut at the end of the head is not "invalid".
  assert.equal(sniffEncoding(Buffer.from('abc’', 'utf8').subarray(0, 5)).kind, 'text');
});

test('newlines: CRLF and CR become LF, also across chunk boundaries', async () => {
  assert.equal(normalizeNewlines('a\r\nb\rc\n'), 'a\nb\nc\n');
  const chunks = [Buffer.from('a\r'), Buffer.from('\nb ’'.slice(0, 3)), Buffer.from('’', 'utf8').subarray(0, 1)];
  const rest = Buffer.from('’\r\n', 'utf8').subarray(1);
  let out = '';
  for await (const s of decodeChunks(toAsync([...chunks, rest]), 'utf-8')) out += s;
  assert.equal(out, 'a\nb ’\n');
});

async function* toAsync(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
