import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { eventDates, readings } from './shipped-readings.ts';

test('an act someone "is due to" do is on the calendar, not done: a meeting so announced is intent', () => {
  assert.deepEqual(readings('The Turkish foreign minister is due to meet his Greek counterpart in Ankara.', 'meet'), [
    '036 TURGOV->GRCGOV asserted',
  ]);
  assert.deepEqual(readings('Moscow is due to attack the port city within days, officials warned.', 'attack'), [
    '190 RUS->- hypothetical',
  ]);
  // "due to" as "because of" governs no infinitive.
  assert.deepEqual(readings('Prices rose due to Russia blocking the ports of Ukraine.', 'blocking'), [
    '191 RUS->UKR asserted',
  ]);
});

test('a weekday called "next" is ahead of the article, so it dates no act', () => {
  // 2022-02-19 is a Saturday: "next Thursday" is the 24th, not the 17th.
  assert.deepEqual(eventDates('Lavrov is due to hold talks with Blinken, next Thursday.', '2022-02-19'), [
    '2022-02-19',
  ]);
  assert.deepEqual(eventDates('Lavrov held talks with Blinken on Thursday.', '2022-02-19'), [
    '2022-02-17',
    '2022-02-17',
  ]);
});

test('an act said to be staged, faked or alleged is not reported done; "staged an attack" is done', () => {
  assert.deepEqual(readings('Russian television showed a staged Ukrainian attack on Russian troops.', 'attack'), [
    '190 UKR->RUSMIL hypothetical',
  ]);
  assert.deepEqual(readings('Officials say a video shows a fake Ukrainian attack on Russian troops.', 'attack'), [
    '190 UKR->RUSMIL hypothetical',
  ]);
  assert.deepEqual(readings('Russian television showed a Ukrainian attack on Russian troops.', 'attack'), [
    '190 UKR->RUSMIL asserted',
  ]);
  assert.deepEqual(readings('Kyiv mocked the alleged withdrawal of Russian troops from the border.', 'withdrawal'), [
    '087 RUSMIL->- hypothetical',
  ]);
  assert.deepEqual(readings('Russia staged an attack on Ukrainian forces near Kharkiv.', 'attack'), [
    '190 RUS->UKRMIL asserted',
  ]);
});

test('those who only pretend to do an act do not do it', () => {
  assert.deepEqual(readings('Some European governments only pretend to support Ukraine, Kuleba said.', 'support'), [
    '051 EURGOV->UKR negated',
  ]);
});

test('two named states joined by "and" are a subject for a verb the tagger reads as a noun', () => {
  assert.deepEqual(readings('Estonia and Finland support Ukraine in its fight.', 'support'), [
    '051 EST->UKR asserted',
    '051 FIN->UKR asserted',
  ]);
  // A people's opinion is no state's act, nor is a class of states.
  assert.deepEqual(readings('Estonians and Finns support Ukraine in its fight.', 'support'), []);
  assert.deepEqual(readings('Which European countries support Ukraine in its fight?', 'support'), []);
});

test("an act aimed at the doer's own bare state goes to the one other side named after it, else is left open", () => {
  assert.deepEqual(readings('Boris Johnson has promised the UK’s biggest aid package yet for Ukraine.', 'promised'), [
    '030 GBRGOV->UKR asserted',
  ]);
  assert.deepEqual(
    readings('Lavrov warned of a Russian military response should Finland and Sweden join NATO.', 'warned'),
    ['012 RUSGOV->- asserted'],
  );
  // A place of the country is a domestic act's scene, kept.
  assert.deepEqual(readings('Biden expressed sorrow for the floods in Kentucky.', 'expressed'), [
    '018 USAGOV->USA asserted',
  ]);
  // Force used at home is domestic politics, with the state as its target.
  assert.deepEqual(readings('Tokayev imposed a curfew in Almaty.', 'imposed'), ['1723 KAZGOV->KAZ asserted']);
  // Doers who do not act for the state may act on it: separatists ask Moscow, people rally at home.
  assert.deepEqual(readings('Russian separatists asked Moscow for ballistic missiles.', 'asked'), [
    '0234 RUSSEP->RUS asserted',
  ]);
  // A government acting on its own people or forces keeps them.
  assert.deepEqual(readings('The Ukrainian government called on Ukrainian soldiers to hold the line.', 'called'), [
    '100 UKRGOV->UKRMIL asserted',
  ]);
});

test('an act named by a noun that "is scheduled / planned / expected" has not happened', () => {
  assert.deepEqual(readings('Talks between Russia and Ukraine are planned in Istanbul next week.', 'Talks'), [
    '036 RUS->UKR asserted',
    '036 UKR->RUS asserted',
  ]);
  assert.deepEqual(readings('The withdrawal of Russian troops is expected within days.', 'withdrawal'), [
    '087 RUSMIL->- hypothetical',
  ]);
  // Scheduled in the past, it may have taken place: left as told.
  assert.deepEqual(readings('The meeting between Putin and Lukashenko was scheduled for Friday.', 'meeting'), [
    '040 RUSGOV->BLRGOV asserted',
    '040 BLRGOV->RUSGOV asserted',
  ]);
});

test('a fact-check\'s "The claim:" label states what is checked, not a fact', () => {
  assert.deepEqual(readings('The claim: NATO attacked Russian troops in Crimea last week.', 'attacked'), [
    '190 IGOWSTNAT->RUSMIL hypothetical',
  ]);
  assert.deepEqual(readings('NATO attacked Russian troops in Crimea last week, the claim says.', 'attacked'), [
    '190 IGOWSTNAT->RUSMIL asserted',
  ]);
});

test('"we" acting "with" a partner no actor names is not given the article\'s other side as counterpart', () => {
  const pipeline = createPipeline();
  const coded = (text: string): string[] =>
    pipeline
      .code({
        id: 't',
        date: '2022-05-11',
        title: 'We will win - address by the President of Ukraine',
        url: null,
        source: null,
        text,
      })
      .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
  const opening = 'Good health, fellow Ukrainians! Today I spoke with US President Joe Biden. ';
  assert.deepEqual(
    coded(`${opening}We are negotiating with the world's leading nations to give Ukraine security guarantees.`).filter(
      (e) => e.endsWith('negotiating'),
    ),
    [],
  );
  // "we" with the one the speaker spoke with is still that talk.
  assert.deepEqual(
    coded(`${opening}We are negotiating new security guarantees for Ukraine.`).filter((e) => e.endsWith('negotiating')),
    ['046 UKRGOV->USAGOV negotiating', '046 USAGOV->UKRGOV negotiating'],
  );
});
