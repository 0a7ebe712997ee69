import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
const pipeline = createPipeline();

function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('a reported obligation is a demand even when the demanded verb is no pattern', () => {
  assert.deepEqual(brief('The US declared Tuesday that Russia must drop barriers to exports.'), [
    '100 USA->RUS asserted',
  ]);
  assert.deepEqual(brief('Blinken said Russia has to allocate more resources.'), ['100 USAGOV->RUS asserted']);
  // With the verb left out, nothing is demanded.
  assert.deepEqual(brief('Blinken said Russia will do what Russia has to.'), []);
});

test('"X and other nations must" binds X; "troops in Belarus must" binds the troops, not Belarus', () => {
  assert.deepEqual(brief('Blinken said Russia and other nations must allocate more resources.'), [
    '100 USAGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Blinken said Poland and its allies should allocate more resources.'), [
    '100 USAGOV->POL asserted',
  ]);
  assert.deepEqual(brief('Blinken said Russian troops in Belarus must leave.'), ['100 USAGOV->RUSMIL asserted']);
  // The object of a noun ("sanctions against Russia", "aid to Ukraine") is not what the obligation binds (the
  // passive obligation is a demand of no named actor, src/coding/passive-obligations.ts).
  const demands = (text: string): string[] => brief(text).filter((e) => e.startsWith('100') && !e.includes('->-'));
  assert.deepEqual(demands('Blinken said that sanctions against Russia must be applied weekly.'), []);
  assert.deepEqual(demands('Blinken said that aid to Ukraine must be delivered faster.'), []);
  assert.deepEqual(brief('Blinken said the emissions in Russia must be lower.'), []);
  // A body the dictionary does not know, named after its country; not a thing of the country's.
  assert.deepEqual(brief('Blinken said the Russian Patriotic Front must allocate more resources.'), [
    '100 USAGOV->RUS asserted',
  ]);
  assert.deepEqual(brief("Blinken said Russia's economy must allocate more resources."), []);
});

test('no demand on the speaker, on "we", or on no actor', () => {
  assert.deepEqual(brief('Blinken said we must allocate more resources.'), []);
  assert.deepEqual(brief('Blinken said the plan must allocate more resources.'), []);
});

test('a perfect after the modal is a reproach for the past or an inference, no demand', () => {
  assert.deepEqual(brief('Blinken said the attacks on Yemen should have been stopped long ago.'), []);
  assert.deepEqual(brief('Blinken said Russia should have allocated more resources.'), []);
  assert.deepEqual(brief('Blinken said Russia must have known about the attack.'), []);
  // "have" with an object is a duty to hold something.
  assert.deepEqual(brief('Blinken said Russia must have a plan to withdraw.'), ['100 USAGOV->RUS asserted']);
});

test('knowing or understanding urged on a side is rhetoric, no demand', () => {
  assert.deepEqual(brief('Blinken said Russia must finally understand that the sanctions will stay.'), []);
  assert.deepEqual(brief('Blinken said Russia should know that the alliance is united.'), []);
  // An act still is.
  assert.deepEqual(brief('Blinken said Russia should allocate more resources.'), ['100 USAGOV->RUS asserted']);
});

test('"need" after a determiner or a possessive is a noun, no duty', () => {
  const demands = (text: string): string[] => {
    const article = { id: 't', date: '2022-02-15', title: null, url: null, source: null, text };
    return pipeline
      .code(article)
      .events.flatMap((e) => (e.cameo === '100' ? [`${e.source?.code}->${e.target?.code}`] : []));
  };
  assert.deepEqual(demands('Russia soon saw its need to join NATO, Blinken said.'), []);
  // (Not "The Baltic states need to join NATO": since regions.tsv names the Baltic states, a side, that is a demand.)
  assert.deepEqual(demands('Finland saw the urgent need to join NATO, Blinken said.'), []);
  assert.deepEqual(demands('Russia needs to withdraw, Blinken said.'), ['USAGOV->RUS']);
});

test('an actor behind two prepositions is no subject of the obligation', () => {
  assert.deepEqual(
    brief('"The agreements reached during the visit of Kuleba to Poland should be filled with content," Blinken said.'),
    [],
  );
});
