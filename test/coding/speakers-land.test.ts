// A speaker's "our country", "our cities", "our borders" after a preposition is the speaker's state as the target of
// the act ("fired missiles at our port infrastructure", "support for our country"); harm to it with no doer named is
// the state the speaker's state fights; the speaker's own side acting on it is no act on itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry, withSpeakersLand } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import { salientSides } from '../../src/coding/roles.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

/** [surface, code] of the speaker's land mentions of `text`. */
function lands(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text });
  const { mentions } = findMentions(doc, registry);
  return withSpeakersLand(doc, mentions, findQuotes(doc, mentions), registry)
    .filter((m) => /^our\s/i.test(m.actor.text))
    .map((m) => [m.actor.text, m.actor.code]);
}

test("an act aimed at the speaker's country or its places after a preposition is aimed at the speaker's state", () => {
  assert.deepEqual(
    readings('Russia invaded Ukraine. "Russian troops fired missiles at our port infrastructure," Zelenskyy said.', 1),
    ['194 RUSMIL->UKR asserted'],
  );
  assert.deepEqual(readings('"NATO is holding drills right at our borders," Putin said.', 0), [
    '150 IGOWSTNAT->RUS asserted',
  ]);
  assert.ok(
    readings('"I am grateful to Estonia for its support for our country," Zelenskyy said.', 0).includes(
      '051 EST->UKR asserted',
    ),
  );
});

test("harm to the speaker's land with no doer named is done by the state the speaker's state fights", () => {
  const text =
    'Russia invaded Ukraine. Russian troops shelled Kharkiv. "The shelling of our cities continues," Zelenskyy said.';
  assert.deepEqual(readings(text, 2), ['194 RUS->UKR asserted']);
  // With no war in the article the doer stays unknown.
  assert.deepEqual(readings('"The risk of a strike at our country is growing," Putin said.', 0), [
    '190 -->RUS hypothetical',
  ]);
});

test("the speaker's side acting on its own land is no act on itself", () => {
  assert.deepEqual(readings('"We are sending more troops to our borders," Putin said.', 0), []);
});

test('only a singular country or a place noun heading its phrase, after a preposition, in a speaker’s words', () => {
  assert.deepEqual(lands('"Russia fired at our cities and at our border troops," Zelenskyy said.'), [
    ['our cities', 'UKR'],
  ]);
  // Several states ("our countries"), a direct object (left to the coder's own reading), a part ("one of our
  // cities"), and words no one with a state says.
  assert.deepEqual(
    lands('"Russia must respect our countries, it destroyed our cities and hit one of our cities," Zelenskyy said.'),
    [],
  );
  assert.deepEqual(lands('The risk of a strike at our country is growing.'), []);
});

test("a speaker's land does not make the speaker's state one of the article's main sides", () => {
  const text = 'Putin said: "Guests came to our country, to our country." Aliyev met Pashinyan.';
  const doc = analyze({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text });
  const { mentions } = findMentions(doc, registry);
  const all = withSpeakersLand(doc, mentions, findQuotes(doc, mentions), registry);
  assert.equal(all.length, mentions.length + 2);
  assert.deepEqual(
    salientSides(all, text.length, true).map((m) => m.actor.country),
    ['AZE', 'ARM'],
  );
});
