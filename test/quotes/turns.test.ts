// Transcript turns as quotations: each speaker label opens a turn that runs to the next label, unknown speakers
// end the turn before them without one of their own, a lone "Name: …" line is no transcript, and events in a
// turn are the speaker's, with "you" the counterpart and a bare "Thank you." no event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { findTurns } from '../../src/quotes/turns.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function turns(text: string): string[] {
  const doc = analyze({ id: 't', date: '2021-08-20', title: null, url: null, source: null, text });
  return findTurns(doc, findMentions(doc, registry).mentions).map((q) => `${q.speaker?.code ?? '-'}: ${q.text}`);
}

const TRANSCRIPT =
  'Vladimir Putin and Angela Merkel met in the Kremlin.\n\n' +
  'President of Russia Vladimir Putin: Madam Chancellor, thank you for coming. We have a lot to discuss. ' +
  'Federal Chancellor of Germany Angela Merkel (retranslated): Thank you very much. We will discuss Ukraine. ' +
  'Question: What about gas? ' +
  'Vladimir Putin: Thank you for the question.';

test('each labelled turn is a quotation of its speaker, up to the next label', () => {
  assert.deepEqual(turns(TRANSCRIPT), [
    'RUSGOV: Madam Chancellor, thank you for coming. We have a lot to discuss.',
    'DEUGOV: Thank you very much. We will discuss Ukraine.',
    'RUSGOV: Thank you for the question.',
  ]);
});

test('a single "Name: …" line is a headline, not a transcript', () => {
  assert.deepEqual(turns('Sergey Lavrov: Russia will continue the dialogue with the West.'), []);
});

test('in a turn, acts are the speaker’s, "you" is the counterpart, and a bare "Thank you very much." is courtesy', () => {
  const result = createPipeline().code({
    id: 't',
    date: '2021-08-20',
    title: null,
    url: null,
    source: null,
    text: TRANSCRIPT,
  });
  const thanks = result.events
    .filter((e) => e.trigger.text.toLowerCase() === 'thank')
    .map((e) => `${e.cameo} ${e.source?.code}->${e.target?.code} ${e.sentence}`);
  // Putin's thanks for coming are praise of Merkel; her bare "Thank you very much." is not coded, nor are his thanks
  // for the question, a speaker's courtesy (courtesy.ts).
  assert.deepEqual(thanks, [
    '051 RUSGOV->DEUGOV President of Russia Vladimir Putin: Madam Chancellor, thank you for coming.',
  ]);
  assert.equal(result.quotes.filter((q) => q.speaker?.code === 'DEUGOV').length, 1);
});

test('a label may join name words with "and", and hold a name word the tagger reads as a verb ("Red Cross")', () => {
  const text =
    'President of Russia Vladimir Putin: Welcome. We are delighted to see you. ' +
    'President of the International Federation of Red Cross and Red Crescent Societies Marco Bellandi(retranslated): ' +
    'Thank you, Mr President. We are grateful to Russia. ' +
    'Minister of Industry and Trade Denis Manturov: Thank you very much. ' +
    'Vladimir Putin: Thank you.';
  // Mr Bellandi (a made-up name), unknown to the dictionaries, speaks no turn of his own here, but his label ends Putin's.
  assert.deepEqual(turns(text), [
    'RUSGOV: Welcome. We are delighted to see you.',
    'RUSGOV: Thank you very much.',
    'RUSGOV: Thank you.',
  ]);
});
