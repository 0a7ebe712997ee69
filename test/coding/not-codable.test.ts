// Real-news constructions an analyst does not code (session 15, precision on the corpus): courtesy thanks for the
// occasion itself; an act named as the subject of a clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('thanks whose every reason is the occasion (invitation, meeting, floor, hospitality) are courtesy, not praise', () => {
  assert.deepEqual(readings('Zelensky thanked Duda for the invitation.', 'thanked'), []);
  assert.deepEqual(
    readings('Putin thanked Modi for the hospitality extended to the Russian delegation.', 'thanked'),
    [],
  );
  assert.deepEqual(readings('Zelensky thanked Duda for the opportunity to address the Sejm.', 'thanked'), []);
  assert.deepEqual(readings("Putin thanked Aliyev for the invitation and for today's meeting.", 'thanked'), []);
  assert.deepEqual(readings('Putin thanked Orban for such a warm reception.', 'thanked'), []);
  // The occasion thanked for is no event either.
  assert.deepEqual(readings('Putin thanked Orban for inviting him.', 'inviting'), []);
  // Thanks expressed are thanks: "expressed his gratitude to X for the invitation".
  assert.deepEqual(readings('Putin expressed his gratitude to Macron for the invitation.', 'expressed'), []);
  assert.deepEqual(
    readings('Zelensky expressed his gratitude to Biden for the new package of military aid.', 'expressed'),
    ['051 UKRGOV->USAGOV asserted'],
  );
  // One reason that is an act makes it praise.
  assert.deepEqual(readings('Zelensky thanked Poland for the invitation and for its support.', 'thanked'), [
    '051 UKRGOV->POL asserted',
  ]);
  assert.deepEqual(readings('Zhovkva thanked Austria for the warm welcome of 50,000 Ukrainians.', 'thanked'), [
    '051 UKRGOV->AUT asserted',
  ]);
  assert.deepEqual(readings('Zelensky thanked Norway for joining the EU sanctions.', 'thanked'), [
    '051 UKRGOV->NOR asserted',
  ]);
  assert.deepEqual(readings('Zelensky thanked Bulgaria for the opportunity to use the port of Varna.', 'thanked'), [
    '051 UKRGOV->BGR asserted',
  ]);
  assert.deepEqual(readings('Putin thanked Aliyev for the attention he pays to humanitarian ties.', 'thanked'), [
    '051 RUSGOV->AZEGOV asserted',
  ]);
});

test('an -ing form with its object as the subject of the clause names the act as a topic, not as done', () => {
  assert.deepEqual(readings('Invading Ukraine will prove to be a self-inflicted wound.', 'Invading'), []);
  assert.deepEqual(readings('Recognising these republics is certainly a must.', 'Recognising'), []);
  assert.deepEqual(readings('Defending Ukraine against Russia is vital for our security.', 'Defending'), []);
  assert.deepEqual(readings('Vucic said that imposing sanctions against Russia would be disastrous.', 'imposing'), []);
  // A participle set off by a comma is the subject's own act (and an article may open with it): the subject after
  // the comma does it (adverbial-participles.ts).
  assert.deepEqual(readings('Invading Ukraine, Russia made a grave mistake.', 'Invading'), ['190 RUS->UKR asserted']);
});

test("what the speaker believes another will do commits no one: hypothetical, no intent; the believer's own we is", () => {
  assert.deepEqual(readings('Zelensky said: I believe that Germany will continue to support Ukraine.', 'support'), [
    '051 DEU->UKR hypothetical',
  ]);
  assert.deepEqual(
    readings(
      "Putin said he was convinced that Russia's talks will help strengthen relations with Kazakhstan.",
      'strengthen',
    ),
    ['060 RUS->KAZ hypothetical'],
  );
  // The believer's own side announces an intent; a belief about what was done is a claim; "believe me" is no belief.
  assert.deepEqual(readings('"I believe that we will continue to support Ukraine," Scholz said.', 'support'), [
    '030 DEUGOV->UKR asserted',
  ]);
  assert.deepEqual(readings('Zelensky said he was sure that Russia attacked Kharkiv.', 'attacked'), [
    '190 RUS->UKR asserted',
  ]);
  // A clause of its own after ", and" is not believed; a participle after its noun was done.
  assert.deepEqual(
    readings('Zelensky believes that the step would be to close the sky, and he spoke about this with Biden.', 'spoke'),
    ['040 UKRGOV->USAGOV asserted', '040 USAGOV->UKRGOV asserted'],
  );
  assert.deepEqual(
    readings(
      'Podolyak is convinced that Russia will hinder the return of Ukrainian citizens forcibly deported by Russia.',
      'deported',
    ),
    ['174 RUS->UKRCVL asserted'],
  );
});

test('greetings sent to the audience of an occasion are courtesy; to a leader they are coded', () => {
  assert.deepEqual(
    readings('Vladimir Putin sent a message of greetings to participants and guests of the Gaidar Forum.', 'sent'),
    [],
  );
  assert.deepEqual(
    readings(
      'Vladimir Putin sent a message of greetings to the staff and students of the school on its anniversary.',
      'sent',
    ),
    [],
  );
  assert.deepEqual(
    readings(
      'Vladimir Putin congratulated current staff and retired employees of the Library on its anniversary.',
      'con',
    ),
    [],
  );
  assert.deepEqual(
    readings(
      'The President of Ukraine congratulated Sheikh Mohamed bin Zayed Al Nahyan on the 50th anniversary of the UAE.',
      'con',
    ),
    ['051 UKRGOV->AREGOV asserted'],
  );
  assert.deepEqual(readings('Vladimir Putin sent a message of greetings to Shavkat Mirziyoyev.', 'sent'), [
    '051 RUSGOV->UZBGOV asserted',
  ]);
});

test('destroying lives, a future, an economy or ties is a metaphor, also after a possessive pronoun', () => {
  assert.deepEqual(readings('And Russia is doing everything to destroy our economy.', 'destroy'), []);
  assert.deepEqual(readings('Russian shelling is destroying the lives of our people.', 'destroying'), []);
  assert.deepEqual(readings('Russian troops destroyed our bridges.', 'destroyed'), ['1712 RUSMIL->- asserted']);
  // Ties and relations destroyed are broken off, not razed.
  assert.deepEqual(readings('Moscow has destroyed all ties with Kyiv.', 'destroyed'), []);
  assert.deepEqual(readings('The war wrecked normal trade relations.', 'wrecked'), []);
});

test('an -ing form between a determiner, possessive, degree adverb or hyphen and its noun is an adjective', () => {
  assert.deepEqual(readings('It is the most serious and threatening crisis in Europe.', 'threatening'), []);
  assert.deepEqual(readings("Putin's threatening posture was evident.", 'threatening'), []);
  assert.deepEqual(readings('Ukraine will not be strong at the negotiating table with Russia.', 'negotiating'), []);
  // With an object of its own it is a verb.
  assert.deepEqual(readings('Russia is threatening Ukraine with war.', 'threatening'), ['130 RUS->UKR asserted']);
});

test('"recognise" as acknowledging is no diplomatic recognition (054); granting it is', () => {
  assert.deepEqual(
    readings(
      "Rutte reiterated support for Ukraine's sovereignty within its internationally recognised borders.",
      'recognised',
    ),
    [],
  );
  assert.deepEqual(readings('Azerbaijan has achieved widely recognised success.', 'recognised'), []);
  assert.deepEqual(
    readings('Sullivan said the United States recognizes that Russia has legitimate concerns.', 'recognizes'),
    [],
  );
  assert.deepEqual(readings('Croatia recognized Ukraine in 1992.', 'recognized'), ['054 HRV->UKR asserted']);
  assert.deepEqual(readings("Russia recognised the independence of the Donetsk People's Republic.", 'recognised'), [
    '054 RUS->UKRREB asserted',
  ]);
});
