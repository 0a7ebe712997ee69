// Relative clauses whose subject is the noun they follow: "a storm that hit X" (the storm hit it, not the main
// clause's subject) and the reduced passive relative "soldiers killed by X", "an activist jailed last year".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt trigger" per asserted event, through the whole pipeline. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2010-06-01', title: null, url: null, source: null, text })
    .events.filter((e) => e.modality === 'asserted')
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

const about = (all: string[], trigger: string): string[] => all.filter((r) => r.endsWith(` ${trigger}`));

test('a participle after a noun phrase with a "by" agent is a passive: the noun phrase is acted on', () => {
  // Not France killing anyone: the soldiers were killed, by the rebels.
  assert.deepEqual(about(readings('France mourned three Chadian soldiers killed by Sudanese rebels.'), 'killed'), [
    '190 SDNREB->TCDMIL killed',
  ]);
  // A "by" phrase naming a measure is no agent: the verb keeps its subject.
  assert.deepEqual(
    about(readings('Ethiopia on Friday shortened by two hours the curfew in Addis Ababa.'), 'shortened'),
    ['0813 ETH->ETH shortened'],
  );
});

test('a participle after the object of the clause, with no object of its own, is a reduced relative', () => {
  // The member was jailed; the one who released him did not jail him.
  const released = readings('Egypt freed a member of the Hamas movement jailed ten days ago.');
  assert.deepEqual(about(released, 'jailed'), ['173 -->PSEREB jailed']);
  // After a subordinator the noun phrase is a subject: "after Syria warned" is Syria's warning.
  assert.deepEqual(
    readings('The talks stalled after Syria warned last week that it would leave.').filter((r) => r.includes('->SYR')),
    [],
  );
  // With an object of its own the participle is the verb of its clause.
  assert.deepEqual(about(readings('Israeli troops killed two Palestinians in Hebron.'), 'killed'), [
    '190 ISRMIL->PSECVL killed',
  ]);
});

test("a relative pronoun's antecedent is the subject of its clause, also when it names no actor", () => {
  // The missile struck, not the president who sent condolences (an earthquake that hit is no act at all).
  const strike = readings('Putin sent condolences to Erdogan over a missile that hit Turkey.');
  assert.deepEqual(about(strike, 'hit'), ['190 -->TUR hit']);
  assert.deepEqual(about(readings('Putin sent condolences to Erdogan over an earthquake that hit Turkey.'), 'hit'), []);
  assert.deepEqual(about(readings('Putin met Erdogan, who arrived in Russia on a working visit.'), 'arrived in'), [
    '042 TURGOV->RUS arrived in',
  ]);
});

test('a participle after the sentence subject, before its finite verb, is a reduced relative', () => {
  // The Palestinians were wounded, not wounding the troops named in the adverbial.
  assert.deepEqual(
    about(readings('Two Palestinians wounded in clashes with Israeli troops died on Monday.'), 'wounded'),
    ['190 -->PSECVL wounded'],
  );
  const freed = readings('An Iraqi journalist arrested in Syria last week was freed on Sunday.');
  assert.deepEqual(about(freed, 'arrested'), ['173 SYR->IRQMED arrested']);
  // A verb of saying reports the clause after it, with or without "that".
  assert.deepEqual(about(readings('Iran warned on Monday the US would pay a heavy price.'), 'warned'), [
    '130 IRN->USA warned',
  ]);
  // A name after a noun is the subject of a relative clause with no "that": Moscow signed the deal.
  assert.deepEqual(about(readings('Russia pulled out of the deal Moscow had signed.'), 'pulled out of the deal'), [
    '160 RUS->- pulled out of the deal',
  ]);
});

test('a participle coordinated with a passive one is passive too, and shares its agent', () => {
  const beaten = readings('Ten Palestinians were beaten and detained by Israeli police.');
  assert.deepEqual(beaten, ['182 ISRCOP->PSECVL beaten', '173 ISRCOP->PSECVL detained']);
  // With an object of its own the second verb is active: its subject acts.
  assert.deepEqual(about(readings('Ukraine was attacked and killed two Russian soldiers.'), 'killed'), [
    '190 UKR->RUSMIL killed',
  ]);
});

test('with a "by" agent, a passive participle may follow an adjective read as a noun, "those", or open the sentence', () => {
  // Not the Russian army as the one killed or threatened: it acts.
  assert.deepEqual(
    about(readings('Volunteers carry the body of a civilian killed by the Russian Army in Bucha.'), 'killed'),
    ['190 RUSMIL->- killed'],
  );
  assert.deepEqual(about(readings('Protect those directly threatened by the Russian army.'), 'threatened'), [
    '130 RUSMIL->- threatened',
  ]);
  assert.deepEqual(about(readings('Destroyed by Russian artillery.'), 'Destroyed'), ['1712 RUS->- Destroyed']);
});

test('a participle set off by a comma after a noun phrase, with a "by" agent, is passive too', () => {
  // Not Ukraine invading Russia: Ukraine was invaded, by Russia.
  assert.deepEqual(about(readings('Ukraine, invaded by Russia in 2022, asked for weapons.'), 'invaded'), [
    '190 RUS->UKR invaded',
  ]);
  // Not Ukraine aiding the US: the US aided.
  assert.deepEqual(
    about(readings('Ukraine appears determined to win back lost territory, aided by the US.'), 'aided'),
    ['033 USA->- aided'],
  );
});

test('a reduced relative with a "by" agent reports the agent\'s act on the noun before it', () => {
  assert.deepEqual(about(readings('Shelling damaged the power plant captured by Russian forces.'), 'captured'), [
    '192 RUSMIL->- captured',
  ]);
  assert.deepEqual(
    about(readings('Austria supports the sanctions imposed by the European Union on Russia.'), 'imposed'),
    ['163 IGOEUREEC->RUS imposed'],
  );
  // Without an agent the noun names a standing measure ("the curfew imposed in Sudan"), as does the name of a war or
  // of an agreement with its doer.
  assert.deepEqual(about(readings('Austria supports the sanctions imposed on Russia.'), 'imposed'), []);
  assert.deepEqual(readings('The war started by Russia is brutal.'), []);
  assert.deepEqual(
    readings('They assessed the implementation of agreements reached by the leaders of Russia and Armenia in 2020.'),
    [],
  );
});

test('a verb after "and" and a phrase of time shares the subject of the verb before "and"', () => {
  // The relative clause's antecedent, Russia, started the war too, not nobody.
  const started = readings(
    'The blame lies with Russia, which in 2014 occupied Crimea and in February 2022 started a war against Ukraine.',
  );
  assert.deepEqual(about(started, 'started a war against'), ['190 RUS->UKR started a war against']);
});

test('a relative after a state’s people or partners is done by that state, not after "which"', () => {
  assert.ok(
    readings(
      'We stand in solidarity with our Polish friends and allies who are firmly opposed to Russian aggression.',
    ).includes('110 POL->RUS opposed'),
  );
  assert.ok(
    readings('It is our Western partners who hold drills near our borders.').includes('150 WST->- hold drills'),
  );
  // "one of Ukraine's European partners, which provides …" stands for one state, not Europe.
  assert.ok(
    readings("Czechia is one of Ukraine's key European partners, which provides assistance to Ukraine.").every(
      (r) => !r.startsWith('070 EUR'),
    ),
  );
});

test('a relative clause with its own subject and no object after the verb: the antecedent is the object', () => {
  assert.ok(readings('It is Ukraine that Russia attacked.').includes('190 RUS->UKR attacked'));
  // A thing as the antecedent names no target.
  assert.ok(readings('Russia attacked the city that Ukraine liberated.').includes('190 RUS->- attacked'));
});

test('a past participle with a "by" agent naming an actor is passive whatever stands before it; the agent is no target', () => {
  // After a pronoun, a coordinator, a dash or "as": the agent did it, and what it acted on is not named as an actor.
  assert.deepEqual(about(readings('Kyiv is rebuilding everything destroyed by Russia.'), 'destroyed'), [
    '1712 RUS->- destroyed',
  ]);
  assert.deepEqual(
    about(
      readings('Putin was sworn in at a ceremony attended by officials but boycotted by the United States.'),
      'boycotted',
    ),
    ['143 USA->- boycotted'],
  );
  assert.deepEqual(about(readings('The walls of our schools are gone - destroyed by Russian missiles.'), 'destroyed'), [
    '1712 RUSMIL->- destroyed',
  ]);
  // A be-form before it still gives the passive its subject.
  assert.deepEqual(about(readings('Ukraine was attacked by Russia in 2014.'), 'attacked'), ['190 RUS->UKR attacked']);
  // A gerund's "by" names its doer: "shelling by Russian troops" is Russia's shelling, not shelling of Russia.
  assert.deepEqual(about(readings('Putin cited intensified shelling by Ukrainian forces.'), 'shelling'), [
    '194 UKRMIL->- shelling',
  ]);
});

test('"who" after an apposition set off by commas is the person the apposition describes', () => {
  // Guterres (the UN refugee chief in 2010) visits, not the main clause's subject; "chief" (tagged an adjective) is
  // no antecedent of its own.
  const visit = readings(
    'Russian missiles struck the city while Putin mocked Antonio Guterres, the UN chief, who was visiting Kyiv.',
  );
  assert.deepEqual(about(visit, 'visiting'), ['042 IGOUNOHCR->UKR visiting']);
  // The apposition's own actor ("the EU chief") does not make the relative clause a thing's (von der Leyen was a
  // German minister in 2010).
  const criticism = readings('Moscow insulted Ursula von der Leyen, the EU chief, who had criticised Russia.');
  assert.deepEqual(about(criticism, 'criticised'), ['111 DEU->RUS criticised']);
});
