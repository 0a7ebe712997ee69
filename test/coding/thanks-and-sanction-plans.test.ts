// "I am grateful to Poland for its assistance": the adjective thanks as the verb does (051, with the aid thanked for);
// "the need to strengthen sanctions on Russia": a raise of sanctions named without a tensed verb is planned, not done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('"X is grateful/thankful to Y" thanks Y (051), and thanks for help report the help (070)', () => {
  assert.deepEqual(readings('Zelenskyy is grateful to Poland for its assistance.', 'grateful'), [
    '051 UKRGOV->POL asserted',
  ]);
  assert.deepEqual(allReadings('Zelenskyy is grateful to Poland for its assistance.', 'rules:thanks-for-aid'), [
    '070 POL->UKRGOV asserted',
  ]);
  assert.deepEqual(readings('"We are thankful to Germany," Macron said.', 'thankful'), ['051 FRAGOV->DEU asserted']);
  // "I" in a speaker's words: the speaker is the one helped.
  assert.deepEqual(
    allReadings('"I am grateful to Romania for the assistance," Zelenskyy said.', 'rules:thanks-for-aid'),
    ['070 ROU->UKRGOV asserted'],
  );
  // Not the adjective's other senses: grateful for a thing names no one thanked.
  assert.deepEqual(readings('Zelenskyy is grateful for the support.', 'grateful'), []);
});

test('raising sanctions: done with a tensed verb, planned with an infinitive, an -ing form or a noun', () => {
  assert.deepEqual(readings('The EU tightened sanctions on Russia.', 'tightened'), ['163 IGOEUREEC->RUS asserted']);
  assert.deepEqual(readings('The US is increasing sanctions against Russia.', 'increasing'), ['163 USA->RUS asserted']);
  assert.deepEqual(
    readings('Zelenskyy stressed the need for the EU to strengthen sanctions on Russia.', 'strengthen'),
    ['163 IGOEUREEC->RUS hypothetical'],
  );
  // A raise in a list of demanded acts continues the infinitive ("to introduce …, expand …"): not done. (Its doer,
  // the EU, is not found after the comma: the modality is what this checks.)
  const listed = readings(
    'Kyiv called on the EU to introduce a full oil and gas embargo, expand sectoral and individual sanctions against Russia.',
    'expand',
  );
  assert.deepEqual(
    listed.map((r) => r.split(' ')[2]),
    ['hypothetical'],
  );
  // A plan to raise them is no threat (1312) and no raise done.
  assert.deepEqual(allReadings('In April, the team presented an Action Plan to strengthen sanctions against Russia.'), [
    '163 -->RUS hypothetical',
  ]);
  // The noun names a raise discussed (the pattern has no asserted example for this reason).
  assert.deepEqual(
    readings(
      'The parties discussed aid to Ukraine, as well as the strengthening of sanctions against Russia.',
      'strengthening',
    ),
    ['163 -->RUS hypothetical'],
  );
  assert.deepEqual(readings('The talks focused on increasing sanctions on Russia.', 'increasing'), [
    '163 -->RUS hypothetical',
  ]);
  assert.deepEqual(
    readings('Zelenskyy said: "Increasing sanctions against Russia is extremely important."', 'Increasing'),
    ['163 -->RUS hypothetical'],
  );
});

test('a measure with no imposer judged through "be" is a topic; one that acts is in force', () => {
  assert.deepEqual(readings('New sanctions against Russia are needed.', 'sanctions against'), []);
  assert.deepEqual(readings('An oil embargo against Russia is mandatory.', 'embargo against'), []);
  assert.deepEqual(readings('The fresh round of sanctions targets 144 Russian senators.', 'sanctions'), [
    '163 -->RUSLEG asserted',
  ]);
  // An imposer named keeps the measure, whatever the verb.
  assert.deepEqual(readings('The EU sanctions against Russia are working.', 'sanctions against'), [
    '163 IGOEUREEC->RUS asserted',
  ]);
});

test('a measure named as the object of another act or as a list item is background, even with its imposer', () => {
  assert.deepEqual(
    readings('Switzerland has backed European Union sanctions against Russia.', 'sanctions against'),
    [],
  );
  assert.deepEqual(
    readings('He thanked Portugal for its compliance with the EU sanctions imposed on Russia.', 'sanctions'),
    [],
  );
  assert.deepEqual(readings('Weapons, financial support, sanctions on Russia.', 'sanctions on'), []);
  // As its clause's subject it reports the measure; so does the object of a verb of taking it.
  assert.deepEqual(readings('EU sanctions against Russia came into force on Friday.', 'sanctions against'), [
    '163 IGOEUREEC->RUS asserted',
  ]);
  assert.deepEqual(
    readings('He stressed the importance of adopting the sixth package of EU sanctions against Russia.', 'sanctions'),
    ['163 IGOEUREEC->RUS hypothetical'],
  );
});
