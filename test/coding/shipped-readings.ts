// Readings of events through the whole pipeline with the shipped dictionaries (real actors, places and rules),
// for tests that depend on actor resolution as users get it.
import { createPipeline } from '../../src/pipeline.ts';
import type { Event } from '../../src/types.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** The events of `text` as an article dated `date`. */
function coded(text: string, date = '2022-03-01'): readonly Event[] {
  pipeline ??= createPipeline();
  return pipeline.code({ id: 't', date, title: null, url: null, source: null, text }).events;
}

const reading = (e: Event): string => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`;

/** "cameo src->tgt modality" of the events triggered by `word`, in an article dated 2022-03-01. */
export function readings(text: string, word: string): string[] {
  return coded(text)
    .filter((e) => e.trigger.text.startsWith(word))
    .map(reading);
}

/** "cameo src->tgt modality" of every event of `text`, in text order; with `rule`, of those whose rule starts so. */
export function allReadings(text: string, rule = ''): string[] {
  return coded(text)
    .filter((e) => e.rule.startsWith(rule))
    .map(reading);
}

/** "cameo src->tgt modality" of the events of the sentence at `index`, in an article dated 2022-04-01. */
export function sentenceReadings(text: string, index: number): string[] {
  return coded(text, '2022-04-01')
    .filter((e) => e.sentenceIndex === index)
    .map(reading);
}

/** The dates of the events of `text`, in an article dated `date`. */
export function eventDates(text: string, date: string): (string | null)[] {
  return coded(text, date).map((e) => e.date);
}

/** "cameo src->tgt modality" of the events whose trigger text matches `trigger`, sorted, in an article dated 2022-05-04. */
export function matchedReadings(text: string, trigger: RegExp): string[] {
  return coded(text, '2022-05-04')
    .filter((e) => trigger.test(e.trigger.text))
    .map(reading)
    .sort();
}
