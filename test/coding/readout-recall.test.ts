// Readout paraphrases found uncoded in the corpus's Kremlin and Ukrainian-presidency readouts (session 13): what one
// side alone tells in talks is told to the other side, "the interlocutor" is that other side, a readiness or
// commitment is an intent only where someone declares it, concern over an actor's acts criticises it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'Volodymyr Zelenskyy had a phone conversation with President of Poland Andrzej Duda. ';

test("a lone side's consultation in a readout is with the other side, one way for what it tells", () => {
  assert.deepEqual(readings(`${CALL}The President of Ukraine informed about the security situation.`, 'informed'), [
    '040 UKRGOV->POLGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL}The President of Ukraine raised the issue of permits for hauliers.`, 'raised'), [
    '040 UKRGOV->POLGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL}The President of Ukraine paid special attention to energy security.`, 'paid'), [
    '040 UKRGOV->POLGOV asserted',
  ]);
  // Discussing is done together: both ways.
  assert.deepEqual(readings(`${CALL}Volodymyr Zelenskyy discussed the energy situation.`, 'discussed'), [
    '040 UKRGOV->POLGOV asserted',
    '040 POLGOV->UKRGOV asserted',
  ]);
});

test('no readout counterpart for one side only, a speaker, a reported clause, an infinitive or a state in passing', () => {
  // A domestic meeting: no person of another side is named.
  assert.deepEqual(
    readings(
      'Volodymyr Zelenskyy held a meeting with the Cabinet. The President informed about the budget.',
      'informed',
    ),
    [],
  );
  // A speaker's own words are no readout's narrative.
  assert.deepEqual(readings(`${CALL}"I raised the issue of permits," Zelenskyy said.`, 'raised'), []);
  assert.deepEqual(readings(`${CALL}Zelenskyy said that Putin has repeatedly discussed his plans.`, 'discussed'), []);
  assert.deepEqual(readings(`${CALL}Zelenskyy called for a meeting to discuss the plans.`, 'discuss'), []);
  assert.deepEqual(
    readings(
      'Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. During the Russian-Indian consultations, the leaders will discuss trade.',
      'discuss',
    ).filter((r) => r.includes('IND->RUSGOV')),
    [],
  );
});

test('"the interlocutor" and "his interlocutor" are the other side of the conversation', () => {
  const meeting =
    'Ihor Zhovkva held a working meeting with Security Policy Adviser to the President of the Republic of Estonia Liis Mure. ';
  assert.deepEqual(
    readings(`${meeting}Ihor Zhovkva informed the interlocutor in detail about the situation.`, 'informed'),
    ['040 UKRGOV->ESTGOV asserted'],
  );
  assert.deepEqual(readings(`${meeting}Ihor Zhovkva congratulated his interlocutor on the vote.`, 'congratulated'), [
    '051 UKRGOV->ESTGOV asserted',
  ]);
});

test("the object of a past form the tagger calls an adjective is not the next verb's subject", () => {
  assert.deepEqual(
    readings(
      `${CALL}The President of Ukraine informed his interlocutor about the situation, and expressed gratitude for the support.`,
      'expressed',
    ),
    // Thanks with no one named go to the interlocutor (thanks-for.ts).
    ['051 UKRGOV->POLGOV asserted'],
  );
});

test("a readiness, willingness, openness or commitment declared is the holder's intent", () => {
  const call = 'Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. ';
  assert.deepEqual(
    readings(`${call}Vladimir Putin reaffirmed Russia's readiness to provide assistance.`, 'readiness'),
    ['030 RUSGOV->- asserted'],
  );
  assert.deepEqual(
    readings(`${call}Vladimir Putin reaffirmed the Russian side's openness to the resumption of dialogue.`, 'openness'),
    ['036 RUSGOV->- asserted'],
  );
  assert.deepEqual(readings(`${call}They expressed their readiness to continue working together.`, 'readiness'), [
    '030 RUSGOV->TURGOV asserted',
    '030 TURGOV->RUSGOV asserted',
  ]);
  // The possessor holds it, not the one who notes it.
  assert.deepEqual(readings("The Head of State noted Romania's readiness to join the reconstruction.", 'readiness'), [
    '030 ROU->- asserted',
  ]);
  // Declared in the passive, the noun opening its clause.
  assert.deepEqual(readings("Russia's readiness for dialogue with Ukraine has been reaffirmed.", 'readiness'), [
    '036 RUS->UKR asserted',
  ]);
});

test('a disposition described or shown by acting is no declared intent', () => {
  assert.deepEqual(
    readings('Ukrainian men and women have shown a massive readiness to defend Ukraine.', 'readiness'),
    [],
  );
  assert.deepEqual(
    readings('Ukraine remains steadfast in its commitment to recovering its territory.', 'commitment'),
    [],
  );
  assert.deepEqual(readings('Iryna Vereshchuk calls on Russia to adhere to its commitments.', 'commitments'), []);
});

test('support with coordinated adjectives keeps its possessor; being supportive of something supports it', () => {
  assert.deepEqual(
    readings("Charles Michel reaffirmed the EU's strong and unwavering support for Ukraine.", 'support'),
    ['051 IGOEUREEC->UKR asserted'],
  );
  assert.deepEqual(readings('Germany is supportive of Ukraine.', 'supportive'), ['051 DEU->UKR asserted']);
});

test("concern over an actor's acts criticises the actor; concern over a situation criticises no one", () => {
  assert.deepEqual(
    readings("The President of Russia expressed concern over Ukraine's continued provocations.", 'expressed'),
    ['111 RUSGOV->UKR asserted'],
  );
  assert.deepEqual(readings('Olaf Scholz expressed concern over the situation in Ukraine.', 'expressed'), []);
  assert.deepEqual(readings("Olaf Scholz expressed concern about Ukraine's security.", 'expressed'), []);
});

test('what someone is instructed to do is not done yet', () => {
  assert.deepEqual(
    readings(
      'Vladimir Putin instructed Foreign Minister Sergei Lavrov to discuss this matter with the Government of Mongolia.',
      'discuss',
    ),
    ['040 RUSGOV->MNGGOV hypothetical', '040 MNGGOV->RUSGOV hypothetical'],
  );
});
