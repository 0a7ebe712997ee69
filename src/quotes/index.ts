// The quotes stage: direct quotations with their speakers (resolved through the actors stage's mentions).
// Policy for short quotations: a one-word quotation is usually a term being flagged (he accused them of
// “info-terrorism”), so it is returned only when a speech cue right at it names the speaker ("X called it
// “unacceptable”", "“Never,” Lavrov said"); a short title-cased quotation (“Plan B”) names a thing and is never
// returned, unless it is a headline's quotation with its speaker after a colon. Longer fragments are always
// returned, with a speaker when one is attributed.
import type { Doc, Mention, Quote } from '../types.ts';
import { findQuoteSpans, type QuoteSpan } from './spans.ts';
import { SpeakerFinder, type Speaker } from './speaker.ts';

export { linkQuoteEvents } from './link.ts';

interface Previous {
  readonly end: number; // end of the quotation, or of its attribution's sentence when that comes after it
  readonly speaker: Speaker | null;
}

export function findQuotes(doc: Doc, mentions: readonly Mention[]): Quote[] {
  const text = doc.article.text;
  const all = findQuoteSpans(text);
  const finder = new SpeakerFinder(doc, mentions, all);
  const quotes: Quote[] = [];
  let previous: Previous | null = null;
  for (const span of all) {
    if (isName(text.slice(span.start, span.end)) && !finder.isHeadline(span)) continue;
    const oneWord = !/\s/.test(text.slice(span.start, span.end));
    let speaker = oneWord ? finder.direct(span) : finder.speaker(span);
    if (oneWord && speaker === null) continue;
    if (speaker === null && previous?.speaker && continues(text, mentions, previous, span)) {
      speaker = previous.speaker;
    }
    if (speaker === null) speaker = finder.reportedBefore(span);
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: speaker?.actor ?? null,
    });
    // The attribution after a quotation runs to the end of its sentence ("said X, president of Y.").
    const attributionEnd: number =
      speaker && speaker.end > span.end ? (doc.sentences[finder.sentenceOf(speaker.end - 1)]?.end ?? span.end) : 0;
    previous = { end: Math.max(span.end, attributionEnd), speaker };
  }
  return quotes;
}

/**
 * A quotation with no attribution of its own continues the one before it when nothing but its attribution
 * stands between them: “A,” he said. “B.” — or a quoted paragraph right after an attributed one (the news
 * convention for a speech quoted over several paragraphs).
 */
function continues(text: string, mentions: readonly Mention[], previous: Previous, span: QuoteSpan): boolean {
  const gap = text.slice(previous.end, span.start);
  if (/^[\s.,;:!?…“”„"‘’'«»—–-]*$/.test(gap) && gap.split(/\n\s*\n/).length <= 2) return true;
  return (
    gap.length < 80 && !gap.includes('\n') && !mentions.some((m) => m.start >= previous.end && m.end <= span.start)
  );
}

// Module-level: tsx compiles a `\p{…}` literal inside a function to `new RegExp(…)`, built at each call.
const TITLED_WORD = /^[\p{Lu}\p{N}]/u;
const MINOR = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with']);

/** Names of things in quotation marks (“Plan B”, “All the Kremlin’s Men”): short, title-cased, unpunctuated. */
function isName(q: string): boolean {
  const words = q.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 6 || /[.!?,;:]$/.test(q)) return false;
  const titled = words.every((w) => MINOR.has(w.toLowerCase()) || TITLED_WORD.test(w));
  return titled && TITLED_WORD.test(words[0]!);
}
