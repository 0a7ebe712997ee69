// Thanks for a benefit with no one thanked named: "The President thanked for the military assistance received from
// Spain", "Erdogan expressed gratitude for the assistance provided by the Russian Defence Ministry". The one thanked is
// the giver the "for" phrase names with "by" or "from". In a readout told in the third person, where no giver is
// named ("The President of Ukraine thanked for the support of the sovereignty … of Ukraine"), it is the other of the
// article's two sides, as long as that side is a person the article names (the counterpart of the talks).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES } from './lexicon.ts';
import { coordinated } from './match.ts';
import { isParticipleForm } from './relatives.ts';
import { salientSides } from './roles.ts';

/** Words of thanks and of stated support: "thanked for", "expressed gratitude for", "expressed support for". */
const THANKS = /^(?:thank|grat|apprecia|support)/;

/** Index of the first word of the "for" phrase right after thanks ending at `end` ("thanked for", "gratitude for"). */
function forPhrase(ctx: SentenceContext, end: number): number | null {
  if (token(ctx, end - 1)?.lower === 'for') return end;
  return token(ctx, end)?.lower === 'for' ? end + 1 : null;
}

/** "for the assistance provided by the Russian Defence Ministry", "received from Spain": the giver in the phrase. */
function giverIn(ctx: SentenceContext, from: number): Mention[] {
  for (let k = from; k < Math.min(ctx.sentence.endToken - 1, from + 15); k++) {
    const t = ctx.doc.tokens[k]!;
    // "from" only after a participle of giving ("received from Spain"): "the evacuation of Turkish citizens from
    // Ukraine" names a place.
    if (t.lower === 'by' || (t.lower === 'from' && isParticipleForm(token(ctx, k - 1)?.lower ?? ''))) {
      const m = mentionOf(ctx, k + 1);
      return m === undefined ? [] : coordinated(ctx, m);
    }
    if (HARD_BOUNDARIES.has(t.text) || t.text === ',' || t.pos === 'AUX' || t.lower === 'that') return [];
    // "thanked for the support and asked about …": another verb starts a clause of its own.
    if (t.pos === 'VERB' && !isParticipleForm(t.lower) && !t.lower.endsWith('ing')) return [];
  }
  return [];
}

/**
 * The one thanked for the act of thanks whose pattern ends at `end` and that names no one thanked: the giver named
 * in its "for" phrase; else, when `narrated` (told in the third person, outside quotes), the article's other side.
 */
export function thankedFor(ctx: SentenceContext, end: number, thanker: Mention, narrated: boolean): Mention[] {
  if (!THANKS.test(ctx.doc.tokens[end - 1]!.lower) && !THANKS.test(ctx.doc.tokens[end - 2]?.lower ?? '')) return [];
  const from = forPhrase(ctx, end);
  if (from === null) return [];
  const givers = giverIn(ctx, from).filter((m) => (m.actor.country ?? m.actor.code) !== thankerSide(thanker));
  if (givers.length > 0 || !narrated) return givers;
  const sides = salientSides(ctx.mentions, ctx.doc.tokens[from]!.start);
  if (!sides.some((s) => (s.actor.country ?? s.actor.code) === thankerSide(thanker))) return [];
  const others = sides.filter((s) => (s.actor.country ?? s.actor.code) !== thankerSide(thanker));
  // A counterpart of no known state ("she", an ambassador of a country the dictionaries lack) is not one to name.
  return others.length === 1 && others[0]!.actor.type === 'person' && !others[0]!.actor.code.startsWith('---')
    ? others
    : [];
}

const thankerSide = (m: Mention): string => m.actor.country ?? m.actor.code;

/**
 * "I held talks with President of Switzerland Cassis. Thanked for the humanitarian support", "I held negotiations with
 * the Prime Minister of Slovakia and thanked for the support", in an address: thanks for something, to no one named
 * and with no giver in the "for" phrase, go to the person the speaker spoke "with" just before, in the same sentence
 * or the one before it. An address moves from one partner to the next ("Portugal. We agreed with Prime Minister Costa
 * … Next - Denmark. I expressed gratitude for …"), so no further back; and only a person: "rapprochement with the
 * European Union" names no one spoken with.
 */
export function thankedInterlocutor(ctx: SentenceContext, i: number, end: number, speaker: Mention): Mention[] {
  if (!THANKS.test(ctx.doc.tokens[end - 1]!.lower) && !THANKS.test(ctx.doc.tokens[end - 2]?.lower ?? '')) return [];
  if (forPhrase(ctx, end) === null) return [];
  const { doc } = ctx;
  for (let s = ctx.sentence.index; s >= Math.max(0, ctx.sentence.index - 1); s--) {
    const sentence = doc.sentences[s]!;
    const last = s === ctx.sentence.index ? i : sentence.endToken;
    let found: Mention | null = null;
    for (let k = sentence.firstToken; k < last; k++) {
      if (doc.tokens[k]!.lower !== 'with') continue;
      let j = k + 1;
      while (j < sentence.endToken && /^(?:DET|ADJ)$/.test(doc.tokens[j]!.pos) && ctx.mentionAt[j]! < 0) j++;
      const m = j < sentence.endToken ? ctx.mentions[ctx.mentionAt[j]!] : undefined;
      if (m !== undefined && m.actor.type === 'person' && m.kind !== 'pronoun' && known(m) && !sameSide(m, speaker))
        found = m;
    }
    if (found !== null) return [found];
  }
  return [];
}

const known = (m: Mention): boolean => !m.actor.code.startsWith('---');
const sameSide = (a: Mention, b: Mention): boolean => thankerSide(a) === thankerSide(b);
