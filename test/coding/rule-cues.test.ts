// The sentence rules' cue words (src/coding/rule-cues.ts) may only skip a rule that would make no event. Every
// sentence the coder's tests and pattern examples feed the coder, and the fixture articles, are coded with the gate
// open, each rule's events recorded beside whether its cues were in the sentence: a rule that fired without them
// means a finder can fire on a word its cues do not list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActorRegistry, findMentions } from '../../src/actors/index.ts';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import type { SentenceContext } from '../../src/coding/context.ts';
import { cuesIn, ruleGate } from '../../src/coding/rule-cues.ts';
import { SENTENCE_RULES, type SentenceInput } from '../../src/coding/sentence-rules.ts';
import { parseExamples } from '../../src/coding/check.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import type { Event } from '../../src/types.ts';
import { fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

/** Quoted sentences in the coder's tests: string literals of five words or more ending as a sentence does. */
function testSentences(): string[] {
  const dir = new URL('./', import.meta.url).pathname;
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
      const text = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
      if (text.split(' ').length >= 5 && /[.?!"”’]$/.test(text)) out.push(text);
    }
  }
  return out;
}

function texts(): string[] {
  const tsv = new URL('../fixtures/patterns/examples.tsv', import.meta.url).pathname;
  const examples = parseExamples(readFileSync(tsv, 'utf8')).map((e) => e.sentence);
  const articles = [
    new URL('../fixtures/golden/', import.meta.url).pathname,
    new URL('../../examples/', import.meta.url).pathname,
  ].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  return [...examples, ...testSentences(), ...articles];
}

test('no sentence rule fires on a sentence without its cue words', () => {
  const gate = ruleGate(codebook);
  const needs = [...gate.needs];
  const rules = SENTENCE_RULES as ((input: SentenceInput) => Event[])[];
  const originals = [...rules];
  const misses: string[] = [];
  let cuedFirings = 0;
  // The gate opened (every rule runs) and each rule wrapped to compare its events with its cues.
  (gate.needs as number[]).fill(0);
  rules.forEach((rule, r) => {
    rules[r] = (input: SentenceInput): Event[] => {
      const events = rule(input);
      const cued = (cuesIn(input.ctx, gate) & needs[r]!) === needs[r];
      if (events.length > 0 && !cued) misses.push(`${rule.name}: "${sentenceOf(input.ctx)}"`);
      if (events.length > 0 && needs[r] !== 0) cuedFirings++;
      return events;
    };
  });
  try {
    for (const text of texts()) {
      const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
      const mentions = findMentions(doc, registry).mentions;
      codeEvents(doc, mentions, codebook, 'test', findQuotes(doc, mentions));
      codeEvents(doc, fakeMentions(doc), codebook, 'test');
    }
  } finally {
    originals.forEach((rule, r) => (rules[r] = rule));
    needs.forEach((need, r) => ((gate.needs as number[])[r] = need));
  }
  assert.deepEqual(misses, [], 'rules that fired without their cue words (widen their cues in rule-cues.ts)');
  assert.ok(cuedFirings > 100, `only ${cuedFirings} firings of gated rules: the sample no longer exercises them`);
});

test('every rule the cues name is a sentence rule, and most rules have cues', () => {
  const gate = ruleGate(codebook); // throws on a cue entry naming no rule
  assert.ok(gate.needs.filter((n) => n !== 0).length >= 15);
});

function sentenceOf(ctx: SentenceContext): string {
  return ctx.sentence.text;
}

test('the accountability charges run only where a modal, "be" and a participle of answering stand', () => {
  const gate = ruleGate(codebook);
  const need = gate.needs[SENTENCE_RULES.findIndex((rule) => rule.name === 'accountabilityCharges')]!;
  const cues = (text: string): number => {
    const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
    const ctx = { doc, sentence: doc.sentences[0]! } as unknown as SentenceContext;
    return cuesIn(ctx, gate) & need;
  };
  assert.equal(cues('The envoy said the militia must be held accountable for the raids.'), need);
  assert.notEqual(cues('The envoy said the militia must be stopped before the winter.'), need);
  assert.notEqual(cues('The envoy said the militia was held for questioning.'), need);
});
