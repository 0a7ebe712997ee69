import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** [surface, code, id] of each mention. */
function mentions(text: string, date = '2022-05-01'): [string, string, string | null][] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code, m.actor.id]);
}

test('a bare "the President" before any state is named is the president of the state the article is about', () => {
  assert.deepEqual(
    mentions('The President held a meeting on economic issues. Russia will support the Russian regions, Moscow said.'),
    [
      ['The President', 'RUSGOV', 'putin'],
      ['Russia', 'RUS', 'RUS'],
      ['Russian', 'RUS', 'RUS'],
      ['Moscow', 'RUS', 'RUS'],
    ],
  );
  // The passage may name the same state first: "reported to the President about … Russia".
  assert.deepEqual(mentions('Russia grew. Russia is big. The minister reported to the President about it.')[2], [
    'the President',
    'RUSGOV',
    'putin',
  ]);
});

test('"the President" stays unresolved when no state is the article’s, the passage names another, or it is no one', () => {
  // No state more than half of the mentions are of.
  assert.deepEqual(mentions('The President held a meeting. Russia and Ukraine talked.'), [
    ['Russia', 'RUS', 'RUS'],
    ['Ukraine', 'UKR', 'UKR'],
  ]);
  // One mention of a state is no evidence of what the article is about.
  const g20 = mentions("The President will attend the G20 summit held under Italy's Presidency.");
  assert.ok(!g20.some(([text]) => text === 'The President'));
  // A president named in the same sentence is someone else.
  const visit = mentions(
    'The President has arrived, where he will visit a plant with President of Belarus Alexander Lukashenko. ' +
      'Belarus and Belarus.',
  );
  assert.ok(!visit.some(([text]) => text === 'The President'));
  // The passage names Switzerland; the article is Ukraine's.
  const swiss = mentions('Ukraine fights. Ukraine is grateful. Switzerland helps. I thank the President. Ukraine won.');
  assert.ok(!swiss.some(([text]) => text === 'the President'));
  // A family tie, a predicate, and someone else's president.
  for (const text of [
    "The President's wife visited Ukraine. Ukraine thanked her.",
    'I am proud to be the President of a free Ukraine. Ukraine is free.',
    'The President of Abkhazia met Georgian officials.',
  ]) {
    assert.ok(!mentions(text).some(([surface]) => /^the president$/i.test(surface)), text);
  }
});

test('the staff of the presidential office: their own titles, the holder, or an official of the passage’s state', () => {
  assert.deepEqual(
    mentions(
      'Ukraine asked for arms. The Head of the President’s Office thanked the German side. ' +
        'The Deputy Head of the Office of the President Ivan Petrenko spoke.',
    ),
    [
      ['Ukraine', 'UKR', 'UKR'],
      ['The Head of the President’s Office', 'UKRGOV', 'yermak'],
      ['the German side', 'DEUGOV', null],
      ['The Deputy Head of the Office of the President Ivan Petrenko', 'UKRGOV', null],
    ],
  );
  // "Adviser to the Head of the President's Office" is the adviser, not the head.
  assert.deepEqual(
    mentions(
      "Mykhailo Podolyak spoke about Ukraine. Russia attacked. The Adviser to the Head of the President's Office said so.",
    ).at(-1),
    ["The Adviser to the Head of the President's Office", 'UKRGOV', 'podolyak'],
  );
});

test('a bare "the President" is the one president the headline names, when the passage names no other state', () => {
  const headed = (title: string, text: string): [string, string, string | null][] => {
    const doc = analyze({ id: 't', date: '2021-10-29', title, url: null, source: null, text });
    return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code, m.actor.id]);
  };
  const text = "The President will attend, via videoconference, the G20 summit held under Italy's Presidency.";
  assert.deepEqual(headed('On October 30–31, Vladimir Putin will take part in the G20 summit', text)[0], [
    'The President',
    'RUSGOV',
    'putin',
  ]);
  // Two presidents in the headline, or none: no one is meant.
  assert.ok(!headed('Vladimir Putin and Joe Biden to meet', text).some(([t]) => t === 'The President'));
  assert.ok(!headed('The G20 summit', text).some(([t]) => t === 'The President'));
  // The passage before the title names other states.
  assert.ok(
    !headed('Vladimir Putin at the summit', 'France and Germany hosted it. The President spoke.').some(
      ([t]) => t === 'The President',
    ),
  );
});
