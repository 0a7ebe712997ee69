import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/nlp/analyze.ts';
import { loadActorRegistry } from '../../src/actors/index.ts';
import { matchesAt } from '../../src/actors/trie.ts';
import { list, parseTsv } from '../../src/actors/tsv.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const ACTORS = join(DIR, 'actors');
const PERSONS = join(ACTORS, 'persons');
const tables = [
  ...readdirSync(ACTORS)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => ({ file: f, table: parseTsv(readFileSync(join(ACTORS, f), 'utf8')) })),
  ...readdirSync(PERSONS)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => ({ file: `persons/${f}`, table: parseTsv(readFileSync(join(PERSONS, f), 'utf8')) })),
];
const personRows = tables.filter((t) => t.file.startsWith('persons/')).flatMap((t) => t.table.rows);

function phrases(): { file: string; phrase: string }[] {
  const out: { file: string; phrase: string }[] = [];
  for (const { file, table } of tables) {
    for (const row of table.rows) {
      for (const col of ['aliases', 'adjectives', 'demonyms', 'capitals', 'short']) {
        for (const p of list(row[col])) out.push({ file, phrase: p });
      }
      for (const col of ['alias', 'phrase']) if (row[col]) out.push({ file, phrase: row[col] });
    }
  }
  return out;
}

test('every dictionary phrase is found in text as the NLP stage tokenizes it', () => {
  const reg = loadActorRegistry(DIR, []);
  const bad: string[] = [];
  for (const { file, phrase } of phrases()) {
    const doc = analyze({ id: 'p', date: null, title: null, url: null, source: null, text: phrase });
    const n = doc.tokens.length;
    const ends =
      file === 'sectors.tsv'
        ? matchesAt(reg.sectors, doc.tokens, 0, n)
        : file === 'titles.tsv'
          ? matchesAt(reg.titles, doc.tokens, 0, n)
          : matchesAt(reg.names, doc.tokens, 0, n);
    const found = ends.some((m) => m.end === n);
    if (!found) bad.push(`${file}: "${phrase}" → [${doc.tokens.map((t) => t.text).join('|')}]`);
  }
  assert.deepEqual(bad, []);
});

test('the registry loads fast and its version is a content hash', () => {
  // CPU time, best of three: the machine running the tests may be busy; one load must fit in 200 ms of CPU.
  let ms = Infinity;
  let reg = loadActorRegistry(DIR, []);
  for (let r = 0; r < 3; r++) {
    const t0 = process.cpuUsage();
    reg = loadActorRegistry(DIR, []);
    const used = process.cpuUsage(t0);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  assert.ok(ms < 200, `load took ${ms.toFixed(0)} ms of CPU`);
  assert.match(reg.version, /^actors-[0-9a-f]{10}$/);
  assert.equal(loadActorRegistry(DIR, []).version, reg.version);
  const user = new URL('../fixtures/actors/user-persons.tsv', import.meta.url).pathname;
  assert.notEqual(loadActorRegistry(DIR, [user]).version, reg.version);
});

test('every state has a unique ISO alpha-3 code and the UN members, observers and Taiwan/Kosovo are present', () => {
  const states = tables.find((t) => t.file === 'countries.tsv')!.table.rows;
  const codes = states.map((r) => r['iso3']);
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(states.length >= 193 + 2 + 2, `${states.length} states`);
  for (const c of ['VAT', 'PSE', 'TWN', 'XKX', 'RUS', 'UKR', 'USA', 'POL']) assert.ok(codes.includes(c), c);
});

test('every role parses (code, title, from ≤ to) and every code is documented in the README', () => {
  const readme = readFileSync(join(ACTORS, 'README.md'), 'utf8');
  const persons = personRows;
  const states = new Set(tables.find((t) => t.file === 'countries.tsv')!.table.rows.map((r) => r['iso3']));
  for (const p of persons) {
    for (const spec of (p['roles'] ?? '').split(';')) {
      const [code, title, from, to] = spec.split(',');
      assert.ok(code && title && from, `${p['id']}: bad role "${spec}"`);
      assert.match(from, /^\d{4}-\d\d-\d\d$/, `${p['id']} ${spec}`);
      if (to) assert.ok(to > from, `${p['id']}: ${spec} ends before it starts`);
      if (!states.has(code.slice(0, 3))) assert.ok(readme.includes(code), `${p['id']}: ${code} not documented`);
    }
  }
  for (const { file, table } of tables) {
    if (file !== 'organizations.tsv' && file !== 'regions.tsv') continue;
    for (const r of table.rows) assert.ok(readme.includes(`\`${r['code']}\``), `${file}: ${r['code']} not in README`);
  }
});

test('person ids are unique across the regional files, and no full alias names two persons', () => {
  const ids = personRows.map((r) => r['id']);
  assert.equal(new Set(ids).size, ids.length, 'duplicate person id');
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const r of personRows) {
    for (const alias of list(r['aliases'])) {
      const key = alias.toLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== r['id']) clashes.push(`${alias}: ${other}, ${r['id']}`);
      owner.set(key, r['id']!);
    }
  }
  assert.deepEqual(clashes, []);
  assert.ok(personRows.length >= 700, `${personRows.length} persons`);
});
