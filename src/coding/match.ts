// Matches verb/noun patterns at a trigger token. No parse tree: items are found left to right,
// with a few modifier tokens allowed between them ("imposed tough new sanctions on Russia").
import type { Mention, Token } from '../types.ts';
import type { Pattern, PatternItem } from './patterns.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { BE_FORMS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon.ts';
import { actorOfRole, roleBeyondModifier, rolePreposition } from './role-chain.ts';
import { namesWar } from './war-names.ts';
import { opensOwnClause } from './joined-clauses.ts';
import { bracketedAmount, measuredAmount } from './amounts.ts';

export interface Match {
  readonly pattern: Pattern;
  readonly trigger: number;
  /** Token index just after the last matched item. */
  readonly end: number;
  /** Tokens matched by literal items: triggers there are part of this event, not events of their own. */
  readonly literals: readonly number[];
  readonly targets: readonly Mention[];
  readonly sources: readonly Mention[];
  /** Tokens skipped between items: fewer means a tighter, more specific match. */
  readonly gaps: number;
}

/** POS tags that may stand between two items of a pattern. */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON', 'PART', 'SYM']);
/** Before a T/S slot only determiners and the like: "on the Russian army" but not "on banks in Russia". */
const SLOT_GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART']);
/** Tags of a word that may open the noun phrase a possessive "her" owns ("her visit", "her Lithuanian counterpart"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB']);
/** Quantity words may also stand before an actor: "kidnapped up to 16 Russian advisers", "scores of refugees". */
const QUANTITY = new Set(
  'up to at least more than nearly almost about some around over dozens hundreds thousands scores tens millions of several many group team number half third majority'.split(
    ' ',
  ),
);
/** Words of a title that the actor's name leaves out: "with Acting Federal Chancellor of Germany Angela Merkel". */
const TITLE_WORDS = new Set(['acting', 'federal', 'interim', 'outgoing', 'incoming']);
/** Number nouns that "of" may follow inside a quantity ("thousands of troops"). */
const NUMBER_NOUNS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'tens',
  'millions',
  'group',
  'team',
  'number',
  'half',
  'third',
  'majority',
]);
/** A quantity word between literals ("amassed well over 100,000 troops", "sent thousands of troops"); "of" only after a number noun. */
function quantityWord(ctx: SentenceContext, i: number): boolean {
  const word = ctx.doc.tokens[i]!.lower;
  if (word !== 'of') return QUANTITY.has(word);
  const before = ctx.doc.tokens[i - 1];
  return before !== undefined && NUMBER_NOUNS.has(before.lower);
}
/** Between literals a coordinated word may stand: "provide training and maintenance to T". */
const COORDINATORS = new Set(['and', 'or']);
const WORD_GAP = 3;
const SLOT_GAP = 5;

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight', 'earlier', 'later']);
const DATE_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december week weekend month year night morning evening`.split(/\s+/),
);

/**
 * A time or measure adverbial that may stand anywhere between a pattern's words ("forced out on Wednesday more than
 * 1,000 refugees", "opened its borders today to", "shortened by one hour the curfew", an amount restated in brackets:
 * "37 million euros ($40m) to Ukraine"): its length in tokens at `i`, or 0.
 */
function timeAdverbial(tokens: readonly Token[], i: number): number {
  const t = tokens[i]?.lower ?? '';
  if (DAY_WORDS.has(t)) return 1;
  const next = tokens[i + 1]?.lower ?? '';
  if ((t === 'on' || t === 'last' || t === 'this' || t === 'next') && DATE_NAMES.has(next)) return 2;
  // A measure of the change: "shortened by one hour the nightly curfew", "cut by half the number of troops".
  if (
    t === 'by' &&
    (tokens[i + 1]?.pos === 'NUM' || next === 'a' || next === 'an') &&
    UNITS.has(tokens[i + 2]?.lower ?? '')
  )
    return 3;
  if (t === 'by' && next === 'half') return 2;
  return bracketedAmount(tokens, i);
}

const UNITS = new Set('hour hours day days week weeks month months year years percent points'.split(' '));

/**
 * "held talks in the Kremlin with President X", "a news conference in Riga with her Latvian counterpart": the venue
 * of a meeting may stand between its noun and the word the pattern needs next. Its length in tokens at `i` (in/at, an
 * optional "the", then an actor's mention or up to three proper nouns, and a time adverbial) when that word follows
 * right after it, else 0.
 */
function venueBefore(ctx: SentenceContext, i: number, next: readonly (readonly string[])[]): number {
  const preposition = token(ctx, i)?.lower;
  if (preposition !== 'in' && preposition !== 'at') return 0;
  // "met in Moscow", "arrive in Kyiv": a pattern that needs the preposition itself takes the place.
  if (next.some((parts) => parts[0] === 'in' || parts[0] === 'at')) return 0;
  let k = token(ctx, i + 1)?.lower === 'the' && mentionOf(ctx, i + 1) === undefined ? i + 2 : i + 1;
  const m = mentionOf(ctx, k);
  if (m !== undefined) {
    if (m.firstToken !== k) return 0;
    k = m.endToken;
  } else {
    const first = k;
    while (k < first + 3 && token(ctx, k)?.pos === 'PROPN' && mentionOf(ctx, k) === undefined) k++;
    if (k === first) return 0;
  }
  // "gathered in Paris on Wednesday for talks": a time adverbial may follow the venue.
  k += timeAdverbial(ctx.doc.tokens, k);
  return k < ctx.sentence.endToken && phraseAt(ctx, k, next) > 0 ? k - i : 0;
}

/** "artillery, mortar, and rocket fire": a comma inside a list of modifiers, between two words that modify. */
function listComma(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    tokens[i]?.text === ',' &&
    before !== undefined &&
    after !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'ADJ') &&
    (after.pos === 'NOUN' || after.pos === 'ADJ' || after.lower === 'and' || after.lower === 'or')
  );
}

export interface MatchOptions {
  /** Passive voice: T slots are dropped (the target is the grammatical subject). */
  readonly passive: boolean;
  /** A token range ("by Russia" in a passive) that items may skip over. */
  readonly skip: readonly [number, number] | null;
}

export function matchPattern(
  ctx: SentenceContext,
  trigger: number,
  pattern: Pattern,
  options: MatchOptions,
): Match | null {
  const items = options.passive ? withoutTargets(pattern) : pattern.items;
  let pos = trigger + 1;
  const literals: number[] = [];
  let targets: Mention[] = [];
  let sources: Mention[] = [];
  let gaps = 0;
  // After an object fronted by the passive, the items that follow it there: "evidence against Russia was presented".
  let fronted: number | null = null;
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const next = items[n + 1];
    const stop = next?.kind === 'word' ? next.words : [];
    const inFront: Found | null = fronted === null ? null : findItem(ctx, fronted, item, null, stop);
    if (inFront !== null && inFront.next < trigger && options.passive) {
      if (item.kind === 'word') for (let k = inFront.at; k < inFront.next; k++) literals.push(k);
      else if (item.kind === 'target') targets = inFront.mentions;
      fronted = inFront.next;
      continue;
    }
    fronted = null;
    const found =
      findItem(ctx, pos, item, options.skip, stop) ??
      (n === 0
        ? frontedObject(ctx, trigger, item, pattern.code.startsWith('07'), options.passive && options.skip !== null)
        : null);
    // A passive keeps a target after a preposition when one is there ("a rocket was fired at Israel").
    if (found === null && options.passive && item.kind === 'target') continue;
    if (found === null) return null;
    if (found.at < trigger) {
      // The object stands before the verb: its position adds no gap and the next item follows the verb.
      literals.push(found.at);
      fronted = found.at + 1;
      continue;
    }
    if (item.kind === 'word') for (let k = found.at; k < found.next; k++) literals.push(k);
    else if (item.kind === 'target') targets = found.mentions;
    else sources = found.mentions;
    gaps += found.at - pos;
    pos = found.next;
  }
  return { pattern, trigger, end: pos, literals, targets, sources, gaps };
}

/**
 * A pattern's items as a passive matches them, computed once per pattern: without the T slot that is the verb's
 * object (the passive's subject: "Ukraine was attacked"); a T after a literal ("fire at T", "impose sanctions on T")
 * stays, and is optional.
 */
const passiveItems = new WeakMap<Pattern, readonly PatternItem[]>();
function withoutTargets(pattern: Pattern): readonly PatternItem[] {
  let items = passiveItems.get(pattern);
  if (items === undefined) {
    items = pattern.items.filter((item, n) => item.kind !== 'target' || pattern.items[n - 1]?.kind === 'word');
    passiveItems.set(pattern, items);
  }
  return items;
}

/**
 * The verb's object named before it, in a relative clause: "the weapons (that) it had previously sent
 * to Ukraine". Only for a pattern's first word, with at most the relative clause's subject,
 * auxiliaries and adverbs between. Without a subject ("equipment sent to Ukraine") only for aid
 * (`reduced`): "the curfew imposed in Sudan" names a standing measure, not an act of the sentence.
 */
function frontedObject(
  ctx: SentenceContext,
  trigger: number,
  item: PatternItem,
  reduced: boolean,
  agent: boolean,
): Found | null {
  if (item.kind !== 'word' || ctx.doc.tokens[trigger]!.pos !== 'VERB' || trigger <= ctx.sentence.firstToken)
    return null;
  let k = trigger - 1;
  let be = false;
  while (k > ctx.sentence.firstToken && VERB_GROUP_POS.has(ctx.doc.tokens[k]!.pos)) {
    be ||= BE_FORMS.has(ctx.doc.tokens[k]!.lower);
    k--;
  }
  const subject = mentionOf(ctx, k);
  const pronoun = subject === undefined && SUBJECT_PRONOUNS.has(ctx.doc.tokens[k]!.lower);
  // "the plant captured by the Russian armed forces": a reduced relative with a "by" agent names its doer, so it
  // is the agent's act as the full passive is. Not on the name of a standing war or agreement: "the war started by
  // Russia" (war-names.ts), "the implementation of agreements reached by the leaders … on November 9, 2020".
  const reducedWithAgent =
    agent &&
    k === trigger - 1 &&
    isParticiple(ctx.doc.tokens[trigger]!.lower) &&
    !namesWar(ctx, k) &&
    !AGREEMENT_NAMES.has(ctx.doc.tokens[k]!.lemma.toLowerCase());
  if (agent && (be || reducedWithAgent)) {
    // The passive's subject is the object: "sanctions (that) were imposed on Russia by the EU", "evidence against
    // Russia was presented by the US" (the object's own preposition and actor are read before the verb). Only with
    // a "by" agent (`agent`): with none ("sanctions were imposed on us") the doer is unknown.
    if (/^(?:that|which)$/.test(ctx.doc.tokens[k]!.lower)) k--;
    const after = mentionOf(ctx, k);
    if (after !== undefined && ctx.doc.tokens[after.firstToken - 1]?.pos === 'ADP') k = after.firstToken - 2;
    const head = ctx.doc.tokens[k];
    // A sentence's first word is tagged a proper noun for its capital ("Sanctions were imposed …").
    if (head?.pos === 'PROPN' && k === ctx.sentence.firstToken && mentionOf(ctx, k) === undefined) {
      return phraseAt(ctx, k, item.parts) === 1 ? { at: k, next: k + 1, mentions: [] } : null;
    }
  } else if (subject !== undefined || pronoun) {
    k = subject === undefined ? k - 1 : subject.firstToken - 1;
    const relative = ctx.doc.tokens[k]?.lower;
    if (relative === 'that' || relative === 'which') k--;
  } else if (!reduced || k !== trigger - 1 || !isParticiple(ctx.doc.tokens[trigger]!.lower)) return null;
  if (k < ctx.sentence.firstToken || mentionOf(ctx, k) !== undefined) return null;
  const t = ctx.doc.tokens[k]!;
  if (t.pos !== 'NOUN' || phraseAt(ctx, k, item.parts) !== 1) return null;
  return { at: k, next: k + 1, mentions: [] };
}

/** Nouns that name an agreement, which a reduced relative describes rather than reports. */
const AGREEMENT_NAMES = new Set(['agreement', 'deal', 'accord', 'treaty', 'arrangement', 'understanding']);

/** Auxiliaries, adverbs and particles of a verb group ("had previously sent"). */
const VERB_GROUP_POS = new Set(['AUX', 'ADV', 'PART']);

/**
 * "helped exiled dissidents from Egypt", "freed detained protesters", "freed 150 jailed Palestinians": inside a slot's
 * gap a past participle right before an actor's phrase is its adjective, not a verb of its own.
 */
function participleBeforeGroup(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB') return false;
  // "called on the remaining 20 EU countries": an -ing form after "the" too, and a number after it.
  const article = ctx.doc.tokens[i - 1]?.lower === 'the';
  if (!t.lower.endsWith('ed') && !(article && t.lower.endsWith('ing'))) return false;
  const at = article && ctx.doc.tokens[i + 1]?.pos === 'NUM' ? i + 2 : i + 1;
  const next = mentionOf(ctx, at);
  return next !== undefined && next.firstToken === at && next.kind !== 'pronoun';
}

/** A past participle as a reduced relative uses it: "equipment sent/given/supplied to Ukraine". */
function isParticiple(lower: string): boolean {
  return lower.endsWith('ed') || lower === 'sent' || lower === 'given';
}

interface Found {
  readonly at: number;
  readonly next: number;
  readonly mentions: Mention[];
}

function findItem(
  ctx: SentenceContext,
  from: number,
  item: PatternItem,
  skip: MatchOptions['skip'],
  stop: readonly string[],
): Found | null {
  const slot = item.kind !== 'word';
  const maxGap = slot ? SLOT_GAP : WORD_GAP;
  let gap = 0;
  const tokens = ctx.doc.tokens;
  for (let i = from; i < ctx.sentence.endToken; i++) {
    if (skip !== null && i >= skip[0] && i < skip[1]) continue;
    const time = timeAdverbial(tokens, i);
    if (time > 0 && i + time < ctx.sentence.endToken) {
      i += time - 1;
      continue;
    }
    // "donated hundreds of millions of pounds of military aid to": an amount between the words is no word of them.
    const amount = item.kind === 'word' ? measuredAmount(tokens, i) : 0;
    if (amount > 0 && item.kind === 'word' && !soughtWithin(ctx, i, amount, item.parts)) {
      i += amount - 1;
      continue;
    }
    const venue = slot ? 0 : venueBefore(ctx, i, item.parts);
    if (venue > 0) {
      i += venue - 1;
      continue;
    }
    if (!slot && abbreviationInParentheses(ctx, i)) {
      i += 2;
      continue;
    }
    // "imposed a new round of sanctions on", "conducted a series of exercises against": a collective noun and its "of"
    // count the acts the next words name; they are no words of the phrase.
    if (
      !slot &&
      COLLECTIVE_NOUNS.has(tokens[i]!.lower) &&
      tokens[i + 1]?.lower === 'of' &&
      i + 2 < ctx.sentence.endToken &&
      // (Unless the pattern names the collective itself: "launch a wave of strikes".)
      phraseAt(ctx, i, item.parts) === 0
    ) {
      i += 1;
      continue;
    }
    const t = tokens[i]!;
    const m = mentionOf(ctx, i);
    if (slot) {
      // "his Lithuanian counterpart": a possessive determiner names the owner, not the slot's actor. "Her" is one only
      // before the noun it owns: in "informed her of the situation", "thanked her for" it is the object.
      const determiner =
        m?.kind === 'pronoun' &&
        POSSESSIVE_PRONOUNS.has(t.lower) &&
        i + 1 < ctx.sentence.endToken &&
        (t.lower !== 'her' || NOUN_PHRASE_POS.has(tokens[i + 1]!.pos));
      // "supporting our European perspective": an aim of the owner's, with a place's adjective before it. The owner
      // is the slot's actor, or none when "our" names no one: never the adjective's "Europe".
      if (POSSESSIVE_PRONOUNS.has(t.lower) && ownedAim(ctx, i + 1))
        return { at: i, next: i + 3, mentions: m?.kind === 'pronoun' ? [m] : [] };
      if (m !== undefined && !determiner) {
        const mentions = coordinated(ctx, describedName(ctx, m) ?? roleBeyondModifier(ctx, m) ?? m, stop);
        return { at: i, next: mentions[mentions.length - 1]!.endToken, mentions };
      }
      // "with the Crown Prince of Abu Dhabi": a role noun + "of" stands for the actor after it.
      const through = roleOf(ctx, i);
      if (through !== undefined) {
        const mentions = coordinated(ctx, through, stop);
        return { at: through.firstToken, next: mentions[mentions.length - 1]!.endToken, mentions };
      }
    } else {
      const length = phraseAt(ctx, i, item.parts);
      if (length > 0) return { at: i, next: i + length, mentions: [] };
    }
    // A possessive pronoun may stand between literals: "withdrew its forces".
    const possessive = m !== undefined && m.kind === 'pronoun' && !slot;
    // "to war-torn Mozambique", "the Russian-backed separatists", "started an all-out war": a hyphenated compound
    // modifies, whatever its tags.
    const compound = gluedHyphen(tokens, i) || gluedHyphen(tokens, i + 1) || gluedHyphen(tokens, i - 1);
    const skippable =
      isQuoteMark(t) ||
      compound ||
      (t.text === '-' && !slot) ||
      (slot
        ? SLOT_GAP_POS.has(t.pos) ||
          QUANTITY.has(t.lower) ||
          TITLE_WORDS.has(t.lower) ||
          POSSESSIVE_PRONOUNS.has(t.lower) ||
          participleBeforeGroup(ctx, i)
        : MODIFIER_POS.has(t.pos) ||
          // Participles modify too: "imposed targeted financial sanctions on …"; not one that opens a clause after a
          // comma ("blocking Ukraine's, demanding sanctions …"), unless it lists modifiers ("harsh, crippling").
          (t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && !clauseParticiple(tokens, i)) ||
          // After a possessive the word is a noun whatever its tag: "Kirby's comment/VERB as …".
          isPossessiveMark(tokens[i - 1]) ||
          COORDINATORS.has(t.lower) ||
          listComma(tokens, i) ||
          quantityWord(ctx, i));
    if (!skippable || (m !== undefined && !possessive && !(slot && POSSESSIVE_PRONOUNS.has(t.lower)))) return null;
    // A hyphen inside a compound ("a four-day strike", "hostage-takers' demands") is no word of its own, nor are
    // the commas and "and" of a list of modifiers ("artillery, mortar, and rocket fire").
    const hyphen = t.text === '-' && t.start === tokens[i - 1]?.end;
    // Nor is a currency sign glued to its number ("more than £4.7 billion in support"), nor the "of" of a number noun
    // ("amassing tens of thousands of troops"): one amount, one word.
    const currency = t.pos === 'SYM' && tokens[i + 1]?.pos === 'NUM' && tokens[i + 1]!.start === t.end;
    const numberOf = t.lower === 'of' && NUMBER_NOUNS.has(tokens[i - 1]?.lower ?? '');
    // Scare quotes around a modifier ('launched a "massive" offensive', 'decried a "barbarous" missile strike') only
    // mark the word as someone else's: they are no words of the phrase.
    const quote = isQuoteMark(t);
    // A hyphenated compound right before the words sought is one modifier: "an unprovoked all-out war" has two.
    const compoundTail = !slot && gluedHyphen(tokens, i - 1) && phraseAt(ctx, i + 1, item.parts) > 0;
    if (
      hyphen ||
      currency ||
      numberOf ||
      quote ||
      compoundTail ||
      (!slot && (COORDINATORS.has(t.lower) || t.text === ','))
    )
      continue;
    if (++gap > maxGap) return null;
  }
  return null;
}

/** The -ing form at `i` opens a participial clause: right after a comma that ends no list of modifiers. */
function clauseParticiple(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower.endsWith('ing') && tokens[i - 1]?.text === ',' && tokens[i - 2]?.pos !== 'ADJ';
}

/** Whether the words sought start inside the `length` tokens at `i` ("pledged $5 million in aid" seeks "million"). */
function soughtWithin(ctx: SentenceContext, i: number, length: number, parts: readonly (readonly string[])[]): boolean {
  for (let k = i; k < i + length; k++) if (phraseAt(ctx, k, parts) > 0) return true;
  return false;
}

/** Aims a state holds for itself: "our European integration", "its Euro-Atlantic aspirations". */
const AIMS = new Set(
  'integration perspective perspectives choice aspirations aspiration future path course ambitions membership'.split(
    ' ',
  ),
);

/** At `k`, a one-word actor adjective ("European", "Western") right before an aim noun (AIMS). */
function ownedAim(ctx: SentenceContext, k: number): boolean {
  const adjective = mentionOf(ctx, k);
  return (
    adjective !== undefined &&
    adjective.firstToken === k &&
    adjective.endToken === k + 1 &&
    AIMS.has(ctx.doc.tokens[k + 1]?.lower ?? '')
  );
}

/** Nouns that count or group the acts after their ": "a series of strikes", "a new round of sanctions". */
const COLLECTIVE_NOUNS = new Set('series round rounds wave waves string volley spate'.split(' '));

/**
 * "launched a special military operation (SMO) against Ukraine": an abbreviation in parentheses restating the words
 * before it is no word of the phrase. An actor's abbreviation ("(NATO)") is a mention and is left to the slots.
 */
function abbreviationInParentheses(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const abbreviation = tokens[i + 1];
  return (
    tokens[i]!.text === '(' &&
    tokens[i + 2]?.text === ')' &&
    i + 2 < ctx.sentence.endToken &&
    abbreviation !== undefined &&
    /^[A-Z][A-Z0-9-]{1,7}$/.test(abbreviation.text) &&
    mentionOf(ctx, i + 1) === undefined
  );
}

/** Nouns that describe a named actor right after them: "the Western military alliance Nato". */
const DESCRIPTOR_HEADS = new Set([
  ...['alliance', 'bloc', 'group', 'movement', 'militia', 'faction', 'party', 'organisation', 'organization'],
  ...['company', 'giant', 'firm', 'network', 'agency', 'broadcaster', 'leader', 'politician', 'activist', 'critic'],
]);

/**
 * "the Western military alliance Nato", "the Palestinian militant group Hamas": an adjective of origin and a
 * descriptive noun (with up to two words before it) describe the name that follows them, and the name is the actor
 * meant. Undefined when no name follows the descriptor.
 */
function describedName(ctx: SentenceContext, m: Mention): Mention | undefined {
  if (m.endToken - m.firstToken !== 1 || m.kind !== 'name') return undefined;
  for (let k = m.endToken; k < m.endToken + 3; k++) {
    const t = token(ctx, k);
    if (t === undefined || mentionOf(ctx, k) !== undefined || t.text !== t.lower || !/^(?:NOUN|ADJ)$/.test(t.pos))
      return undefined;
    if (!DESCRIPTOR_HEADS.has(t.lower)) continue;
    const name = mentionOf(ctx, k + 1);
    return name !== undefined && name.firstToken === k + 1 && name.kind === 'name' ? name : undefined;
  }
  return undefined;
}

/** A hyphen written between two words with no space ("war-torn"). */
export function gluedHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.text === '-' && t.start === tokens[j - 1]?.end && tokens[j + 1]?.start === t.end;
}

/**
 * "the Crown Prince of Abu Dhabi", "heads of the CSTO member states": a noun phrase (starting at `i`)
 * headed by a role noun and followed by "of" + an actor stands for that actor (see role-chain.ts for the longer
 * chains); undefined otherwise.
 */
export function roleOf(ctx: SentenceContext, i: number): Mention | undefined {
  for (let k = i; k < i + 4; k++) {
    const t = token(ctx, k);
    if (t === undefined || mentionOf(ctx, k) !== undefined) return undefined;
    if (rolePreposition(t.lower, token(ctx, k + 1)?.lower ?? '')) return actorOfRole(ctx, k);
    // "the newly appointed Adviser to …": an adverb or a participle may modify the role noun.
    const participle = t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower);
    if (!/^(?:DET|ADJ|NOUN|PROPN|ADV)$/.test(t.pos) && !participle) return undefined;
  }
  return undefined;
}

/** The possessive clitic "'s" (either apostrophe). */
export function isPossessiveMark(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '’s');
}

/** Words after "at" that make it a quantity adverb ("at least six"), not a preposition. */
const AT_QUANTITY = new Set(['least', 'most']);

/** Length of the first alternative ("use_force" is two words: its parts) that matches at token i, or 0. */
function phraseAt(ctx: SentenceContext, i: number, alternatives: readonly (readonly string[])[]): number {
  for (const parts of alternatives) {
    let fits = true;
    for (let n = 0; n < parts.length && fits; n++) {
      const t = token(ctx, i + n);
      fits = t !== undefined && (t.lemma === parts[n] || t.lower === parts[n]);
    }
    // "fired at least six missiles": "at least / at most" is a quantity, not the preposition a pattern wants.
    if (fits && parts.length === 1 && parts[0] === 'at' && AT_QUANTITY.has(token(ctx, i + 1)?.lower ?? '')) continue;
    if (fits) return parts.length;
  }
  return 0;
}

/**
 * "Russia, Belarus and China": the mention and those coordinated after it. A comma alone links
 * only inside a list that closes with and/or ("Ukraine, NATO could …" is not a list). `stop` is a
 * word the pattern needs next ("between S and T"), which therefore cannot link.
 */
export function coordinated(ctx: SentenceContext, first: Mention, stop: readonly string[] = []): Mention[] {
  return chain(ctx, first, 1, stop);
}

/** Same as `coordinated`, but leftwards: "Lavrov and Rau said" gives both subjects. */
export function coordinatedBefore(ctx: SentenceContext, last: Mention): Mention[] {
  return chain(ctx, last, -1, []);
}

function chain(ctx: SentenceContext, from: Mention, step: 1 | -1, stop: readonly string[]): Mention[] {
  const list = [from];
  const conjunctions: boolean[] = [];
  let edge = step === 1 ? from.endToken : from.firstToken - 1;
  // "On the eve of the talks between Biden and Putin, the Ukrainian and American sides coordinated …": a name after
  // and/or closes its list, so a comma after it ends the phrase, and the names after it begin the next clause.
  const closing = step === 1 && afterConjunction(ctx, from);
  while (list.length < 6) {
    let i = edge;
    if (step === -1) i = otherBefore(ctx, i);
    let link: 'comma' | 'conj' | null = null;
    let comma = false;
    for (
      let t = token(ctx, i);
      t !== undefined && (isLink(t) || (step === -1 && withLink(ctx, i))) && !stop.includes(t.lower);
      t = token(ctx, (i += step))
    ) {
      link = t.lower === ',' ? (link ?? 'comma') : 'conj';
      if (t.lower === ',') comma = true;
    }
    const linked = i;
    if (step === 1) while (token(ctx, i)?.pos === 'DET') i++;
    // "Macron and Federal Chancellor of Germany Olaf Scholz": a capitalised word of a title the name leaves out.
    if (step === 1)
      for (let lead = 0; lead < 2 && mentionOf(ctx, i) === undefined && titleWord(token(ctx, i)); lead++) i++;
    const next = mentionOf(ctx, i);
    if (link === null || next === undefined) break;
    if (closing && list.length === 1 && link === 'comma') break;
    // "On the eve of the visit of Biden, Ukraine and the US coordinated …": leftwards, a name after a preposition, a
    // verb or the and/or of its own list ("talks between Biden and Putin, …") in a phrase that opens the sentence ends
    // it at the comma; it is no subject of the list's verb ("The Presidents of Ukraine, Lithuania and Poland
    // discussed" is one list).
    if (
      step === -1 &&
      link === 'comma' &&
      inOpeningPhrase(ctx, next) &&
      (objectOnly(ctx, next) || afterConjunction(ctx, next))
    )
      break;
    // "the UN and the International Committee of the Red Cross": the next name may take in its own "the".
    if (step === 1 ? next.firstToken < linked || next.firstToken > i : next.endToken !== i + 1) break;
    // "massed troops near Ukraine, and the United States warned …": ", and" before a name with its own verb opens
    // a clause, unless a longer list runs up to it ("Russia, Belarus, and China attacked").
    const [earlier, later] = step === 1 ? [from, next] : [next, from];
    if (comma && link === 'conj' && list.length === 1 && verbFollows(ctx, later) && objectOnly(ctx, earlier)) break;
    // "Russia attacked Ukraine and Poland condemned it": so does a bare "and" after a finite verb's object.
    if (!comma && link === 'conj' && list.length === 1 && opensOwnClause(ctx, earlier, later)) break;
    list.push(next);
    conjunctions.push(link === 'conj');
    edge = step === 1 ? next.endToken : next.firstToken - 1;
  }
  // A comma links only when an and/or closes the list later in the text: "A, B and C" yes, "A, B" no. The and/or
  // the pattern needs next closes it too: "between Russia, Ukraine and the OSCE" gives the slot Russia and Ukraine.
  if (step === 1) {
    const closedByStop = COORDINATORS.has(token(ctx, edge)?.lower ?? '') && stop.includes(token(ctx, edge)!.lower);
    const kept = closedByStop ? list : list.slice(0, conjunctions.lastIndexOf(true) + 2);
    // "After talks with Biden, Macron and Scholz agreed …": names after the comma that ends an opening phrase, whose
    // last one a verb follows, are the main clause's subjects, not more objects of the phrase.
    const opening = conjunctions[0] === false && inOpeningPhrase(ctx, from) && verbFollows(ctx, kept[kept.length - 1]!);
    return opening ? [from] : kept;
  }
  return conjunctions[0] === true ? list.reverse() : [from];
}

/** Words that may stand before "other": "many other Western allies", "all other NATO members". */
const OTHER_QUANTIFIERS = new Set(['many', 'several', 'some', 'all', 'numerous', 'a', 'few', 'two', 'three']);

/**
 * Leftwards from `i`, past the determiners and an "other" with its quantifiers that open the next mention's noun
 * phrase: "The UK and many other Western allies are providing …" lists the UK too.
 */
function otherBefore(ctx: SentenceContext, i: number): number {
  while (token(ctx, i)?.pos === 'DET') i--;
  if (token(ctx, i)?.lower !== 'other') return i;
  i--;
  while (OTHER_QUANTIFIERS.has(token(ctx, i)?.lower ?? '') || token(ctx, i)?.pos === 'DET') i--;
  return i;
}

/**
 * The mention stands in a phrase opening the sentence with a preposition ("According to" is one), before any comma:
 * "On the eve of …,", "According to him,".
 */
function inOpeningPhrase(ctx: SentenceContext, m: Mention): boolean {
  const first = ctx.sentence.firstToken;
  if (!/^(?:ADP|SCONJ)$/.test(token(ctx, first)?.pos ?? '') && token(ctx, first)?.lower !== 'according') return false;
  for (let k = first; k < m.firstToken; k++) if (token(ctx, k)?.lower === ',') return false;
  return true;
}

/** The mention is the last of a list, after its and/or: "between Biden *and* Putin". */
function afterConjunction(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET') k--;
  const before = token(ctx, k)?.lower;
  return before === 'and' || before === 'or';
}

/**
 * "together with" or "along with" (either word at `i`) joins two subjects as "and" does: "Belarus together with Russia
 * calls on UNESCO" (both call). Only leftwards, from the verb's subject: after an object it names a co-agent ("visited
 * Kyiv together with a Congressional delegation": the delegation was not visited).
 */
function withLink(ctx: SentenceContext, i: number): boolean {
  const word = token(ctx, i)?.lower;
  if (word === 'together' || word === 'along') return token(ctx, i + 1)?.lower === 'with';
  return word === 'with' && /^(?:together|along)$/.test(token(ctx, i - 1)?.lower ?? '');
}

/**
 * The mention is the object of a verb or a preposition and heads no list ("attacked Georgia, and …", "the border
 * with Ukraine, and …"); not a subject or an apposition ("The President of the Commission, Ursula von der Leyen, and
 * Lula expressed"), nor inside a longer list ("Russia, Belarus, and China attacked").
 */
function objectOnly(ctx: SentenceContext, m: Mention): boolean {
  let k = m.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k--;
  const before = token(ctx, k);
  return before !== undefined && (before.pos === 'ADP' || before.pos === 'VERB');
}

/** A verb group starts right after the named mention: "the United States (also) warned", "Kyiv has asked". */
function verbFollows(ctx: SentenceContext, m: Mention): boolean {
  // A pronoun keeps the old reading: whom "he" or "they" stands for is weighed elsewhere (anaphora).
  if (token(ctx, m.firstToken)?.pos === 'PRON') return false;
  let k = m.endToken;
  while (token(ctx, k)?.pos === 'ADV') k++;
  const t = token(ctx, k);
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** A capitalised word that may open a title before the name it belongs to ("Federal", "Acting"). */
function titleWord(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z][a-z]/.test(t.text) && /^(?:ADJ|PROPN|NOUN|VERB)$/.test(t.pos);
}

function isLink(t: Token): boolean {
  return t.lower === 'and' || t.lower === 'or' || t.lower === ',' || t.lower === '&';
}
