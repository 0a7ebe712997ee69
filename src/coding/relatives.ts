// Relative clauses whose subject is the noun they follow, not the main clause's subject:
// "a tornado that hit Kentucky" (the tornado hit it) and the reduced passive relative "victims killed by the crash",
// "a member of Hamas jailed a year ago" (the victims were killed, the member was jailed).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinatedBefore } from './match.ts';
import { BE_FORMS, SPEECH_VERBS, SUBORDINATORS } from './lexicon.ts';

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Irregular past participles that news uses in reduced relatives ("the hostages taken", "talks held in Geneva"). */
const IRREGULAR_PARTICIPLES = new Set(
  (
    'taken given held shot sent struck caught brought beaten driven thrown overthrown withdrawn hit put cut built ' +
    'sold led kept fought shown found paid told bought broken stolen seen blown hidden slain torn'
  ).split(' '),
);

/** Nouns for people or bodies that belong to the actor named before them: "a Hamas member", "the Hamas movement". */
const MEMBER_NOUNS = new Set(
  (
    'member members official officials leader leaders activist activists supporter supporters fighter fighters ' +
    'militant militants commander commanders movement group party faction militia'
  ).split(' '),
);

/** The noun phrase ending at token `k`: its actor (with those coordinated before it), [] for a thing, null for none. */
function antecedentAt(ctx: SentenceContext, k: number): Mention[] | null {
  const m = mentionOf(ctx, k);
  if (m !== undefined) return m.kind === 'pronoun' ? null : coordinatedBefore(ctx, m);
  const t = token(ctx, k);
  // "on Thursday shortened the curfew": a time is no antecedent.
  if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || TIME_WORDS.has(t.lower)) return null;
  const owner = mentionOf(ctx, k - 1);
  return owner !== undefined && owner.kind !== 'pronoun' && MEMBER_NOUNS.has(t.lower) ? [owner] : [];
}

/**
 * "a tornado that hit Kentucky", "the storm, which hit Florida": a relative pronoun right before the verb (auxiliaries
 * and adverbs aside) makes its antecedent the subject. The antecedent's actors, [] when it is a thing ("a tornado"),
 * null when `i` opens no such clause.
 */
export function relativeAntecedent(ctx: SentenceContext, i: number): Mention[] | null {
  let k = i - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, k)?.pos ?? '') || BE_FORMS.has(token(ctx, k)?.lower ?? '')) k--;
  const rel = token(ctx, k);
  if (rel === undefined || !RELATIVE_PRONOUNS.has(rel.lower) || rel.pos === 'SCONJ') return null;
  const before = token(ctx, k - 1)?.text === ',' ? k - 2 : k - 1;
  return antecedentAt(ctx, before);
}

const OBJECT_START = /^(?:DET|NUM|NOUN|PROPN|PRON|ADJ)$/;

/**
 * A past participle right after a noun phrase, with no be-form before it, heads a reduced passive relative clause
 * when a "by" agent follows it ("victims killed by the crash") or when the noun phrase is already the object of the
 * clause's verb or of a preposition and nothing follows as the participle's own object ("Israel released the mayor,
 * a member of Hamas jailed a year ago"). Returns the noun phrase's actors (the patient; [] for people or things no
 * dictionary names), or null when the participle is the clause's own verb ("Israeli troops killed two men").
 */
export function reducedRelativePatient(ctx: SentenceContext, i: number): Mention[] | null {
  const t = ctx.doc.tokens[i]!;
  if (taggedAdjectiveBeforeAgent(ctx, i)) {
    // "a town recently liberated/ADJ by Ukrainian troops": an adverb may stand after the noun phrase.
    let k = i - 1;
    while (token(ctx, k)?.pos === 'ADV') k--;
    return antecedentAt(ctx, k);
  }
  if (t.pos !== 'VERB' || !(/ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) || mentionOf(ctx, i))
    return null;
  const patient = antecedentAt(ctx, i - 1);
  if (patient === null) return null;
  return agentFollows(ctx, i) || (governedNounPhrase(ctx, i - 1) && !objectFollows(ctx, i)) ? patient : null;
}

/**
 * "The town was liberated/ADJ by Ukrainian troops": the tagger reads some participles as adjectives; one in -ed right
 * before "by" and a noun phrase naming an actor is the passive participle, as "surprised by" or "concerned by" are too
 * (they code nothing). A thing after "by" ("protected by law") leaves it an adjective.
 */
export function taggedAdjectiveBeforeAgent(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'ADJ' || !/ed$/.test(t.lower) || mentionOf(ctx, i) !== undefined) return false;
  if (token(ctx, i + 1)?.lower !== 'by') return false;
  let k = i + 2;
  while (/^(?:DET|ADJ|NUM)$/.test(token(ctx, k)?.pos ?? '') && mentionOf(ctx, k) === undefined) k++;
  return mentionOf(ctx, k) !== undefined;
}

/** "killed by the crash", "jailed last year by Israel": "by" and a noun phrase ("responded by sending" is a means). */
function agentFollows(ctx: SentenceContext, i: number): boolean {
  const by = token(ctx, i + 1)?.pos === 'ADV' ? i + 2 : i + 1;
  if (token(ctx, by)?.lower !== 'by') return false;
  // "shortened by one hour", "cut by 5%": a measure, not an agent.
  return mentionOf(ctx, by + 1) !== undefined || /^(?:DET|ADJ|NOUN|PROPN)$/.test(token(ctx, by + 1)?.pos ?? '');
}

const WEEKDAYS_AND_MONTHS =
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'january february march april may june july august september october november december';

/** Words that open a time adverbial, not an object: "jailed last year", "killed Monday", "held this week". */
const TIME_OPENERS = new Set(`last this next earlier yesterday today overnight ${WEEKDAYS_AND_MONTHS}`.split(' '));

/** Nouns of time, which no relative clause is about. */
const TIME_WORDS = new Set(
  `${WEEKDAYS_AND_MONTHS} day days week weeks month months year years hour hours time night morning evening`.split(' '),
);

/** The participle at `i` has an object of its own; "jailed a year ago" and "held last week" name a time instead. */
function objectFollows(ctx: SentenceContext, i: number): boolean {
  const next = token(ctx, i + 1);
  if (next === undefined || TIME_OPENERS.has(next.lower)) return false;
  for (let k = i + 2; k <= i + 4; k++) if (token(ctx, k)?.lower === 'ago') return false;
  return mentionOf(ctx, i + 1) !== undefined || OBJECT_START.test(next.pos);
}

/**
 * The noun phrase ending at `last` is the object of a verb, or of a preposition after the clause's own verb, so it
 * cannot be the subject of a participle after it. Not after a verb of saying, whose object may be a clause ("said
 * militants killed two"), nor across a coordinator or a subordinator (a new clause: "… and troops killed").
 */
function governedNounPhrase(ctx: SentenceContext, last: number): boolean {
  let k = last;
  while (
    mentionOf(ctx, k) !== undefined ||
    /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(token(ctx, k)?.pos ?? '') ||
    token(ctx, k)?.lower === "'s" ||
    token(ctx, k)?.lower === '’s'
  )
    k--;
  const governor = token(ctx, k);
  if (governor?.pos === 'VERB') return !SPEECH_VERBS.has(governor.lemma);
  // "after Ukraine warned": a subordinator opens a clause whose subject the noun phrase is.
  if (governor?.pos !== 'ADP' || SUBORDINATORS.has(governor.lower)) return false;
  for (let j = k - 1; j >= ctx.sentence.firstToken; j--) {
    const w = ctx.doc.tokens[j]!;
    if (w.pos === 'CCONJ' || w.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(w.lower) || w.text === ';') return false;
    if (w.pos === 'VERB' && SPEECH_VERBS.has(w.lemma)) return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && mentionOf(ctx, j) === undefined)) return true;
  }
  return false;
}
