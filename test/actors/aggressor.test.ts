import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-05-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('"the occupiers", "the enemy", "the aggressor" are the state the article said invaded, occupies or is the aggressor', () => {
  assert.deepEqual(
    codes(
      'Russian troops invaded Ukraine. The occupiers shelled Kharkiv. The enemy retreated. We sanction the aggressor.',
    ),
    [
      ['Russian troops', 'RUSMIL'],
      ['Ukraine', 'UKR'],
      ['The occupiers', 'RUSMIL'],
      ['The enemy', 'RUSMIL'],
      ['the aggressor', 'RUS'],
    ],
  );
  // By a noun of the act, or as the agent of its verb.
  assert.deepEqual(codes("Russia's aggression goes on. The invaders left.").at(-1), ['The invaders', 'RUSMIL']);
  assert.deepEqual(codes('Kherson was occupied by Russia. The occupiers left.').at(-1), ['The occupiers', 'RUSMIL']);
  // "Occupiers in Ukraine" are not Ukraine's; "occupiers from Russia" are Russia's.
  assert.deepEqual(codes('Russia invaded. He was killed by the occupiers in Ukraine.').at(-1), ['Ukraine', 'UKR']);
  assert.deepEqual(codes('Protest against the occupiers from Russia.'), [['the occupiers from Russia', 'RUSMIL']]);
});

test('with no state said to invade, or two, the role nouns are no actor', () => {
  // Nothing is assumed: Russia named, but not as the invader; "Ukraine's occupied territories" names no occupier.
  assert.deepEqual(codes("Russia and Ukraine talked. Ukraine's occupied territories suffer. The occupiers left."), [
    ['Russia', 'RUS'],
    ['Ukraine', 'UKR'],
    ['Ukraine', 'UKR'],
  ]);
  assert.deepEqual(codes('Russia invaded Ukraine. Iraq invaded Kuwait. The invaders left.').length, 4);
});

test('with no state named invading, the one state named striking or attacking is "the enemy"', () => {
  assert.deepEqual(codes('Russian strikes hit Kharkiv. The occupiers shelled Izyum.').at(-1), [
    'The occupiers',
    'RUSMIL',
  ]);
  assert.deepEqual(codes('Russian troops attacked Mariupol. The enemy retreated.').at(-1), ['The enemy', 'RUSMIL']);
  // Either side may strike: both named striking name no one enemy.
  const both = codes('Ukrainian shelling hit Donetsk. Russian strikes hit Kharkiv. The enemy retreated.');
  assert.ok(!both.some(([text]) => text === 'The enemy'));
  // An aggressor named outranks an attacker named: "Ukrainian strikes" do not make Ukraine the occupier.
  assert.deepEqual(codes('Russia invaded Ukraine. Ukrainian strikes hit Kherson. The occupiers left.').at(-1), [
    'The occupiers',
    'RUSMIL',
  ]);
});

test('"they" harming "us" or "our …", with no subject before it, is the one aggressor the article named', () => {
  assert.deepEqual(codes('Russia invaded Ukraine. We held a meeting. They are destroying our cities.').at(-1), [
    'They',
    'RUSMIL',
  ]);
  assert.deepEqual(codes('Russian troops occupied Kherson. I spoke with Macron. They blocked our seaports.').at(-1), [
    'They',
    'RUSMIL',
  ]);
  // Not an act of help, not harm to someone else, and not with only strikes named (no aggressor).
  for (const text of [
    'Russia invaded Ukraine. We held a meeting. They help our people.',
    'Russia invaded Ukraine. We held a meeting. They destroyed Iraq.',
    'Ukrainian shelling hit Donetsk. We held a meeting. They are shelling our people.',
  ])
    assert.equal(
      codes(text).some(([t]) => t === 'They'),
      false,
      text,
    );
});

test('a role noun before the article names the aggressor takes the one state it names later', () => {
  assert.deepEqual(
    codes('The invaders shelled Kharkiv. The enemy retreated. The world condemns the Russian invasion.'),
    [
      ['The invaders', 'RUSMIL'],
      ['The enemy', 'RUSMIL'],
      ['Russian', 'RUS'],
    ],
  );
  assert.deepEqual(codes('We sanction the aggressor. Russia invaded Ukraine.')[0], ['the aggressor', 'RUS']);
  // Two states named invading, or only a later strike, still name no one.
  assert.deepEqual(codes('The invaders left. Russia invaded Ukraine. Germany invaded Poland.')[0], ['Russia', 'RUS']);
  assert.deepEqual(codes('The enemy attacked Moscow in 1941. Russian strikes hit Kyiv.')[0], ['Moscow', 'RUS']);
});
