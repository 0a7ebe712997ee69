// A headline naming a Security Council with no UN reports a state's own council: a bare "the Security Council" in the
// article is that state's government, not the United Nations'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** [surface, code] of each mention naming a Security Council, under `title`. */
function councils(title: string, text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-05-01', title, url: null, source: null, text });
  return findMentions(doc, registry)
    .mentions.filter((m) => m.actor.text.includes('Security Council'))
    .map((m) => [m.actor.text, m.actor.code]);
}

const MEETING =
  'The President held a meeting with members of the Security Council. Russia will answer. Russia is strong. ' +
  'Russia cannot agree with the UN Security Council on this.';

test('a bare "Security Council" under a headline naming one with no UN is the main state’s own council', () => {
  assert.deepEqual(councils('Meeting with members of the Security Council', MEETING), [
    ['the Security Council', 'RUSGOV'],
    ['the UN Security Council', 'IGOUNO'],
  ]);
  // With no state the article is mostly about, the state whose council it names.
  assert.deepEqual(
    councils(
      'Security Council meeting',
      'The Russian Federation Security Council met. Ukraine, Belarus and Poland were named. ' +
        'I ask the other Security Council members to speak.',
    ),
    [
      ['The Russian Federation Security Council', 'RUSGOV'],
      ['Security Council', 'RUSGOV'],
    ],
  );
});

test('the UN’s Security Council keeps IGOUNO under a headline that names the UN, or none, or in a UN sentence', () => {
  assert.deepEqual(councils('Meeting with members of the UN Security Council', MEETING), [
    ['the Security Council', 'IGOUNO'],
    ['the UN Security Council', 'IGOUNO'],
  ]);
  assert.deepEqual(councils('Putin speaks on Ukraine', MEETING), [
    ['the Security Council', 'IGOUNO'],
    ['the UN Security Council', 'IGOUNO'],
  ]);
  assert.deepEqual(
    councils('Security Council meeting', 'Russia met. Russia spoke. The United Nations and the Security Council met.'),
    [['the Security Council', 'IGOUNO']],
  );
});
