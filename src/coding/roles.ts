// Who is the source of an event: subject search to the left of the trigger within its clause,
// passive voice ("was attacked by X"), and possessive/adjectival sources of noun triggers.
import { meansUser } from './used-means.ts';
import { meansAgentBy } from './means-agents.ts';
import type { Mention, Token } from '../types.ts';
import { contrastOpening } from './contrast.ts';
import { seriesHead } from './infinitive-series.ts';
import { demandedClause } from './content-clauses.ts';
import { subjectBeforeDash } from './dash-restatements.ts';
import { isQuoteMark, mentionOf, token, wordsBefore, type SentenceContext } from './context.ts';
import { coordinatedBefore, coordinated } from './match.ts';
import { rankedKindModifier } from './ranked-kinds.ts';
import { actorOfRole } from './role-chain.ts';
import { vocativeBefore } from './vocatives.ts';
import { unknownNameSubject } from './unknown-name-subjects.ts';
import { isBareForm } from './spelled-lemmas.ts';
import { isSpeakersLand } from '../actors/speakers-land.ts';
import { participleObject } from './participle-objects.ts';
import { valuingVerb } from './valued-clauses.ts';
import {
  beforeTimePhrase,
  isParticipleForm,
  reducedRelativePatient,
  relativeAntecedent,
  taggedAdjectiveBeforeAgent,
} from './relatives.ts';
import {
  alleges,
  BE_FORMS,
  CONDITIONAL,
  HARD_BOUNDARIES,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  AIM_GOVERNORS,
  COMMITMENT_GOVERNORS,
  IRREALIS_GOVERNORS,
  NEGATING_GOVERNORS,
  OBJECT_CONTROL,
  PREVENTING_VERBS,
  WARNING_VERBS,
  ROLE_HEADS,
  SUBORDINATORS,
  WEAPONS,
} from './lexicon.ts';

const GOVERNOR_SETS = [IRREALIS_GOVERNORS, AIM_GOVERNORS, COMMITMENT_GOVERNORS, NEGATING_GOVERNORS];
/** An -ing ending, with a doubled consonant before it ("planning" → "plan"). */
const ING_ENDING = /(?:(.)\1)?ing$/;

/**
 * Whether the token's lemma or form is in one of the governor sets. Here, not a closure in the caller's token loop:
 * a closure over a loop's variable makes V8 allocate a context at every iteration (docs/reliability.md).
 */
function isGovernorWord(t: Token, before: Token | undefined): boolean {
  for (let n = 0; n < GOVERNOR_SETS.length; n++)
    if (GOVERNOR_SETS[n]!.has(t.lemma) || GOVERNOR_SETS[n]!.has(t.lower)) return true;
  // "we are so loud urging the world to": the tagger leaves some gerunds unlemmatised nouns; undo the -ing (not after
  // a preposition: "accuse Russia of planning to invade" is the object's plan, read by the preposition's verb).
  if (t.pos !== 'NOUN' || t.lemma !== t.lower || !t.lower.endsWith('ing') || before?.pos === 'ADP') return false;
  const stem = t.lower.replace(ING_ENDING, '$1');
  for (let n = 0; n < GOVERNOR_SETS.length; n++)
    if (GOVERNOR_SETS[n]!.has(stem) || GOVERNOR_SETS[n]!.has(`${stem}e`)) return true;
  return false;
}

/** Prepositions that name whom a noun of asking addresses: "a call on", "an appeal to", "pressure on". */
const NOUN_ADDRESSEE = new Set(['on', 'upon', 'to']);
/** Nouns of asking or pressing whose addressee does their to-infinitive (not leave given: "permission to Ukraine"). */
const ASKING_NOUNS = new Set(
  'call calls appeal appeals plea pleas pressure request requests demand demands ultimatum invitation'.split(' '),
);

const SKIPPED_BEFORE_TO = new Set(['DET', 'ADJ', 'PRON', 'PART', 'NUM', 'ADV', 'NOUN', 'PROPN']);

/**
 * The word that governs the to-infinitive at `to` ("refused to", "urged Kyiv to", "Russia's resolve
 * to", "is ready to"), skipping an object between them; null when there is none.
 */
export function infinitiveGovernor(ctx: SentenceContext, to: number): number | null {
  // "urged the countries bordering Russia to close": the verb before an object with a participle phrase.
  const reduced = participleObject(ctx, to);
  if (reduced !== null) return reduced.governor;
  // Up to seven words back; an actor's name, however long, counts as none ("the President of the United States").
  let words = 0;
  let listed = false;
  for (let k = to - 1; k >= ctx.sentence.firstToken && words < 7; k--) {
    const t = ctx.doc.tokens[k]!;
    if (ctx.mentionAt[k]! >= 0) continue;
    words++;
    // "called on the remaining 20 EU countries to": a participle after a determiner modifies the object's noun (before
    // the governor words: "urged the invited leaders to" is no invitation).
    if (t.pos === 'VERB' && ctx.doc.tokens[k - 1]?.pos === 'DET' && /(?:ing|ed)$/.test(t.lower) && modifier(ctx, k + 1))
      continue;
    if (isGovernorWord(t, ctx.doc.tokens[k - 1])) return k;
    // Past a list of nouns, only a governor word governs: not "supplied weapons and ammunition to help".
    if (t.pos === 'VERB') return listed ? null : k;
    // "issued a call on governments, businesses and civil society to", "her appeal to MEPs and the world community
    // to": the object may be a list of nouns.
    // The list's joiners count as no word.
    // A comma lists only before a closing "and": "governments, businesses and civil society".
    if ((listed || ctx.doc.tokens[k]!.text !== ',') && nounList(ctx, k)) {
      listed = true;
      words--;
      continue;
    }
    // "called on Kyiv to", "pressured/ADJ by congress to": a preposition right after a verb or participle.
    const prev = ctx.doc.tokens[k - 1];
    // "an appeal by the UN to disarm": the agent of a request noun stands between it and its infinitive.
    // "invited the 43rd President of the United States to visit": "of" inside the object's noun phrase.
    const particle =
      t.pos === 'ADP' &&
      ((t.lower === 'of' && /^(?:NOUN|PROPN)$/.test(prev?.pos ?? '')) ||
        prev?.pos === 'VERB' ||
        // "a call on governments to", "an appeal to the world to", "pressure on Moscow to": the addressee's
        // preposition after a noun of asking (not "pressure from Moscow to", "a decision by these countries to").
        (NOUN_ADDRESSEE.has(t.lower) && ASKING_NOUNS.has(prev?.lower ?? '')) ||
        (prev?.pos === 'ADJ' && /ed$/.test(prev.lower)) ||
        (t.lower === 'by' && ctx.mentionAt[k + 1]! >= 0));
    if (!SKIPPED_BEFORE_TO.has(t.pos) && !particle) return null;
  }
  return null;
}

/** The word at `k` goes on a noun phrase: "(the remaining) 20 EU countries", not "(the striving) of". */
const modifier = (ctx: SentenceContext, k: number): boolean =>
  ctx.mentionAt[k]! >= 0 || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(ctx.doc.tokens[k]?.pos ?? '');

/** Parts of a noun phrase that may open the next item of a list: "and the world community", ", businesses". */
const LIST_ITEM = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The "and" or comma at `k` joins two nouns or names of a list: "governments, businesses and civil society". */
function nounList(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.lower !== 'and' && t.text !== ',') return false;
  const nominal = (j: number): boolean =>
    ctx.mentionAt[j]! >= 0 || ctx.doc.tokens[j]?.pos === 'NOUN' || ctx.doc.tokens[j]?.pos === 'PROPN';
  return nominal(k - 1) && (ctx.mentionAt[k + 1]! >= 0 || LIST_ITEM.has(ctx.doc.tokens[k + 1]?.pos ?? ''));
}

/** "for Russia and Belarus to end the exercises": the actors between "for" and the infinitive's "to", if any. */
export function forInfinitiveSubject(ctx: SentenceContext, to: number): Mention[] | null {
  const last = mentionOf(ctx, to - 1);
  if (last === undefined) return null;
  const chain = coordinatedBefore(ctx, last);
  return token(ctx, chain[0]!.firstToken - 1)?.lower === 'for' ? chain : null;
}

/** "expects the EU to recognize", "wants Ukraine to surrender": the object is the infinitive's subject here too. */
const RAISING_VERBS = new Set(['expect', 'want', 'need']);

/** Nouns of leave given to someone: "permission to Russia to help", "the green light to Israel to strike". */
const PERMISSION_NOUNS = new Set(['permission', 'authorization', 'authorisation', 'approval', 'consent']);

/** The noun at `k` names a permission: "permission", "the green light". */
export function permissionNoun(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k);
  return (
    t !== undefined && (PERMISSION_NOUNS.has(t.lower) || (t.lower === 'light' && token(ctx, k - 1)?.lower === 'green'))
  );
}

/**
 * "would not give permission to Russia to help Israel": the actors between a permission noun's "to" and the
 * infinitive's are its subject, as "for X to" is.
 */
export function permittedActor(ctx: SentenceContext, to: number): Mention[] | null {
  const last = mentionOf(ctx, to - 1);
  if (last === undefined) return null;
  const chain = coordinatedBefore(ctx, last);
  const before = chain[0]!.firstToken - 1;
  return token(ctx, before)?.lower === 'to' && permissionNoun(ctx, before - 1) ? chain : null;
}

/**
 * "prevented extremists from seizing power", "it did not prevent us from discussing", "prevented extremists, including
 * those directed from abroad, from seizing": the -ing form at `i` after "from" and a preventing verb's object (within
 * ten words, in one conjunct). "warned Russia against using nuclear weapons" likewise, after "against" and a verb of
 * warning (`warned` is then true). Returns the verb and the actors opening its object (none when the object names no
 * actor), or null.
 */
export function preventedAct(
  ctx: SentenceContext,
  i: number,
): { verb: number; doers: Mention[]; warned: boolean } | null {
  if (!ctx.doc.tokens[i]!.lower.endsWith('ing')) return null;
  let from = i - 1;
  while (token(ctx, from)?.pos === 'ADV') from--;
  const prep = token(ctx, from)?.lower;
  if (prep !== 'from' && prep !== 'against') return null;
  const verbs = prep === 'from' ? PREVENTING_VERBS : WARNING_VERBS;
  for (let k = from - 1; k >= Math.max(ctx.sentence.firstToken, from - 10); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'CCONJ' || t.text === ';' || t.text === ':') return null;
    if (ctx.mentionAt[k]! >= 0 || !verbs.has(t.lemma) || t.pos !== 'VERB') continue;
    let o = k + 1;
    while (o < from && token(ctx, o)?.pos === 'DET') o++;
    const object = mentionOf(ctx, o);
    return { verb: k, doers: object === undefined ? [] : coordinated(ctx, object), warned: prep === 'against' };
  }
  return null;
}

/** Prepositions that name who asks, not who is asked: "an appeal by the UN", "calls from its allies". */
const ASKERS = new Set(['by', 'from']);

/** "urged Kyiv to accept": the object of an object-control verb is the subject of the infinitive. */
function objectController(ctx: SentenceContext, i: number): Mention[] | null {
  let to = i - 1;
  while (token(ctx, to)?.pos === 'ADV' || token(ctx, to)?.lower === 'not') to--;
  if (token(ctx, to)?.lower !== 'to') return null;
  // "for Russia to withdraw its troops": the actor after "for" is the infinitive's subject.
  const forSubject = forInfinitiveSubject(ctx, to);
  if (forSubject !== null) return forSubject;
  const permitted = permittedActor(ctx, to);
  if (permitted !== null) return permitted;
  const g = infinitiveGovernor(ctx, to);
  const lemma = g === null ? '' : ctx.doc.tokens[g]!.lemma;
  if (g === null || !(OBJECT_CONTROL.has(lemma) || RAISING_VERBS.has(lemma))) return null;
  // "urged the countries bordering Russia to close": the object ends before its participle phrase.
  const end = participleObject(ctx, to)?.participle ?? to;
  for (let k = g + 1; k < end; k++) {
    const m = mentionOf(ctx, k);
    // "an appeal by the UN to disarm", "faced calls from US leaders to speak out": the one who asks, after "by" or
    // "from", is not the one asked.
    if (m !== undefined && ASKERS.has(token(ctx, m.firstToken - 1)?.lower ?? '')) return null;
    if (m !== undefined) return coordinated(ctx, m);
  }
  return null;
}

/** What a second verb's phrase of time follows: "and in February 2022 started", "but last week accused". */
const AND = new Set(['and', 'but']);

/**
 * "They noted the role of international organisations, above all the United Nations, and reaffirmed …": a
 * finite verb after "and" shares the subject of the finite verb it is coordinated with, so the object of the
 * first verb is never the subject of the second. So does one after "but": "Blinken said that there were positive
 * elements but accused China …" is Blinken's accusation, though the clause before "but" is another's. Returns that
 * first verb, or null when `i` does not follow "and" or "but".
 */
export function conjoinedVerb(ctx: SentenceContext, i: number): number | null {
  if (!finiteVerb(ctx, i)) return null;
  let k = i - 1;
  while (token(ctx, k)?.pos === 'ADV') k--;
  // "which in 2014 occupied Crimea and in February 2022 started a war": a phrase of time may open the second verb.
  k = beforeTimePhrase(ctx, k, AND);
  if (!AND.has(token(ctx, k)?.lower ?? '')) return null;
  for (let j = k - 1; j >= ctx.sentence.firstToken; j--) {
    const t = ctx.doc.tokens[j]!;
    if (isQuoteMark(t)) {
      // "said there are “some positive elements” of the plan but accused …": a few words quoted inside the clause.
      const open = quotedPhraseStart(ctx, j);
      if (open === null) return null;
      j = open;
      continue;
    }
    if (HARD_BOUNDARIES.has(t.text)) return null;
    if (mentionOf(ctx, j) === undefined && (finiteVerb(ctx, j) || mistaggedVerb(ctx, j) || perfectNoun(ctx, j)))
      return j;
  }
  return null;
}

/** How many words a phrase quoted inside a clause may have. */
const QUOTED_PHRASE_REACH = 6;

/** The opening quote mark of a short quoted phrase of no verb whose closing mark is at `close`, else null. */
function quotedPhraseStart(ctx: SentenceContext, close: number): number | null {
  for (let j = close - 1; j >= Math.max(ctx.sentence.firstToken, close - QUOTED_PHRASE_REACH - 1); j--) {
    const t = ctx.doc.tokens[j]!;
    if (isQuoteMark(t)) return j < close - 1 ? j : null;
    if (t.pos === 'VERB' || HARD_BOUNDARIES.has(t.text)) return null;
  }
  return null;
}

/** The first of the finite verbs coordinated by "and" with the one at `i` ("have begun … and condemned"), else `i`. */
export function firstOfConjoined(ctx: SentenceContext, i: number): number {
  let v = i;
  for (let first = conjoinedVerb(ctx, v); first !== null && first < v; first = conjoinedVerb(ctx, first)) v = first;
  return v;
}

/**
 * "The President of Ukraine informed/ADJ his interlocutor about …, and expressed gratitude": a past form the tagger
 * calls an adjective, between an actor (its subject) and an actor or "about" (what follows it), is a verb.
 */
function mistaggedVerb(ctx: SentenceContext, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return false;
  const after = token(ctx, j + 1);
  return mentionOf(ctx, j - 1) !== undefined && (mentionOf(ctx, j + 1) !== undefined || after?.lower === 'about');
}

/** "its forces had shot/NOUN down a Ukrainian jet and destroyed …": a participle tagged a noun after a perfect "have". */
function perfectNoun(ctx: SentenceContext, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  const have = token(ctx, j - 1);
  return t.pos === 'NOUN' && isParticipleForm(t.lower) && have?.pos === 'AUX' && /^(?:has|have|had)$/.test(have.lower);
}

/** An inflected verb that is not a participle after "to"/a be-form, nor an -ing form: "noted", "agrees". */
function finiteVerb(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB' || isBareForm(t) || t.lower.endsWith('ing')) return false;
  const before = token(ctx, i - 1)?.lower ?? '';
  return before !== 'to' && !BE_FORMS.has(before) && before !== 'been' && before !== 'being';
}

/** Where the clause of token `i` begins (scanning left to a boundary). */
export function clauseStart(ctx: SentenceContext, i: number): number {
  for (let k = i - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (isClauseBoundary(ctx, k, t)) return k + 1;
  }
  return ctx.sentence.firstToken;
}

function isClauseBoundary(ctx: SentenceContext, k: number, t: Token): boolean {
  // "The Asia-Pacific Economic Cooperation (APEC) forum has agreed": brackets inside a name bound no clause.
  if (HARD_BOUNDARIES.has(t.text)) return ctx.mentionAt[k]! < 0 && !bracketedAcronym(ctx, k);
  if (CONDITIONAL.has(t.lower)) return true;
  // "officials have since worked to …": "since" inside the verb group is an adverb, not a subordinator.
  if (SUBORDINATORS.has(t.lower) && t.pos !== 'ADV' && !(t.lower === 'since' && token(ctx, k - 1)?.pos === 'AUX'))
    return true;
  // "a curfew in Montenegro, where 28 people have been killed": a relative "where" opens a clause of its own.
  if (t.lower === 'where' && k > ctx.sentence.firstToken) return true;
  if (t.lower === 'that' && (t.pos === 'SCONJ' || follows(ctx, k, SPEECH_VERBS))) return true;
  // "Ukraine demands/NOUN that/PRON Russia withdraw": the tagger's pronoun after a demand opens the demanded clause.
  if (t.lower === 'that' && demandedClause(ctx, k)) return true;
  // An opening quote that starts reported words: "… said that Russia “will continue …”".
  return false;
}

/**
 * "the Movement for Justice (MFJ), insisted", "the Homeland League (Conservatives) began": one capitalised word in
 * brackets right after a name is its short name, and closes no clause. Not a dateline's "(Reuters) -".
 */
function bracketedAcronym(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!.text;
  const open = t === '(' ? k : t === ')' ? k - 2 : -1;
  if (open < 0 || token(ctx, open)?.text !== '(' || token(ctx, open + 2)?.text !== ')') return false;
  const before = token(ctx, open - 1);
  const after = token(ctx, open + 3)?.text ?? '';
  const inside = token(ctx, open + 1)?.text ?? '';
  if (/^[-–—]$/.test(after)) return false;
  if (/^[A-Z][A-Z-]+$/.test(inside)) return true;
  return (
    /^[A-Z][\w-]+$/.test(inside) && before !== undefined && (before.pos === 'PROPN' || ctx.mentionAt[open - 1]! >= 0)
  );
}

function follows(ctx: SentenceContext, k: number, verbs: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 3); j--) {
    const t = ctx.doc.tokens[j]!;
    if (verbs.has(t.lemma)) return true;
  }
  return false;
}

/**
 * The subject(s) of the verb at `i`: the nearest mention to its left in the same clause that is not
 * the object of a preposition, with the mentions coordinated before it ("Lavrov and Rau said").
 */
export function subjectOf(ctx: SentenceContext, i: number): Mention[] {
  const prevented = preventedAct(ctx, i);
  if (prevented !== null) return prevented.doers;
  const controller = objectController(ctx, i);
  if (controller !== null) return controller;
  // "allowed Russian troops to use its territory to launch": the user of a means does what it is used for.
  const user = meansUser(ctx, i);
  if (user !== null) return subjectOf(ctx, user);
  const first = conjoinedVerb(ctx, i);
  if (first !== null) return subjectOf(ctx, first);
  // "allows the Russian military to kill civilians and destroy cities": a later bare verb of an infinitive series has
  // the first infinitive's doer.
  const head = laterInfinitive(ctx, i);
  if (head !== null) return subjectOf(ctx, head);
  // "the US did what it did – withdrew from the treaty": the subject of the predicate before the dash.
  const restated = subjectBeforeDash(ctx, i, subjectOf);
  if (restated !== null) return restated;
  // "Russia, as you are aware, has announced …": the subject stands before a comment set off by commas.
  const aside = commentAside(ctx, i);
  // "a tornado that hit Kentucky", "ties, which, as was stressed, meet …": the noun the relative clause follows.
  const antecedent = relativeAntecedent(ctx, aside ?? i);
  if (antecedent !== null) return antecedent;
  const start = clauseStart(ctx, aside ?? i);
  for (let k = (aside ?? i) - 1; k >= start; k--) {
    const m = mentionOf(ctx, k);
    if (m === undefined) {
      // An unresolved "they"/"it" is the subject all the same: do not reach past it to an earlier actor.
      const t = ctx.doc.tokens[k]!;
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) return [];
      // So is a name the dictionaries do not know: "After the Russian invasion, Elina Svitolina refused to play".
      if (unknownNameSubject(ctx, k, i)) return [];
      // "The Observatory said eight people were killed": a verb of saying opens the clause it reports, and the one
      // who speaks is not what a passive in it acted on (the subject, "eight people", names no actor). An active
      // verb may still share the speaker's subject ("said, thanking Trudeau", "has reported destroying").
      // So does "has said 20,000 enemy troops are trying to storm the town": the reported clause has a subject of its
      // own, a noun that names no actor.
      if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && (isPassive(ctx, i) || reportedNounSubject(ctx, k, i)))
        return [];
      continue;
    }
    // "Mr Lukashenko, thank you for coming": the one spoken to is no subject.
    if (aside === null && token(ctx, m.endToken)?.text === ',' && vocativeBefore(ctx, i) === m) return [];
    if (possessorOfInfinitive(ctx, m, i) || possessorOfGerund(ctx, m, i)) return [m];
    // "the readiness of the American side to continue providing support": the noun's "of"/"by" complement.
    if (ownerOfInfinitive(ctx, m, i)) return coordinationOf(ctx, m);
    // Check the head of a coordination: "visit Mauritania and Senegal to mediate" — both are objects.
    const chain = coordinatedBefore(ctx, m).filter((s) => s.firstToken >= start);
    const head = chain[0] ?? m;
    k = head.firstToken;
    if ((isPrepositionObject(ctx, head) && !roleSubject(ctx, head, start)) || isVerbObject(ctx, head)) continue;
    if (insideRelativeAside(ctx, head, i) || insideApposition(ctx, head, i)) continue;
    // "Russia, not NATO, invaded Ukraine": the actor denied the act is not its subject.
    if (contrastOpening(ctx, head) !== null) continue;
    if (placeModifier(ctx, m) && !isPassive(ctx, i) && subjectBeyond(ctx, head.firstToken, start)) continue;
    if (rankedKindModifier(ctx, head)) continue;
    return chain.length === 1 ? theyOfPair(ctx, m) : chain;
  }
  return [];
}

/**
 * The verb at `i` continues an infinitive series: a bare verb after "and"/"or" ("to kill Ukrainians and destroy"), or
 * a later "to" after "and", "or" or a comma ("to comply with its obligations, to release"); adverbs may stand between.
 * Returns the series' first verb, or null.
 */
function laterInfinitive(ctx: SentenceContext, i: number): number | null {
  let k = i - 1;
  while (token(ctx, k)?.pos === 'ADV') k--;
  const joiner = token(ctx, k)?.lower;
  if (joiner === 'and' || joiner === 'or') return seriesHead(ctx, k + 1, true);
  return joiner === 'to' ? seriesHead(ctx, k) : null;
}

/**
 * A noun of people naming no actor stands right before the verb group of `i`, after the reporting verb at `verb`:
 * "said 20,000 enemy troops are trying to storm", "says local companies will work to repair".
 */
function reportedNounSubject(ctx: SentenceContext, verb: number, i: number): boolean {
  let j = i - 1;
  while (j > verb) {
    const t = ctx.doc.tokens[j]!;
    if (
      t.pos === 'AUX' ||
      t.pos === 'ADV' ||
      t.pos === 'PART' ||
      (t.pos === 'VERB' && token(ctx, j + 1)?.lower === 'to')
    )
      j--;
    else break;
  }
  const noun = ctx.doc.tokens[j]!;
  return j > verb && noun.pos === 'NOUN' && REPORTED_DOERS.has(noun.lemma) && mentionOf(ctx, j) === undefined;
}

/**
 * People who act, as the subject of a reported clause. (Not weapons or attacks: "Moscow says the renewed attacks
 * targeted military sites" reports the speaker's own strikes.) The unnamed doers of attacks and crimes a police or
 * an official reports are theirs, not the speaker's: "police said a suicide bomber blew himself up", "officials said
 * gunmen killed three aid workers".
 */
const REPORTED_DOERS = new Set(
  `troop soldier force fighter militant serviceman unit people civilian resident protester demonstrator leader ally
  official authority government company country state member partner delegation
  bomber gunman attacker assailant sniper saboteur hijacker kidnapper abductor assassin shooter arsonist man woman
  youth suspect perpetrator intruder infiltrator raider`.split(/\s+/),
);

/**
 * The opening comma of a speaker's comment between the subject and its verb group ("Russia, as you know, has
 * announced", "France, I believe, will send"): "as" with at most five more words, or a pronoun and a verb of
 * thinking or saying. Null when there is none.
 */
function commentAside(ctx: SentenceContext, i: number): number | null {
  let c = i - 1;
  while (c >= ctx.sentence.firstToken && /^(?:AUX|ADV|PART)$/.test(token(ctx, c)!.pos)) c--;
  if (token(ctx, c)?.text !== ',') return null;
  for (let o = c - 2; o >= Math.max(ctx.sentence.firstToken + 1, c - 7); o--) {
    const t = token(ctx, o)!;
    if (t.text !== ',') {
      if (mentionOf(ctx, o) !== undefined || t.pos === 'PUNCT') return null;
      continue;
    }
    const first = token(ctx, o + 1)!;
    if (first.lower === 'as') return o;
    const verb = token(ctx, o + 2);
    const opinion = first.pos === 'PRON' && c === o + 3 && verb !== undefined && COMMENT_VERBS.has(verb.lemma);
    return opinion ? o : null;
  }
  return null;
}

const COMMENT_VERBS = new Set(['think', 'believe', 'suppose', 'repeat', 'recall', 'admit', 'hope', 'stress', 'assume']);

/** Verbs that take a clause without "that" ("said eight people were killed"). */
const REPORTING_VERBS = new Set(['say', 'claim', 'allege', 'believe', 'think', 'insist', 'report', 'add', 'confirm']);

/**
 * The subject of the passive at `i`: "Ukrainian officials said three civilians were killed", "UN figures show 300
 * people have been killed": an actor before a verb of saying or showing is not what the passive's clause is about.
 */
export function passiveSubject(ctx: SentenceContext, i: number): Mention[] {
  const subject = subjectOf(ctx, i);
  const last = subject[subject.length - 1];
  if (last === undefined) return subject;
  for (let k = last.endToken; k < i; k++) if (mentionOf(ctx, k) === undefined && introducesClause(ctx, k)) return [];
  return subject;
}

function introducesClause(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  // "They remember how Birmingham was bombed": a verb's "how" or "when" clause has a subject of its own. Not a count
  // ("Ukraine does not know how many children were killed"), whose victims are of the side that counts them.
  if (t.pos === 'VERB' && WH_CLAUSES.has(token(ctx, k + 1)?.lower ?? ''))
    return !/^(?:many|much)$/.test(token(ctx, k + 2)?.lower ?? '');
  if (t.pos === 'VERB') return SPEECH_VERBS.has(t.lemma) || FINDING_VERBS.has(t.lemma);
  // "figures show 300 people": the tagger often reads the verb as a noun before a number or a determiner.
  const next = token(ctx, k + 1)?.pos;
  return t.pos === 'NOUN' && FINDING_VERBS.has(t.lemma) && (next === 'NUM' || next === 'DET');
}

/** Words that open a verb's object clause, whose passive has a subject of its own. */
const WH_CLAUSES = new Set(['how', 'when', 'where', 'why', 'what']);

/** Verbs that introduce what a count or finding says, besides the verbs of speech. */
const FINDING_VERBS = new Set(['show', 'find', 'estimate', 'reveal', 'say']);

/** The whole coordination `m` belongs to ("Obama and Putin", "France, Germany and Italy"), in order. */
export function coordinationOf(ctx: SentenceContext, m: Mention): Mention[] {
  return coordinated(ctx, coordinatedBefore(ctx, m)[0] ?? m);
}

/** "Russia and Belarus said they would …": "they" resolved to the nearer of a coordinated pair means both. */
function theyOfPair(ctx: SentenceContext, m: Mention): Mention[] {
  if (m.kind !== 'pronoun' || m.antecedent === null || ctx.doc.tokens[m.firstToken]!.lower !== 'they') return [m];
  const antecedent = ctx.mentions[m.antecedent];
  if (antecedent === undefined || antecedent.sentence !== m.sentence) return [m];
  const group = coordinationOf(ctx, antecedent);
  return group.length > 1 ? group : [m];
}

/** Heads of a noun phrase that names a place or things, never the one who acts. */
const PLACE_HEADS = new Set([
  'city',
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'territory',
  'territories',
  'infrastructure',
  'buildings',
  'homes',
  'regions',
  'areas',
  'land',
  'soil',
  'positions',
]);

/**
 * "Russian invaders shell and bomb Ukrainian cities, towns, and villages, torture and kill civilians": an adjective
 * mention heading a place noun ("Ukrainian cities") is what the clause acts on, not its subject.
 */
function placeModifier(ctx: SentenceContext, m: Mention): boolean {
  return PLACE_HEADS.has(token(ctx, m.endToken)?.lower ?? '');
}

/** Some actor before token `k` in the clause could be the subject instead. */
function subjectBeyond(ctx: SentenceContext, k: number, start: number): boolean {
  for (let j = k - 1; j >= start; j--) if (mentionOf(ctx, j) !== undefined) return true;
  return false;
}

function isPrepositionObject(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k--;
  const before = token(ctx, k);
  return (
    before !== undefined && PREPOSITIONS.has(before.lower) && before.pos === 'ADP' && !SUBORDINATORS.has(before.lower)
  );
}

/** "A group of Moroccan diplomats held …", "Tens of thousands of students marched": the group is its members. */
const GROUP_HEADS = new Set([
  'group',
  'groups',
  'team',
  'teams',
  'thousands',
  'hundreds',
  'dozens',
  'tens',
  'millions',
  'scores',
  'third',
  'thirds',
  'half',
  'quarter',
  'majority',
  'number',
]);

/**
 * "The delegations of Ukraine and Russia clarified …": an actor after "ROLE of" where the role phrase
 * opens the clause is the subject (the role noun stands for it, see `roleOf`).
 */
function roleSubject(ctx: SentenceContext, head: Mention, start: number): boolean {
  let k = head.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k--;
  const headWord = token(ctx, k - 1)?.lower ?? '';
  if (token(ctx, k)?.lower === 'of' && (ROLE_HEADS.has(headWord) || GROUP_HEADS.has(headWord)))
    return opensClause(ctx, k - 2, start);
  // "Deputy Head of the Office of the President of Ukraine X held …", "A delegation from Saudi Arabia visited …".
  for (let r = Math.max(start, head.firstToken - ROLE_REACH); r < head.firstToken; r++)
    if (actorOfRole(ctx, r) === head) return opensClause(ctx, r - 1, start);
  return false;
}

/** How far before its actor a role noun may stand: "Director of the Diplomatic Cabinet of the Prime Minister of". */
const ROLE_REACH = 14;

/** Nothing but the rest of a noun phrase stands between the clause's start and token `from` (inclusive). */
function opensClause(ctx: SentenceContext, from: number, start: number): boolean {
  let r = from;
  // "Tens of thousands of Russians", "One third of the guerrillas": quantities may chain before the head.
  const quantity = (t: Token | undefined) => t !== undefined && (t.lower === 'of' || t.pos === 'NUM');
  // "A high-level delegation from …": a hyphen inside a compound modifier.
  const glued = (j: number) => token(ctx, j)?.text === '-' && token(ctx, j - 1)?.end === token(ctx, j)?.start;
  while (
    r >= start &&
    mentionOf(ctx, r) === undefined &&
    (/^(?:DET|ADJ|NOUN|PROPN)$/.test(token(ctx, r)?.pos ?? '') || quantity(token(ctx, r)) || glued(r))
  )
    r--;
  return r < start || token(ctx, r)?.text === ',';
}

/** Possessive pronouns that own the noun after them ("his leadership"). */
const OWNING_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * "thank President Biden for his leadership in supporting Ukraine", "Poland's role in sheltering refugees": the owner
 * of a noun (a possessive pronoun or a name with "'s") whose "in" + gerund is the verb at `verb` does the gerund's act.
 */
function possessorOfGerund(ctx: SentenceContext, m: Mention, verb: number): boolean {
  const v = token(ctx, verb);
  if (v === undefined || !v.lower.endsWith('ing') || token(ctx, verb - 1)?.lower !== 'in') return false;
  const pronoun = m.endToken === m.firstToken + 1 && OWNING_PRONOUNS.has(token(ctx, m.firstToken)!.lower);
  const poss = token(ctx, m.endToken)?.lower;
  let k = pronoun ? m.endToken : poss === "'s" || poss === '’s' ? m.endToken + 1 : -1;
  if (k < 0) return false;
  while (token(ctx, k)?.pos === 'ADJ') k++;
  return token(ctx, k)?.pos === 'NOUN' && k + 2 === verb;
}

/** "Russia's resolve to (not) threaten": the possessor of the noun governing a to-infinitive is its subject. */
function possessorOfInfinitive(ctx: SentenceContext, m: Mention, verb: number): boolean {
  const poss = token(ctx, m.endToken);
  if (poss === undefined || (poss.lower !== "'s" && poss.lower !== '’s')) return false;
  let k = m.endToken + 1;
  while (token(ctx, k)?.pos === 'ADJ') k++;
  // The tagger often reads the noun as a verb ("Russia's resolve/plan to …").
  const head = token(ctx, k)?.pos;
  if ((head !== 'NOUN' && head !== 'VERB') || token(ctx, k + 1)?.lower !== 'to') return false;
  for (let j = k + 2; j < verb; j++) if (token(ctx, j)?.pos !== 'PART' && token(ctx, j)?.pos !== 'ADV') return false;
  return true;
}

/**
 * Nouns of a will or an attempt whose to-infinitive is done by the one whose will or attempt it is, named after "of"
 * or "by": "the readiness of the American side to continue", "actions of Russian troops to destroy", "the decision
 * by the Russian Federation to recognise", "the main goal of the West is not to help".
 */
const WILL_NOUNS = new Set(
  'attempt attempts effort efforts action actions plan plans intention intentions decision decisions desire readiness willingness refusal goal aim bid ambition ambitions determination resolve'.split(
    ' ',
  ),
);

/** `m` is the "of"/"by" complement of a noun of will (WILL_NOUNS) whose to-infinitive is the verb at `verb`. */
function ownerOfInfinitive(ctx: SentenceContext, m: Mention, verb: number): boolean {
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k--;
  const prep = token(ctx, k)?.lower;
  if ((prep !== 'of' && prep !== 'by') || !WILL_NOUNS.has(token(ctx, k - 1)?.lower ?? '')) return false;
  // The mention's coordination ("of Lithuania and Poland") runs to the "to", or to a copula before it ("is not to").
  const last = coordinationOf(ctx, m).reduce((e, c) => Math.max(e, c.endToken), m.endToken);
  let j = last;
  if (token(ctx, j)?.lower === 'is' || token(ctx, j)?.lower === 'was') j++;
  while (token(ctx, j)?.pos === 'PART' && token(ctx, j)?.lower !== 'to') j++;
  if (token(ctx, j)?.lower !== 'to') return false;
  for (j++; j < verb; j++) {
    const t = token(ctx, j)!;
    if (t.pos !== 'PART' && t.pos !== 'ADV' && !(t.pos === 'VERB' && ASPECT_VERBS.has(t.lemma))) return false;
  }
  return true;
}

/** Verbs of an act's phase between "to" and the act ("to continue providing support"). */
const ASPECT_VERBS = new Set(['continue', 'keep', 'start', 'begin']);

/** "Lavrov met Blinken and criticized NATO": Blinken is the object of "met", not the subject of "criticized". */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'PRM', 'INS', 'SPY']);
/** A sector of an armed force: military, rebel, paramilitary, intelligence or unidentified armed actors. */
export const isArmedSector = (sector: string | null): boolean => ARMED_SECTORS.has(sector ?? '');
/** An armed force: a military, rebel, paramilitary, intelligence or unidentified armed actor. */
export const isArmedForce = (m: Mention): boolean => isArmedSector(m.actor.sector);

/** Verbs of hoping and thinking, which take a clause without "that". */
const THINKING_VERBS = new Set(['hope', 'think', 'believe', 'expect', 'feel', 'fear', 'trust', 'know', 'suppose']);

function isVerbObject(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken - 1;
  while ((token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') && !mistaggedVerb(ctx, k)) k--;
  const before = token(ctx, k);
  if (before !== undefined && mistaggedVerb(ctx, k)) return true;
  if (before === undefined || before.pos !== 'VERB' || SPEECH_VERBS.has(before.lemma)) return false;
  // "I hope Germany will support …", "we expect Russia will …": a clause without "that" after a verb of hoping or
  // thinking; its subject is no object ("expect Russia to …" is).
  if (THINKING_VERBS.has(before.lemma) && token(ctx, m.endToken)?.pos === 'AUX') return false;
  // "The invading Russian troops shelled Kharkiv": a participle after a determiner is an adjective. Opening the
  // sentence, so is a past participle ("Ousted president Aristide has been accused") and an -ing form before an
  // armed force ("Invading Russian troops shelled …"), but not "Placing Zelenskyy on the wanted list".
  const opener = token(ctx, k - 1);
  // "In his turn Mohamed bin Zayed stated": a word the tagger calls a verb after a possessive is a noun.
  if (/^(?:his|her|its|their|our|my|your)$/.test(opener?.lower ?? '')) return false;
  const adjectival =
    /(?:ing|ed)$/.test(before.lower) &&
    (opener?.pos === 'DET' || (opener === undefined && (/ed$/.test(before.lower) || isArmedForce(m))));
  return !adjectival;
}

/** A mention inside ", who …," / ", which …," between a subject and its verb is not the subject. */
function insideRelativeAside(ctx: SentenceContext, m: Mention, verb: number): boolean {
  for (let k = m.firstToken - 1; k >= Math.max(ctx.sentence.firstToken, m.firstToken - 8); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'whom') {
      // The aside is closed by a comma before the verb: "Rau, who chairs the OSCE, said".
      for (let j = m.endToken; j < verb; j++) if (ctx.doc.tokens[j]!.text === ',') return true;
      return false;
    }
    if (t.text === ',' || isQuoteMark(t)) continue;
  }
  return false;
}

/**
 * "Pakistan, a key U.S. ally in the war, has refused …": a mention inside an apposition (a comma and
 * a determiner after another mention, closed by a comma before the verb) is not the subject.
 */
function insideApposition(ctx: SentenceContext, m: Mention, verb: number): boolean {
  let closed = false;
  for (let j = m.endToken; j < verb; j++) if (ctx.doc.tokens[j]!.text === ',') closed = true;
  if (!closed) return false;
  for (let k = m.firstToken - 1; k >= Math.max(ctx.sentence.firstToken + 1, m.firstToken - 8); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',') return ctx.doc.tokens[k + 1]!.pos === 'DET' && mentionOf(ctx, k - 1) !== undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX' || mentionOf(ctx, k) !== undefined) return false;
  }
  return false;
}

/**
 * "was attacked", "were being shelled", "got arrested": a be/get form before an inflected verb; also a reduced
 * relative ("victims killed by the crash").
 */
export function isPassive(ctx: SentenceContext, i: number): boolean {
  return beforeBeForm(ctx, i) || reducedRelativePatient(ctx, i) !== null;
}

/** A be-form, or a passive participle it is coordinated with, stands before the participle at `i`. */
export function beforeBeForm(ctx: SentenceContext, i: number): boolean {
  const verb = ctx.doc.tokens[i]!;
  // A base form is no participle, unless the verb's participle is its base form ("was hit by", "was put under").
  const adjective = taggedAdjectiveBeforeAgent(ctx, i); // "was liberated/ADJ by", lemma "liberated"
  if (
    (verb.pos !== 'VERB' && !adjective) ||
    (verb.lower === verb.lemma && !SAME_PARTICIPLE.has(verb.lower) && !adjective) ||
    verb.lower.endsWith('ing')
  )
    return false;
  // "Israel is opposed to French mediation": a participle of stance before "to" is an adjective, not a passive.
  if (STANCE_PARTICIPLES.has(verb.lower) && ctx.doc.tokens[i + 1]?.lower === 'to') return false;
  return coordinatedWithPassive(ctx, i) || beFormBefore(ctx, i);
}

/** A be-form stands before the participle at `i`, past adverbs, "not", "been" and "being" ("was not being held"). */
function beFormBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 3); k--) {
    const t = ctx.doc.tokens[k]!;
    if (BE_FORMS.has(t.lower)) return true;
    if (mentionOf(ctx, k) !== undefined) return existentialBefore(ctx, mentionOf(ctx, k)!.firstToken);
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'been' && t.lower !== 'being') return false;
  }
  return false;
}

/**
 * "were arrested and tortured", "was abducted and later killed", "have been killed, tortured, raped, and wounded by":
 * a participle coordinated with a passive one (by "and", "or" or a list's comma) shares its be-form, so its subject
 * too is acted on. Not with an object of its own ("was attacked and killed two guards"). The list's earlier
 * participles may be tagged as nouns or adjectives ("detained, tortured/NOUN and killed"): their form is enough.
 */
function coordinatedWithPassive(ctx: SentenceContext, i: number): boolean {
  if (participleHasObject(ctx, i)) return false;
  let k = gappedSubjectBefore(ctx, i);
  for (let links = 0; links < 6; links++) {
    while (token(ctx, k)?.pos === 'ADV') k--;
    const link = token(ctx, k)?.lower;
    if (link !== 'and' && link !== 'or' && link !== ',') return false;
    // The comma a list may put before its last "and".
    if (link !== ',' && token(ctx, k - 1)?.lower === ',') k--;
    const before = token(ctx, k - 1);
    if (before === undefined || !/^(?:VERB|NOUN|ADJ)$/.test(before.pos) || !isParticipleForm(before.lower))
      return false;
    if (beFormBefore(ctx, k - 1)) return true;
    k -= 2;
  }
  return false;
}

/**
 * "four people were killed and three others wounded": a clause whose be-form is left out after "and" has a number,
 * and up to two words, as its subject before the participle at `i`. The index of that "and", else `i - 1`.
 */
function gappedSubjectBefore(ctx: SentenceContext, i: number): number {
  for (let j = i - 1; j >= Math.max(ctx.sentence.firstToken, i - 3); j--) {
    const t = token(ctx, j)!;
    if (mentionOf(ctx, j) !== undefined) break;
    if (t.pos === 'NUM') return token(ctx, j - 1)?.lower === 'and' ? j - 1 : i - 1;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') break;
  }
  return i - 1;
}

/** A determiner, number or name right after the participle opens an object of its own. */
function participleHasObject(ctx: SentenceContext, i: number): boolean {
  const next = token(ctx, i + 1);
  return next !== undefined && (mentionOf(ctx, i + 1) !== undefined || /^(?:DET|NUM|PRON|PROPN)$/.test(next.pos));
}

/** Verbs whose past tense and participle are their base form. */
export const SAME_PARTICIPLE = new Set([
  'put',
  'hit',
  'cut',
  'set',
  'shut',
  'hurt',
  'cast',
  'spread',
  'burst',
  'shed',
  'upset',
]);

const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'prepared', 'determined']);

/** "There were 10 Russian soldiers killed": an existential there + be before the noun phrase. */
function existentialBefore(ctx: SentenceContext, first: number): boolean {
  let k = first - 1;
  while (token(ctx, k)?.pos === 'NUM' || token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k--;
  return BE_FORMS.has(token(ctx, k)?.lower ?? '') && token(ctx, k - 1)?.lower === 'there';
}

/**
 * "Lebanon complained to the United Nations over two Israeli air raids": what a complaint to a forum is about names
 * the one complained of. The actor within a few words after over/about/against/regarding, searched from `from` (the
 * end of the forum's mention) to the end of the clause.
 */
export function complainedOf(ctx: SentenceContext, from: number): Mention[] {
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 6); k++) {
    const t = ctx.doc.tokens[k]!;
    if (COMPLAINT_TOPIC.has(t.lower)) {
      for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 6); j++) {
        const m = mentionOf(ctx, j);
        if (m !== undefined) return coordinated(ctx, m);
        if (!/^(?:DET|NUM|ADJ|NOUN)$/.test(ctx.doc.tokens[j]!.pos) || ctx.doc.tokens[j]!.pos === 'NOUN') break;
      }
      return [];
    }
    if (HARD_BOUNDARIES.has(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return [];
  }
  return [];
}

const COMPLAINT_TOPIC = new Set(['over', 'about', 'against', 'regarding', 'concerning']);

/**
 * "A temporary camp for Congolese refugees was attacked", "the offices of the Palestinian administrators were set on
 * fire": the actor named by of/for inside a passive's subject phrase, when its head noun is a thing, not an actor.
 */
export function passivePatientOwner(ctx: SentenceContext, i: number): Mention[] {
  let k = i - 1;
  while (
    k >= ctx.sentence.firstToken &&
    (BE_FORMS.has(ctx.doc.tokens[k]!.lower) || /^(?:ADV|AUX|PART)$/.test(ctx.doc.tokens[k]!.pos))
  )
    k--;
  const m = mentionOf(ctx, k);
  if (m === undefined || m.endToken !== k + 1 || m.kind === 'pronoun') return [];
  const chain = coordinatedBefore(ctx, m);
  const preposition = token(ctx, chain[0]!.firstToken - 1);
  const head = token(ctx, chain[0]!.firstToken - 2);
  if ((preposition?.lower !== 'of' && preposition?.lower !== 'for') || head?.pos !== 'NOUN') return [];
  return chain;
}

/** The agent of a passive: "by X" shortly after the trigger. Returns the mentions and the span to skip. */
export function passiveAgent(ctx: SentenceContext, i: number): { agents: Mention[]; span: [number, number] } | null {
  // "destroyed by shelling by Russian aircraft", "killed as a result of a missile strike by Russia": the user of the
  // means that did it (means-agents.ts).
  const means = meansAgentBy(ctx, i);
  if (means !== null) return agentAfterBy(ctx, means);
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') return agentAfterBy(ctx, k);
    if (HARD_BOUNDARIES.has(t.text)) return null;
    // "were beaten and detained by Israeli police": coordinated participles share their agent.
    if (t.pos === 'VERB') return coordinatedWithPassive(ctx, k) ? passiveAgent(ctx, k) : closingAgent(ctx, i);
  }
  return closingAgent(ctx, i);
}

/** The actors named after the "by" at `by` (determiners and adjectives may stand between), and the span they take. */
export function agentAfterBy(ctx: SentenceContext, by: number): { agents: Mention[]; span: [number, number] } | null {
  let j = by + 1;
  while (token(ctx, j)?.pos === 'DET' || token(ctx, j)?.pos === 'ADJ') j++;
  const m = mentionOf(ctx, j);
  if (m === undefined) return null;
  const agents = coordinated(ctx, m);
  return { agents, span: [by, agents[agents.length - 1]!.endToken] };
}

/**
 * "X was accused of stealing aid, much of it sent abroad, by Kenyan officials": a by-phrase
 * set off by a comma at the end of the sentence belongs to the main passive, however long what comes between.
 */
function closingAgent(ctx: SentenceContext, i: number): { agents: Mention[]; span: [number, number] } | null {
  const end = ctx.sentence.endToken;
  for (let k = i + 1; k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (HARD_BOUNDARIES.has(t.text)) return null;
    if (t.lower !== 'by' || ctx.doc.tokens[k - 1]?.text !== ',') continue;
    const found = agentAfterBy(ctx, k);
    if (found === null) return null;
    const after = token(ctx, found.span[1]);
    return after === undefined || after.pos === 'PUNCT' ? found : null;
  }
  return null;
}

/** Words between "from" and the state a shot came from: determiners, adjectives, "within", "the territory of". */
const SITE_WORDS = /^(?:DET|ADJ):|:(?:within|inside|territory|soil|of)$/;

/**
 * "A mortar bomb was fired at Israel from the Gaza Strip": the state a shot with no named doer came from, named after
 * "from" later in the clause. Its unidentified armed forces (CAMEO sector UAF) are the doer, as CAMEO codes a place's
 * unattributed force. Null when the clause names no such state.
 */
export function launchSite(ctx: SentenceContext, from: number): Mention | null {
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'from') {
      let j = k + 1;
      // "from within Russian territory", "from the territory of Belarus": the state whose land it came from.
      while (mentionOf(ctx, j) === undefined && SITE_WORDS.test(`${token(ctx, j)?.pos}:${token(ctx, j)?.lower}`)) j++;
      const m = mentionOf(ctx, j);
      return m !== undefined && m.kind === 'name' && m.actor.type === 'state' && m.actor.code === m.actor.country
        ? m
        : null;
    }
    if (t.pos === 'VERB' || t.text === ',' || HARD_BOUNDARIES.has(t.text)) return null;
  }
  return null;
}

/** Nouns of an attack whose doer a passive's victims may be killed "in" or "by". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'raid', 'raids', 'assault', 'offensive', 'ambush', 'fire']);

/**
 * "Eight people were killed in an air strike by government forces", "killed in Israeli tank shelling": the doer of
 * an attack or weapon named by "in"/"by" after a passive with no agent of its own: the actor modifying the attack's
 * noun ("Israeli", "Russia's") or named by "by" right after it. Empty when the attack names none.
 */
export function attackDoer(ctx: SentenceContext, i: number): Mention[] {
  const at = token(ctx, i + 1)?.lower;
  return at === 'in' || at === 'by' ? attackDoerFrom(ctx, i + 2) : [];
}

/** The doer of the attack or weapon whose noun phrase starts at `from` ("Russian artillery strikes", "the bombing of
 * Mariupol by the Russian army"); empty when the attack names none or no attack is named there. */
export function attackDoerFrom(ctx: SentenceContext, from: number): Mention[] {
  let modifier: Mention | undefined;
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 6); k++) {
    const m = mentionOf(ctx, k);
    const t = ctx.doc.tokens[k]!;
    if (m !== undefined) {
      // A mention that ends the noun phrase is what the attack hit or where, not who did it.
      if (!/^(?:NOUN|ADJ)$/.test(token(ctx, m.endToken)?.pos ?? '') && token(ctx, m.endToken)?.lower !== "'s")
        return [];
      modifier ??= m;
      k = m.endToken - 1;
      continue;
    }
    if (WEAPONS.has(t.lemma) || ATTACK_NOUNS.has(t.lower)) {
      if (token(ctx, k + 1)?.lower === 'by') {
        const agent = mentionOf(ctx, k + 2) ?? mentionOf(ctx, k + 3);
        if (agent !== undefined && agent.kind !== 'pronoun') return coordinated(ctx, agent);
      }
      return modifier !== undefined && modifier.kind !== 'pronoun' ? [modifier] : [];
    }
    if (!/^(?:DET|ADJ|NOUN|NUM|PART)$/.test(t.pos) && t.lower !== "'s" && t.lower !== '’s') return [];
  }
  return [];
}

/**
 * "was blown up by a missile (believed to be) fired by pro-Russia rebels": who fired the weapon a passive names as
 * its agent. The actors after "fired/launched by", in the clause; empty when none is named.
 */
export function weaponFirer(ctx: SentenceContext, i: number): Mention[] {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken - 1, i + 24); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || HARD_BOUNDARIES.has(t.text)) return [];
    if ((t.lemma === 'fire' || t.lemma === 'launch') && t.pos === 'VERB' && token(ctx, k + 1)?.lower === 'by') {
      let j = k + 2;
      while (mentionOf(ctx, j) === undefined && /^(?:DET|ADJ|PROPN)$/.test(token(ctx, j)?.pos ?? '')) j++;
      const m = mentionOf(ctx, j);
      return m !== undefined && m.kind !== 'pronoun' ? coordinated(ctx, m) : [];
    }
  }
  return [];
}

/** "Russia's invasion", "the Russian offensive": an actor directly modifying a noun trigger. */
export function nounModifierSource(ctx: SentenceContext, i: number): Mention | null {
  let reach = 3;
  let owned = false;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - reach); k--) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) return owned && !isOwner(ctx, m) ? null : (officialOfState(ctx, m) ?? m);
    const t = ctx.doc.tokens[k]!;
    // "the EU's strong and unwavering support": adjectives coordinated by "and" count as one.
    if (t.lower === 'and' && token(ctx, k - 1)?.pos === 'ADJ' && token(ctx, k + 1)?.pos === 'ADJ') {
      reach += 2;
      continue;
    }
    // "Russia's continued aggression and assault on Ukraine": a noun coordinated before the trigger shares its owner
    // (an owner, not a modifier: "Russian energy and sanctions against banks" are not Russia's sanctions).
    if (
      t.lower === 'and' &&
      k === i - 1 &&
      token(ctx, k - 1)?.pos === 'NOUN' &&
      !token(ctx, i)!.lower.endsWith('ing')
    ) {
      reach += 2;
      owned = true;
      continue;
    }
    // "the United States' unwavering support": the possessive apostrophe may be tagged as punctuation.
    const apostrophe = t.text === "'" || t.text === '’';
    // "Russia's continued aggression": a participle right after the owner describes the noun.
    const described =
      t.pos === 'VERB' && t.lower.endsWith('ed') && /^(?:'s|’s|'|’)$/.test(token(ctx, k - 1)?.lower ?? '');
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PART' && !apostrophe && !described) return null;
  }
  return null;
}

/** "Russia's", "the United States'", "his": a mention that owns the noun after it. */
function isOwner(ctx: SentenceContext, m: Mention): boolean {
  if (m.kind === 'pronoun') return POSSESSIVE_PRONOUNS.has(token(ctx, m.firstToken)!.lower);
  const after = token(ctx, m.endToken)?.lower ?? '';
  return after === "'s" || after === '’s' || after === "'" || after === '’';
}

/**
 * "Nuland reaffirmed the United States' support for Ukraine": a state modifying the object of a verb whose
 * subject is one of that state's officials acts through that official (USAGOV, not the bare USA).
 */
function officialOfState(ctx: SentenceContext, m: Mention): Mention | null {
  if (m.actor.type !== 'state' || m.actor.sector !== null || m.actor.country === null) return null;
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET') k--;
  if (token(ctx, k)?.pos !== 'VERB' || k < ctx.sentence.firstToken) return null;
  const subjects = subjectOf(ctx, k);
  const official = subjects[0];
  return subjects.length === 1 && official!.actor.country === m.actor.country && official!.actor.sector !== null
    ? official!
    : null;
}

/** First actor after the matched pattern in the same clause: the target when the pattern has no T slot. */
/**
 * "killed, injured or captured 5,000 Russian troops", "torture and kill civilians": verbs of one form coordinated by
 * "and" or "or" right after the bare trigger verb at `verb` share the object after the last of them. Where that
 * object starts, else `from`. Not a list of acts with objects of their own ("for protesting, speaking Ukrainian"),
 * nor another clause ("denies plans to invade and says US support …"), nor a last verb with no object ("withdrew and
 * regrouped in Belarus": Belarus is where they regrouped).
 */
export function sharedObjectStart(ctx: SentenceContext, verb: number, from: number): number {
  if (from !== verb + 1) return from;
  const form = verbForm(ctx.doc.tokens[verb]!);
  let k = from;
  let joined = false;
  for (;;) {
    const t = token(ctx, k);
    const skip = t?.text === ',' && conjunction(token(ctx, k + 1)) ? 2 : t?.text === ',' || conjunction(t) ? 1 : 0;
    const next = token(ctx, k + skip);
    if (skip === 0 || next?.pos !== 'VERB' || verbForm(next) !== form || mentionOf(ctx, k + skip) !== undefined) break;
    joined ||= skip === 2 || conjunction(t);
    k += skip + 1;
  }
  if (k === from || !joined) return from;
  const object = mentionOf(ctx, k) !== undefined || /^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(token(ctx, k)?.pos ?? '');
  return object ? k : from;
}

/** "and" or "or" (a module function: a named closure costs a `__name` call under tsx each time it is made). */
function conjunction(w: Token | undefined): boolean {
  return w?.lower === 'and' || w?.lower === 'or';
}

/** A verb's inflection, to tell verbs of one coordination: past or participle, -ing, -s, or the base form. */
function verbForm(t: Token): string {
  if (t.lower === t.lemma) return 'base';
  return t.lower.endsWith('ing') ? 'ing' : t.lower.endsWith('s') && !t.lower.endsWith('ss') ? 's' : 'past';
}

/** Whether one of the sources is the mention's actor (same code and name). */
function sameAsSource(sources: readonly Mention[], m: Mention): boolean {
  for (let n = 0; n < sources.length; n++) {
    const s = sources[n]!;
    if (s.actor.code === m.actor.code && s.actor.name === m.actor.name) return true;
  }
  return false;
}

/** Conjunctions that may join a clause of its own. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/** At `k`, after an actor, its head noun if any ("officials") and then a verb or an auxiliary: the actor is a subject. */
function subjectOfNextVerb(ctx: SentenceContext, k: number): boolean {
  let j = k;
  while (j < ctx.sentence.endToken && j < k + 2 && ctx.doc.tokens[j]!.pos === 'NOUN') j++;
  const t = token(ctx, j);
  // Not "should" before a subject: "to arm and support Ukrainian fighters should Russia invade" is a condition.
  if (t === undefined || j >= ctx.sentence.endToken || t.lower === 'should') return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
}

/** Object pronouns, and the dashes that may follow one with a restatement. */
const OBJECT_PRONOUNS = new Set(['us', 'them', 'him', 'her', 'me']);
const DASHES = new Set(['–', '—', '-']);

export function defaultTarget(ctx: SentenceContext, from: number, sources: readonly Mention[], reach = 6): Mention[] {
  let joined = false;
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + reach); k++) {
    const m = mentionOf(ctx, k);
    // "Georgia demobilised its reservists": the source's own possessive is not a target.
    if (m !== undefined && sameAsSource(sources, m)) {
      k = m.endToken - 1;
      continue;
    }
    if (m !== undefined) {
      const mentions = coordinated(ctx, m);
      // "since Russia launched its invasion in February and Nato officials are meeting": after "and" the actor may
      // open a clause of its own, as the subject of the verb after it; then it is no object of the act.
      return joined && subjectOfNextVerb(ctx, mentions[mentions.length - 1]!.endToken) ? [] : mentions;
    }
    if (CLAUSE_JOINERS.has(ctx.doc.tokens[k]!.lower)) joined = true;
    const t = ctx.doc.tokens[k]!;
    // "send more arms, ammo to Ukraine": a comma inside a list of nouns does not end the phrase.
    const listComma = t.text === ',' && token(ctx, k + 1)?.pos === 'NOUN' && ctx.mentionAt[k + 1]! < 0;
    if (t.pos === 'VERB' && participleModifier(ctx, k, from)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || HARD_BOUNDARIES.has(t.text) || (t.text === ',' && !listComma)) return [];
    // "nations who oppose us – Iran and China": a pronoun object is the object; what a dash adds after it restates
    // someone else (here the subject), never the one acted on.
    if (OBJECT_PRONOUNS.has(t.lower) && DASHES.has(token(ctx, k + 1)?.text ?? '')) return [];
    if (t.lower === 'that' || CONDITIONAL.has(t.lower)) return [];
  }
  return [];
}

/**
 * "for a possible war against Iraq", "blocked streets in Hong Kong in defiance of Chinese authorities": the actor after
 * "against" or "in defiance of" within ten words of `from`, in the same clause.
 */
export function adversaryAfter(ctx: SentenceContext, from: number): Mention[] {
  for (let k = from; k < Math.min(ctx.sentence.endToken - 1, from + 10); k++) {
    const t = ctx.doc.tokens[k]!;
    if (HARD_BOUNDARIES.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return [];
    const defiance = t.lower === 'defiance' && token(ctx, k - 1)?.lower === 'in' && token(ctx, k + 1)?.lower === 'of';
    if (t.lower !== 'against' && !defiance) continue;
    let j = defiance ? k + 2 : k + 1;
    while (token(ctx, j)?.pos === 'DET' || token(ctx, j)?.pos === 'ADJ') j++;
    const m = mentionOf(ctx, j);
    return m === undefined ? [] : coordinated(ctx, m);
  }
  return [];
}

/**
 * "investigating alleged war crimes by Croat forces against Serb civilians", "an inquiry into crimes committed by
 * the militia": the agent named by "by" inside the object phrase that starts at `from`, if any. Stops at a clause
 * boundary, a comma or a finite verb; past participles ("committed") belong to the phrase.
 */
export function agentInObject(ctx: SentenceContext, from: number): Mention[] {
  for (let k = from; k < Math.min(ctx.sentence.endToken - 1, from + 12); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') {
      const m = mentionOf(ctx, k + 1);
      return m === undefined ? [] : coordinated(ctx, m);
    }
    if (HARD_BOUNDARIES.has(t.text) || t.text === ',' || t.pos === 'AUX' || t.lower === 'that') return [];
    if (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower) && !gerundNoun(ctx, k, from)) return [];
  }
  return [];
}

/** "the killing of …", "constant hyping up of …": an -ing word opening the object phrase or after a determiner or adjective names an act. */
function gerundNoun(ctx: SentenceContext, k: number, from: number): boolean {
  if (!ctx.doc.tokens[k]!.lower.endsWith('ing')) return false;
  const before = token(ctx, k - 1);
  return k === from || before?.pos === 'DET' || before?.pos === 'ADJ' || before?.pos === 'PUNCT';
}

/**
 * "reject proposed Israeli changes", "extradited suspected British militant X": a participle opening the object
 * noun phrase, right after the verb or a determiner or adjective and before a modifier or noun, is an adjective.
 */
function participleModifier(ctx: SentenceContext, k: number, from: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (!/(?:ed|en)$/.test(t.lower)) return false;
  const before = token(ctx, k - 1);
  if (k !== from && before?.pos !== 'DET' && before?.pos !== 'ADJ') return false;
  const next = token(ctx, k + 1);
  return next !== undefined && (next.pos === 'ADJ' || next.pos === 'NOUN' || ctx.mentionAt[k + 1]! >= 0);
}

/**
 * "the support for Ukraine by the British government in our fight …": who gives (by/from) and who receives
 * (for/to) as named inside the noun phrase of an aid noun at `noun`. Stops at the first other preposition, verb or
 * comma, so "in our fight against Russian aggression" adds nothing.
 */
export function nounPhraseParties(ctx: SentenceContext, noun: number): { givers: Mention[]; receivers: Mention[] } {
  const givers: Mention[] = [];
  const receivers: Mention[] = [];
  for (let k = noun + 1; k < Math.min(ctx.sentence.endToken, noun + 12); k++) {
    const t = ctx.doc.tokens[k]!;
    const giving = t.lower === 'by' || t.lower === 'from';
    if (!giving && t.lower !== 'for' && t.lower !== 'to') {
      if (t.pos === 'ADP' || t.pos === 'VERB' || t.text === ',' || HARD_BOUNDARIES.has(t.text)) break;
      continue;
    }
    let j = k + 1;
    while (token(ctx, j)?.pos === 'DET' || token(ctx, j)?.pos === 'ADJ') j++;
    const m = mentionOf(ctx, j);
    if (m === undefined) break;
    const chain = coordinated(ctx, m);
    (giving ? givers : receivers).push(...chain);
    k = chain[chain.length - 1]!.endToken - 1;
  }
  return { givers, receivers };
}

/**
 * "accused the West of bringing troops": the one accused is the doer of the alleged act. Null when no one is accused
 * between ("was accused of"); empty when the accused is no actor ("accused Kyiv's allies of sending weapons": not the
 * accuser).
 */
export function accusedActor(ctx: SentenceContext, i: number): Mention[] | null {
  for (let k = i - 1; k >= wordsBefore(ctx, i, 10); k--) {
    if (alleges(ctx.doc.tokens[k]!)) {
      // An object stands before any preposition: "convicted of treason for denouncing" accuses no one between.
      let object = false;
      let preposition = false;
      for (let j = k + 1; j < i; j++) {
        const m = mentionOf(ctx, j);
        // "companies accused by Washington of helping Russia": the "by" agent is the accuser, not the one accused.
        if (m !== undefined && ctx.doc.tokens[j - 1]!.lower === 'by') {
          j = m.endToken - 1;
          continue;
        }
        if (m !== undefined) return coordinated(ctx, m);
        const t = ctx.doc.tokens[j]!;
        if (t.pos === 'ADP') preposition = true;
        if (!preposition && /^(?:NOUN|PROPN|PRON)$/.test(t.pos)) object = true;
      }
      // "entities accused of helping Moscow": a reduced relative's noun phrase is the one accused.
      return object ? [] : reducedRelativePatient(ctx, k);
    }
  }
  return null;
}

/** "The two leaders", "both sides", "the parties": a plural reference to the participants named before. */
const PLURAL_HEADS = new Set([
  'leaders',
  'presidents',
  'sides',
  'parties',
  'interlocutors',
  'ministers',
  'counterparts',
  'delegations',
  'countries',
  'heads',
]);

/**
 * "The leaders", "both sides", "the three ministers", "our foreign and defence ministers": a definite plural names
 * the article's participants; "141 countries", "many leaders", "two countries that have supported Ukraine" name
 * others.
 */
/** A word of a noun phrase before its head: "the two Korean leaders", "both presidents and ministers". */
function headModifier(t: Token): boolean {
  return t.lower === 'and' || /^(?:NUM|ADJ|NOUN)$/.test(t.pos);
}

function definiteHead(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  while (j >= ctx.sentence.firstToken && headModifier(ctx.doc.tokens[j]!)) j--;
  return j >= ctx.sentence.firstToken && /^(?:the|both|these|all|our|their)$/.test(ctx.doc.tokens[j]!.lower);
}

/**
 * "The two discussed …", "Both agreed …": "the two" or "both" standing alone as the subject (no noun after it, which
 * `definiteHead` reads: "the two leaders", "both sides"), once the article's readout has established its parties
 * (readout-parties.ts).
 */
function pronominalPair(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const pair = (t.lower === 'two' && token(ctx, k - 1)?.lower === 'the') || t.lower === 'both';
  const next = token(ctx, k + 1);
  if (!pair || next === undefined || /^(?:NOUN|PROPN|ADJ|NUM|DET|ADP|PUNCT|CCONJ)$/.test(next.pos)) return false;
  // With no noun to say who, "the two" are a readout's parties only: in a news story they may be anyone named.
  return (ctx.readout?.[0]?.parties.length ?? 0) > 0;
}

/**
 * The subject of the verb at `i` is a plural reference to the article's participants ("The leaders
 * discussed …", "Both sides agreed …", "They also exchanged views …"): the two sides named most before
 * it (see `salientSides`). Empty when the subject is something else. With `named`, only a plural noun will do:
 * "they" and the impersonal passive stand for both sides only in what the sides do together ("they support it"
 * may be either side).
 */
export function pluralParticipants(ctx: SentenceContext, i: number, named = false): Mention[] {
  const first = conjoinedVerb(ctx, i);
  if (first !== null) return pluralParticipants(ctx, first, named);
  const start = clauseStart(ctx, i);
  let plural = false;
  for (let k = i - 1; k >= start; k--) {
    const t = ctx.doc.tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) return [];
    if (
      (PLURAL_HEADS.has(t.lower) && definiteHead(ctx, k)) ||
      (!named && t.lower === 'they' && t.pos === 'PRON') ||
      pronominalPair(ctx, k)
    ) {
      plural = true;
      break;
    }
  }
  // A readout's impersonal passive: "It was agreed to maintain contact", "It was noted that …".
  if (!plural && !named) plural = impersonalPassive(ctx, i);
  // "The leaders noted that it was important to step up joint work", "While discussing …, it was noted that it is
  // necessary to …": the participants of the saying (valued-clauses.ts).
  if (!plural) {
    const saying = valuingVerb(ctx, start, i);
    if (saying === null) return [];
    if (named || !impersonalPassive(ctx, saying)) return pluralParticipants(ctx, saying, named);
  }
  return salientSides(ctx.mentions, ctx.doc.tokens[i]!.start);
}

interface Side {
  persons: number;
  mentions: number;
  latest: Mention;
  /** Person mentions per actor code, and the latest mention of each code. */
  readonly codes: Map<string, { count: number; latest: Mention }>;
  /** The distinct persons named. */
  readonly people: Set<string>;
}

/**
 * "Both parties praised …" after a meeting of two delegations: the two sides are two different countries
 * (or organisations), the ones whose persons were named most often before offset `before` (then the most
 * mentioned, then the latest). A side named by several people stands for its usual code: a readout of a talk
 * with Biden, Sullivan and General Milley is the US government's. The last two actors named are not enough: a
 * readout mentions third parties ("Pashinyan told Putin about his contacts with Charles Michel"), and two
 * titles of one person ("Victoria Nuland", "the US Under Secretary of State") are one side.
 */
export function salientSides(mentions: readonly Mention[], before: number, spoken = false): Mention[] {
  const sides = new Map<string, Side>();
  for (const m of mentions) {
    // A speaker's "our country" says nothing of who takes part (src/actors/speakers-land.ts).
    if (m.start >= before || isSpeakersLand(m.actor)) continue;
    const key = m.actor.country ?? m.actor.code;
    if (key === '') continue;
    let side = sides.get(key);
    if (side === undefined)
      sides.set(key, (side = { persons: 0, mentions: 0, latest: m, codes: new Map(), people: new Set() }));
    side.mentions++;
    if (m.start > side.latest.start) side.latest = m;
    if (m.actor.type !== 'person') continue;
    side.persons++;
    side.people.add(m.actor.id ?? m.actor.name);
    const code = side.codes.get(m.actor.code);
    side.codes.set(m.actor.code, { count: (code?.count ?? 0) + 1, latest: m });
  }
  const ranked = [...sides.values()].sort(
    (a, b) => b.persons - a.persons || b.mentions - a.mentions || b.latest.start - a.latest.start,
  );
  if (ranked.length < 2) return [];
  // `spoken`: "we" and "you" in a speaker's words. At a meeting of one state's people ("Vladimir Putin: … Alexei
  // Miller: We discussed …"), a state only talked about, with no one of its own named, is no party to it.
  if (spoken && ranked[0]!.people.size >= 2 && ranked[1]!.persons === 0) return [];
  return ranked
    .slice(0, 2)
    .map(representative)
    .sort((a, b) => a.start - b.start);
}

/** A side's most frequent person code (its latest mention), else its latest mention of any kind. */
function representative(side: Side): Mention {
  let best: { count: number; latest: Mention } | null = null;
  for (const c of side.codes.values()) if (best === null || c.count > best.count) best = c;
  return best?.latest ?? side.latest;
}

/** "It was agreed …", "It has been agreed …": expletive "it" + be + the trigger, no agent. */
function impersonalPassive(ctx: SentenceContext, i: number): boolean {
  // "has been agreed to/that": the perfect's "been" stands between "it has" and the participle, and the clause it
  // extraposes must follow ("the schedule … it has been updated": "it" is the schedule, no expletive).
  const perfect =
    token(ctx, i - 1)?.lower === 'been' &&
    /^(?:has|had)$/.test(token(ctx, i - 2)?.lower ?? '') &&
    /^(?:to|that)$/.test(token(ctx, i + 1)?.lower ?? '');
  const be = token(ctx, perfect ? i - 2 : i - 1);
  const it = token(ctx, perfect ? i - 3 : i - 2);
  return it?.lower === 'it' && (be?.lower === 'was' || be?.lower === 'is' || be?.lower === 'has') && isPassive(ctx, i);
}
