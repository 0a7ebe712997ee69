// The quotes stage: direct quotations with their speakers (resolved through the actors stage's mentions).
// Policy for short quotations: a one-word quotation is usually a term being flagged (he accused them of
// “info-terrorism”), so it is returned only when a speech cue right at it names the speaker ("X called it
// “unacceptable”", "“Never,” Lavrov said"); a short title-cased quotation (“Plan B”) names a thing and is never
// returned. Longer fragments are always returned, with a speaker when one is attributed.
import type { Doc, Mention, Quote } from '../types.ts';
import { findQuoteSpans } from './spans.ts';
import { SpeakerFinder } from './speaker.ts';

export function findQuotes(doc: Doc, mentions: readonly Mention[]): Quote[] {
  const text = doc.article.text;
  const spans = findQuoteSpans(text).filter((s) => !isName(text.slice(s.start, s.end)));
  const finder = new SpeakerFinder(doc, mentions, spans);
  const quotes: Quote[] = [];
  let previous: { end: number; speaker: number | null } | null = null;
  for (const span of spans) {
    const oneWord = !/\s/.test(text.slice(span.start, span.end));
    let speaker = oneWord ? finder.direct(span) : finder.speaker(span);
    if (oneWord && speaker === null) continue;
    // “A,” he said. “B.” — a quotation right after an attributed one, with no actor named between, continues it.
    if (speaker === null && previous?.speaker != null && !mentionBetween(mentions, previous.end, span.start)) {
      const gap = text.slice(previous.end, span.start);
      if (gap.length < 80 && !gap.includes('\n')) speaker = previous.speaker;
    }
    const m: Mention | null = speaker === null ? null : (mentions[speaker] ?? null);
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: m ? m.actor : null,
    });
    // The attribution after a quotation runs to the end of its sentence ("said X, president of Y.").
    const attributionEnd: number = m && m.start > span.end ? (doc.sentences[m.sentence]?.end ?? m.end) : span.end;
    previous = { end: Math.max(span.end, attributionEnd), speaker };
  }
  return quotes;
}

const MINOR = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with']);

/** Names of things in quotation marks (“Plan B”, “All the Kremlin’s Men”): short, title-cased, unpunctuated. */
function isName(q: string): boolean {
  const words = q.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 6 || /[.!?,;:]$/.test(q)) return false;
  const titled = words.every((w) => MINOR.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
  return titled && /^[\p{Lu}\p{N}]/u.test(words[0]!);
}

function mentionBetween(mentions: readonly Mention[], from: number, to: number): boolean {
  return mentions.some((m) => m.start >= from && m.end <= to);
}
