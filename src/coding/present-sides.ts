// "We discussed …", "we agreed …" in a speaker's words, or in a text with no speaker: the coder reads "we" as the
// article's two main sides (salientSides). That holds at talks, where both sides are present; in a speech at a
// domestic meeting ("Meeting of the Agency for Strategic Initiatives Supervisory Board") or a joint news conference
// ("… the issues we have discussed"), the second most named side may be one only talked about: Ukraine's parliament
// at Russian-French talks, Kazakhstan in a Russian board meeting, "the Beijing" of the Olympics at a sports council.
// A side takes part when it is a party of the call or meeting the article's opening reports (readout-parties.ts);
// when one of its people speaks in the article (a transcript's turn or a quotation, not one another speaker cites); or when one of its people is
// named in the opening ("Vladimir Putin held talks, via videoconference, with President of the People's Republic of
// China Xi Jinping", which the coder may read no event from) or in the sentences just before ("I spoke today with
// Prime Minister of the Netherlands Mark Rutte. I informed him … We discussed …", in an address).
import type { Mention, Quote } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** A side's key, as salientSides groups them: its country, else its code (an IGO, a group). */
const sideKey = (actor: { readonly country: string | null; readonly code: string }): string =>
  actor.country ?? actor.code;

/** Sentences that open an article: the first, or the second after a dateline or a heading (as readout-parties.ts). */
const OPENING = 1;

/** Each of `sides` takes part in the talks the article reports: a readout party, a speaker, a person named. */
export function presentSides(ctx: SentenceContext, quotes: readonly Quote[], sides: readonly Mention[]): boolean {
  const parties = ctx.readout?.[0]?.parties ?? [];
  return sides.every((side) => {
    const key = sideKey(side.actor);
    return (
      parties.some((p) => sideKey(p.actor) === key) ||
      quotes.some((q) => q.speaker !== null && sideKey(q.speaker) === key && !withinQuote(q, quotes)) ||
      namedPerson(ctx, key)
    );
  });
}

/**
 * A quotation inside another speaker's words: Putin at a news conference with Macron citing Ukraine's leaders, "they
 * say … 'this would destroy the Ukrainian state'". Those cited speak through the speaker and are not at the talks.
 */
function withinQuote(q: Quote, quotes: readonly Quote[]): boolean {
  return quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end);
}

/** Sentences before the one with "we" that may name its counterpart. */
const RECENT = 8;

/** A person of side `key` is named (not by a pronoun) in the article's opening or in the sentences just before. */
function namedPerson(ctx: SentenceContext, key: string): boolean {
  const current = ctx.sentence.index;
  for (const m of ctx.mentions) {
    if (m.sentence > current) return false;
    if (m.sentence > OPENING && m.sentence < current - RECENT) continue;
    // A person of no known state ("President Vadim Sorokin") is no foreign guest: a domestic meeting's official.
    if (m.actor.type !== 'person' || m.kind === 'pronoun' || m.actor.code.startsWith('---')) continue;
    if (sideKey(m.actor) === key) return true;
  }
  return false;
}
