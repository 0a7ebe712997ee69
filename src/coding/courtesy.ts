// Courtesy, no event: thanks for the occasion and greetings to its audience (at the end). Courtesy thanks: "Thank you
// for the invitation", "I would like to thank you once again for this opportunity",
// "thanked the Prime Minister of Croatia for the meaningful meeting", "for your hospitality, intensive talks and your
// time". Thanks whose every reason is the occasion itself (being invited, received, listened to, given the floor or a
// meeting) are the manners of a visit or a speech, not praise for an act of the one thanked (CAMEO 051); the
// invitation and the meeting are events of their own. One reason that is an act ("for the warm welcome of 50,000
// Ukrainians", "for the great attention to Ukraine", "for your efforts to …", "for what you have said") makes the
// thanks praise again.
import type { Token } from '../types.ts';
import { isQuoteMark, mentionOf, type SentenceContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { Match } from './match.ts';

/** Words of thanking: "thank", "grateful to", "gratitude for", "thankful". */
export const THANKS = new Set(['thank', 'thanks', 'grateful', 'gratitude', 'thankful']);

/**
 * Nouns heading a courtesy reason, with any complement: "the invitation to pay an official visit", "today's meeting";
 * "Thank you for this question", a speaker's courtesy to a journalist.
 */
const OCCASION_NOUNS = new Set(
  `invitation invitations hospitality meeting meetings conversation conversations talk talks time patience question
  questions`.split(/\s+/),
);

/**
 * Nouns that are courtesy only bare: "for the attention", "for such a warm reception", but "the attention you attach
 * to humanitarian contacts", "the warm welcome of 50,000 Ukrainians", "attention to Ukraine" name what the one
 * thanked did.
 */
const BARE_NOUNS = new Set(['attention', 'welcome', 'reception']);

/**
 * "the opportunity to address you", "the honor of speaking to you today": the floor or a meeting given; not "the
 * opportunity to use the port of Varna".
 */
const OPPORTUNITIES = new Set(['opportunity', 'chance', 'honor', 'honour', 'privilege']);
const FLOOR_ACTS = new Set(
  `address speak meet contact negotiate talk visit come be discuss sign present share join attend participate exchange
  say hold`.split(/\s+/),
);

/**
 * Honours received: "Thank you for the high award", "thanked for this award", "for the award of the Order of Merit".
 * An award is a ceremony's gift, not an act of policy the thanks praise; the award is an event of its own.
 */
const HONOURS = new Set(['award', 'awards', 'prize', 'medal', 'decoration', 'distinction']);
/** Honours that are courtesy only bare: "for this order", not "for the order to open the border". */
const BARE_HONOURS = new Set(['order']);

/** -ing forms of having the speaker as a guest: "for inviting me", "for joining us", "for having me". */
const HOSTING = new Set(['inviting', 'having', 'hosting', 'receiving', 'joining', 'awarding', 'honouring', 'honoring']);
const GUESTS = new Set(['me', 'us', 'him', 'her', 'them']);

/** Words that join reasons: "for the invitation and for organising", "for your hospitality, intensive talks". */
const JOINERS = new Set([',', 'and', 'for', 'as', 'well']);

/** Words that may stand in a reason before its head: "this wonderful", "your kind", "today's". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'PRON', 'NUM', 'PART']);

/** Words that may stand between the thanking word and "for": "you", "once again", "Mr President,", a person named. */
const BEFORE_FOR = new Set([
  'you',
  'him',
  'her',
  'them',
  'all',
  'once',
  'again',
  'very',
  'much',
  'so',
  'to',
  ',',
  'and',
]);

/** Words that open a form of address inside the thanks: "Thank you, Mr President, for the invitation". */
const ADDRESS_WORDS = new Set('mr mrs ms madam sir dear my colleagues friends ladies gentlemen'.split(' '));

/** Verbs of taking an honour: "accept this high decoration", "received the Freedom Award". */
const TAKING = new Set(['accept', 'receive']);

/** Words before the honour's head: "this high", "the Ronald Reagan Freedom" (a noun), "Russia's top". */
const HONOUR_MODIFIERS = new Set(['DET', 'ADJ', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** How far the honour may stand after the verb. */
const HONOUR_REACH = 7;

/**
 * An honour accepted or received ("It is a great honour for me to accept this high decoration", "received the Ronald
 * Reagan Freedom Award"): the award ceremony's courtesy, no agreement (03) and no visit hosted (043).
 */
export function acceptedHonour(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  if (!TAKING.has(tokens[match.trigger]!.lemma)) return false;
  const end = Math.min(ctx.sentence.endToken, match.trigger + 1 + HONOUR_REACH);
  for (let k = match.trigger + 1; k < end; k++) {
    const t = tokens[k]!;
    if (HONOURS.has(t.lower)) return true;
    if (!HONOUR_MODIFIERS.has(t.pos) && t.text !== "'s" && t.text !== '’s') return false;
  }
  return false;
}

/** The thanks at `match` give only courtesy reasons (above): no event. */
export function courtesyThanks(ctx: SentenceContext, match: Match): boolean {
  return match.pattern.code.startsWith('05') && thanksCourteous(ctx, thanksWord(ctx, match.trigger));
}

/** Verbs whose object is the thanks: "expressed his gratitude to X for …", "conveyed thanks". */
const EXPRESSING = new Set(['express', 'convey', 'extend', 'voice']);

/** The thanking word of a match: its trigger, or the thanks an expressing verb takes ("express my deep gratitude"). */
function thanksWord(ctx: SentenceContext, trigger: number): number {
  const tokens = ctx.doc.tokens;
  if (!EXPRESSING.has(tokens[trigger]!.lemma)) return trigger;
  for (let k = trigger + 1; k < Math.min(ctx.sentence.endToken, trigger + 5); k++) {
    if (THANKS.has(tokens[k]!.lower)) return k;
    if (!MODIFIER_POS.has(tokens[k]!.pos)) break;
  }
  return trigger;
}

/** How far back from an act thanked for its thanking word may stand: "thank you, Mr President, for inviting me". */
const THANKS_REACH = 16;

/**
 * The act at `i` is the occasion a courtesy thanks is for ("Thank you very much for inviting me"): like the thanks,
 * it is the manners of the visit, not an event.
 */
export function courtesyOccasion(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[i - 1]?.lower !== 'for') return false;
  for (let k = i - 2; k >= Math.max(ctx.sentence.firstToken, i - THANKS_REACH); k--)
    if (THANKS.has(tokens[k]!.lemma) || THANKS.has(tokens[k]!.lower)) return thanksCourteous(ctx, k);
  return false;
}

/** The thanking word at `trigger` gives only courtesy reasons. */
function thanksCourteous(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!THANKS.has(tokens[trigger]!.lemma) && !THANKS.has(tokens[trigger]!.lower)) return false;
  const end = ctx.sentence.endToken;
  let k = trigger + 1;
  for (; k < end && k < trigger + THANKS_REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === 'for') break;
    if (BEFORE_FOR.has(t.lower) || ADDRESS_WORDS.has(t.lower) || mentionOf(ctx, k) !== undefined) continue;
    if (t.pos === 'PROPN' || t.pos === 'DET') continue;
    return false;
  }
  if (tokens[k]?.lower !== 'for') return false;
  return reasonsCourteous(ctx, k + 1);
}

/** Every reason from `from` to the sentence's end is a courtesy reason; a closing form of address is allowed. */
function reasonsCourteous(ctx: SentenceContext, from: number): boolean {
  const tokens = ctx.doc.tokens;
  const end = ctx.sentence.endToken;
  let reasons = 0;
  let k = from;
  while (k < end) {
    const t = tokens[k]!;
    // "thanked for the award and noted that …": a verb of saying after "and" opens a clause of its own.
    if (t.lower === 'and' && saying(tokens[k + 1])) return reasons > 0;
    if (JOINERS.has(t.lower)) {
      k++;
      continue;
    }
    // '"Thank you for the invitation," the President said.': the quote closes the thanks.
    if (isQuoteMark(t)) return reasons > 0;
    if (t.pos === 'PUNCT') return reasons > 0 && t.text !== ':' && closing(tokens, k, end);
    if (ADDRESS_WORDS.has(t.lower) && tokens[k - 1]?.text === ',') return reasons > 0 && addressToEnd(ctx, k);
    const head = reasonHead(ctx, k);
    if (head === null) return false;
    if (!occasion(ctx, head)) return false;
    reasons++;
    k = reasonEnd(ctx, head + 1);
  }
  return reasons > 0;
}

/** A finite verb of saying: "noted", "said", "stressed". */
function saying(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && !t.lower.endsWith('ing');
}

/** The reason headed at `head` is the occasion itself (above). */
function occasion(ctx: SentenceContext, head: number): boolean {
  const tokens = ctx.doc.tokens;
  const word = tokens[head]!.lower;
  const next = tokens[head + 1];
  if (OCCASION_NOUNS.has(word) || HONOURS.has(word)) return true;
  // "for your kind words about my humble contribution"
  if (word === 'words') return /^(?:kind|warm|good)$/.test(tokens[head - 1]?.lower ?? '');
  if (BARE_NOUNS.has(word) || BARE_HONOURS.has(word))
    return next === undefined || reasonEnd(ctx, head + 1) === head + 1;
  if (OPPORTUNITIES.has(word))
    return (
      reasonEnd(ctx, head + 1) === head + 1 ||
      ((next?.lower === 'to' || next?.lower === 'of') && FLOOR_ACTS.has(tokens[head + 2]?.lemma ?? ''))
    );
  if (HOSTING.has(word)) return GUESTS.has(next?.lower ?? '');
  // "for giving us the opportunity to sign them". Not "for finding time to come here", which the review set codes as
  // praise for the effort.
  if (word !== 'giving' || !GUESTS.has(next?.lower ?? '')) return false;
  const given = reasonHead(ctx, head + 2);
  return given !== null && OPPORTUNITIES.has(tokens[given]!.lower);
}

/** The head of the reason at `from`: the first noun or -ing form after its modifiers ("today's", "your kind"). */
function reasonHead(ctx: SentenceContext, from: number): number | null {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < ctx.sentence.endToken && k < from + 6; k++) {
    const t = tokens[k]!;
    const possessor = /^(?:'s|’s)$/.test(tokens[k + 1]?.lower ?? '');
    if (possessor && (t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    if (t.pos === 'NOUN' || t.pos === 'VERB') return k;
    if (!MODIFIER_POS.has(t.pos)) return null;
  }
  return null;
}

/**
 * Where a courtesy reason ends: at the next joiner that opens another reason (", and for", "and your time") or at
 * the end mark. Its complement may hold anything: "the opportunity to meet with you today", "the hospitality extended
 * to the Russian delegation during its visit".
 */
function reasonEnd(ctx: SentenceContext, from: number): number {
  const tokens = ctx.doc.tokens;
  let k = from;
  while (k < ctx.sentence.endToken) {
    const t = tokens[k]!;
    if (t.lower === 'for' || t.lower === 'and' || t.text === ',' || (t.pos === 'PUNCT' && t.text !== '-')) return k;
    k++;
  }
  return k;
}

/** From `k` on stand only end marks and quote marks. */
function closing(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (tokens[j]!.pos !== 'PUNCT') return false;
  return true;
}

/** From `from` on stands only a form of address: "Mr President.", "my dear friend.". */
function addressToEnd(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'for' || t.lower === 'and') return false;
  }
  return true;
}

/** Words naming greetings sent: "a message of greetings", "sent greetings". */
const GREETINGS = new Set(['greeting', 'greetings']);

/** The audience of an occasion: "the participants and guests of the Forum", "the staff, students and alumni". */
const AUDIENCE = new Set(
  `participants participant guests organisers organizers staff students alumni finalists attendees delegates
  visitors spectators employees workers veterans`.split(/\s+/),
);

/** Verbs that greet their object directly: "congratulated current staff and retired employees of the Library". */
const GREETING_VERBS = new Set(['congratulate', 'greet']);

/** Words of an addressee phrase before its "of": "the communications service employees", "participants, organisers". */
const ADDRESSEE_POS = new Set(['DET', 'ADJ', 'NOUN', 'CCONJ', 'PUNCT']);

/**
 * "sent a message of greetings to the participants and guests of the World Quality Day Forum", "congratulated
 * current staff and retired employees of the Library on its 100th anniversary", "congratulate the communications
 * service employees on their professional day": greetings to the audience of an occasion are courtesy like
 * holiday greetings (clause-tests.ts `courtesyGreeting`), not praise of an actor. Greetings and congratulations to
 * a leader or a state ("to Shavkat Mirziyoyev", "congratulated Sheikh Mohamed on the 50th anniversary of the UAE",
 * as the review set codes it) are coded.
 */
export function audienceGreeting(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('05')) return false;
  const tokens = ctx.doc.tokens;
  const greetingVerb = GREETING_VERBS.has(tokens[match.trigger]!.lemma);
  if (
    !greetingVerb &&
    !match.literals.some((k) => GREETINGS.has(tokens[k]!.lower)) &&
    !GREETINGS.has(tokens[match.trigger]!.lower)
  )
    return false;
  let k = match.trigger + 1;
  if (!greetingVerb) {
    while (k < ctx.sentence.endToken && k < match.end + 4 && tokens[k]!.lower !== 'to') k++;
    if (tokens[k]?.lower !== 'to') return false;
    k++;
  }
  for (let end = Math.min(ctx.sentence.endToken, k + 10); k < end; k++) {
    const t = tokens[k]!;
    if (mentionOf(ctx, k) !== undefined || !ADDRESSEE_POS.has(t.pos) || t.text === '.') return false;
    if (AUDIENCE.has(t.lower)) return true;
  }
  return false;
}
