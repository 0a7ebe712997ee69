// "Address of the President of Ukraine on …" names the address's speaker as "address by" does, when the address opens
// the title or its last part; a report on someone's letter or speech names no speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { addressSpeaker, mayNameAddress } from '../../src/quotes/address.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function speakerOf(title: string): string | null {
  const doc = analyze({ id: 't', date: '2022-05-01', title: null, url: null, source: null, text: title });
  return addressSpeaker(doc, findMentions(doc, registry).mentions)?.actor.name ?? null;
}

test('"Address of" a person named in full, opening the title or its last part, names the speaker', () => {
  assert.equal(speakerOf('Address of the President of Ukraine on the day of the flag'), 'Volodymyr Zelensky');
  assert.equal(speakerOf('Our land is free – the address of the President of Ukraine'), 'Volodymyr Zelensky');
  assert.ok(mayNameAddress('Address of the President of Ukraine on the day of the flag'));
  // A report on a letter, a bare title, and no person after "of" name no one.
  assert.equal(speakerOf('Kremlin replies to the letter of Olaf Scholz'), null);
  assert.equal(speakerOf('Address of the President to the students'), null);
  assert.equal(speakerOf('Address of support to the farmers of the south'), null);
});

test('in an "Address of …" text, "I" is the speaker', () => {
  const pipeline = createPipeline();
  const events = pipeline
    .code({
      id: 't',
      date: '2022-05-01',
      title: 'Address of the President of Ukraine on the day of the flag',
      url: null,
      source: null,
      text: 'I spoke today with Prime Minister of Canada Justin Trudeau.',
    })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
  assert.deepEqual(events, ['040 UKRGOV->CANGOV', '040 CANGOV->UKRGOV']);
});
