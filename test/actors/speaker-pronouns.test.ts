// In a speaker's own words the speaker is "I": a "he" or "she" there is someone else, never the speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry, withoutSpeakerAsThirdPerson } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import { findTurns, withTurns } from '../../src/quotes/turns.ts';
import { createPipeline } from '../../src/pipeline.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);
const pipeline = createPipeline();

/** [surface, code] of each pronoun mention kept once quotes are known. */
function pronouns(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text });
  const { mentions } = findMentions(doc, registry);
  const quotes = withTurns(findQuotes(doc, mentions), findTurns(doc, mentions));
  return withoutSpeakerAsThirdPerson(mentions, quotes)
    .filter((m) => m.kind === 'pronoun')
    .map((m) => [m.actor.text, m.actor.code]);
}

function events(text: string): string[] {
  const r = pipeline.code({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text });
  return r.events.map((e) => `${e.source?.code ?? '∅'} ${e.cameo} ${e.target?.code ?? '∅'} ${e.trigger.text}`);
}

const TURNS =
  'Vladimir Putin: Good afternoon. We will discuss the economy today. Anton Siluanov: Thank you, Mr President. ' +
  'The budget is balanced. Vladimir Putin: Thank you. A prisoner escaped last year. Then he attacked a guard.';

test('a transcript turn\'s "he" is not the turn\'s speaker: the act has no source rather than the wrong one', () => {
  assert.deepEqual(
    pronouns(TURNS).filter(([, code]) => code === 'RUSGOV'),
    [],
  );
  assert.deepEqual(
    events(TURNS).filter((e) => e.endsWith('attacked')),
    [],
  );
});

test('a quotation opening as a sentence: its "he" is not the speaker, nor is its "they" the reporters', () => {
  assert.deepEqual(events('Zelensky met reporters in Kyiv. "He attacked us and he will pay," Zelensky said.'), []);
  assert.deepEqual(events('"They will fight on," the rebels said.'), []);
  // Reported speech keeps its "he": the reporter.
  assert.deepEqual(events('Putin said he would meet Biden.'), ['RUSGOV 036 USAGOV meet']);
});

test('a fragment woven into reported speech may name its speaker in the third person', () => {
  const kept = pronouns('Zelensky said Russia "wanted to kill him and his family".');
  assert.ok(
    kept.some(([text, code]) => text === 'his' && code === 'UKRGOV'),
    JSON.stringify(kept),
  );
});
