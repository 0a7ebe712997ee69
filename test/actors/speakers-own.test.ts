import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry, withSpeakersOwn } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import { findTurns, withTurns } from '../../src/quotes/turns.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** [surface, code] of each mention at or right after "our", after the speakers' pass. */
function ours(text: string, title: string | null = null): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-04-01', title, url: null, source: null, text });
  const { mentions } = findMentions(doc, registry);
  const quotes = withTurns(findQuotes(doc, mentions), findTurns(doc, mentions));
  return withSpeakersOwn(doc, mentions, quotes, registry)
    .filter((m) => /^our\b/i.test(m.actor.text) || /\bour $/i.test(text.slice(0, m.start)))
    .map((m) => [m.actor.text, m.actor.code]);
}

test('"our army" in a quotation is the speaker’s state’s army', () => {
  assert.deepEqual(
    ours('Russia attacked Kharkiv. "Our army is holding the line against Russian troops," Volodymyr Zelenskyy said.'),
    [['Our army', 'UKRMIL']],
  );
  assert.deepEqual(ours('"We withdrew all our armed forces from Kazakhstan," Vladimir Putin said.'), [
    ['armed forces from Kazakhstan', 'RUSMIL'],
  ]);
});

test('"our army" outside quotations is the voice the headline names, and no one without such a headline', () => {
  const text = 'Our army has been heroically opposing the overwhelming forces of Russia. Russia will lose.';
  assert.deepEqual(ours(text, 'We will win - address by President Volodymyr Zelenskyy'), [['Our army', 'UKRMIL']]);
  assert.deepEqual(ours(text, 'Speech by the President of Ukraine at the Bundestag'), [['Our army', 'UKRMIL']]);
  assert.deepEqual(ours(text, 'Russia attacks Kharkiv'), []);
  // A state the headline names is the voice only as the state of the office that speaks.
  assert.deepEqual(ours(text, "Address by the President to Ukrainians on the first day of Russia's attacks"), []);
  // Not a state's institution, a modifier or several states': "our partners", "our military cooperation",
  // "our governments"; nor "our side", an alignment ("stand by our side").
  assert.deepEqual(
    ours(
      'We thank our partners who stand by our side, our governments agree and our military cooperation grows.',
      'Address by Volodymyr Zelenskyy',
    ),
    [],
  );
});

test('a bare "the army" in an address is the speaker’s, whatever state the passage named', () => {
  const doc = analyze({
    id: 't',
    date: '2022-04-14',
    title: 'We will win - address by President Volodymyr Zelenskyy',
    url: null,
    source: null,
    text: 'Russian troops shelled Kharkiv again. Russia fired missiles. Those who help the army find everything they need.',
  });
  const { mentions } = findMentions(doc, registry);
  const army = (list: readonly { actor: { text: string; code: string } }[]): string | undefined =>
    list.find((m) => m.actor.text === 'the army')?.actor.code;
  assert.equal(army(mentions), 'RUSMIL');
  assert.equal(army(withSpeakersOwn(doc, mentions, [], registry)), 'UKRMIL');
});
