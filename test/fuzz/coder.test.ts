// Fuzz over the whole coder: generated hostile article texts through createPipeline().code.
// Properties: no throw, bounded time per article, valid contract JSON, offsets that point at their text,
// one-line diagnostics, and the same output when coded twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { codeAndCheck, cpuMs, runTextCase, warmUp, type Finding } from './cases.ts';
import { resultViolations } from './check.ts';
import { TEXT_KINDS } from './generate.ts';
import { caseSeed } from './prng.ts';

const RUN_SEED = 20260301;
const CASES_PER_KIND = 3;
const pipeline = createPipeline();
warmUp(pipeline);
const show = (findings: readonly Finding[]) => findings.map((f) => `${f.replay}: ${f.problem}`).join('\n');

for (const kind of TEXT_KINDS) {
  test(`coder fuzz: ${kind}`, () => {
    const findings: Finding[] = [];
    for (let i = 0; i < CASES_PER_KIND; i++) {
      findings.push(...runTextCase(pipeline, caseSeed(RUN_SEED, i), kind, 1, i === 0).findings);
    }
    assert.equal(findings.length, 0, show(findings));
  });
}

test('coder fuzz: news-like text yields events whose offsets are checked', () => {
  // Guards the guard: the generated news must produce events, or the offset checks above check nothing.
  let events = 0;
  for (let i = 0; i < 5; i++) {
    const report = runTextCase(pipeline, caseSeed(RUN_SEED, i), 'news', 1);
    assert.equal(report.findings.length, 0, show(report.findings));
  }
  const article = {
    id: 'n',
    date: '2022-02-15',
    title: null,
    url: null,
    source: null,
    text: 'Russia accused Ukraine of provocations. "We will respond," Lavrov said.',
  };
  const result = pipeline.code(article);
  events += result.events.length;
  assert.ok(events > 0 && result.quotes.length > 0);
  assert.deepEqual(resultViolations(article, result), []);
  // A shifted trigger offset and an extra key are caught.
  const first = result.events[0]!;
  const shifted = { ...result, events: [{ ...first, trigger: { ...first.trigger, start: first.trigger.start + 1 } }] };
  assert.match(resultViolations(article, shifted).join(';'), /trigger: text\.slice/);
  assert.match(resultViolations(article, { ...result, extra: 1 }).join(';'), /keys/);
});

test('coder fuzz: a pathological article over the time bound is reported', () => {
  // The time property itself: a pipeline that stalls must be flagged, not waited for silently.
  const slow = {
    dictionaryVersion: 'x',
    code: (a: Parameters<typeof pipeline.code>[0]) => {
      // Spin for 60 ms of CPU, not of wall time: on a loaded machine 60 ms of wall time may be under 16 ms of CPU.
      const until = cpuMs() + 60;
      while (cpuMs() < until);
      return pipeline.code(a);
    },
  };
  const article = { id: 's', date: null, title: null, url: null, source: null, text: 'Russia met NATO.' };
  const report = codeAndCheck(slow, article, 'slow', false, (chars) => chars);
  assert.match(show(report.findings), /took \d+ ms CPU for 16 characters/);
});
