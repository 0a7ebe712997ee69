// Relative clauses whose subject is the noun they follow, not the main clause's subject:
// "a tornado that hit Kentucky" (the tornado hit it) and the reduced passive relative "victims killed by the crash",
// "a member of Hamas jailed a year ago" (the victims were killed, the member was jailed).
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { contrastOpening } from './contrast.ts';
import { coordinatedBefore } from './match.ts';
import { BE_FORMS, SPEECH_VERBS, SUBORDINATORS } from './lexicon.ts';

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Irregular past participles that news uses in reduced relatives ("the hostages taken", "talks held in Geneva"). */
const IRREGULAR_PARTICIPLES = new Set(
  (
    'taken given held shot sent struck caught brought beaten driven thrown overthrown withdrawn hit put cut built ' +
    'sold led kept fought shown found paid told bought broken stolen seen blown hidden slain torn frozen chosen ' +
    'forgotten known written spoken forbidden undertaken'
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
  // "our Polish friends and allies who are opposed to …": nouns for a state's people or partners, coordinated, take the
  // state named before the first of them.
  let j = k;
  while (PEOPLE_NOUNS.has(token(ctx, j)?.lower ?? '') && token(ctx, j - 1)?.pos === 'CCONJ') {
    if (!PEOPLE_NOUNS.has(token(ctx, j - 2)?.lower ?? '')) break;
    j -= 2;
  }
  const owner = mentionOf(ctx, j - 1);
  // "one of Ukraine's key European partners, which provides …": "which" stands for a state ("one of"), not its people.
  const rel = token(ctx, token(ctx, k + 1)?.text === ',' ? k + 2 : k + 1)?.lower;
  const member = MEMBER_NOUNS.has(t.lower) || (PEOPLE_NOUNS.has(t.lower) && rel !== 'which');
  return owner !== undefined && owner.kind !== 'pronoun' && member ? [owner] : [];
}

/** Nouns for a state's people or its partners: "the American people who", "our Polish friends and allies who". */
const PEOPLE_NOUNS = new Set('people friends allies partners colleagues citizens'.split(' '));

/**
 * A head the tagger did not read as a noun: an adjective used as one ("a civilian killed by", "the wounded") or a
 * demonstrative standing for people ("those threatened by").
 */
function nominalHead(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k);
  if (t === undefined) return false;
  return (t.pos === 'ADJ' && token(ctx, k - 1)?.pos === 'DET') || t.lower === 'those' || t.lower === 'these';
}

/**
 * "a tornado that hit Kentucky", "the storm, which hit Florida": a relative pronoun right before the verb (auxiliaries
 * and adverbs aside) makes its antecedent the subject. The antecedent's actors, [] when it is a thing ("a tornado"),
 * null when `i` opens no such clause.
 */
export function relativeAntecedent(ctx: SentenceContext, i: number): Mention[] | null {
  let k = i - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, k)?.pos ?? '') || BE_FORMS.has(token(ctx, k)?.lower ?? '')) k--;
  k = beforeTimePhrase(ctx, k);
  const rel = token(ctx, k);
  if (rel === undefined || !RELATIVE_PRONOUNS.has(rel.lower) || rel.pos === 'SCONJ') return null;
  const before = token(ctx, k - 1)?.text === ',' ? k - 2 : k - 1;
  // "António Guterres, the UN chief, who was visiting Kyiv": "who" after an apposition is about the person it
  // describes, not the apposition's own noun ("chief") nor the main clause's subject.
  const described = rel.lower === 'who' ? appositionOwner(ctx, before) : null;
  if (described !== null) return described;
  // "It was Russia, not Ukraine, that attacked": the antecedent stands before the contrast.
  const contrasted = mentionOf(ctx, before);
  const opening = contrasted === undefined ? null : contrastOpening(ctx, contrasted);
  return antecedentAt(ctx, opening !== null ? opening - 1 : before);
}

/** Determiners and possessives that open an apposition: "the UN chief", "his envoy", "America's top diplomat". */
const APPOSITION_OPENERS = new Set('the a an his her its their our'.split(' '));

/**
 * The actor an apposition ending at `k` describes: "Guterres, the UN chief", "Blinken, America's top diplomat". The
 * apposition is a noun phrase of up to six words, no verb, conjunction or own actor at its head, opened by a
 * determiner or a possessive right after a comma that follows the actor. Null when `k` ends no such apposition.
 */
function appositionOwner(ctx: SentenceContext, k: number): Mention[] | null {
  const head = token(ctx, k);
  if (head === undefined || !/^(?:NOUN|PROPN|ADJ)$/.test(head.pos) || mentionOf(ctx, k) !== undefined) return null;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken + 1, k - 6); j--) {
    const t = token(ctx, j)!;
    if (t.text === ',') {
      const first = token(ctx, j + 1)!;
      const opened = APPOSITION_OPENERS.has(first.lower) || token(ctx, j + 2)?.lower === "'s";
      const owner = mentionOf(ctx, j - 1);
      if (!opened || owner === undefined || owner.kind === 'pronoun') return null;
      return coordinatedBefore(ctx, owner);
    }
    if (!/^(?:DET|NOUN|PROPN|ADJ|PART|PRON|NUM)$/.test(t.pos) && t.text !== '-') return null;
  }
  return null;
}

/** Words that open a phrase of time or place: "in 2014", "on Monday", "last year", "since February", "in the east". */
const RELATIVE_TIME_OPENERS = new Set(['in', 'on', 'at', 'since', 'during', 'last', 'earlier', 'this']);

/**
 * "which in 2014 occupied Crimea", "who on Monday attacked …", "and in February 2022 started …": a phrase of time or
 * place (up to four words, no verb, no actor) ending at `k` right after one of `heads` (by default a relative
 * pronoun). Returns the head's index, else `k`.
 */
export function beforeTimePhrase(
  ctx: SentenceContext,
  k: number,
  heads: ReadonlySet<string> = RELATIVE_PRONOUNS,
): number {
  const last = token(ctx, k);
  if (last === undefined || !/^(?:NUM|NOUN|PROPN|ADV)$/.test(last.pos)) return k;
  for (let j = k; j >= k - 3; j--) {
    const t = token(ctx, j);
    if (t === undefined || t.pos === 'VERB' || mentionOf(ctx, j) !== undefined || t.text === ',') return k;
    if (RELATIVE_TIME_OPENERS.has(t.lower) && heads.has(token(ctx, j - 1)?.lower ?? '')) return j - 1;
  }
  return k;
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
  if (t.pos !== 'VERB' || !isParticipleForm(t.lower) || mentionOf(ctx, i)) return null;
  const charged = chargedPatient(ctx, i);
  if (charged !== null) return charged;
  if (agentFollows(ctx, i)) {
    // "Destroyed by Russian artillery.": a caption or headline that opens with the participle names no patient.
    if (i === ctx.sentence.firstToken) return [];
    // "those directly threatened by the Russian army": an adverb may stand after the noun phrase.
    let k = i - 1;
    while (k > ctx.sentence.firstToken && token(ctx, k)?.pos === 'ADV') k--;
    // "Ukraine, invaded by Russia in 2022, …": an appositive participle set off by a comma is as passive.
    if (token(ctx, k)?.text === ',' && k > ctx.sentence.firstToken) k--;
    // "rebuild everything destroyed by the occupiers", "a ceremony attended by … but boycotted by the UK", "walls … –
    // destroyed by Russian missiles": a past participle whose "by" names an actor is passive whatever stands before
    // it, as an active verb takes its object with no "by"; what it acted on is then unnamed, never the agent.
    // A be-form before it leaves the passive to its subject ("Ukraine was attacked by Russia").
    return antecedentAt(ctx, k) ?? (nominalHead(ctx, k) || (actorAfterBy(ctx, i) && !beFormAcross(ctx, i)) ? [] : null);
  }
  if (objectFollows(ctx, i)) return null;
  // "the rights of Ukrainians forcibly deported to Russia": after a governed noun phrase an adverb may stand before
  // the participle, as the noun phrase cannot be the subject of a verb of its own.
  let p = i - 1;
  while (p > ctx.sentence.firstToken && token(ctx, p)?.pos === 'ADV') p--;
  // Only before a phrase of place or time or the end of the clause ("deported to Russia", "detained in Crimea"), not
  // before an infinitive: "the deadlock last week Scholz still refused to …" is a clause of its own.
  const next = token(ctx, i + 1);
  const phraseAfter = next === undefined || next.pos === 'ADP' || next.pos === 'PUNCT';
  const governed = p < i - 1 && phraseAfter ? antecedentAt(ctx, p) : null;
  if (governed !== null && governedNounPhrase(ctx, p)) return governed;
  const patient = antecedentAt(ctx, i - 1);
  if (patient === null) return null;
  if (governedNounPhrase(ctx, i - 1)) return patient;
  // A verb of saying reports what follows ("Iran warned on Monday the US would pay"); it describes no one.
  return !SPEECH_VERBS.has(t.lemma) && openingNounPhrase(ctx, i - 1) && adverbialThenVerb(ctx, i) ? patient : null;
}

/** Verbs of charging whose active use needs an object, with the preposition of the charge: "accused of", "charged with". */
const CHARGES = new Map([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['convict', 'of'],
  ['charge', 'with'],
]);

/**
 * "new sanctions targeting people and entities accused of helping Moscow", "Russia and Gazprom accused of failing …":
 * a participle of charging with no object, its charge right after it, is passive (the active verb takes its object
 * first: "accused Kyiv of"), and the noun phrase right before it, coordinated, is the one charged (not one before a
 * comma: "detained in Russia, charged with …" is charged with the one detained) (its actors; [] for people or things no dictionary names). The clause's
 * subject is no accuser. Null when a be-form or an auxiliary stands before it ("was accused of" is read as any
 * passive) or when the noun phrase is the subject of a relative clause ("the US, which Russia accused of …").
 */
function chargedPatient(ctx: SentenceContext, i: number): Mention[] | null {
  const t = ctx.doc.tokens[i]!;
  if (CHARGES.get(t.lemma) !== token(ctx, i + 1)?.lower) return null;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && token(ctx, k)?.pos === 'ADV') k--;
  const antecedent = antecedentAt(ctx, k);
  if (antecedent === null) return nominalHead(ctx, k) ? [] : null;
  // "more than a dozen Chinese entities accused of …": a name before a head noun no dictionary names is its owner.
  const owner = antecedent.length === 0 ? mentionOf(ctx, k - 1) : undefined;
  const patient = owner !== undefined && owner.kind !== 'pronoun' ? coordinatedBefore(ctx, owner) : antecedent;
  const start = nounPhraseStart(ctx, k);
  if (RELATIVE_PRONOUNS.has(token(ctx, start)?.lower ?? '')) return null;
  // "the companies Washington accused of …": a name right after a noun is the subject of a relative clause.
  const m = mentionOf(ctx, k);
  if (m !== undefined && token(ctx, m.firstToken - 1)?.pos === 'NOUN') return null;
  return patient;
}

/** Where the noun phrase ending at `last` starts: the first token before it that belongs to no noun phrase. */
function nounPhraseStart(ctx: SentenceContext, last: number): number {
  let k = last;
  while (
    mentionOf(ctx, k) !== undefined ||
    /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(token(ctx, k)?.pos ?? '') ||
    token(ctx, k)?.lower === "'s" ||
    token(ctx, k)?.lower === '’s'
  )
    k--;
  return k;
}

/**
 * The noun phrase ending at `last` opens the sentence, after at most an opening phrase with no verb ("On Monday,",
 * a dateline "KYIV:"): it is the subject of the main clause.
 */
function openingNounPhrase(ctx: SentenceContext, last: number): boolean {
  const k = nounPhraseStart(ctx, last);
  if (k === last) return false;
  // "The aid package President Biden signed Wednesday was …": a name right after a noun is the subject of a
  // relative clause with no "that", and the participle is its verb.
  const m = mentionOf(ctx, last);
  if (m !== undefined && token(ctx, m.firstToken - 1)?.pos === 'NOUN') return false;
  for (let j = k; j >= ctx.sentence.firstToken; j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || RELATIVE_PRONOUNS.has(t.lower)) return false;
  }
  return true;
}

/** An -ed form or an irregular past participle ("taken", "beaten"). */
export const isParticipleForm = (lower: string): boolean => /ed$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower);

/** Verbs with no passive, whose -ed form after a noun is a finite past: "Two Palestinians wounded in clashes died". */
const NO_PASSIVE = new Set('die arrive return succumb remain appear escape disappear'.split(' '));

/** Words that close the clause a participle stands in: what follows is another clause's verb. */
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '-', '–', '—', 'where', 'whom', 'whose', ...RELATIVE_PRONOUNS]);

/**
 * "A journalist imprisoned in Crimea will be honored", "Two Palestinians wounded in clashes died": the clause goes on
 * to its finite verb after the participle and its adverbials, so the participle only describes the subject. Not across
 * a comma, a coordinator or a subordinator ("Troops rallied in Kyiv as police watched"), an infinitive ("marched in
 * Minsk to demand") or another participle after a noun ("retreated from positions held by rebels").
 */
function adverbialThenVerb(ctx: SentenceContext, i: number): boolean {
  // Only an adverbial stands between: "imposed targeted sanctions on …" has an object, whatever its tag.
  const next = token(ctx, i + 1);
  if (next === undefined || !(next.pos === 'ADP' || next.pos === 'ADV' || TIME_OPENERS.has(next.lower))) return false;
  for (let j = i + 1; j < ctx.sentence.endToken; j++) {
    const t = ctx.doc.tokens[j]!;
    if (mentionOf(ctx, j) !== undefined) continue;
    if (CLAUSE_ENDS.has(t.lower) || isQuoteMark(t) || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if (SUBORDINATORS.has(t.lower)) return false;
    if (t.pos === 'AUX') return token(ctx, j - 1)?.lower !== 'to' && subjectInAdverbial(ctx, i, j);
    if (t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    if (token(ctx, j - 1)?.lower === 'to') return false;
    // Another participle may be a relative of its own ("issues related to", "support provided to Ukraine by"):
    // only a past that has no passive is surely the clause's verb.
    if (isParticipleForm(t.lower) && !NO_PASSIVE.has(t.lemma)) continue;
    // A finite verb follows its subject's noun or an adverb ("later died"); "the occupied West Bank" is a modifier.
    const afterNoun = /^(?:NOUN|PROPN|NUM)$/.test(token(ctx, j - 1)?.pos ?? '') || mentionOf(ctx, j - 1) !== undefined;
    if (!afterNoun && token(ctx, j - 1)?.pos !== 'ADV') continue;
    // "positions held by rebels", "Russian occupied Crimea": another participle after a noun, or before one.
    const before = token(ctx, j + 1);
    const modifier = before !== undefined && /^(?:NOUN|PROPN)$/.test(before.pos) && !TIME_WORDS.has(before.lower);
    if (agentFollows(ctx, j) || objectFollows(ctx, j) || modifier || mentionOf(ctx, j + 1) !== undefined) return false;
    return subjectInAdverbial(ctx, i, j);
  }
  return false;
}

/**
 * The words before the finite verb at `verb` close the participle's adverbial (a preposition's object, a time):
 * "imprisoned in Crimea will", "wounded last week died". A noun phrase standing on its own after the adverbial is
 * the verb's own subject: "Iran warned on Monday the US would pay" is Iran's warning, reported without "that".
 */
function subjectInAdverbial(ctx: SentenceContext, participle: number, verb: number): boolean {
  let k = verb - 1;
  while (token(ctx, k)?.pos === 'ADV' || token(ctx, k)?.pos === 'AUX') k--;
  // "arrested in Syria last week was freed": a time closes the adverbial before it.
  if (TIME_WORDS.has(token(ctx, k)?.lower ?? '') && mentionOf(ctx, k) === undefined) {
    let t = k - 1;
    while (/^(?:DET|ADJ|NUM)$/.test(token(ctx, t)?.pos ?? '')) t--;
    if (t > participle) return subjectInAdverbial(ctx, participle, t + 1);
  }
  const m = mentionOf(ctx, k);
  if (m !== undefined) k = m.firstToken - 1;
  else if (/^(?:NOUN|PROPN|NUM)$/.test(token(ctx, k)?.pos ?? ''))
    while (/^(?:NOUN|PROPN|NUM)$/.test(token(ctx, k)?.pos ?? '') && mentionOf(ctx, k) === undefined) k--;
  else return k === participle;
  while (/^(?:DET|ADJ|NUM)$/.test(token(ctx, k)?.pos ?? '')) k--;
  // "the deal Moscow had signed": a noun right before the phrase ends another phrase, whose relative clause this is.
  return k === participle || token(ctx, k)?.pos === 'ADP';
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

/** The "by" after the participle at `i` (past an adverb) names an actor, past determiners and adjectives. */
function actorAfterBy(ctx: SentenceContext, i: number): boolean {
  let j = (token(ctx, i + 1)?.pos === 'ADV' ? i + 2 : i + 1) + 1;
  for (const end = Math.min(ctx.sentence.endToken, j + 4); j < end; j++) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m.kind !== 'pronoun';
    if (!/^(?:DET|ADJ)$/.test(token(ctx, j)!.pos)) return false;
  }
  return false;
}

/** A be-form stands before the participle at `i`, past adverbs, commas, "been" and "being" ("was, unfortunately, strongly"). */
function beFormAcross(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (BE_FORMS.has(t.lower) || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.text !== ',' && t.lower !== 'been' && t.lower !== 'being')
      return false;
  }
  return false;
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

/** The noun phrase ending at `last` is the object of a verb (of saying too) or of a preposition, or the complement of one. */
function complementOfObject(ctx: SentenceContext, last: number): boolean {
  const k = nounPhraseStart(ctx, last);
  const governor = token(ctx, k);
  if (governor?.pos === 'VERB') return true;
  if (governor?.lower === 'of' && token(ctx, k - 1)?.pos === 'NOUN' && complementOfObject(ctx, k - 1)) return true;
  return governedNounPhrase(ctx, last);
}

/**
 * The noun phrase ending at `last` is the object of a verb, or of a preposition after the clause's own verb, so it
 * cannot be the subject of a participle after it. Not after a verb of saying, whose object may be a clause ("said
 * militants killed two"), nor across a coordinator or a subordinator (a new clause: "… and troops killed").
 */
function governedNounPhrase(ctx: SentenceContext, last: number): boolean {
  const k = nounPhraseStart(ctx, last);
  const governor = token(ctx, k);
  if (governor?.pos === 'VERB') return !SPEECH_VERBS.has(governor.lemma);
  // "after Ukraine warned": a subordinator opens a clause whose subject the noun phrase is.
  if (governor?.pos !== 'ADP' || SUBORDINATORS.has(governor.lower)) return false;
  // "emphasized the violation of the rights of Ukrainians deported to Russia": the complement of a noun that is
  // itself an object, even of a verb of saying, is no clause's subject ("the invasion of Ukraine destroyed" is).
  if (governor.lower === 'of' && token(ctx, k - 1)?.pos === 'NOUN' && complementOfObject(ctx, k - 1)) return true;
  for (let j = k - 1; j >= ctx.sentence.firstToken; j--) {
    const w = ctx.doc.tokens[j]!;
    if (w.pos === 'CCONJ' || w.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(w.lower) || w.text === ';') return false;
    if (w.pos === 'VERB' && SPEECH_VERBS.has(w.lemma)) return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && mentionOf(ctx, j) === undefined)) return true;
  }
  return false;
}

/**
 * "NATO's expansion, which we oppose", "It is Ukraine that Russia attacked", "Trump, who he has endorsed": in a
 * relative clause with its own subject the verb's object is the antecedent. The antecedent's actors (the owner of an
 * act noun: NATO's expansion is NATO's; "Russia's aggression against Ukraine, which France condemns": the act, not
 * the one it is aimed at), or null when the verb at `i` (its pattern ending at `end`) has an object after it or opens
 * no such clause.
 */
export function objectRelativeAntecedent(ctx: SentenceContext, i: number, end: number): Mention[] | null {
  const k = objectRelativePronoun(ctx, i, end);
  if (k === null) return null;
  const before = token(ctx, k - 1)?.text === ',' ? k - 2 : k - 1;
  const antecedent = mentionOf(ctx, before);
  if (antecedent === undefined) return actOwnerBefore(ctx, before);
  if (antecedent.kind === 'pronoun') return null;
  const owner = actOwner(ctx, antecedent);
  return owner === null ? [antecedent] : owner.length > 0 ? owner : null;
}

/** "NATO's expansion, which we oppose": the owner of the act noun at `before`, or null. */
function actOwnerBefore(ctx: SentenceContext, before: number): Mention[] | null {
  const head = token(ctx, before);
  if (head?.pos !== 'NOUN' || !/^(?:'s|’s)$/.test(token(ctx, before - 1)?.lower ?? '')) return null;
  const owner = mentionOf(ctx, before - 2);
  return owner !== undefined && owner.kind !== 'pronoun' ? [owner] : null;
}

/**
 * The relative pronoun opening the object relative clause whose verb is at `i` (its pattern ending at `end`): the
 * pronoun, the clause's own subject, then the verb with no object after it. "which both Russia and Ukraine quickly
 * rejected", "who he's already endorsed for 2024": after "which", "who" or "whom" the subject may be a list, and a
 * phrase of time or place with no actor may follow the verb; "that" keeps to a bare subject and verb, as it also
 * opens the content of a saying ("told Macron that Russia would respond in kind"). Null for no such clause.
 */
export function objectRelativePronoun(ctx: SentenceContext, i: number, end: number): number | null {
  const next = token(ctx, end);
  const bare = next === undefined || end >= ctx.sentence.endToken || /^(?:[,.;:!?)]|and|but)$/.test(next.text);
  let k = i - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, k)?.pos ?? '')) k--;
  const subject = mentionOf(ctx, k);
  const t = token(ctx, k);
  let listed = false;
  if (subject !== undefined) {
    const list = coordinatedBefore(ctx, subject);
    listed = list.length > 1;
    k = list[0]!.firstToken - 1;
    if (listed && /^(?:both|either|neither)$/.test(token(ctx, k)?.lower ?? '')) k--;
  } else if (t?.pos === 'PRON' && SUBJECT_WORDS.has(t.lower)) k--;
  else return null;
  const rel = token(ctx, k)?.lower;
  if (rel === 'that') return bare && !listed ? k : null;
  if (rel !== 'which' && rel !== 'whom' && rel !== 'who') return null;
  return bare || adverbialToEnd(ctx, end) ? k : null;
}

/** Words that open a phrase of time after a verb: "rejected last week", "endorsed yesterday". */
const TIME_AFTER = new Set(['last', 'this', 'yesterday', 'today', 'earlier', 'later', 'again', 'immediately']);

/**
 * From `from` to the end of the clause stands a phrase of time or place with no actor: "for 2024", "in March", "last
 * week". A name there ("handed over to Ukraine") may be the verb's own object.
 */
function adverbialToEnd(ctx: SentenceContext, from: number): boolean {
  const first = token(ctx, from);
  if (first === undefined || first.lower === 'by' || !(first.pos === 'ADP' || TIME_AFTER.has(first.lower)))
    return false;
  for (let j = from; j < ctx.sentence.endToken; j++) {
    const w = ctx.doc.tokens[j]!;
    if (/^[,.;:!?)]$/.test(w.text)) return true;
    if (mentionOf(ctx, j) !== undefined || w.pos === 'VERB' || w.pos === 'AUX' || isQuoteMark(w)) return false;
  }
  return true;
}

/** Prepositions by which an act noun names the one it is aimed at: "aggression against", "support for", "attacks on". */
const AIMED_PREPOSITIONS = new Set(['against', 'on', 'for', 'to', 'towards', 'toward', 'of']);

/** A noun of an act: "aggression", "invasion", "shelling", "support", "war", "attacks" (not "people", "territory"). */
const actNoun = (lower: string): boolean => /(?:ion|ment|ing)s?$/.test(lower) || ACT_NOUNS.has(lower);

const ACT_NOUNS = new Set(
  'war wars attack attacks strike strikes aid support help assault offensive raid raids pressure threat threats sanctions ban'.split(
    ' ',
  ),
);

/**
 * "Russia's ongoing aggression against Ukraine, which France condemns", "a war of aggression against Ukraine, which
 * France condemns": an actor named after the preposition of an act noun is part of that noun's phrase, which the
 * relative clause is about. The act's owner (a possessor, or an actor's adjective: "Russian attacks on Ukraine"), []
 * when none stands before the noun, or null when the antecedent is no such actor.
 */
export function actOwner(ctx: SentenceContext, antecedent: Mention): Mention[] | null {
  let k = antecedent.firstToken - 1;
  if (token(ctx, k)?.pos === 'DET') k--;
  const head = token(ctx, k - 1);
  if (!AIMED_PREPOSITIONS.has(token(ctx, k)?.lower ?? '') || head?.pos !== 'NOUN' || !actNoun(head.lower)) return null;
  k -= 2;
  // "Russia's renewed/VERB attacks": a participle may modify the noun too.
  while (
    mentionOf(ctx, k) === undefined &&
    (token(ctx, k)?.pos === 'ADJ' || (token(ctx, k)?.pos === 'VERB' && isParticipleForm(token(ctx, k)!.lower)))
  )
    k--;
  if (/^(?:'s|’s)$/.test(token(ctx, k)?.lower ?? '')) k--;
  const owner = mentionOf(ctx, k);
  if (owner === undefined || owner.kind === 'pronoun' || owner.actor.country === antecedent.actor.country) return [];
  return [owner];
}

/** Pronouns that may be a relative clause's own subject ("which we oppose"). */
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
