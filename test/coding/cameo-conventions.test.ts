// CAMEO conventions the coder follows where PETRARCH-style coding and plain English agree (issue 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import type { Event } from '../../src/types.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

function events(text: string, date = '2019-05-02'): readonly Event[] {
  pipeline ??= createPipeline();
  return pipeline.code({ id: 't', date, title: null, url: null, source: null, text }).events;
}

/** "cameo src->tgt modality" per event, through the whole pipeline with the shipped dictionaries. */
const readings = (text: string): string[] =>
  events(text).map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);

test('a past participle right before a group of people is its adjective, not a verb of its own', () => {
  assert.deepEqual(readings('Canada helped exiled dissidents from Belarus.'), ['070 CAN->BLROPP asserted']);
  assert.deepEqual(readings('Norway helped the two jailed dissidents from Iran.'), ['070 NOR->IRNOPP asserted']);
});

test('asking is a CAMEO appeal (02) and a PLOVER request; demanding stays a demand (10)', () => {
  const ask = events('Chile asked Peru to extradite the banker.').filter((e) => e.modality === 'asserted');
  assert.deepEqual(
    ask.map((e) => `${e.cameo} ${e.plover} ${e.source?.code}->${e.target?.code}`),
    ['020 REQUEST CHL->PER'],
  );
  assert.equal(ask[0]!.quadClass, 1);
  assert.deepEqual(
    events('Mali asked France for more drones.').map((e) => `${e.cameo} ${e.plover}`),
    ['0234 REQUEST'],
  );
  assert.deepEqual(
    events('Chile demanded that Peru extradite the banker.').map((e) => `${e.cameo} ${e.plover} ${e.modality}`),
    ['100 REQUEST asserted', '063 COOPERATE hypothetical'],
  );
});

test('an -ing toll after an act of force by the same side on the same (or no named) victims is that act, not a second event', () => {
  // The rebels take the place's state (src/geo/place-actors.ts).
  assert.deepEqual(readings('Rebels shelled Homs on Sunday, killing six people.'), ['194 SYRREB->SYR asserted']);
  assert.deepEqual(readings('Syria shelled Turkey, killing three Turkish soldiers.'), ['194 SYR->TUR asserted']);
  // The toll places the doer the attack left countryless: the one event keeps the placed actor.
  assert.deepEqual(
    readings(
      "Insurgents bombarded a government-held part of Syria's second city Aleppo overnight, killing eight people.",
    ),
    ['194 SYRINS->SYR asserted'],
  );
  // Victims of no named side are the attack's: one event.
  assert.deepEqual(readings('Vietnamese forces launched rocket fire against Cambodia, killing or wounding 50.'), [
    '194 VNMMIL->KHM asserted',
  ]);
  // Another act after the comma is not a toll.
  assert.deepEqual(readings('Egyptian police opened fire, arresting 12 people.'), [
    '193 EGYCOP->- asserted',
    '173 EGYCOP->- asserted',
  ]);
  // A toll on another side stays an event of its own.
  assert.deepEqual(readings('Syria shelled Turkey, killing three Iraqi soldiers.'), [
    '194 SYR->TUR asserted',
    '190 SYR->IRQMIL asserted',
  ]);
});

test('a bombing with a military weapon is military force (19x); one with no such weapon stays a bombing (183x)', () => {
  const codes = (text: string): string[] => events(text).map((e) => e.cameo);
  assert.deepEqual(
    codes('A Malaysian airliner was blown up over Ukraine by a sophisticated surface-to-air missile fired by rebels.'),
    ['194'],
  );
  assert.deepEqual(codes('Russian forces bombed Kharkiv in an air strike.'), ['195']);
  assert.deepEqual(codes('A suicide bomber blew himself up on a bus in Jerusalem.'), ['1831']);
  // Blowing up a building is bombing (183), not a suicide bombing.
  assert.deepEqual(codes('Russian troops blew up the hospital.'), ['183']);
});

test('"agreed to" + a coded intent of the same side is that intent, not a second, vaguer agreement', () => {
  assert.deepEqual(readings('Chile has agreed to lift the sanctions on Peru.'), ['0354 CHL->PER asserted']);
  // With nothing more precise to say, the agreement stays.
  assert.deepEqual(readings('Chile has agreed to the Peruvian proposal.'), ['030 CHL->PER asserted']);
});

test('a passive keeps a target named after a preposition: what was fired or handed over is not the target', () => {
  assert.deepEqual(readings('A rocket was fired at Israel on Tuesday.'), ['193 -->ISR asserted']);
  assert.deepEqual(readings('The shipment was handed over to Chad by Niger.'), ['084 NER->TCD asserted']);
  // The passive's subject is still the target when the verb's object is the target slot.
  assert.deepEqual(readings('Chad was attacked by Niger.'), ['190 NER->TCD asserted']);
});

test('force by protesters is a riot (145); force by soldiers or police on protesters is repression (175)', () => {
  // With no target named, a domestic group's riot is aimed at its own state (src/coding/own-state.ts).
  assert.deepEqual(readings('The ministry building was demolished by Chilean protesters.'), [
    '145 CHLOPP->CHL asserted',
  ]);
  assert.deepEqual(readings('Bolivian soldiers clashed with Bolivian demonstrators.'), ['175 BOLMIL->BOLOPP asserted']);
  // Other pairs keep the pattern's code, and missiles are a fight whoever fires them.
  assert.deepEqual(readings('Bolivian soldiers clashed with Peruvian troops.'), ['190 BOLMIL->PERMIL asserted']);
  assert.deepEqual(readings('Iraqi militiamen set fire to the Swedish embassy.'), ['171 IRQREB->SWEGOV asserted']);
  assert.deepEqual(readings('Iraqi protesters set fire to the Swedish embassy.'), ['145 IRQOPP->SWEGOV asserted']);
  assert.deepEqual(readings('Chilean protesters fired missiles at Peru.'), ['194 CHLOPP->PER asserted']);
});

test("a state's repression of a crowd no one placed is done to its own people; other suppressing names no one", () => {
  assert.deepEqual(readings('Bolivian police dispersed Moslem fundamentalist demonstrators on Monday.'), [
    '175 BOLCOP->BOL asserted',
  ]);
  assert.deepEqual(readings('The Bolivian government suppressed dissent.'), ['175 BOLGOV->- asserted']);
  // Suppressing inflation is economic policy (clause-tests.ts: abstract objects).
  assert.deepEqual(readings('The Bolivian government suppressed inflation.'), []);
});

test('an act in a participle clause after an act of force is done to the same people (src/coding/participles.ts)', () => {
  assert.deepEqual(
    readings(
      'Bolivian police opened fire to disperse demonstrators on Monday night, killing one person and arresting 12.',
    ),
    ['193 BOLCOP->- asserted', '175 BOLCOP->BOL asserted', '173 BOLCOP->BOL asserted'],
  );
  assert.deepEqual(readings('Bolivian troops attacked Peruvian soldiers, detaining dozens.'), [
    '190 BOLMIL->PERMIL asserted',
    '173 BOLMIL->PERMIL asserted',
  ]);
});

test('what a pressure, call, request or ultimatum is to do has not happened', () => {
  assert.deepEqual(readings('Chile faces pressure from Peru to help Bolivia.'), [
    '100 PER->CHL asserted',
    '070 CHL->BOL hypothetical',
  ]);
  // A noun of demanding in an earlier purpose, behind a comma, leaves the next infinitive alone.
  assert.ok(readings('Chile acted to ease the sanctions pressure, to support Peru.').includes('051 CHL->PER asserted'));
});

test('a criticism, rejection or investigation of an act is aimed at whoever the act is "by"', () => {
  assert.deepEqual(readings('Iran denounced the killing of Iranian scientists by Israel.'), ['111 IRN->ISR asserted']);
  assert.deepEqual(readings('Russia condemned the expulsion of Russian diplomats by Poland.'), [
    '111 RUS->POL asserted',
  ]);
  assert.deepEqual(readings('Kenya rejected a peace plan proposed by Uganda.'), ['127 KEN->UGA asserted']);
  // With no "by" the first actor after the verb stays the target.
  assert.deepEqual(readings("Russia condemned Poland's expulsion of diplomats."), ['111 RUS->POL asserted']);
});
