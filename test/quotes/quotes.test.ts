import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/types.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function quotes(text: string, date = '2022-03-01'): Quote[] {
  const doc = analyze({ id: 'q', date, title: null, url: null, source: null, text });
  const qs = findQuotes(doc, findMentions(doc, registry).mentions);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text, 'offsets are UTF-16 offsets of the text');
  return qs;
}

/** [quoted text, speaker name, speaker surface] for compact assertions. */
function view(text: string, date?: string): [string, string | null, string | null][] {
  return quotes(text, date).map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.text ?? null]);
}

test('"…,” said X (inverted attribution after the quote), with a titled speaker', () => {
  assert.deepEqual(view('“We will not retreat,” said Ukrainian Defence Minister Taras Bondar.'), [
    ['We will not retreat', 'Taras Bondar', 'Ukrainian Defence Minister Taras Bondar'],
  ]);
});

test('"…,” X said / X added / a sector nominal announced', () => {
  assert.deepEqual(view('“The talks were useful,” Lavrov said.'), [
    ['The talks were useful', 'Sergey Lavrov', 'Lavrov'],
  ]);
  assert.deepEqual(view('“Sanctions will fail,” Russia’s foreign ministry announced.'), [
    ['Sanctions will fail', 'Russia Ministry of Foreign Affairs', 'Russia’s foreign ministry'],
  ]);
  const q = quotes('“Sanctions will fail,” Russia’s foreign ministry announced.')[0]!;
  assert.equal(q.speaker?.code, 'RUSGOV');
});

test('X said: “…” and X said that “…” before the quote', () => {
  assert.deepEqual(view('Peskov told reporters: “The door is open.”'), [
    ['The door is open.', 'Dmitry Peskov', 'Peskov'],
  ]);
  assert.deepEqual(view('Guterres said that the plan “can still save lives” in the region.'), [
    ['can still save lives', 'Antonio Guterres', 'Guterres'],
  ]);
});

test('according to X', () => {
  assert.deepEqual(view('According to Zbigniew Rau, “the mission must continue.”'), [
    ['the mission must continue.', 'Zbigniew Rau', 'Zbigniew Rau'],
  ]);
});

test('pronoun and title speakers are resolved through coreference', () => {
  assert.deepEqual(view('Kuleba spoke in Kyiv on Monday. “We are grateful to our partners,” he added.'), [
    ['We are grateful to our partners', 'Dmytro Kuleba', 'he'],
  ]);
  assert.deepEqual(view('Polish Foreign Minister Zbigniew Rau arrived. “We talked for hours,” the minister said.'), [
    ['We talked for hours', 'Zbigniew Rau', 'the minister'],
  ]);
});

test('multi-sentence quotations are one quote', () => {
  const text = 'Rau arrived late. “We talked for hours. Nothing was agreed. We will meet again,” Zbigniew Rau said.';
  assert.deepEqual(view(text), [
    ['We talked for hours. Nothing was agreed. We will meet again', 'Zbigniew Rau', 'Zbigniew Rau'],
  ]);
});

test('a quotation continues across paragraphs when the closing mark is missing before a new opening mark', () => {
  const text = 'Stoltenberg said: “The first point is security.\n\n“The second point is unity.”\n\nNATO agreed.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'The first point is security.\n\n“The second point is unity.');
  assert.equal(qs[0]!.speaker?.name, 'Jens Stoltenberg');
  // Without a re-opening mark, an unclosed quotation ends with its paragraph.
  const open = quotes('Peskov said: “We are ready to talk\n\nNATO disagreed.');
  assert.deepEqual(
    open.map((q) => q.text),
    ['We are ready to talk'],
  );
});

test('straight quotes, and a quotation right after an attributed one keeps its speaker', () => {
  assert.deepEqual(view('"We are ready to talk," said Peskov. "But not at any price."'), [
    ['We are ready to talk', 'Dmitry Peskov', 'Peskov'],
    ['But not at any price.', 'Dmitry Peskov', 'Peskov'],
  ]);
});

test('a participle ("adding that") takes the subject of the main clause', () => {
  assert.deepEqual(view('Lavrov praised the talks, adding that “not everything is lost” for NATO.'), [
    ['not everything is lost', 'Sergey Lavrov', 'Lavrov'],
  ]);
});

test("X's statement that “…”", () => {
  assert.deepEqual(view('He recalled Putin’s statement that “Russia threatens no one” at the summit.'), [
    ['Russia threatens no one', 'Vladimir Putin', 'Putin'],
  ]);
});

test('headline quotes in single marks with the speaker after a colon', () => {
  assert.deepEqual(view("Russia 'will keep talking to the West': FM Lavrov"), [
    ['will keep talking to the West', 'Sergey Lavrov', 'FM Lavrov'],
  ]);
  // Apostrophes are not quotation marks.
  assert.deepEqual(view("Poland's minister didn't comment on Russia's plans."), []);
});

test('one-word scare quotes are not quotes unless a speech cue names the speaker; titles of things never are', () => {
  assert.deepEqual(view('Lavrov accused the West of “info-war” and of a "hysteria".'), []);
  assert.deepEqual(view('Peskov said the plan was “unacceptable” for Moscow.'), [
    ['unacceptable', 'Dmitry Peskov', 'Peskov'],
  ]);
  assert.deepEqual(view('Putin is now regrouping in what is widely seen as “Plan B,” after the failure.'), []);
  assert.deepEqual(view('The banner read “peace for all”.'), [['peace for all', null, null]]);
});

test('an apposition between the speaker and the verb, and "said" without "that"', () => {
  assert.deepEqual(view('“We will respond,” Putin, Russia’s leader since 2000, told a news briefing.'), [
    ['We will respond', 'Vladimir Putin', 'Putin'],
  ]);
  assert.deepEqual(view('Zelensky said the government was “ready to talk at any level”.'), [
    ['ready to talk at any level', 'Volodymyr Zelensky', 'Zelensky'],
  ]);
});

test('a speaker named after the quotation later in the sentence', () => {
  assert.deepEqual(
    view(
      'The threat remains “dangerous but ambiguous,” and no attack is certain, a senior Ukrainian official told CNN.',
    ),
    [['dangerous but ambiguous', 'Ukraine official', 'a senior Ukrainian official']],
  );
});

test('a speaker introduced on the line before, ending with a colon', () => {
  assert.deepEqual(view('Zelensky said:\n“We will defend every city.”'), [
    ['We will defend every city.', 'Volodymyr Zelensky', 'Zelensky'],
  ]);
});
