// "Police shot dead two protesters": the tagger reads "shot" as a noun, so "police" looked like the modifier of a
// compound and named no actor; the shooting lost its doer (src/actors/shot-verb.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);
const pipeline = createPipeline();

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '2013-05-02', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

function events(text: string): string[] {
  const result = pipeline.code({ id: 't', date: '2013-05-02', title: null, url: null, source: null, text });
  return result.events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.modality}`);
}

test("a state's police before the verb 'shot' is the shooter", () => {
  assert.deepEqual(codes('Ugandan police shot dead three suspected rebels near Kasese on Sunday.'), [
    'Ugandan police=UGACOP',
    'rebels=---REB',
  ]);
  assert.deepEqual(events('Ugandan police shot dead three suspected rebels near Kasese on Sunday.'), [
    '193 UGACOP>---REB asserted',
  ]);
  assert.deepEqual(events('Bolivian police shot a miner during the strike.'), ['193 BOLCOP>- asserted']);
});

test('a bare police named after its state is the shooter too', () => {
  assert.deepEqual(codes('Protests spread across Ecuador. Police shot at the marchers in Quito.'), [
    'Ecuador=ECU',
    'Police=ECUCOP',
    'Quito=ECU',
  ]);
});

test('a police shot that is no verb stays a compound', () => {
  // "a police shot" is never written; "police" before a noun that is not "shot" is still a modifier.
  assert.deepEqual(codes('Ugandan police chiefs met on Monday.'), ['Ugandan=UGA']);
});
