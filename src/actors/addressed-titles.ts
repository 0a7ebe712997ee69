// "To conclude, I would like to thank Mr President for his efforts", "Yes, Mr President, …", "Your Majesty,
// colleagues, …": in someone's words (a quotation, a transcript's turn) a form of address made of an honorific and an
// office alone names no one the scan can find. It is the one spoken to: the holder of that office whom the article
// names first, other than the speaker himself. In a transcript of two leaders' talks that is the counterpart (Putin
// thanking "Mr President" is thanking Macron; Macron's "Mr President" is Putin); at a meeting a leader chairs, the
// chair (Lavrov's "Mr President" is Putin). Only in words whose speaker is known, and only when the article names a
// holder of the office by a title mention ("President Macron", "the President of the French Republic").
import type { Actor, Doc, Mention, Quote } from '../types.ts';
import { insertMentions } from './insert-mentions.ts';

/** Marks that close a vocative set off in the midst of a sentence. */
const CLOSERS = new Set([',', '.', '!', '?', ';']);

/** Words of thanks. */
const THANKS = new Set(['thank', 'thanks']);

/** Honorifics that open an address by office: "Mr President", "Madam Chancellor". */
const HONORIFICS = new Set(['mr', 'mr.', 'mister', 'madam', 'madame', 'mrs', 'mrs.', 'ms', 'ms.']);

/**
 * Offices an address may name, each with the words of a mention that show its holder (matched as whole words in the
 * mention's lowercased text, padded with spaces).
 */
export const OFFICES: ReadonlyMap<string, readonly string[]> = new Map([
  ['president', [' president ']],
  ['chancellor', [' chancellor ']],
  ['prime minister', [' prime minister ', ' premier ']],
  ['premier', [' prime minister ', ' premier ']],
  ['secretary-general', [' secretary-general ', ' secretary - general ', ' secretary general ']],
  ['secretary general', [' secretary-general ', ' secretary - general ', ' secretary general ']],
  ['majesty', [' king ', ' queen ', ' sultan ', ' emperor ', ' majesty ']],
  ['highness', [' emir ', ' amir ', ' crown prince ', ' prince ', ' sheikh ', ' highness ']],
]);

/** An address by office starting at token `k`: the office it names and the token after it; else null. */
export function addressAt(doc: Doc, k: number): { office: string; end: number } | null {
  const { tokens } = doc;
  const first = tokens[k]!.lower;
  let j: number;
  if (first === 'your') {
    j = k + 1;
    if (tokens[j]?.text === 'Royal') j++;
  } else if (HONORIFICS.has(first) && /^M/.test(tokens[k]!.text)) {
    j = k + 1;
    if (tokens[j]?.text === '.') j++;
    if (tokens[j]?.text === 'Federal') j++; // "Mr Federal Chancellor"
  } else return null;
  const w = tokens[j];
  if (w === undefined || !/^[A-Z]/.test(w.text)) return null;
  if (first === 'your') {
    const office = w.lower;
    return office === 'majesty' || office === 'highness' ? { office, end: j + 1 } : null;
  }
  if (w.lower === 'prime' && tokens[j + 1]?.lower === 'minister') return { office: 'prime minister', end: j + 2 };
  if (w.lower === 'secretary' && tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'general')
    return { office: 'secretary-general', end: j + 3 };
  if (w.lower === 'secretary' && tokens[j + 1]?.lower === 'general') return { office: 'secretary general', end: j + 2 };
  return OFFICES.has(w.lower) && w.lower !== 'majesty' && w.lower !== 'highness'
    ? { office: w.lower, end: j + 1 }
    : null;
}

const sameActor = (a: Actor, b: Actor): boolean => (a.id !== null && a.id === b.id) || a.name === b.name;

/** The text of a mention, lowercased and padded with spaces. */
export function mentionText(doc: Doc, m: Mention): string {
  let s = ' ';
  for (let k = m.firstToken; k < m.endToken; k++) s += `${doc.tokens[k]!.lower} `;
  return s;
}

/** The mentions with each address by office in a known speaker's words added as the office's holder. */
export function withAddressedTitles(doc: Doc, mentions: readonly Mention[], quotes: readonly Quote[]): Mention[] {
  const { tokens } = doc;
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.firstToken; k < m.endToken; k++) taken[k] = 1;
  const added: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k] === 1) continue;
    const a = addressAt(doc, k);
    if (a === null) continue;
    // "Mr President of the European Council", "Mr. Prime Minister Kariņš": the office of someone named on.
    const next = tokens[a.end];
    if (next !== undefined && (next.lower === 'of' || next.pos === 'PROPN' || taken[a.end] === 1)) continue;
    // "Thank you, Mr President, for the invitation", "Mr President, thank you": a vocative in the midst of the
    // sentence or beside thanks, whose "you" the coder already reads as the one spoken to; read as a mention, the
    // address would stand as the subject of the thanks.
    if (k > 0 && tokens[k - 1]!.text === ',' && CLOSERS.has(next?.text ?? '.')) continue;
    if (next?.text === ',' && THANKS.has(tokens[a.end + 1]?.lower ?? '')) continue;
    let clash = false;
    for (let c = k; c < a.end; c++) if (taken[c] === 1) clash = true;
    if (clash) continue;
    const t = tokens[k]!;
    const quote = quotes.find((q) => q.start <= t.start && t.end <= q.end);
    const speaker = quote?.speaker ?? null;
    if (speaker === null || speaker.type !== 'person') continue;
    const holder = holderOf(doc, mentions, OFFICES.get(a.office)!, speaker, k);
    if (holder === null) continue;
    const last = tokens[a.end - 1]!;
    added.push({
      actor: { ...holder, text: doc.article.text.slice(t.start, last.end) },
      kind: 'title',
      sentence: t.sentence,
      firstToken: k,
      endToken: a.end,
      start: t.start,
      end: last.end,
      antecedent: null,
    });
    k = a.end - 1;
  }
  return insertMentions(mentions, added);
}

/** How many sentences open the article: its head, where a readout or transcript names the two sides. */
const HEAD_SENTENCES = 2;

/**
 * The holder of the office (a person named with one of its `words`) other than the `speaker`: the first one the
 * article's head names (a transcript's or readout's counterpart), else the last one named before token `at` ("I
 * congratulated President of France Macron. We spoke with Mr. President at night.").
 */
function holderOf(
  doc: Doc,
  mentions: readonly Mention[],
  words: readonly string[],
  speaker: Actor,
  at: number,
): Actor | null {
  let last: Actor | null = null;
  for (const m of mentions) {
    if (m.firstToken >= at) break;
    if (m.actor.type !== 'person' || (m.kind !== 'name' && m.kind !== 'title')) continue;
    if (sameActor(m.actor, speaker)) continue;
    const text = mentionText(doc, m);
    if (!words.some((w) => text.includes(w))) continue;
    if (m.sentence < HEAD_SENTENCES) return m.actor;
    last = m.actor;
  }
  return last;
}
