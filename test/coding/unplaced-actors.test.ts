// Actors the coder used to miss or misplace: armed groups named with no country, a name with its acronym between a
// subject and its verb, a passive's subject behind a verb of saying, and a passive's agent at the end of a long
// sentence. Through the whole pipeline, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" per event. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '1995-03-01', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('a group of no known country that protests against or makes demands of a government is that state’s', () => {
  assert.deepEqual(
    readings(
      'Radical fundamentalists continued their hunger strike to demand the resignation of Tunisian President Ben Ali.',
    ),
    ['142 TUNREB->TUNGOV asserted'],
  );
  assert.deepEqual(readings('The rebel group insisted on its demands that Uganda’s government free its fighters.'), [
    '100 UGAREB->UGAGOV asserted',
  ]);
});

test('only a protest or a demand aimed at a government places the group; force and other targets do not', () => {
  assert.deepEqual(readings('Young militants attacked the Tunisian president’s convoy.'), [
    '190 ---REB->TUNGOV asserted',
  ]);
  assert.deepEqual(readings('The rebels demanded that Uganda free its fighters.'), ['100 ---REB->UGA asserted']);
});

test('a name with its acronym in brackets, in apposition to the subject, does not hide the subject', () => {
  assert.deepEqual(
    readings(
      'The main rebel group, the Movement for Justice (MFJ), insisted on its demands that Chad’s government resign.',
    ).filter((e) => e.startsWith('100')),
    ['100 TCDREB->TCDGOV asserted'],
  );
});

test('a passive’s subject is not an actor before a verb of saying or showing', () => {
  assert.deepEqual(readings('Kenyan officials said three civilians were killed.'), []);
  assert.deepEqual(readings('Figures from the UN Refugee Agency (UNHCR) show 300 people have been killed.'), []);
  // The subject right before the passive is still found.
  assert.deepEqual(readings('Kenyan officials said three Ugandan soldiers were killed.'), ['190 -->UGAMIL asserted']);
});

test('a by-phrase set off by a comma at the end of the sentence is the agent of the main passive', () => {
  assert.deepEqual(
    readings(
      'The former minister has been accused of stealing $10 million in aid, much of it thought to have been sent abroad, by Kenyan government officials.',
    ),
    ['112 KENGOV->- asserted'],
  );
  // A by-phrase that does not end the sentence with its actor says how, not who.
  assert.deepEqual(
    readings('Kenya was accused of hiding the money in banks abroad, by Ugandan standards a large sum.'),
    [], // a doerless accusation is no event (doerless-speech.ts); above all, Uganda is not its doer
  );
});

test('what a state jails or arrests someone for is its charge, not an asserted act', () => {
  assert.deepEqual(
    readings('A Tunisian court jailed a Nigerian student for helping young militants join an armed group.'),
    ['173 TUNJUD->NGA asserted', '070 NGA->---REB hypothetical'],
  );
});

test('a short name in brackets after a name closes no clause either', () => {
  assert.deepEqual(
    readings(
      'The Lithuanian Farmers Union (Greens) began collecting signatures to convince the Parliament to hold a referendum.',
    ),
    // "the Parliament" is Lithuania's, the state of the union named before it.
    ['140 LTUAGR->LTULEG asserted'],
  );
});

test('"the Bush administration" after every Bush government is the last one before the date: that state’s government', () => {
  assert.deepEqual(readings('The Bush administration demanded that Libya expel the militants.').slice(0, 1), [
    '100 USAGOV->LBY asserted',
  ]);
});

test('what someone is asked to admit is not asserted', () => {
  assert.deepEqual(
    readings(
      "Lithuania's parliament has demanded an admission by Moscow that Soviet troops killed 500 Lithuanian prisoners.",
    ),
    ['100 LTULEG->RUS asserted', '190 RUSMIL->LTU hypothetical'],
  );
});
