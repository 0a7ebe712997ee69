// "Question: Mr Chancellor, you have come from Kiev, where you met with President Zelensky. … President Putin, you
// sent a signal that you want a dialogue …": at a joint news conference a journalist puts one question to both leaders
// and turns from one to the other by addressing him. The question's own words tell whose "you" it is: a sentence that
// opens with a vocative naming one of those who answer (by name, "President Putin, …", or by an office only he holds,
// "Mr Chancellor, …") speaks to him, and so do the sentences after it up to the next such opening vocative. A
// vocative naming no one who answers, or an office more than one of them holds ("Mr President" between two
// presidents), tells nothing and ends the part before it; so does a sentence that names another of them ("My question
// for President Putin …").
import type { Doc, Mention } from '../types.ts';
import { addressAt, mentionText, OFFICES } from '../actors/addressed-titles.ts';

/** A stretch of a question spoken to one of those who answer it. */
export interface AddressedPart {
  readonly start: number;
  readonly end: number;
  readonly answerer: Mention;
  /** The sentence whose opening vocative names the answerer: its "you" is he, the vocative notwithstanding. */
  readonly namedSentence: number;
}

/** Honorifics before a name or an office: "Mr President Macron". */
const HONORIFICS = new Set(['mr', 'mr.', 'mister', 'madam', 'madame', 'mrs', 'mrs.', 'ms', 'ms.']);

const sameActor = (a: Mention, b: Mention): boolean =>
  a.actor.id !== null && b.actor.id !== null
    ? a.actor.id === b.actor.id
    : a.actor.code === b.actor.code && a.actor.name === b.actor.name;

/**
 * The one who answers whom the vocative opening a sentence at token `from` names: a `Mention` of them; null when the sentence opens
 * with a vocative naming none of them alone; undefined when it opens with no vocative.
 */
function vocativeAt(
  doc: Doc,
  mentions: readonly Mention[],
  from: number,
  answerers: readonly Mention[],
): Mention | null | undefined {
  const sentence = doc.sentences[doc.tokens[from]!.sentence]!;
  let k = from;
  while (k < sentence.endToken && doc.tokens[k]!.pos === 'PUNCT') k++;
  // "Mr President Macron, you have …": the honorific may stand outside the mention of the name.
  const named = mentions.find(
    (m) => m.firstToken === k || (m.firstToken === k + 1 && HONORIFICS.has(doc.tokens[k]!.lower)),
  );
  if (named !== undefined && (named.kind === 'name' || named.kind === 'title') && named.actor.type === 'person') {
    if (doc.tokens[named.endToken]?.text !== ',') return undefined;
    return answerers.find((a) => sameActor(a, named)) ?? null;
  }
  const address = addressAt(doc, k);
  if (address === null || doc.tokens[address.end]?.text !== ',') return undefined;
  const words = OFFICES.get(address.office)!;
  const holders = answerers.filter((a) =>
    mentions.some(
      (m) =>
        m.actor.type === 'person' &&
        (m.kind === 'name' || m.kind === 'title') &&
        sameActor(m, a) &&
        words.some((w) => mentionText(doc, m).includes(w)),
    ),
  );
  return holders.length === 1 ? holders[0]! : null;
}

/** The parts of the question from `start` to `end` that a sentence-opening vocative gives to one of `answerers`. */
export function addressedParts(
  doc: Doc,
  mentions: readonly Mention[],
  start: number,
  end: number,
  answerers: readonly Mention[],
): AddressedPart[] {
  const parts: AddressedPart[] = [];
  let open: { start: number; answerer: Mention; namedSentence: number } | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.end <= start) continue;
    if (sentence.start >= end) break;
    // The question's first sentence may hold its "Question:" label.
    let from = sentence.firstToken;
    while (from < sentence.endToken && doc.tokens[from]!.start < start) from++;
    if (from === sentence.endToken) continue;
    const vocative = vocativeAt(doc, mentions, from, answerers);
    if (vocative === undefined) {
      // "Mr Federal Chancellor, a question for you. … My question for President Putin concerns …": a sentence that
      // names another of those who answer turns to him, though by no vocative.
      const current = open?.answerer;
      const turns =
        current !== undefined &&
        mentions.some(
          (m) =>
            m.sentence === sentence.index &&
            m.start >= start &&
            (m.kind === 'name' || m.kind === 'title') &&
            !sameActor(m, current) &&
            answerers.some((a) => sameActor(a, m)),
        );
      if (turns) {
        parts.push({ ...open!, end: Math.max(start, sentence.start) });
        open = null;
      }
      continue;
    }
    const at = Math.max(start, sentence.start);
    if (open !== null) parts.push({ ...open, end: at });
    open = vocative === null ? null : { start: at, answerer: vocative, namedSentence: sentence.index };
  }
  if (open !== null) parts.push({ ...open, end });
  return parts;
}
