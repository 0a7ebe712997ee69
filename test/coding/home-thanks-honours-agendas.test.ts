// Real-news events an analyst does not code at all (session 25): thanks for a service at home, honours received,
// things that help, and the items of an agenda.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('thanks to a "you" or "them" for a service, a labour or the defence of the country are manners at home', () => {
  assert.deepEqual(readings('"I want to thank you for your service," Zelensky told the sailors.', 'thank'), []);
  assert.deepEqual(readings('Zelensky thanked them for their hard work and dedication.', 'thanked'), []);
  assert.deepEqual(readings('"Thank you for defending our state," Zelensky said.', 'Thank'), []);
  assert.deepEqual(readings('Putin thanked each of you for your selfless work.', 'thanked'), []);
  // Thanks for what another side gives, for work shared, or to an actor named stay.
  assert.deepEqual(readings('Zelensky thanked them for their support.', 'thanked'), ['051 UKRGOV->- asserted']);
  assert.deepEqual(readings('"I thank you all for our joint work," Putin said.', 'thank'), ['051 RUSGOV->- asserted']);
  assert.deepEqual(readings('Zelensky thanked Poland for its service.', 'thanked'), ['051 UKRGOV->POL asserted']);
});

test('an honour accepted or received is the courtesy of a ceremony', () => {
  const decoration = '"It is a great honour for me to accept this high decoration," the Turkmen leader told Putin.';
  assert.deepEqual(readings(decoration, 'accept'), []);
  const award = 'The Ukrainian ambassador received the Ronald Reagan Freedom Award from the foundation.';
  assert.deepEqual(readings(award, 'received'), []);
  // A proposal accepted and a guest received stay.
  assert.deepEqual(readings('Putin accepted the peace proposal of Turkey.', 'accepted'), ['030 RUSGOV->TUR asserted']);
  const guest = 'Zelensky received the US Secretary of State in Kyiv.';
  assert.deepEqual(readings(guest, 'received'), ['043 UKRGOV->USAGOV asserted']);
});

test('a thing that helps is an effect, no aid', () => {
  assert.deepEqual(readings('Zelensky said: "This helped Ukrainian citizens fleeing the war."', 'helped'), []);
  assert.deepEqual(readings('Zelensky said: "Cheap loans have helped Russia resist the sanctions."', 'helped'), []);
  const revenues = 'Zelensky said: "Oil revenues that have helped Russia resist the sanctions are falling."';
  assert.deepEqual(readings(revenues, 'helped'), []);
  // "Nothing will help" forecasts no effect: no refusal.
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(readings('Zelensky said: "Nothing will help Russian cowardice."', 'help'), []);
  // A side's own act, a side or people, and a forecast stay.
  const decision = 'Zelensky said: "Poland\'s decision helped Ukrainian refugees."';
  assert.deepEqual(readings(decision, 'helped'), ['070 POL->UKRREF asserted']);
  const volunteers = 'Zelensky said: "The Polish volunteers helped Ukrainian refugees."';
  assert.deepEqual(readings(volunteers, 'helped'), ['070 POL->UKRREF asserted']);
  // (A forecast has no doer, and such acts are dropped (src/coding/doerless-speech.ts).)
  assert.deepEqual(readings('Zelensky said: "This will help Ukraine."', 'help'), []);
});

test('an act an agenda or a list of priorities includes is an item to take up, not done', () => {
  assert.deepEqual(readings('The agenda includes expanding cooperation with Brazil in trade.', 'expanding'), []);
  const list =
    'Putin said the agenda of the talks included strengthening ties with Brazil, expanding cooperation with Brazil in trade and energy.';
  assert.deepEqual(readings(list, 'expanding'), []);
  assert.deepEqual(readings("Putin's priorities include expanding cooperation with Brazil.", 'expanding'), []);
  // A verb of its own after the list, and what a package includes, stay.
  const own = 'The agenda included Ukraine, and Putin expanded cooperation with Brazil.';
  assert.deepEqual(readings(own, 'expanded'), ['060 RUSGOV->BRA asserted']);
  assert.deepEqual(readings("Germany's package includes sending tanks to Ukraine.", 'sending'), [
    '072 DEU->UKR asserted',
  ]);
});
