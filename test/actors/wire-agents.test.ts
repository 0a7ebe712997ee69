// Agents of wire news from outside Europe that the dictionaries lacked: monitoring and aid NGOs quoted as sources
// ("Reporters Without Borders condemned …"), and armed men named as gunmen or jihadists, read like militants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);
const pipeline = createPipeline();

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '2016-03-08', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

function events(text: string): string[] {
  const result = pipeline.code({ id: 't', date: '2016-03-08', title: null, url: null, source: null, text });
  return result.events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.modality}`);
}

test('press-freedom, aid and monitoring NGOs are actors', () => {
  assert.deepEqual(events('Reporters Without Borders condemned the Azerbaijani authorities.'), [
    '111 NGORSF>AZEGOV asserted',
  ]);
  assert.deepEqual(codes('The Committee to Protect Journalists and Oxfam criticised Burundi.'), [
    'The Committee to Protect Journalists=NGOCPJ',
    'Oxfam=NGOOXF',
    'Burundi=BDI',
  ]);
  assert.deepEqual(codes('Save the Children and the Norwegian Refugee Council appealed to Sudan.'), [
    'Save the Children=NGOSTC',
    'the Norwegian Refugee Council=NGONRC',
    'Sudan=SDN',
  ]);
});

test("gunmen and jihadists of a state are that state's armed groups, like its militants", () => {
  assert.deepEqual(events('Somali gunmen abducted two Kenyan doctors near the border.'), ['181 SOMREB>KEN asserted']);
  assert.deepEqual(codes('Malian jihadists stormed a hotel.'), ['Malian jihadists=MLIREB']);
});
