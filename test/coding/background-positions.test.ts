// Real-news events an analyst does not code (session 16, precision on the corpus): past events named as background
// ("his recent visit to Kiev"), habits and standing positions ("Russia has always supported the UN"), offers of goods
// and opportunities ("the opportunities offered by Argentina"), thanks to groups of one's own people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a noun event marked as past by "recent", "previous", "earlier" is background, not an event', () => {
  assert.deepEqual(
    readings('Charles Michel told Putin about his contacts with Zelensky during his recent visit to Kiev.', 'visit'),
    [],
  );
  assert.deepEqual(
    readings('They took into account the previous telephone conversation between Lukashenko and Merkel.', 'telephone'),
    [],
  );
  assert.deepEqual(readings("The talks will take into account Russia's earlier demands.", 'demands'), []);
  assert.deepEqual(readings('It was signed after Turkey lifted its earlier veto.', 'veto'), []);
  assert.deepEqual(readings('The recent Russia-US talks in Geneva were discussed.', 'talks'), []);
  // An actor between the adjective and the trigger belongs to another phrase; a title's "former" is no past event.
  assert.deepEqual(readings('Over the past day Russian forces fired at Kharkiv.', 'fired'), [
    '193 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('Former Vice President Mike Pence met with Zelensky in Kyiv.', 'met'), [
    '040 USAELI->UKRGOV asserted',
  ]);
  // "earlier" as an adverb tells the act.
  assert.deepEqual(readings('Putin met Erdogan earlier.', 'met'), [
    '040 RUSGOV->TURGOV asserted',
    '040 TURGOV->RUSGOV asserted',
  ]);
});

test('an adverb of habit makes a verbal or cooperative act a standing position, not an event of the day', () => {
  assert.deepEqual(readings('Russia has always supported the United Nations.', 'supported'), []);
  assert.deepEqual(readings('We regularly meet with German companies, Putin said.', 'meet'), []);
  assert.deepEqual(readings('Ukraine constantly offers Russia options for humanitarian corridors.', 'offers'), []);
  assert.deepEqual(readings('Croatia has consistently supported Ukraine.', 'supported'), []);
  // Force is counted however often it recurs; "as always" and "traditionally" compare today's act with earlier ones.
  assert.deepEqual(readings('Russian forces constantly shell Kharkiv.', 'shell'), ['194 RUSMIL->UKR asserted']);
  assert.deepEqual(readings('Zelensky traditionally thanked Poland for its support.', 'thanked'), [
    '051 UKRGOV->POL asserted',
  ]);
  // A stance restated in the present simple, or named with a constant adjective, is the stance of the day.
  assert.deepEqual(readings('Norway always stands by Ukraine, he said.', 'stands'), ['050 NOR->UKR asserted']);
  assert.deepEqual(
    readings('He stressed the constant support of Estonia for the sovereignty of Ukraine.', 'constant'),
    ['051 EST->UKR asserted'],
  );
});

test('a habit adverb after the verb, "often", and drills told as a routine are no event of the day', () => {
  assert.deepEqual(readings('We meet regularly with Belarus, Putin said.', 'meet'), []);
  assert.deepEqual(readings('Putin said: we meet with Aliyev on a regular basis.', 'meet'), []);
  assert.deepEqual(readings('President Vucic often visits Russia.', 'visits'), []);
  assert.deepEqual(readings('We regularly conduct joint exercises with Belarus, Putin said.', 'conduct'), []);
  assert.deepEqual(readings('Belarus and Russia conduct regular joint military exercises.', 'conduct'), []);
  // Drills held on the day, and force however often it recurs, stay.
  assert.deepEqual(readings('Russia held military exercises near the border.', 'held'), ['150 RUS->- asserted']);
  assert.deepEqual(readings('Russian forces often shelled Kharkiv.', 'shelled'), ['194 RUSMIL->UKR asserted']);
});

test('suppressing inflation is economic policy, no repression', () => {
  assert.deepEqual(readings('Russia has suppressed inflation rate spikes.', 'suppressed'), []);
  assert.deepEqual(readings('China suppressed Tibetan protests.', 'suppressed').length, 1);
});

test('an offer of goods, services or opportunities is trade, not an offer to a side', () => {
  assert.deepEqual(readings('We spoke about the opportunities offered by Argentina.', 'offered'), []);
  assert.deepEqual(readings('Russia offers great cultural diversity.', 'offers'), []);
  assert.deepEqual(readings('Putin praised the opportunities that Kazakhstan offers.', 'offers'), []);
  // An opportunity to act, talks and options are offered to a side.
  assert.deepEqual(readings('NATO offered Ukraine the opportunity to join the alliance.', 'offered').length, 1);
  assert.deepEqual(readings('Ukraine offered Russia talks.', 'offered').length, 1);
});

test("thanks and congratulations to groups of one's own people, with no actor thanked, are no event", () => {
  assert.deepEqual(readings('Zelensky thanked the doctors for their work.', 'thanked'), []);
  assert.deepEqual(readings("I also thanked Okhmatdyt's doctors for their work, Zelensky said.", 'thanked'), []);
  assert.deepEqual(readings('Putin congratulated the builders of the plant.', 'congratulated'), []);
  assert.deepEqual(readings('Zelensky thanked everyone who stood up for our state.', 'thanked'), []);
  // An actor thanked keeps the thanks.
  assert.deepEqual(readings('Zelensky thanked Poland for its support.', 'thanked'), ['051 UKRGOV->POL asserted']);
});

test("the media, the military and the people of one's own are groups of one's own society", () => {
  assert.deepEqual(readings('Zelensky thanked the media for their work.', 'thanked'), []);
  assert.deepEqual(readings('Zelensky thanked the military for their service.', 'thanked'), []);
  assert.deepEqual(readings('Zelensky said: I want to thank our people in Kherson.', 'thank'), []);
});

test('signing a decree, a law or a bill is no formal agreement', () => {
  assert.deepEqual(readings('Today Zelensky signed decrees on awarding our heroes.', 'signed'), []);
  assert.deepEqual(readings('The Duma approved the bill, and Putin signed it into law.', 'signed'), []);
  assert.deepEqual(readings('Russia is acting on the decree signed by Putin in December.', 'signed'), []);
  assert.deepEqual(readings('Zelensky signed two new decrees.', 'signed'), []);
  // An announced signing stays an intent; an agreement signed with a side stays.
  assert.equal(readings('Putin said he intended to sign an executive order soon.', 'sign').length, 1);
  assert.deepEqual(readings('Ukraine signed an agreement with Turkey.', 'signed'), ['057 UKR->TUR asserted']);
});

test('"the last time X did Y" names a past occasion; "in constant contact" a standing state', () => {
  assert.deepEqual(
    readings('Duda said the last time he visited Ukraine was the day before the invasion.', 'visited'),
    [],
  );
  const said = 'Volodymyr Zelenskyy said that since February he has been in';
  assert.deepEqual(readings(`${said} constant contact with his Polish counterpart Andrzej Duda.`, 'contact'), []);
  // A plain contact tells the act.
  assert.deepEqual(readings(`${said} contact with his Polish counterpart Andrzej Duda.`, 'contact'), [
    '040 UKRGOV->POLGOV asserted',
    '040 POLGOV->UKRGOV asserted',
  ]);
});
