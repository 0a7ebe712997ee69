// Links each quotation to the events coded from the sentences it spans: the events a speaker's words (or the
// sentence reporting them) gave rise to. A quotation spans a sentence when their character ranges overlap, so a
// quotation over three sentences links the events of all three, and a partial quotation the events of the
// sentence that embeds it ("Blinken said an invasion “could begin at any time”").
import type { Doc, Event, Quote } from '../types.ts';

export function linkQuoteEvents(doc: Doc, quotes: readonly Quote[], events: readonly Event[]): Quote[] {
  return quotes.map((q) => {
    const eventIds: string[] = [];
    for (const e of events) {
      const s = doc.sentences[e.sentenceIndex];
      if (s !== undefined && s.start < q.end && q.start < s.end) eventIds.push(e.id);
    }
    // Written out, not `{ ...q, eventIds }`: a spread copy given a new key gets a hidden class of its own in V8.
    return { text: q.text, start: q.start, end: q.end, speaker: q.speaker, eventIds };
  });
}
