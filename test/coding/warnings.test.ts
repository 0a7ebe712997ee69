import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('"will no longer tolerate" warns the object or the doer of the tolerated act (130)', () => {
  assert.deepEqual(brief("Lavrov said Moscow will no longer tolerate Kyiv's provocations."), [
    '130 RUSGOV->UKRGOV asserted',
  ]);
  assert.deepEqual(brief('Kuleba said Ukraine will not tolerate any interference by Russia.'), [
    '130 UKR->RUS asserted',
  ]);
  // The speaker warns when the subject is no actor; the side an act is aimed at is not the one warned.
  assert.deepEqual(brief('Kuleba warned that police will no longer tolerate any attacks against Poland.'), [
    '130 UKRGOV->- asserted',
  ]);
});

test('a past or an unannounced tolerance, and "will not accept", are no warning', () => {
  assert.deepEqual(brief('Ukraine no longer tolerated the rallies by Russia.'), []);
  assert.deepEqual(brief('Ukraine will tolerate the rallies by Russia.'), []);
  assert.deepEqual(brief('Ukraine will not allow the rallies by Russia.'), []);
});

test('a quoted participle before the response noun does not hide the vow; "have since" opens no clause', () => {
  assert.deepEqual(brief('Blinken vowed a “united” response.'), ['130 USAGOV->- asserted']);
  assert.deepEqual(brief('Blinken has since worked to calm the markets and vowed a “united” response.'), [
    '130 USAGOV->- asserted',
  ]);
});

test('warning of what one fears threatens no one (012); warning of consequences, or warning T against, threatens', () => {
  assert.deepEqual(brief('Blinken warned of a possible Russian invasion of Ukraine.'), ['012 USAGOV->RUS asserted']);
  assert.deepEqual(brief('Kuleba warned Poland about an impending Russian attack.'), ['012 UKRGOV->POL asserted']);
  assert.deepEqual(brief('Blinken warned Moscow of severe consequences.'), ['130 USAGOV->RUSGOV asserted']);
  assert.deepEqual(brief('Lavrov warned of retaliation against Poland.'), ['130 RUSGOV->POL asserted']);
  assert.deepEqual(brief('Lavrov warned Poland against joining NATO.'), ['130 RUSGOV->POL asserted']);
});

test('consequences weighed, recalled or caused by something, and a reply to a document, are no warning', () => {
  assert.deepEqual(
    brief('Putin said we will find out how serious the consequences triggered by the new strain are.'),
    [],
  );
  assert.deepEqual(brief('Putin said we will always remember the tragic consequences that nationalism may bring.'), []);
  assert.deepEqual(brief('Lavrov said we will now prepare a response to the document that we received.'), []);
  assert.deepEqual(brief('Lavrov said Russia will prepare a response to the aggression.'), ['130 RUSGOV->- asserted']);
});
