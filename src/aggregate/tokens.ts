// Context tokens for comparing two mentions of an event: content words of the sentence, without the words that
// name the two actors (shared by every mention of the dyad, so they say nothing about *which* event it is).

const STOPWORDS = new Set(
  (
    'the a an and or but of in on at to for from by with as is are was were be been being has have had it its ' +
    'this that these those he she they them his her their we our you your i not no said says say will would ' +
    'could should can may might also after before over into about than then there here which who whom what when ' +
    'where while during amid against between more most other some such only very just new one two first last ' +
    'year years day days week weeks monday tuesday wednesday thursday friday saturday sunday told according'
  ).split(' '),
);

/**
 * Lower-case words of 3+ letters, stopwords dropped, cut to 6 letters: a crude stem that makes
 * talk/talks/talked and Russia/Russian compare equal without a stemmer.
 */
export function contextTokens(sentence: string, exclude: readonly string[] = []): Set<string> {
  const excluded = new Set<string>();
  for (const phrase of exclude) for (const word of words(phrase)) excluded.add(word);
  const out = new Set<string>();
  for (const word of words(sentence)) {
    if (!STOPWORDS.has(word) && !excluded.has(word)) out.add(word);
  }
  return out;
}

/**
 * At module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which in `words` would run at each
 * call. Shared safely: `matchAll` works on a copy of it.
 */
const WORD = /\p{L}{3,}/gu;

function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) out.push(match[0].slice(0, 6));
  return out;
}

/** |A∩B| / min(|A|,|B|): a headline and a long body sentence about the same event still score high. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / small.size;
}

/** The stem of a trigger's head word ("held talks" → "held"): equal triggers are strong evidence of one event. */
export function triggerStem(trigger: string): string {
  return words(trigger)[0] ?? trigger.toLowerCase();
}
