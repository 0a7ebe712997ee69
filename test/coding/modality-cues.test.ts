// `readModality` runs some of its tests only when the sentence holds one of their cue words (modality-cues.ts;
// docs/reliability.md, twenty-eighth pass). A gated test must never fire in a sentence without its cues: each
// sentence below is read at every token by the test itself, and wherever the test fires, its cue bit must be set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionIndex, type SentenceContext } from '../../src/coding/context.ts';
import { hopedFor } from '../../src/coding/hoped-for.ts';
import { HOPED_CUE, modalityCues, NEGATION_CUE, WISHED_CUE } from '../../src/coding/modality-cues.ts';
import { unsaidContent } from '../../src/coding/unsaid.ts';
import { wishedAct } from '../../src/coding/wishes.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

function contexts(text: string): SentenceContext[] {
  const doc = docOf(text);
  const mentions = fakeMentions(doc);
  const mentionAt = mentionIndex(doc, mentions);
  return doc.sentences.map((sentence) => ({ doc, sentence, mentions, mentionAt }));
}

const GATED: [number, (ctx: SentenceContext, i: number) => string | null][] = [
  [NEGATION_CUE, unsaidContent],
  [HOPED_CUE, hopedFor],
  [WISHED_CUE, wishedAct],
];

/** The cue bits of the gated tests that fire somewhere in the sentence. */
function firing(ctx: SentenceContext): number {
  let bits = 0;
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++)
    for (const [bit, fires] of GATED) if (fires(ctx, i) !== null) bits |= bit;
  return bits;
}

const SENTENCES = [
  'Lavrov did not say that Russia attacked Ukraine.',
  'We have never said that we wanted to fight.',
  'Kyiv confirmed the ship was damaged but not that it was hit.',
  'This does not mean that Europe will stop supporting Ukraine.',
  'Zelensky expressed hope for strengthening economic cooperation.',
  'We look forward to meeting the Estonian delegation.',
  'They still dream of capturing Ukraine.',
  'Erdogan was hopeful for a phone call between Russia and Ukraine.',
  'I hope that Germany will support this decision.',
  'Imagine Russian missiles hitting its heart.',
  'I am convinced that Russia will hinder the return of citizens.',
  'Scholz expressed confidence that Canada will continue to provide support.',
  'We expect that the Russian side will support these efforts.',
];

test('each gated test fires in its own example sentence', () => {
  const fired = SENTENCES.flatMap(contexts).reduce((bits, ctx) => bits | firing(ctx), 0);
  assert.equal(fired, NEGATION_CUE | HOPED_CUE | WISHED_CUE);
});

test('wherever a gated test fires, the sentence holds its cue words', () => {
  for (const ctx of SENTENCES.flatMap(contexts)) {
    const fired = firing(ctx);
    assert.equal(modalityCues(ctx) & fired, fired, String(ctx.sentence.firstToken));
  }
});

test('a sentence with none of the words has no cues', () => {
  const [ctx] = contexts('Russia attacked Ukraine on Thursday.');
  assert.equal(modalityCues(ctx!), 0);
});

test('each sentence of a document has its own cues (the last sentence read is kept, not mixed up)', () => {
  const [a, b, c] = contexts('Russia did not attack Kyiv. We hope for talks. Russia attacked Ukraine.');
  assert.equal(modalityCues(a!), NEGATION_CUE);
  assert.equal(modalityCues(b!), HOPED_CUE | WISHED_CUE);
  assert.equal(modalityCues(c!), 0);
  assert.equal(modalityCues(a!), NEGATION_CUE);
});
