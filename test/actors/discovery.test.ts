// Actor discovery: titled persons in no dictionary become candidates over the stored articles, and accepting one
// writes it to the user dictionary that the next run loads. The loop runs through the real CLI on our own text.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CandidateTally,
  DISCOVERED_RULE,
  discoveryDiagnostic,
  parseDiscovery,
  type DiscoveredIn,
} from '../../src/actors/discovery.ts';
import { acceptCandidate, userActorFiles, userDictionaryPath } from '../../src/actors/user-dictionary.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { analyze } from '../../src/nlp/analyze.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'detente-discovery-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const found = (name: string, code: string | null = null, title: string | null = null) =>
  discoveryDiagnostic({ name, code, title });
const article = (id: string, date: string | null, ...diagnostics: ReturnType<typeof found>[]): DiscoveredIn => ({
  article: { id, date },
  diagnostics,
});

test('the discovered-person diagnostic reads back to its name, code and title', () => {
  for (const d of [
    { name: 'Zbigniew Rau', code: 'POLGOV', title: 'foreign minister' },
    { name: 'Jeffrey Kupfer', code: 'USAGOV', title: 'deputy secretary of energy' },
    { name: 'Sam Doe', code: null, title: null },
  ]) {
    const diagnostic = discoveryDiagnostic(d);
    assert.equal(diagnostic.ruleId, DISCOVERED_RULE);
    assert.deepEqual(parseDiscovery(diagnostic.message), d);
  }
  assert.equal(parseDiscovery('pronoun "he" at offset 3 has no compatible person before it; not coded'), null);
  // The recogniser emits exactly this diagnostic.
  const doc = analyze({
    id: 't',
    date: '2021-02-03',
    title: null,
    url: null,
    source: null,
    text: "Poland's Foreign Minister Zbigniew Rau met the OSCE.",
  });
  const { diagnostics } = findMentions(doc, loadActorRegistry(DIR, []));
  assert.deepEqual(
    diagnostics.filter((d) => d.ruleId === DISCOVERED_RULE).map((d) => parseDiscovery(d.message)),
    [],
  );
  const later = analyze({ ...doc.article, text: "Moldova's Foreign Minister Ion Testaru met the OSCE." });
  const messages = findMentions(later, loadActorRegistry(DIR, [])).diagnostics.filter(
    (d) => d.ruleId === DISCOVERED_RULE,
  );
  assert.deepEqual(
    messages.map((d) => parseDiscovery(d.message)),
    [{ name: 'Ion Testaru', code: 'MDAGOV', title: 'foreign minister' }],
  );
});

test('candidates sum articles per name (any case), with first and last date and the most frequent title', () => {
  const tally = new CandidateTally();
  tally.add([
    article('b', '2023-05-02', found('Ion Testaru', 'MDAGOV', 'foreign minister'), found('Ana Pop')),
    article('a', '2023-03-10', found('Ion Testaru', 'MDAGOV', 'foreign minister')),
  ]);
  tally.add([
    article('c', '2023-06-01', found('ion testaru'), found('Ana Pop', '---GOV', 'minister')),
    article('d', null, found('Ana Pop', 'ROUGOV', 'minister')),
  ]);
  const all = tally.candidates();
  // Same article count and last date: by name.
  assert.deepEqual(
    all.map((c) => c.name),
    ['Ana Pop', 'Ion Testaru'],
  );
  const [pop, testaru] = all;
  assert.deepEqual(testaru, {
    name: 'Ion Testaru',
    code: 'MDAGOV',
    title: 'foreign minister',
    articles: 3,
    firstDate: '2023-03-10',
    lastDate: '2023-06-01',
    example: { articleId: 'a', date: '2023-03-10' },
  });
  // Two titles seen once each: the one that names a country wins over the unknown "---".
  assert.equal(pop?.code, 'ROUGOV');
  assert.equal(pop?.articles, 3);
  assert.equal(pop?.example.articleId, 'd');
});

test('the user dictionary: its path, loading it, and accepting writes a persons row once', () => {
  assert.equal(userDictionaryPath(undefined, {}), join(process.cwd(), 'detente-actors.tsv'));
  assert.equal(userDictionaryPath(undefined, { DETENTE_USER_DICT: '/x/y.tsv' }), '/x/y.tsv');
  assert.equal(userDictionaryPath('/a.tsv', { DETENTE_USER_DICT: '/x/y.tsv' }), '/a.tsv');
  const path = join(tmp, 'unit-actors.tsv');
  assert.throws(() => userActorFiles([], { DETENTE_USER_DICT: path }), /no such file/);
  const candidate = {
    name: 'Ion Testaru',
    code: 'MDAGOV',
    title: 'foreign minister',
    articles: 2,
    firstDate: '2023-03-10',
    lastDate: '2023-05-02',
    example: { articleId: 'a', date: '2023-03-10' },
  };
  const reg = loadActorRegistry(DIR, []);
  const isState = (iso3: string) => reg.states.has(iso3);
  const row = acceptCandidate(path, candidate, new Set(reg.persons.keys()), isState);
  assert.equal(row, 'ion-testaru\tIon Testaru\t-\tMDA\tIon Testaru\tTestaru\tMDAGOV,foreign minister,2023-03-10,');
  assert.throws(() => acceptCandidate(path, candidate, new Set(), isState), /already there/);
  assert.deepEqual(userActorFiles([], { DETENTE_USER_DICT: path }), [path]);
  // The next registry resolves the person, by full name and by surname after it, from the first seen date.
  const withUser = loadActorRegistry(DIR, userActorFiles([], { DETENTE_USER_DICT: path }));
  const doc = analyze({
    id: 't',
    date: '2023-07-01',
    title: null,
    url: null,
    source: null,
    text: 'Ion Testaru criticised Russia. Testaru left.',
  });
  assert.deepEqual(
    findMentions(doc, withUser).mentions.map((m) => [m.actor.text, m.actor.code, m.actor.id]),
    [
      ['Ion Testaru', 'MDAGOV', 'ion-testaru'],
      ['Russia', 'RUS', 'RUS'],
      ['Testaru', 'MDAGOV', 'ion-testaru'],
    ],
  );
  const notPersons = join(tmp, 'orgs.tsv');
  writeFileSync(notPersons, 'id\tcode\tname\n');
  assert.throws(() => acceptCandidate(notPersons, candidate, new Set(), isState), /not a persons file/);
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function detente(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: tmp, env: { ...process.env, TZ: 'UTC', DETENTE_DB: '', DETENTE_USER_DICT: '' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test('the discovery loop: ingest → candidates → accept → ingest again resolves the person', async () => {
  const input = join(tmp, 'articles.jsonl');
  writeFileSync(
    input,
    [
      {
        id: 'a1',
        date: '2023-03-10',
        text: 'Moldovan Foreign Minister Ion Testaru met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv. Testaru condemned the Russian strikes on Ukrainian cities.',
      },
      {
        id: 'a2',
        date: '2023-05-02',
        text: 'Moldova\'s Foreign Minister Ion Testaru said on Tuesday that Chisinau would join the sanctions. "We will not yield," said Petra Nowakowska.',
      },
      { id: 'a3', date: '2023-06-01', text: 'Ion Testaru criticised Russia on Thursday.' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  const db = join(tmp, 'loop.db');
  assert.equal((await detente(['ingest', input, '--db', db])).code, 0);

  const listed = await detente(['actors', '--candidates', '--json', '--db', db]);
  assert.equal(listed.code, 0, listed.stderr);
  const candidates = lines(listed.stdout);
  assert.deepEqual(
    candidates.map((c) => [c['name'], c['code'], c['title'], c['articles'], c['firstDate'], c['lastDate']]),
    [
      ['Ion Testaru', 'MDAGOV', 'foreign minister', 2, '2023-03-10', '2023-05-02'],
      ['Petra Nowakowska', null, null, 1, '2023-05-02', '2023-05-02'],
    ],
  );
  assert.deepEqual(candidates[0]!['example'], { articleId: 'a1', date: '2023-03-10' });
  assert.equal(
    candidates[0]!['sentence'],
    'Moldovan Foreign Minister Ion Testaru met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.',
  );
  const table = await detente(['actors', '--candidates', '--db', db]);
  assert.match(table.stdout, /Ion Testaru\s+MDAGOV\s+foreign minister\s+2\s+2023-03-10\s+2023-05-02\s+a1: Moldovan/);

  // Before accepting: the untitled sentence has no source actor, so its criticism, half an event, is not recorded
  // (src/coding/doerless-speech.ts); the titled ones have no registry id.
  const before = lines((await detente(['events', '--json', '--db', db])).stdout);
  assert.equal(
    before.find((r) => (r['article'] as { id: string }).id === 'a3'),
    undefined,
  );

  const accepted = await detente(['actors', '--accept', 'ion testaru', '--db', db]);
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stdout, /added Ion Testaru \(MDAGOV, foreign minister\) to .*detente-actors\.tsv/);
  const dict = join(tmp, 'detente-actors.tsv');
  assert.ok(existsSync(dict));
  assert.match(readFileSync(dict, 'utf8'), /^ion-testaru\tIon Testaru\t-\tMDA\t/m);
  const again = await detente(['actors', '--accept', 'Ion Testaru', '--db', db]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already in a dictionary/);
  const unknown = await detente(['actors', '--accept', 'Nobody Atall', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no discovered person "Nobody Atall"/);

  // The dictionary changed, so ingest codes every article again with the user dictionary loaded.
  const reingest = await detente(['ingest', input, '--db', db]);
  assert.match(reingest.stderr + reingest.stdout, /ingested 3 articles/);
  const after = lines((await detente(['events', '--json', '--source', 'testaru', '--db', db])).stdout);
  for (const r of after) {
    const source = (r['event'] as { source: { id: string; code: string } }).source;
    assert.deepEqual([source.id, source.code], ['ion-testaru', 'MDAGOV']);
  }
  assert.deepEqual(
    [...new Set(after.map((r) => (r['article'] as { id: string }).id))],
    ['a1', 'a3'],
    'the untitled "Ion Testaru criticised Russia" now has its source',
  );
  const remaining = lines((await detente(['actors', '--candidates', '--json', '--db', db])).stdout);
  assert.deepEqual(
    remaining.map((c) => c['name']),
    ['Petra Nowakowska'],
  );
});

test('a surname found alone is counted with the one full name that ends with it', () => {
  const tally = new CandidateTally();
  tally.add([
    article('x', '2021-11-10', found('Tatyana Golikova', '---GOV', 'deputy prime minister')),
    article('y', '2021-12-23', found('Golikova')),
    article('z', '2021-12-24', found('Petrov'), found('Ivan Petrov'), found('Anna Petrov')),
  ]);
  const byName = new Map(tally.candidates().map((c) => [c.name, c]));
  assert.deepEqual(
    [byName.get('Tatyana Golikova')?.articles, byName.get('Tatyana Golikova')?.lastDate, byName.has('Golikova')],
    [2, '2021-12-23', false],
  );
  // Two full names end with "Petrov": the surname alone stays its own candidate.
  assert.ok(byName.has('Petrov'));
});

test('a title inside an office or a family tie is not the discovered person’s own title', () => {
  const reg = loadActorRegistry(DIR, []);
  const discovered = (text: string) =>
    findMentions(analyze({ id: 't', date: '2021-12-01', title: null, url: null, source: null, text }), reg)
      .diagnostics.filter((d) => d.ruleId === DISCOVERED_RULE)
      .map((d) => parseDiscovery(d.message));
  assert.deepEqual(discovered('Deputy Head of the Secretariat of the President of Ukraine Ivan Petrenko said it.'), [
    { name: 'Ivan Petrenko', code: 'UKRGOV', title: 'official' },
  ]);
  // The presidential office's own staff have titles of their own (titles.tsv).
  assert.deepEqual(discovered('Deputy Head of the Office of the President of Ukraine Ivan Petrenko said it.'), [
    { name: 'Ivan Petrenko', code: 'UKRGOV', title: 'deputy head of the presidential office' },
  ]);
  assert.deepEqual(discovered('The wife of the President of Ukraine Olena Kovalenko visited the school.'), [
    { name: 'Olena Kovalenko', code: null, title: null },
  ]);
  // "General Staff" is an office, not the start of a name.
  assert.deepEqual(discovered('It was attended by Chief of the General Staff Valery Gerasimov.'), []);
});
