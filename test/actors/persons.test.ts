// Persons with dated roles: the code depends on the article date, spelling variants name the same person, and a
// bare title is resolved to the office holder on that date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** [surface, code, person id] per mention. */
function mentions(text: string, date: string | null): [string, string, string | null][] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code, m.actor.id]);
}

const codeOf = (text: string, date: string): string => mentions(text, date)[0]![1];

test('a person gets the code of the role held on the article date', () => {
  // Shoigu: defence minister (military) until May 2024, then secretary of the Security Council (government).
  assert.equal(codeOf('Sergei Shoigu arrived.', '2022-03-01'), 'RUSMIL');
  assert.equal(codeOf('Sergei Shoigu arrived.', '2024-06-01'), 'RUSGOV');
  // Baerbock: German foreign minister, then president of the UN General Assembly.
  assert.equal(codeOf('Annalena Baerbock spoke.', '2023-01-10'), 'DEUGOV');
  assert.equal(codeOf('Annalena Baerbock spoke.', '2025-10-01'), 'IGOUNO');
  // A former president is an elite, not the government; before any role, the nationality only.
  assert.equal(codeOf('Joe Biden spoke.', '2022-01-10'), 'USAGOV');
  assert.equal(codeOf('Joe Biden spoke.', '2026-01-10'), 'USAELI');
  assert.equal(codeOf('Volodymyr Zelensky spoke.', '2015-01-10'), 'UKR');
  // Mohamed bin Zayed: crown prince of Abu Dhabi, then president of the UAE; both government.
  assert.equal(codeOf('Mohamed bin Zayed Al Nahyan spoke.', '2021-12-03'), 'AREGOV');
  assert.equal(codeOf('Mohamed bin Zayed Al Nahyan spoke.', '2023-12-03'), 'AREGOV');
  // Ahmed al-Sharaa: rebel leader until December 2024, then Syria's leader.
  assert.equal(codeOf('Ahmed al-Sharaa spoke.', '2020-05-01'), 'SYRREB');
  assert.equal(codeOf('Ahmed al-Sharaa spoke.', '2025-05-01'), 'SYRGOV');
});

test('spelling variants and transliterations name one person; a surname alone refers back', () => {
  const got = mentions(
    'Volodymyr Zelenskiy met Sergei Lavrov. Zelenskyy and Sergey Lavrov spoke; President Zelensky thanked Lavrov.',
    '2022-03-01',
  );
  assert.deepEqual(
    got.map(([, code, id]) => [code, id]),
    [
      ['UKRGOV', 'zelensky'],
      ['RUSGOV', 'lavrov'],
      ['UKRGOV', 'zelensky'],
      ['RUSGOV', 'lavrov'],
      ['UKRGOV', 'zelensky'],
      ['RUSGOV', 'lavrov'],
    ],
  );
  // Diacritics or not: Erdoğan/Erdogan, Szijjártó/Szijjarto.
  assert.equal(mentions('Erdoğan met Péter Szijjártó.', '2022-03-01')[1]![2], 'szijjarto');
  assert.equal(mentions('Erdogan met Peter Szijjarto.', '2022-03-01')[0]![2], 'erdogan');
  // An ambiguous surname is only a person after the full name or a title.
  assert.deepEqual(mentions('Johnson said no.', '2022-03-01'), []);
  assert.deepEqual(mentions('Boris Johnson left. Johnson said no.', '2022-03-01')[1], ['Johnson', 'GBRGOV', 'johnson']);
  assert.deepEqual(mentions('Speaker Mike Johnson left.', '2024-03-01')[0]?.[1], 'USALEG');
});

test('a bare title resolves to the office holder of its country on the article date', () => {
  const holder = (text: string, date: string) => mentions(text, date)[0]!.slice(1);
  assert.deepEqual(holder("Russia's defence minister said the drills ended.", '2020-03-01'), ['RUSMIL', 'shoigu']);
  assert.deepEqual(holder("Russia's defence minister said the drills ended.", '2024-06-01'), ['RUSMIL', 'belousov']);
  assert.deepEqual(holder('The US secretary of state arrived.', '2019-06-01'), ['USAGOV', 'pompeo']);
  assert.deepEqual(holder('The US secretary of state arrived.', '2022-03-01'), ['USAGOV', 'blinken']);
  assert.deepEqual(holder('The US secretary of state arrived.', '2025-03-01'), ['USAGOV', 'rubio']);
  assert.deepEqual(holder('The British foreign secretary arrived.', '2025-10-01'), ['GBRGOV', 'ycooper']);
  // "Secretary of State for Defence of the United Kingdom": a UK title, the defence minister of the day. "The
  // President" before it has no country named yet, so it stays unresolved.
  assert.deepEqual(
    mentions('The President thanked the Secretary of State for Defence of the United Kingdom.', '2022-06-10')[0]!.slice(
      1,
    ),
    ['GBRMIL', 'wallace'],
  );
});

test('a bare title with no country is the holder in the one country the article has named', () => {
  const got = mentions('Russia will not attack anyone, the foreign minister said.', '2022-02-01');
  assert.deepEqual(got[1], ['the foreign minister', 'RUSGOV', 'lavrov']);
  assert.deepEqual(
    mentions('Russia will not attack anyone, the foreign minister said.', '2025-02-01')[1]?.[2],
    'lavrov',
  );
  // Two countries named: which minister is meant is unknown.
  assert.equal(mentions('Russia and Ukraine met. The foreign minister said no.', '2022-02-01').length, 2);
  // An earlier holder in the article wins over the context.
  assert.deepEqual(mentions('Dmytro Kuleba met Lavrov in Russia. The foreign minister said no.', '2022-02-01')[3], [
    'The foreign minister',
    'RUSGOV',
    'lavrov',
  ]);
});

test('coordinated qualifiers share their head; a long title chain before a known person names that person', () => {
  assert.deepEqual(mentions('Talks between the Russian and Ukrainian representatives resumed.', '2022-04-01'), [
    ['the Russian', 'RUSGOV', null],
    ['Ukrainian representatives', 'UKRGOV', null],
  ]);
  assert.deepEqual(
    mentions('The leaders of Ukraine and Poland praised it.', '2022-02-10').map((m) => m[1]),
    ['UKRGOV', 'POLGOV'],
  );
  // Only a title may follow "and": "the President of France and Olaf Scholz" are two actors.
  assert.deepEqual(
    mentions(
      'Putin spoke with Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces Mohamed bin Zayed Al Nahyan.',
      '2022-03-01',
    )[1]!.slice(1),
    ['AREGOV', 'mbz'],
  );
  assert.deepEqual(
    mentions('He met the President of France and Olaf Scholz.', '2022-03-01').map((m) => m[2]),
    ['macron', 'scholz'],
  );
});

test('a dictionary surname or short form inside somebody else’s full name is not that person', () => {
  // "Petro Tymoshenko" is not Yulia Tymoshenko; "Mustafa Tuzcu" is not Mohammad Mustafa.
  assert.deepEqual(mentions('At the meeting, Petro Tymoshenko reminded them.', '2022-03-01'), []);
  const tuzcu = mentions('Deputy Minister of Trade of Turkey Mustafa Tuzcu signed it.', '2021-06-01');
  assert.deepEqual(tuzcu, [['Deputy Minister of Trade of Turkey Mustafa Tuzcu', 'TURGOV', null]]);
  // Nor after a title's complement: "Martin Lidegaard" is not Paul Martin, Canada's prime minister.
  const chair = mentions('Chairman of the Danish Foreign Policy Committee Martin Lidegaard spoke.', '2022-06-15');
  assert.ok(!chair.some((m) => m[2] === 'pmartin'), JSON.stringify(chair));
  assert.equal(chair[0]?.[1], 'DNK');
  // Weekdays and titles next to a surname do not hide it.
  assert.deepEqual(mentions('Putin Tuesday said no.', '2022-03-01')[0], ['Putin', 'RUSGOV', 'putin']);
  assert.deepEqual(mentions('Then Tymoshenko spoke.', '2022-03-01')[0], ['Tymoshenko', 'UKRLEG', 'tymoshenko']);
});
