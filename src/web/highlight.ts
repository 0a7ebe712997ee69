// Article highlighting as data: labelled spans in, non-overlapping segments out (each with every label that
// covers it). Pure, so it is tested without a browser; the view turns segments into <span>s with textContent.
export type Mark = 'actor' | 'trigger' | 'quote' | 'focus';

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly mark: Mark;
  readonly title?: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly titles: readonly string[];
}

export function segments(text: string, spans: readonly LabelledSpan[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const marks = [...new Set(covering.map((s) => s.mark))].sort();
    const titles = [...new Set(covering.flatMap((s) => (s.title === undefined ? [] : [s.title])))];
    out.push({ start, end, text: text.slice(start, end), marks, titles });
  }
  return out;
}

/** Every whole-word occurrence of `needle` in `text` (actor surface forms: "Lavrov", not "Lavrovs"). */
export function occurrences(text: string, needle: string): number[] {
  if (needle.trim().length < 2) return [];
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + needle.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(i);
  }
  return found;
}

/** Where an event's sentence starts in the article: the occurrence of the sentence that holds the trigger. */
export function sentenceStart(text: string, sentence: string, triggerStart: number): number {
  let best = -1;
  for (let i = text.indexOf(sentence); i !== -1; i = text.indexOf(sentence, i + 1)) {
    if (i <= triggerStart && triggerStart < i + sentence.length) return i;
    if (best === -1) best = i;
  }
  return best;
}
