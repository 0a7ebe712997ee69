import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { registryOn } from '../../src/actors/eras.ts';
import { registryFromTables } from '../../src/actors/registry.ts';
import { createTrie, addPhrase, mapValues, matchesAt } from '../../src/actors/trie.ts';
import { parseTsv } from '../../src/actors/tsv.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function codes(text: string, date: string | null): [string, string][] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('an organisation is coded as it was on the article date, and so is what is composed from it', () => {
  const text = 'The Taliban government said a Taliban spokesman would speak.';
  assert.deepEqual(codes(text, '2019-05-01'), [
    ['The Taliban government', 'AFGREB'],
    ['a Taliban spokesman', 'AFGREB'],
  ]);
  assert.deepEqual(codes(text, '2022-03-01'), [
    ['The Taliban government', 'AFGGOV'],
    ['a Taliban spokesman', 'AFGGOV'],
  ]);
  // An era may end: the first Taliban government fell in November 2001.
  assert.deepEqual(codes('The Taliban fled.', '1999-06-01'), [['The Taliban', 'AFGGOV']]);
  assert.deepEqual(codes('The Taliban fled.', '2005-06-01'), [['The Taliban', 'AFGREB']]);
  // With no article date the latest era counts, as for persons' roles.
  assert.deepEqual(codes('The Taliban fled.', null), [['The Taliban', 'AFGGOV']]);
});

test('a movement and its army change state at independence; their offshoots keep their own codes', () => {
  const text = 'The SPLA and the SPLM-N clashed, the SPLM said.';
  assert.deepEqual(codes(text, '2008-01-01'), [
    ['The SPLA', 'SDNREB'],
    ['the SPLM-N', 'SDNREB'],
    ['the SPLM', 'SDNREB'],
  ]);
  assert.deepEqual(codes(text, '2012-01-01'), [
    ['The SPLA', 'SSDMIL'],
    ['the SPLM-N', 'SDNREB'],
    ['the SPLM', 'SSDGOV'],
  ]);
});

test('a registry without eras in force is the registry itself; views are reused', () => {
  assert.equal(registryOn(registry, '1990-01-01'), registry);
  const a = registryOn(registry, '2022-03-01');
  assert.notEqual(a, registry);
  assert.equal(registryOn(registry, '2023-07-01'), a);
  assert.equal(a.sectors, registry.sectors);
});

const tables = (eras: string) =>
  [
    'iso3\tname\taliases\tadjectives\tdemonyms\tcapitals\nXYZ\tXyland\tXyland\t-\t-\t-',
    'id\tcode\tname\ttype\tcountry\tsector\taliases\tshort\nfront\tXYZREB\tFront\tgroup\tXYZ\tREB\tPeople’s Front\tthe Front',
    `id\tcode\tfrom\tto\n${eras}`,
  ].map(parseTsv);

test('eras are checked when loaded: a clear error names the row and the fix', () => {
  assert.throws(() => registryFromTables(tables('ghost\tXYZGOV\t2000-01-01\t-')), /era of "ghost": no organisation/);
  assert.throws(
    () => registryFromTables(tables('front\tXYZGOV\t2000\t-')),
    /from "2000" is not a date; write YYYY-MM-DD/,
  );
  assert.throws(() => registryFromTables(tables('front\tXYZGOV\t2000-01-01\t1999-01-01')), /is not after from/);
  const reg = registryFromTables(tables('front\tXYZGOV\t2000-01-01\t-'));
  const doc = analyze({
    id: 't',
    date: '2001-01-01',
    title: null,
    url: null,
    source: null,
    text: 'People’s Front met.',
  });
  assert.deepEqual(
    findMentions(doc, reg).mentions.map((m) => [m.actor.code, m.actor.country, m.actor.sector]),
    [['XYZGOV', 'XYZ', 'GOV']],
  );
});

test('mapValues copies only the paths whose hits change', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'New York', 'nyc');
  addPhrase(trie, 'New Delhi', 'delhi');
  addPhrase(trie, 'Paris', 'paris');
  assert.equal(mapValues(trie, (v) => v).root, trie.root);
  const mapped = mapValues(trie, (v) => (v === 'delhi' ? 'DELHI' : v));
  const tokens = analyze({ id: 't', date: null, title: null, url: null, source: null, text: 'New Delhi' }).tokens;
  assert.equal(matchesAt(mapped, tokens, 0, 2).at(-1)?.hits[0]?.value, 'DELHI');
  assert.equal(matchesAt(trie, tokens, 0, 2).at(-1)?.hits[0]?.value, 'delhi');
  assert.equal(mapped.root.next.get('paris'), trie.root.next.get('paris'));
  assert.equal(mapped.root.next.get('new')?.next.get('york'), trie.root.next.get('new')?.next.get('york'));
  assert.notEqual(mapped.root.next.get('new'), trie.root.next.get('new'));
});
