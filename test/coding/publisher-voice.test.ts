// A presidency's own release speaks for its state: outside every quotation its "our country", "our state" and "our
// army" are that state's, as an address's are its speaker's (src/actors/speakers-own.ts, publisherState). Such a
// land is what an act is about, never the one thanked (thanked-doers.ts) nor, taken up by a pattern with no target
// of its own, the addressee of a government's routine (domestic-routine.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import type { Event } from '../../src/types.ts';

const pipeline = createPipeline();
const KYIV = 'Office of the President of Ukraine (president.gov.ua)';

function readings(text: string, source: string | null): string[] {
  const events: readonly Event[] = pipeline.code({
    id: 't',
    date: '2022-05-01',
    title: null,
    url: null,
    source,
    text,
  }).events;
  return events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('a presidency’s narrative: "our state" is the publisher’s state', () => {
  const text = 'The Prime Minister of Latvia reaffirmed his steady support for the sovereignty of our state.';
  assert.deepEqual(readings(text, KYIV), ['051 LVAGOV->UKR asserted']);
  assert.deepEqual(readings(text, null), ['051 LVAGOV->- asserted']);
});

test('inside a quotation the speaker’s state, not the publisher’s', () => {
  const text = 'Olaf Scholz said: "Russia has cut gas supplies to our country."';
  assert.ok(!readings(text, KYIV).some((r) => r.endsWith('->UKR asserted')));
});

test('the publisher’s land is not the one thanked, whose acts the thanks name', () => {
  const text =
    'The adviser expressed gratitude for the firm political support of our state, as well as for providing ' +
    'assistance to Ukrainian refugees in Spain.';
  // The thanked doer is unnamed: a doerless aid act is no event (doerless-speech.ts), and Spain is not its target.
  assert.deepEqual(readings(text, KYIV), []);
});

test('thanks for support of the publisher’s land stay, with no one thanked named', () => {
  const text =
    'Andriy Sybiha expressed gratitude for the steady support of our country and for aid to Ukrainian families.';
  assert.ok(readings(text, KYIV).includes('051 UKRGOV->- asserted'));
});
