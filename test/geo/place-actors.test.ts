// Places as actors, through the whole pipeline with the shipped dictionaries and gazetteer: a protest, a coercive
// act or an act of force with no target is aimed at the place where it happens; protesters of no known country are
// people of that place; talks held somewhere and postures at home are not aimed at the place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

/** "cameo source->target" per asserted event, and the rules that filled an actor from a place. */
function coded(text: string): { events: string[]; placeRules: string[] } {
  const result = pipeline.code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  const events = result.events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
  const placeRules = result.events.map((e) => e.rule).filter((r) => r.includes('from the place'));
  return { events, placeRules };
}

test('an act of force with no target is aimed at the place it strikes', () => {
  const { events, placeRules } = coded('Russian forces shelled Kharkiv on Monday.');
  assert.deepEqual(events, ['194 RUSMIL->UKR']);
  assert.deepEqual(placeRules, ['19-fight.txt:194:shell T (bare) → target from the place (Kharkiv)']);
});

test('a curfew imposed in a town targets that town’s state, even the source’s own', () => {
  assert.deepEqual(coded('Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey.').events, [
    '1723 TURGOV->TUR',
  ]);
});

test('protesters of no known country take the country of the place they protest in', () => {
  assert.deepEqual(coded('Protesters rallied in Minsk.').events, ['140 BLROPP->BLR']);
  // Not named at all: the place's civilians.
  assert.deepEqual(coded('Prisoners rioted at a jail in Dili on Monday.').events, ['145 TLSCVL->TLS']);
});

test('a named target is kept, and talks held somewhere are not aimed at the host', () => {
  const named = coded('Russian troops attacked Belarusian positions near Kharkiv.');
  assert.deepEqual(named, { events: ['190 RUSMIL->BLR'], placeRules: [] });
  const talks = coded('Lavrov and Blinken held talks in Geneva.');
  assert.deepEqual(talks, { events: ['040 RUSGOV->USAGOV', '040 USAGOV->RUSGOV'], placeRules: [] });
});

test('ending a war "in Donbas" is not done to the place; a source named as the place is not its own target', () => {
  assert.deepEqual(coded('The United States wants to end the war in Donbas.').placeRules, []);
  assert.deepEqual(
    coded('In 2014, Russia annexed Crimea.').events.filter((e) => e.endsWith('->RUS')),
    [],
  );
});

test('force with no named doer is done by the unidentified armed forces of the place', () => {
  const bombing = coded('A roadside bombing near the Iraqi town of Samarra killed one U.S. soldier.');
  assert.deepEqual(bombing.events, ['190 IRQUAF->USAMIL']);
  assert.match(bombing.placeRules[0] ?? '', /source from the place \(Samarra\)$/);
  assert.deepEqual(coded('Three US servicemen were killed outside of the Iraqi city of Basra.').events, [
    '190 IRQUAF->USAMIL',
  ]);
  // A pronoun the coder could not resolve names a doer it missed: no stand-in.
  assert.deepEqual(coded('They shot two Iraqi policemen in Basra.').events, ['193 -->IRQCOP']);
  assert.deepEqual(coded('The rockets they fire at Iraqi policemen in Basra are new.').events, ['194 -->IRQCOP']);
});

test('a claimed attack is aimed at the place named after the claim, through what the attack did', () => {
  assert.deepEqual(
    coded('Al-Shabab claimed responsibility for a bombing targeting shoppers at a market in Kenya’s capital.').events,
    ['015 SOMREB->KEN'],
  );
  // A place before the claim is where it was made, not what the attack struck.
  assert.deepEqual(coded('In Nairobi, al-Shabab claimed responsibility for the bombing.').events, ['015 SOMREB->-']);
});

test('an arrest, charge, investigation or expulsion with no named doer is done by the state it happens in', () => {
  assert.deepEqual(coded('A British journalist was arrested in Iran on Monday.').events, ['173 IRN->GBRMED']);
  assert.deepEqual(coded('A French aid worker has been put under investigation in Italy.').events, ['090 ITA->FRA']);
  // A bare authority noun is the place's own; the victim named only by where they come from is of that state.
  assert.deepEqual(coded('Police arrested two Canadian tourists in Beirut.').events, ['173 LBN->CANCVL']);
  assert.deepEqual(coded('A teacher from Toronto was detained in Lebanon.').events, ['173 LBN->CAN']);
});

test('no state from the place for an unresolved doer, a place before the act, an occupied territory or a destination', () => {
  assert.deepEqual(coded('They detained two Canadian tourists in Beirut.').events, ['173 -->CANCVL']);
  assert.deepEqual(
    coded('Ukrainian citizens in occupied Crimea have been imprisoned.').events.filter((e) => e.startsWith('173')),
    ['173 -->UKRCVL'],
  );
  assert.deepEqual(coded('Hundreds of teachers were deported to Kazakhstan in 1944.').events, []);
});

test('a participle right after its noun stays in the noun phrase: the place of "the curfew imposed in X" is the act’s', () => {
  assert.deepEqual(coded('The Kenyan president eased the curfew imposed in Mombasa.').events, ['0813 KENGOV->KEN']);
  // A verb that opens a clause of its own still keeps its place to itself.
  assert.deepEqual(coded('The Kenyan president eased the curfew and travelled to Mombasa.').placeRules, []);
});

test('a compound noun the tagger reads as a verb opens no clause: "struck an apartment block in Odessa"', () => {
  assert.deepEqual(coded('A Russian missile struck an apartment block in Odessa today.').events, ['190 RUS->UKR']);
});

test('force aimed at the people of a place is aimed at its civilians, not its state', () => {
  assert.deepEqual(
    coded('Ukraine launched a military operation against the residents of Donetsk and Lugansk.').events,
    ['190 UKR->UKRCVL'],
  );
  // The people as the doers, before the act, are no victims; force on the place itself stays the state's.
  assert.deepEqual(coded('Russian forces shelled Kharkiv on Monday.').events, ['194 RUSMIL->UKR']);
});

test('a place that force is aimed at, "at the borders of" it too, says nothing of who used the force', () => {
  assert.deepEqual(coded('There were strikes at the borders of the Chernihiv and Sumy regions.').events, [
    '190 -->UKR',
  ]);
  assert.deepEqual(coded('And the GRAD missiles were fired on Mariupol.').events, ['193 -->UKR']);
  // Where the harm is done, with no aim named, still places the unidentified doer.
  assert.deepEqual(coded('Three civilians were killed in Kharkiv.').events, ['190 UKRUAF->UKR']);
});
