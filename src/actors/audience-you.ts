// "I ask you to close the sky", "We count on your support", in a speech its title says is given to a foreign
// audience (src/quotes/audience.ts): the speaker's "you" and "your" are that audience. Only in the speaker's own words:
// a quotation inside the speech has a speaker of its own, whose "you" is someone else.
import type { Doc, Mention, Quote } from '../types.ts';
import { insertMentions } from './insert-mentions.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const UPPER_START = /^\p{Lu}/u;

const SECOND_PERSON = new Set(['you', 'your']);
/**
 * Verbs whose "you" perceives or knows what the clause after them says: "You saw Russian missiles hit Kyiv", "you see
 * how many people were killed". The audience does nothing there, and would stand as the subject of the clause's verb.
 */
const PERCEIVING = new Set(
  'see saw seen know knew remember understand realize realise hear heard feel felt imagine watch look'.split(' '),
);
/** Words before a "you" of anyone at all: "when you have to be bold", "Who do you have to be to strike …". */
const GENERIC_BEFORE = new Set(['when', 'whenever', 'do', 'did']);

/** The mentions with each "you"/"your" of the address (and of no quotation within it) added as its audience. */
export function withAudience(
  doc: Doc,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  address: Quote | undefined,
  audience: Mention | null,
  named: ReadonlySet<number> = new Set(),
): Mention[] {
  if (address === undefined || audience === null) return [...mentions];
  const inner = quotes.filter((q) => q !== address && q.start >= address.start && q.end <= address.end);
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.firstToken; k < m.endToken; k++) taken.add(k);
  const added: Mention[] = [];
  // Only the address's own tokens: a transcript calls this once per answered question, and a scan of the whole
  // document each time was most of this function's cost. Tokens follow the text, so those past the address's end
  // are past it all.
  for (let k = firstTokenFrom(doc, address.start); k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.end > address.end) break;
    if (!SECOND_PERSON.has(t.lower)) continue;
    if (inner.some((q) => q.start <= t.start && t.start < q.end)) continue;
    if (t.lower === 'you' && (perceives(doc, k) || GENERIC_BEFORE.has(doc.tokens[k - 1]?.lower ?? ''))) continue;
    if (vocative(doc, k, taken, named)) continue;
    if (taken.has(k)) continue;
    added.push({
      actor: { ...audience.actor, text: t.text },
      kind: 'pronoun',
      sentence: t.sentence,
      firstToken: k,
      endToken: k + 1,
      start: t.start,
      end: t.end,
      antecedent: null,
    });
  }
  return insertMentions(mentions, added);
}

/** The first token that starts at or after character `at` (binary search: tokens are in text order). */
function firstTokenFrom(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "you see", "you can see", "you have seen", "you will remember": the "you" at `k` perceives or knows. */
function perceives(doc: Doc, k: number): boolean {
  let v = k + 1;
  while (doc.tokens[v]?.pos === 'AUX' || doc.tokens[v]?.pos === 'ADV' || doc.tokens[v]?.pos === 'PART') v++;
  const verb = doc.tokens[v];
  return verb !== undefined && (PERCEIVING.has(verb.lower) || PERCEIVING.has(verb.lemma));
}

/** Words that open a vocative naming one person or body: "Dear Prime Minister Bennett, thank you …". */
const VOCATIVE_OPENERS = new Set(['dear', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'sir']);
const VOCATIVE_MARKS = new Set([',', '-', '–', '—']);

/**
 * The "you" at `k` is someone a vocative names, not the whole audience: "Thank you, Mr. Prime Minister!", "grateful to
 * you, Boris", "Dear Prime Minister Bennett, thank you …", "Italy - thank you for your support!". Not a vocative opening
 * one of the `named` sentences, which names the audience itself ("Mr Chancellor, you have come from Kiev", put to the
 * Chancellor).
 */
function vocative(doc: Doc, k: number, taken: ReadonlySet<number>, named: ReadonlySet<number>): boolean {
  const { tokens } = doc;
  const first = doc.sentences[tokens[k]!.sentence]!.firstToken;
  // "Thank you very much, Mr. Prime Minister!": intensifiers may stand between the "you" and the vocative's comma.
  let mark = k + 1;
  if ((tokens[mark]?.lower === 'very' || tokens[mark]?.lower === 'so') && tokens[mark + 1]?.lower === 'much') mark += 2;
  const after = tokens[mark + 1];
  if (VOCATIVE_MARKS.has(tokens[mark]?.text ?? '') && after !== undefined && after.sentence === tokens[k]!.sentence) {
    if (VOCATIVE_OPENERS.has(after.lower) || (UPPER_START.test(after.text) && !taken.has(mark + 1))) return true;
  }
  if (first === k || named.has(tokens[k]!.sentence)) return false;
  if (VOCATIVE_OPENERS.has(tokens[first]!.lower)) return true;
  // A name opening the sentence, set off before the rest: "Italy - thank you".
  let end = first;
  while (taken.has(end)) end++;
  return end > first && end < k && VOCATIVE_MARKS.has(tokens[end]!.text);
}
