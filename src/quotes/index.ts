// The quotes stage: direct quotations with their speakers (resolved through the actors stage's mentions).
// Policy for short quotations: a one-word quotation (“info-terrorism”, a "willingness") is a term being flagged,
// not a statement, and is never returned; longer fragments are returned, with a speaker when one is attributed.
import type { Doc, Mention, Quote } from '../types.ts';
import { findQuoteSpans } from './spans.ts';
import { SpeakerFinder } from './speaker.ts';

export function findQuotes(doc: Doc, mentions: readonly Mention[]): Quote[] {
  const text = doc.article.text;
  const spans = findQuoteSpans(text).filter((s) => /\s/.test(text.slice(s.start, s.end)));
  const finder = new SpeakerFinder(doc, mentions, spans);
  const quotes: Quote[] = [];
  let previous: { end: number; speaker: number | null } | null = null;
  for (const span of spans) {
    let speaker = finder.speaker(span);
    // “A,” he said. “B.” — a quotation right after an attributed one, with no actor named between, continues it.
    if (speaker === null && previous?.speaker != null && !mentionBetween(mentions, previous.end, span.start)) {
      const gap = text.slice(previous.end, span.start);
      if (gap.length < 80) speaker = previous.speaker;
    }
    const m: Mention | null = speaker === null ? null : (mentions[speaker] ?? null);
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: m ? m.actor : null,
    });
    previous = { end: m ? Math.max(span.end, m.end) : span.end, speaker };
  }
  return quotes;
}

function mentionBetween(mentions: readonly Mention[], from: number, to: number): boolean {
  return mentions.some((m) => m.start >= from && m.end <= to);
}
