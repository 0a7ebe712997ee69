// A Kremlin release's transcript after a section break ("* * *"): one known speaker's label there is enough to read
// the rest as their turn (a headline never follows a break), also after a heading; a break before text with a colon
// but no speaker's name opens no turn. The speech's "I" is then the speaker, doer of its acts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { findTurns } from '../../src/quotes/turns.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function turns(text: string): string[] {
  const doc = analyze({ id: 't', date: '2022-03-10', title: null, url: null, source: null, text });
  return findTurns(doc, findMentions(doc, registry).mentions).map((q) => `${q.speaker?.code ?? '-'}: ${q.text}`);
}

test('one speaker label after a section break opens a turn running to the end', () => {
  assert.deepEqual(
    turns(
      'Vladimir Putin chaired a meeting on the economy. * * * President of Russia Vladimir Putin: Colleagues, ' +
        'good afternoon. We will discuss the budget today.',
    ),
    ['RUSGOV: Colleagues, good afternoon. We will discuss the budget today.'],
  );
});

test('a heading may stand between the break and the label', () => {
  assert.deepEqual(
    turns(
      'The President took part in the summit. * * * Opening remarks at the regional summit President of Russia ' +
        'Vladimir Putin: Friends, thank you for coming.',
    ),
    ['RUSGOV: Friends, thank you for coming.'],
  );
});

test('a break before a colon that no person’s name precedes opens no turn', () => {
  assert.deepEqual(turns('The President sent a message. * * * The message reads in part: Congratulations to all.'), []);
});

test('in the speech after the break, "I" is the speaker and does its acts', () => {
  const result = createPipeline().code({
    id: 't',
    date: '2022-03-10',
    title: 'Meeting with Government members',
    url: null,
    source: null,
    text:
      'Vladimir Putin held a meeting with Government members via videoconference. * * * President of Russia ' +
      'Vladimir Putin: Good afternoon, colleagues. Yesterday I spoke with the President of Kazakhstan about grain ' +
      'supplies.',
  });
  const spoke = result.events
    .filter((e) => e.trigger.text.startsWith('spoke'))
    .map((e) => `${e.cameo} ${e.source?.code}->${e.target?.code}`)
    .sort();
  // A conversation is coded both ways; before, the speech had no speaker and the call no doer.
  assert.deepEqual(spoke, ['040 KAZGOV->RUSGOV', '040 RUSGOV->KAZGOV']);
});

test('the speech is a whole text of the speaker’s words: an act with no first-person subject is not theirs', () => {
  const result = createPipeline().code({
    id: 't',
    date: '2022-03-10',
    title: 'Meeting on the defence industry',
    url: null,
    source: null,
    text:
      'Vladimir Putin held a meeting on the defence industry. * * * President of Russia Vladimir Putin: Colleagues, ' +
      'good afternoon. In the exercises, these rockets successfully destroyed both air and ground targets. We support ' +
      'the proposal of Kazakhstan.',
  });
  const events = result.events.map((e) => `${e.trigger.text} ${e.source?.code ?? '-'}`);
  // Before, as in a short quotation, the trials' strike was the President's own ("destroy T (speaker as source)").
  assert.ok(!events.some((e) => e.startsWith('destroyed RUSGOV')), events.join('; '));
  assert.ok(events.includes('support RUSGOV'), events.join('; '));
});
