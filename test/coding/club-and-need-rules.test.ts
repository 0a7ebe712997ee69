// Constructions of news nobody tuned on (session 12): a club's members meeting the club, the two sides named again
// after "between", what others "need" to do, blame that "lies with" someone, relative clauses with a phrase of time,
// force announced on a condition, and an article opened by a verb of force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { readings } from './shipped-readings.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" of the events triggered by `word`, in an article with this title. */
function titled(title: string | null, text: string, word: string, date = '2022-06-23'): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date, title, url: null, source: null, text })
    .events.filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('the members of a club the article names meet the club, not each other', () => {
  const leaders = 'The leaders of Brazil, Russia, India, China and South Africa discussed trade and security.';
  const members = ['BRAGOV', 'RUSGOV', 'INDGOV', 'CHNGOV', 'ZAFGOV'].map((c) => `040 ${c}->IGOBRI asserted`);
  assert.deepEqual(titled(null, `The BRICS summit opened on Thursday. ${leaders}`, 'discussed'), members);
  // Named in the title only.
  assert.deepEqual(titled('Putin will take part in the BRICS Summit', leaders, 'discussed'), members);
  // All but one member (the one reporting) is still the club.
  assert.deepEqual(
    titled(
      null,
      'The BRICS summit opened. The presidents of Brazil, China and South Africa and the prime minister of India took part in the meeting.',
      'meeting',
    ),
    [
      '040 BRAGOV->IGOBRI asserted',
      '040 CHNGOV->IGOBRI asserted',
      '040 ZAFGOV->IGOBRI asserted',
      '040 INDGOV->IGOBRI asserted',
    ],
  );
  // No club named: pairwise.
  assert.equal(titled('A summit', leaders, 'discussed').length, 20);
  // Too few of the club's members (three of nine SCO members in 2024): pairwise.
  assert.equal(
    titled(null, 'The SCO summit opened. The presidents of China, Russia and Kazakhstan met.', 'met', '2024-07-04')
      .length,
    6,
  );
  // A series of calls one side held runs from the caller, club or not.
  assert.deepEqual(
    titled(
      null,
      'Vladimir Putin had telephone conversations with the presidents of Kyrgyzstan, Belarus, Tajikistan and Armenia, members of the CSTO.',
      'telephone',
    ),
    [
      '041 RUSGOV->KGZGOV asserted',
      '041 RUSGOV->BLRGOV asserted',
      '041 RUSGOV->TJKGOV asserted',
      '041 RUSGOV->ARMGOV asserted',
    ],
  );
});

test('two sides named again after "between" act on each other, not on themselves', () => {
  assert.deepEqual(
    readings(
      'Zelensky had a phone call with Estonian Prime Minister Kaja Kallas. The interlocutors also commended the cooperation between Ukraine and Estonia.',
      'commended',
    ),
    ['051 UKRGOV->ESTGOV asserted', '051 ESTGOV->UKRGOV asserted'],
  );
  assert.deepEqual(
    readings(
      'Putin met with Pashinyan. The leaders reaffirmed their intention to strengthen the strategic partnership between Russia and Armenia.',
      'strengthen',
    ),
    ['060 RUSGOV->ARMGOV hypothetical', '060 ARMGOV->RUSGOV hypothetical'],
  );
  // One of them named: what they do to it is kept ("who is paying a visit to Russia").
  assert.deepEqual(
    readings(
      'Vladimir Putin and President of Turkmenistan Serdar Berdimuhamedov, who is paying an official visit to Russia, held talks.',
      'paying',
    ),
    // (Putin's own "visit" to Russia is dropped as a government's routine at home: domestic-routine.ts.)
    ['042 TKMGOV->RUS asserted'],
  );
});

test('what a speaker says another side needs to do is a demand on it, and not done', () => {
  assert.deepEqual(
    readings('Zelenskyy stressed the need for the European Union to define clear prospects for Ukraine.', 'need'),
    ['100 UKRGOV->IGOEUREEC asserted'],
  );
  assert.deepEqual(readings('Zelenskyy emphasized the need for Russia to withdraw its troops from Ukraine.', 'need'), [
    '105 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(
    readings('Zelenskyy emphasized the need for Russia to withdraw its troops from Ukraine.', 'withdraw'),
    ['087 RUS->UKR hypothetical'],
  );
  // His own side's need is no demand; a need of things is none either.
  assert.deepEqual(readings('Zelenskyy stressed the urgent need for Ukraine to receive heavy weapons.', 'need'), []);
  assert.deepEqual(readings('Zelenskyy stressed the need for new sanctions against Russia.', 'need'), []);
});

test('blame that lies or rests with an actor accuses it', () => {
  assert.deepEqual(
    readings('Zelensky said that the responsibility for the war lies solely with the Russian Federation.', 'lies'),
    ['112 UKRGOV->RUS asserted'],
  );
  assert.deepEqual(
    readings(
      'Putin said that the responsibility for the bloodshed will lie entirely on the conscience of the Ukrainian government.',
      'lie',
    ),
    ['112 RUSGOV->UKRGOV asserted'],
  );
  assert.deepEqual(readings('Zelensky said the responsibility for this does not lie with Poland.', 'lie'), []);
  assert.deepEqual(readings('Zelensky said the answer lies with Poland.', 'lies'), []);
});

test('a relative clause keeps its antecedent as subject past a phrase of time', () => {
  assert.deepEqual(readings('Ukraine condemned Russia, which in 2014 occupied Crimea.', 'occupied'), [
    '192 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Zelensky thanked Poland, which last week sent tanks to Ukraine.', 'sent'), [
    '072 POL->UKR asserted',
  ]);
});

test('force a side announces on a condition is a threat; another side forecasting it is not', () => {
  assert.deepEqual(
    readings('Lukashenko will launch military action against Ukraine if Ukrainian troops cross the border.', 'launch'),
    ['1384 BLRGOV->UKR asserted', '190 BLRGOV->UKR hypothetical'],
  );
  assert.deepEqual(readings('Russia will attack Ukraine if NATO expands, Putin said.', 'attack'), [
    '1384 RUS->UKR asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Zelensky said Russia will attack Ukraine if the West does nothing.', 'attack'), [
    '190 RUS->UKR hypothetical',
  ]);
});

test('an article opened by a verb of force is coded, not failed', () => {
  assert.doesNotThrow(() =>
    readings('Shelling damaged the Zaporizhzhia nuclear power plant captured by Russian forces.', 'x'),
  );
});

test('what an actor expects another side to do is a request of it, not a forecast of a state or a hostile act', () => {
  assert.deepEqual(readings('Ukraine expects the EU to recognize its European perspective.', 'expects'), [
    '020 UKR->IGOEUREEC asserted',
  ]);
  assert.deepEqual(
    readings('We expect that Beijing will use its influence on Moscow to make it end the war, Kuleba said.', 'expect'),
    ['020 UKRGOV->CHN asserted'],
  );
  assert.deepEqual(readings('US officials expect Russia to be involved in false-flag operations.', 'expect'), []);
  assert.deepEqual(readings('US officials expect Russia to launch a new offensive in the spring.', 'expect'), []);
  assert.deepEqual(readings('We expect Ukraine to receive the weapons soon, Zelensky said.', 'expect'), []);
});

test('"together with" before a verb joins its subjects; after an object it names no target', () => {
  assert.deepEqual(readings('Belarus together with Russia calls on UNESCO to stop the politicization.', 'calls'), [
    '1056 BLR->IGOUNOSCO asserted',
    '1056 RUS->IGOUNOSCO asserted',
  ]);
  assert.deepEqual(readings('Pelosi visited Kyiv together with a US Congressional delegation.', 'visited'), [
    '042 USALEG->UKR asserted',
  ]);
});
