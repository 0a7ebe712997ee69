// A paragraph that ends with a photo credit is a picture's caption: its events are no events of the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "sentence:cameo src->tgt" per event, through the whole pipeline. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-05-03', title: null, url: null, source: null, text })
    .events.map((e) => `${e.sentenceIndex}:${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

const lead = 'Peru has accused Chile of spying.\n';

test('a paragraph closed by a photo credit gives no events', () => {
  assert.deepEqual(readings(`${lead}Chilean troops shelled a Peruvian border post on Monday. (AP Photo/Jane Doe)`), [
    '0:1125 PER->CHL',
  ]);
  assert.deepEqual(
    readings(
      `${lead}President Boric meets Bolivian President Arce in Santiago on May 2, 2022. (Pedro Ruiz/Getty Images)`,
    ),
    ['0:1125 PER->CHL'],
  );
});

test("a photographer's name before an agency's short name is a credit too", () => {
  for (const credit of ['(Jane Doe/AP)', '(Press Service/PA)', '(JANE DOE/REUTERS)', '(Jane Doe/EPA-EFE)']) {
    assert.deepEqual(readings(`${lead}Chilean troops shelled a Peruvian border post on Monday. ${credit}`), [
      '0:1125 PER->CHL',
    ]);
  }
  // A slash in an aside that names no agency is the article's own text.
  assert.deepEqual(readings(`${lead}Chilean troops shelled a Peruvian border post on Monday (Arica/Tacna).`), [
    '0:1125 PER->CHL',
    '1:194 CHLMIL->PER',
  ]);
});

test('the same paragraph with no credit is the article text and keeps its events', () => {
  assert.deepEqual(readings(`${lead}Chilean troops shelled a Peruvian border post on Monday.`), [
    '0:1125 PER->CHL',
    '1:194 CHLMIL->PER',
  ]);
  assert.deepEqual(readings(`${lead}Chilean troops shelled a Peruvian border post (the third this year).`), [
    '0:1125 PER->CHL',
    '1:194 CHLMIL->PER',
  ]);
});
