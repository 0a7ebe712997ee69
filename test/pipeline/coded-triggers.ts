// Runs the whole shipped pipeline on one text and lists its events as "trigger SOURCE->TARGET" (a missing actor is
// "-"), for tests that read transcripts, where the speakers come from the quotes stage, and others that need the
// real actors (a text with no title: pass "").
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

export function codedTriggers(text: string, title: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-10', title, url: null, source: null, text })
    .events.map((e) => `${e.trigger.text} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}
