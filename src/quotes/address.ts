// Addresses: "Address by the President of Ukraine on the occasion of …", "Speech by President Volodymyr Zelenskyy in
// the Verkhovna Rada", "… - address by President Volodymyr Zelenskyy", "Essay by … Andriy Yermak for The New York
// Times". A title that calls the text one person's address, speech or essay says the whole text is that person's
// words, though the text itself never names its speaker: "I discussed this today with Ursula von der Leyen" is the
// speaker's act, as in a quotation. The address is a quotation of the speaker for the coder only; it is no quote of
// the article's own (the output's quotes are what the text marks as quoted).
import type { Doc, Mention, Quote } from '../types.ts';

/** Nouns for a text that is one person's own words, wholly: "address by", "speech by". */
const ADDRESS_NOUNS = new Set([
  'address',
  'speech',
  'essay',
  'article',
  'letter',
  'remarks',
  'message',
  'greetings',
  'congratulations',
  'op-ed',
  'column',
  'lecture',
]);

/**
 * The speaker of a text whose title (analysed as its own document) calls it one person's address: the person the
 * first "NOUN by" (or "NOUN of": "Address of the President of Ukraine on …") names. Several authors ("Joint statement
 * by the President of Ukraine, the President of …") name no single speaker, and neither does a title that names the
 * speech's topic ("For every act of terrorism by Russian troops …"): only a person, right after "by".
 */
export function addressSpeaker(title: Doc, mentions: readonly Mention[]): Mention | null {
  const { tokens } = title;
  for (let k = 1; k + 1 < tokens.length; k++) {
    // "… - President Volodymyr Zelenskyy's address (to …)": a person's address named as the title's last part, as
    // "address by" names it; not a report on one ("Biden's speech angers Moscow").
    if (POSSESSIVE.has(tokens[k]!.lower) && ADDRESS_NOUNS.has(tokens[k + 1]!.lower)) {
      const owner = mentions.find((m) => m.endToken === k);
      const opens = owner !== undefined && (owner.firstToken === 0 || DASHES.has(tokens[owner.firstToken - 1]!.text));
      const closes = k + 2 === tokens.length || tokens[k + 2]!.lower === 'to';
      if (opens && closes && owner.actor.type === 'person' && namedInFull(tokens, owner)) return owner;
      continue;
    }
    if (!ADDRESS_NOUNS.has(tokens[k - 1]!.lower)) continue;
    // "Address of the President of Ukraine on …", "… – the address of the President of Ukraine": "of" names the
    // speaker as "by" does when the address opens the title or its last part, not in a report on one ("Kremlin
    // replies to letter of Scholz"), and only a person named in full ("Message of condolences by …" reads on).
    const of = tokens[k]!.lower === 'of';
    if (tokens[k]!.lower !== 'by' && !(of && opensPart(tokens, k - 1))) continue;
    const speaker = mentions.find((m) => m.firstToken === k + 1 || (m.firstToken === k + 2 && isThe(tokens[k + 1]!)));
    if (speaker === undefined || speaker.actor.type !== 'person') {
      if (of) continue;
      return null;
    }
    // "speech by the President": a bare title in a title names no one for sure, the text that says whose it is
    // being not yet read.
    if (!namedInFull(tokens, speaker)) {
      if (of) continue;
      return null;
    }
    // "by the President of Ukraine and the President of Poland": more than one author.
    const next = tokens[speaker.endToken];
    if (
      next !== undefined &&
      (next.lower === 'and' || next.text === ',') &&
      mentions.some((m) => m !== speaker && m.actor.type === 'person' && m.firstToken > speaker.endToken)
    )
      return null;
    return speaker;
  }
  return null;
}

const isThe = (t: { lower: string }): boolean => t.lower === 'the';

const POSSESSIVE = new Set(["'s", '’s']);
/** What opens the last part of a title: "… - President Volodymyr Zelenskyy's address". */
const DASHES = new Set(['-', '–', '—', ':']);

/** Token `k` opens the title or its last part, after a dash, with only "the" or modifiers before it: "Video address". */
function opensPart(tokens: Doc['tokens'], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j]!.pos)) j--;
  return j < 0 || DASHES.has(tokens[j]!.text);
}

/** More than a bare title: "President Volodymyr Zelenskyy", not "the President". */
const namedInFull = (tokens: Doc['tokens'], speaker: Mention): boolean =>
  tokens.slice(speaker.firstToken, speaker.endToken).filter((t) => !isThe(t)).length >= 2;

/**
 * "address by", "Speech by", "Address of", "X's address", in any case: what `addressSpeaker` looks for, as a test on
 * the raw title.
 */
const NOUN_BY = new RegExp(
  `(?:(?:^|[^\\p{L}\\p{N}])(?:${[...ADDRESS_NOUNS].join('|')})\\s+(?:by|of)|['’]s\\s+(?:${[...ADDRESS_NOUNS].join('|')}))(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * Whether a title may call its text someone's address: most titles do not, and reading one as a document of its own
 * (tagging, actor scan) costs about as much as a sentence of the text, for every article.
 */
export function mayNameAddress(title: string): boolean {
  return NOUN_BY.test(title);
}

/** The whole text as a quotation of the address's speaker, or nothing when the title names none. */
export function addressQuotes(doc: Doc, speaker: Mention | null): Quote[] {
  const text = doc.article.text;
  if (speaker === null || text.trim() === '') return [];
  return [{ text, start: 0, end: text.length, speaker: speaker.actor }];
}
