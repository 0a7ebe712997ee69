// The start of a war, named as a time: "at the start of the full-scale invasion", "in the first days of the war", "on
// the eve of the invasion", "early in the war", "when the special military operation began". News tells it weeks, months or years after
// the war began, and an act placed then is history, no day, like one "in 2022" ("Bucha, which Russia occupied at the
// start of the invasion"; "When the invasion began, Biden backed Ukraine"). So is the war itself, named only for its
// start ("since the start of the invasion", "since the Russian invasion began"): the sentence tells no new invasion.
// (A span from that start, "since the start of the war, Poland has taken in …", still tells of now: only "at", "in",
// "during", "on" and "when" place an act at the start.)
import type { Token } from '../types.ts';

/** Nouns of a war, as the head of the phrase whose start is named. */
const WAR_NOUNS = new Set(
  'war invasion offensive counteroffensive operation aggression conflict hostilities occupation escalation'.split(' '),
);

/** Nouns of a war's start, before "of": "the start of", "the first days of", "the eve of". */
const ONSET_NOUNS = new Set('start beginning outset onset launch eve'.split(' '));
/** Spans that are the start when "first" or "early" comes before them: "the first days of", "the early weeks of". */
const EARLY_SPANS = new Set('day days hours minutes week weeks month months stages'.split(' '));
const EARLY = new Set(['first', 'early', 'opening']);

/** Verbs of a war's start, in the past: "when the war began", "since the invasion started", "the war broke out". */
const ONSET_VERBS = new Set(['began', 'started', 'erupted', 'broke']);

/** Adverbs of a war's early part before "in": "early in the invasion", "earlier in the war", "early on in". */
const EARLY_IN = new Set(['early', 'earlier']);

/** Prepositions that place an act at the start: "at the start of", "in the first days of", "on the eve of". */
const AT_START = new Set(['at', 'in', 'on', 'during', ...EARLY_IN]);
/** Conjunctions that open a clause telling of the war's start: "since the war began", "when the invasion began". */
const CLAUSE_OPENERS = new Set(['when', 'since', 'after', 'before', 'until']);

/** Words of the war's noun phrase before its head: "Russia's full-scale", "the special military", "this brazen". */
const MODIFIER_POS = /^(?:DET|ADJ|PROPN|NOUN|PART|NUM|PRON)$/;
/** How many words may modify the war's noun. */
const MODIFIER_REACH = 6;

/** A war's start as a time: its tokens, and the word that opens it (a preposition or "when"). */
export interface Onset {
  readonly first: number;
  readonly last: number;
  readonly opener: string;
}

/** The first word of the war's noun phrase that ends at its head `head` (walking back over MODIFIER_POS). */
function phraseStart(tokens: readonly Token[], head: number, first: number): number {
  let k = head - 1;
  while (k >= first && k >= head - MODIFIER_REACH && (MODIFIER_POS.test(tokens[k]!.pos) || tokens[k]!.text === '-'))
    k--;
  // "the start of": the walk may pass over "start"/"the"; stop at "of" or the clause's opener.
  return k + 1;
}

/** The war noun at `head` is the head of its phrase (not "war crimes", "war games"). */
function warHead(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head]!;
  return WAR_NOUNS.has(t.lower) && t.pos === 'NOUN' && tokens[head + 1]?.pos !== 'NOUN';
}

/**
 * "the start of", "the very beginning of", "the first days of" ends at `of`, "early (on) in" at `in`: the index of
 * its first word, else -1.
 */
function onsetBefore(tokens: readonly Token[], of: number, first: number): number {
  if (tokens[of]?.lower === 'in') {
    const k = tokens[of - 1]?.lower === 'on' ? of - 2 : of - 1;
    return k >= first && EARLY_IN.has(tokens[k]!.lower) ? k : -1;
  }
  if (tokens[of]?.lower !== 'of') return -1;
  let k = of - 1;
  const noun = tokens[k]?.lower ?? '';
  if (EARLY_SPANS.has(noun)) {
    k--;
    if (!EARLY.has(tokens[k]?.lower ?? '')) return -1;
  } else if (!ONSET_NOUNS.has(noun)) return -1;
  k--;
  if (tokens[k]?.lower === 'very') k--;
  if (tokens[k]?.lower !== 'the' || k <= first) return -1;
  return k - 1;
}

/**
 * The war's start named as a time, ending at token `i`: "at the start of the invasion" (`i` the war noun), "when the
 * war began" (`i` the verb, or "out" after "broke"). `opener` is its preposition or conjunction.
 */
export function onsetAt(tokens: readonly Token[], i: number, first: number): Onset | null {
  if (warHead(tokens, i)) {
    const start = phraseStart(tokens, i, first);
    const opener = onsetBefore(tokens, start - 1, first);
    return opener >= first ? { first: opener, last: i, opener: tokens[opener]!.lower } : null;
  }
  const verb = tokens[i]!.lower === 'out' && tokens[i - 1]?.lower === 'broke' ? i - 1 : i;
  if (!ONSET_VERBS.has(tokens[verb]!.lower) || (verb === i && tokens[i]!.lower === 'broke')) return null;
  const head = verb - 1;
  if (head < first || !warHead(tokens, head)) return null;
  const opener = phraseStart(tokens, head, first) - 1;
  if (opener < first || !CLAUSE_OPENERS.has(tokens[opener]!.lower)) return null;
  return { first: opener, last: i, opener: tokens[opener]!.lower };
}

/** Whether the onset places an act at the war's start ("at the start of", "when the war began"), not a span from it. */
export function placesAct(onset: Onset): boolean {
  return AT_START.has(onset.opener) || onset.opener === 'when';
}

/** A cheap pre-check: the sentence may name a war's start. */
export const MAYBE_ONSET =
  /\b(?:start|beginning|outset|onset|launch|eve|(?:first|early|opening) (?:days?|hours|minutes|weeks?|months?|stages)) of\b|\b(?:began|started|erupted|broke out)\b|\bearl(?:y|ier)(?: on)? in\b/i;

/**
 * The trigger is the war noun of a named start, "since the start of the invasion", "since the Russian invasion
 * began", "on the eve of the war": the war is named for its start, history.
 */
export function warNamedForItsStart(tokens: readonly Token[], trigger: number, first: number, end: number): boolean {
  if (!warHead(tokens, trigger)) return false;
  if (onsetAt(tokens, trigger, first) !== null) return true;
  for (let j = trigger + 1; j < Math.min(end, trigger + 3); j++) {
    const onset = onsetAt(tokens, j, first);
    if (onset !== null) return onset.first < trigger;
  }
  return false;
}
