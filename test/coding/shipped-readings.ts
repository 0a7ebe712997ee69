// Readings of events through the whole pipeline with the shipped dictionaries (real actors, places and rules),
// for tests that depend on actor resolution as users get it.
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" of the events triggered by `word`, in an article dated 2022-03-01. */
export function readings(text: string, word: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text })
    .events.filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}
