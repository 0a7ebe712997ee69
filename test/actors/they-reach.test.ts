// A "they" opening its sentence, or a clause after an ellipsis, stands for a plural subject up to three sentences
// back when the sentences between name nothing else it might stand for; a rival on the way, or a subject of several
// codes, leaves it unresolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** The code the last "They" stands for, or null when it is no actor. */
function theyCode(text: string): string | null {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  const found = findMentions(doc, registry).mentions.filter((m) => m.actor.text === 'They');
  const last = found.at(-1);
  return last === undefined || last.sentence !== doc.sentences.length - 1 ? null : last.actor.code;
}

const ENTERED = 'Russian soldiers entered the village of Dubky on Monday. ';

test('a plural subject two or three sentences back, past sentences that name no rival', () => {
  assert.equal(theyCode(`${ENTERED}The weather was cold. They shelled the school.`), 'RUSMIL');
  assert.equal(theyCode(`${ENTERED}The weather was cold. The night was long. They shelled the school.`), 'RUSMIL');
  // Four sentences back is too far.
  assert.equal(
    theyCode(`${ENTERED}It rained. The weather was cold. The night was long. They shelled the school.`),
    null,
  );
});

test('a "they" after an ellipsis, and the "they" after it', () => {
  assert.equal(theyCode(`${ENTERED}Dubky and the fields around it... They shelled the school.`), 'RUSMIL');
  assert.equal(
    theyCode(`${ENTERED}Dubky and the fields around it... They shelled the school. They burned the shop.`),
    'RUSMIL',
  );
});

test('a plural body, and actors of one code coordinated', () => {
  assert.equal(
    theyCode('The Armed Forces of Ukraine have entered Dubky. The weather was cold. They attacked the bridge.'),
    'UKRMIL',
  );
  assert.equal(
    theyCode('Russian troops and Wagner mercenaries entered Dubky. The weather was cold. They shelled the school.'),
    'RUSMIL',
  );
});

test('a rival between them, or an ambiguous subject, leaves "they" unresolved', () => {
  // Something else acts in between: a plural noun, an actor opening its sentence, two persons, a group.
  assert.equal(theyCode(`${ENTERED}The missiles were old. They hit the school.`), null);
  assert.equal(theyCode(`${ENTERED}Ukraine protested at once. They shelled the school.`), null);
  assert.equal(theyCode(`${ENTERED}Later Macron spoke with Scholz about it. They shelled the school.`), null);
  assert.equal(theyCode(`${ENTERED}The weather was cold for the Ukrainian volunteers. They shelled the school.`), null);
  // Actors of two codes: which of them acts?
  assert.equal(
    theyCode('Ukrainian and Polish diplomats met in Dubky. The weather was cold. They signed a deal.'),
    null,
  );
});
