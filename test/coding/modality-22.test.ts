import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';
import { spelledLemma } from '../../src/coding/spelled-lemmas.ts';
import type { Token } from '../../src/types.ts';

const word = (lower: string, lemma: string): Token => ({ lower, lemma }) as Token;

test('the lemma in the written spelling: British -ise/-yse forms of -ize/-yze lemmas', () => {
  assert.equal(spelledLemma(word('organise', 'organize')), 'organise');
  assert.equal(spelledLemma(word('penalised', 'penalize')), 'penalise');
  assert.equal(spelledLemma(word('analyses', 'analyze')), 'analyse');
  assert.equal(spelledLemma(word('recognize', 'recognize')), 'recognize');
  assert.equal(spelledLemma(word('seized', 'seize')), 'seize');
});

test('a British -ise verb is a bare verb of a series under a modal or a request', () => {
  assert.deepEqual(readings('The EU should sanction Russia and criticise its leaders.', 'criticise'), [
    '111 IGOEUREEC->RUS hypothetical',
  ]);
  assert.deepEqual(readings('We call on the EU to organise talks and to recognise Kosovo.', 'recognise'), [
    '054 IGOEUREEC->XKX hypothetical',
  ]);
  assert.deepEqual(readings("Russia must withdraw and recognise Ukraine's borders.", 'recognise'), [
    '054 RUS->UKR hypothetical',
  ]);
  // A past form stays asserted.
  assert.deepEqual(readings('Russia recognised Kosovo.', 'recognised'), ['054 RUS->XKX asserted']);
});

test('a passive list after a modal: commas join its inner items, irregular participles included', () => {
  // (The owner of the assets is no doer of the confiscation: actors21's passive lists.)
  assert.deepEqual(
    readings(
      'Russian assets must be found, arrested or frozen, and then confiscated by the United States.',
      'confiscated',
    ),
    ['171 USA->- hypothetical'],
  );
  assert.deepEqual(
    readings(
      'Russian assets were found, arrested or frozen, and then confiscated by the United States.',
      'confiscated',
    ),
    ['171 USA->- asserted'],
  );
});

test('a negated "spare" does not reach the purpose it spares nothing for', () => {
  assert.deepEqual(readings('Russia spared no effort to destroy Ukraine.', 'destroy'), ['1712 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia did not spare any means to kill us.', 'kill'), ['190 RUS->- asserted']);
  // Other negations stay.
  assert.deepEqual(readings('Russia did not try to destroy Ukraine.', 'destroy'), ['1712 RUS->UKR negated']);
});

test('"no" denies its own noun, not the act named after a preposition of occasion', () => {
  assert.deepEqual(
    readings('There had been no breakthrough during a one-hour phone conversation between Biden and Putin.', 'phone'),
    ['041 USAGOV->RUSGOV asserted', '041 RUSGOV->USAGOV asserted'],
  );
  assert.deepEqual(readings('There was no phone conversation between Biden and Putin.', 'phone'), [
    '041 USAGOV->RUSGOV negated',
    '041 RUSGOV->USAGOV negated',
  ]);
});

test('a negation spans -ing forms joined after a preposition, under a future too', () => {
  assert.deepEqual(readings('He will never succeed in dominating and occupying all of Ukraine.', 'occupying'), [
    '192 -->UKR negated',
  ]);
  assert.deepEqual(readings('Russia succeeded in dominating and occupying Crimea.', 'occupying'), [
    '192 RUS->UKR asserted',
  ]);
});
