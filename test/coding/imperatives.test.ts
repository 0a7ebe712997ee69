// Imperatives in a speaker's words (src/coding/imperatives.ts): a demand of the side addressed, never the speaker's act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality (trigger)" per event, through the whole pipeline with the shipped dictionaries. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-03-06', title: null, url: null, source: null, text })
    .events.map(
      (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality} (${e.trigger.text})`,
    );
}

const CALL = 'President Volodymyr Zelenskyy called on Western countries to close the airspace over Ukraine. ';

test('an imperative to the side the speaker has just called on is a demand of that side', () => {
  assert.deepEqual(
    readings(`${CALL}"Close it for all Russian missiles. Make a humanitarian air zone," Zelenskyy said.`),
    ['100 UKRGOV->WST asserted (called on)', '100 UKRGOV->WST asserted (Close)', '100 UKRGOV->WST asserted (Make)'],
  );
  // What is asked decides the demand's code, and the act asked for is the addressee's, not done yet.
  assert.deepEqual(
    readings('Zelenskyy called on Russia to end the war. "Withdraw your troops," Zelenskyy said.').slice(1),
    ['087 RUS->- hypothetical (Withdraw)', '105 UKRGOV->RUS asserted (Withdraw)'],
  );
});

test('an actor named in a vocative is the addressee', () => {
  assert.deepEqual(readings('"Russia, stop the war!" Zelenskyy said.'), ['100 UKRGOV->RUS asserted (stop)']);
  assert.deepEqual(readings('"Stop the war, Mr Putin!" Zelenskyy said.'), ['100 UKRGOV->RUSGOV asserted (Stop)']);
});

test('an imperative is not the speaker’s act, whoever it is said to', () => {
  assert.deepEqual(readings('"Withdraw your troops from our land," Zelenskyy said.'), []);
});

test('no demand without one clear addressee of another side, nor for the imperatives of speech', () => {
  // What a call asks for is no addressee: "sanctions on Russia" are not said to Russia.
  // (The call itself disapproves of Russia, and names the sanctions as not done: called-measures.ts.)
  assert.deepEqual(readings('Zelenskyy called for sanctions on Russia. "Protect freedom!" Zelenskyy said.'), [
    '110 UKRGOV->RUS asserted (called for sanctions on)',
    '163 -->RUS hypothetical (called for sanctions on)',
  ]);
  // Two sides called on: which one is spoken to is not clear.
  assert.equal(readings('Zelenskyy called on Poland and Germany to help. "Give us planes," Zelenskyy said.').length, 2);
  assert.deepEqual(readings(`${CALL}"Make no mistake, we will win. Look at Mariupol," Zelenskyy said.`), [
    '100 UKRGOV->WST asserted (called on)',
  ]);
  // One's own side addressed makes no demand of another.
  assert.deepEqual(readings('"Ukraine, protect the border!" Zelenskyy said.'), []);
});
