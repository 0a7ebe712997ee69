// A participle before a group of people is its adjective after a verb ("met exiled opposition leaders"), but not after
// an actor whose name ends in a word the tagger calls a verb: in "Human Rights Watch condemned Egyptian soldiers" the
// participle is the sentence's verb (src/coding/sentence-matches.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function events(text: string): string[] {
  const result = pipeline.code({ id: 't', date: '2011-09-14', title: null, url: null, source: null, text });
  return result.events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.modality}`);
}

test("a participle right after an actor's name is its verb, even when the name ends in a verb", () => {
  assert.deepEqual(events('Human Rights Watch criticised Bahraini riot police for the raids.'), [
    '111 NGOHRW>BHRCOP asserted',
  ]);
  assert.deepEqual(events('Human Rights Watch accused Yemeni troops of abuses in Taiz.'), [
    '112 NGOHRW>YEMMIL asserted',
  ]);
});

test('after a verb that names no actor, a participle before a group is still its adjective', () => {
  // "visited jailed activists": the activists are jailed; no one jails them in this sentence.
  assert.deepEqual(
    events('The Danish ambassador visited jailed Bahraini activists.').filter((e) => e.startsWith('17')),
    [],
  );
});
