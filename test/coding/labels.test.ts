// Naming an actor or its doings by a harsh word is criticism, 111 (src/coding/labels.ts, dictionaries/harsh-words.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('calling or describing an actor or its act by a harsh word criticises the actor', () => {
  assert.deepEqual(allReadings('Macron described Russia’s statements as “lies.”', 'rules:label'), [
    '111 FRAGOV->RUS asserted',
  ]);
  assert.deepEqual(
    allReadings('Pope Francis called Putin’s invasion of Ukraine a “cruel and senseless war.”', 'rules:label'),
    ['111 VATGOV->RUSGOV asserted'],
  );
  assert.deepEqual(allReadings('Peskov called the US statements hysteria.', 'rules:label'), [
    '111 RUSGOV->USA asserted',
  ]);
  // The harsh words may name the actor themselves.
  assert.deepEqual(
    allReadings('Ushakov spoke of what he described as unprecedented American hysteria.', 'rules:label'),
    ['111 RUSGOV->USA asserted'],
  );
});

test('no criticism: a phone call, an appeal, a passive, "so-called", no harsh word, no one named, a negation', () => {
  for (const text of [
    'Biden called Zelensky to discuss the Russian aggression.',
    'Zelensky called on Russia to end the aggression.',
    'We are called the aggressor by Russia.',
    'Russia held so-called referendums, which Ukraine called illegal.',
    'Scholz described the talks with Putin as constructive.',
    'Lavrov called the sanctions illegal.',
    'Macron did not call Russia’s actions genocide.',
    'Zelensky described Russian atrocities in Bucha.',
  ])
    assert.deepEqual(allReadings(text, 'rules:label'), [], text);
});

test('an actor called by a harsh word after a copula is criticised by the speaker or reporter', () => {
  const labels = (text: string): string[] => allReadings(text, 'rules:label');
  assert.deepEqual(labels('Zelenskyy said that Russia is a terrorist state.'), ['111 UKRGOV->RUS asserted']);
  assert.deepEqual(labels('"Russia has become a terrorist state," Zelenskyy said.'), ['111 UKRGOV->RUS asserted']);
  // Not negated, not in question, not an actor inside the subject, not a clause after the copula.
  assert.deepEqual(labels('Zelenskyy said that Russia is not a terrorist state.'), []);
  assert.deepEqual(labels('Zelenskyy asked whether Russia is a terrorist state.'), []);
  assert.deepEqual(labels('Zelenskyy said that inflation in the United States is unacceptable.'), []);
  assert.deepEqual(
    labels('Zelenskyy said that the difference between a terrorist and Russia is that terrorists own up.'),
    [],
  );
});
