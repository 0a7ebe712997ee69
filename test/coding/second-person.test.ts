// "You" as the subject in a speaker's words (src/coding/persons.ts `secondPersonSubject`): the one spoken to acts, not
// the speaker. At a meeting of one state's people the one spoken to in a transcript is of the speaker's own state,
// and the speaker's code stands for both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('"you" as the subject is no act of the speaker', () => {
  assert.deepEqual(readings('Ukraine is at war. "You killed 16 children," Zelenskyy said.', 'kill'), []);
  const talks =
    'Vladimir Putin met Alexander Lukashenko.\n\nVladimir Putin: Good afternoon. How is the project? ' +
    'Alexander Lukashenko: Thank you. You have always supported me in this regard.';
  assert.deepEqual(readings(talks, 'support'), []);
});

test('"you" spoken to a compatriot in a transcript keeps the speaker’s code', () => {
  const meeting =
    'Vladimir Putin met Sergei Sobyanin.\n\nVladimir Putin: Good afternoon. How is the project? ' +
    'Sergei Sobyanin: Thank you, Mr President. Back then you supported the strategy for the transport hub.';
  assert.deepEqual(readings(meeting, 'support'), ['051 RUSGOV->- asserted']);
});

test('a person addressed at the opening of a sentence or turn is the "you" spoken to, not the subject', () => {
  const talks =
    'Vladimir Putin met Alexander Lukashenko.\n\nPresident of Russia Vladimir Putin: Mr Lukashenko, thank you for ' +
    'coming. We have a lot to discuss. President of Belarus Alexander Lukashenko: Thank you. We will discuss gas.';
  assert.deepEqual(readings(talks, 'thank'), ['051 RUSGOV->BLRGOV asserted']);
  assert.deepEqual(
    readings('"Dear Prime Minister Bennett, thank you very much for your support," Zelenskyy said.', 'thank'),
    ['051 UKRGOV->ISRGOV asserted'],
  );
  // An apposition before the verb keeps the name as the subject; so does a comment set off by commas.
  assert.deepEqual(readings('Mr Grossi, Director General of the IAEA, thanked Ukraine.', 'thanked'), [
    '051 IGOUNOIAE->UKR asserted',
  ]);
  assert.deepEqual(readings('Mr Putin, I think, will invade Ukraine.', 'invade'), ['190 RUSGOV->UKR hypothetical']);
});

test('a plural noun subject in a speaker’s words names others, not the speaker', () => {
  assert.deepEqual(readings('"Many states imposed sanctions on Russia," Vladimir Putin said.', 'imposed'), [
    '163 -->RUS asserted',
  ]);
  assert.deepEqual(
    readings(
      '"It reached a critical point when criminals took control of Almaty," Kassym-Jomart Tokayev said.',
      'took',
    ),
    ['192 -->KAZ asserted'],
  );
  // So does the world, or the international community: everyone, not the speaker's side.
  assert.deepEqual(readings('"The world imposed sanctions on Russia," Zelensky said.', 'imposed'), [
    '163 -->RUS asserted',
  ]);
  assert.deepEqual(readings('"The international community imposed sanctions on Russia," Zelensky said.', 'imposed'), [
    '163 -->RUS asserted',
  ]);
  // The speaker's own ("our advisors"), ones named before ("these forces"), talks and the parties of a meeting stay.
  assert.deepEqual(readings('"Our advisors met in Paris with French officials," Vladimir Putin said.', 'met'), [
    '044 RUSGOV->FRA asserted',
  ]);
  assert.deepEqual(readings('"These forces are not going to fight in Ukraine," Joe Biden said.', 'fight'), [
    '190 USAGOV->UKR negated',
  ]);
});

test('a person named right after "you" and its comma, ending the clause, is the one spoken to', () => {
  // The turn before is another's: "you" alone would be that previous speaker.
  const summit = (turn: string): string =>
    'Vladimir Putin met Kassym-Jomart Tokayev, Nikol Pashinyan and Emomali Rahmon.\n\nPrime Minister of Armenia ' +
    'Nikol Pashinyan: Thank you. We will discuss trade.\n\nPresident of Tajikistan Emomali Rahmon: ' +
    turn;
  assert.deepEqual(readings(summit('We fully support you, Mr Tokayev, and we will help.'), 'support'), [
    '051 TJKGOV->KAZGOV asserted',
  ]);
  assert.deepEqual(readings(summit('We fully support you, Mr Tokayev.'), 'support'), ['051 TJKGOV->KAZGOV asserted']);
});

test('a turn opening with a vocative to many speaks to all of them, not to the previous speaker', () => {
  const summit = (turn: string): string =>
    'Vladimir Putin met Kassym-Jomart Tokayev, Nikol Pashinyan and Emomali Rahmon.\n\nPrime Minister of Armenia ' +
    'Nikol Pashinyan: Thank you. We will discuss trade.\n\nPresident of Tajikistan Emomali Rahmon: ' +
    turn;
  assert.deepEqual(
    readings(summit('Colleagues, I would like to congratulate you on the anniversary.'), 'congratulate'),
    [],
  );
  assert.deepEqual(readings(summit('Dear friends, I congratulate you on the anniversary.'), 'congratulate'), []);
  // One spoken to alone is still the previous speaker.
  assert.deepEqual(readings(summit('I would like to congratulate you on the anniversary.'), 'congratulate'), [
    '051 TJKGOV->ARMGOV asserted',
  ]);
});
