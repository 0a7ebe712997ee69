// Dates written with their year ("in 2014", "in October 2018", "on 21 February 2014", "last year", "two years ago",
// "in the 1960s") that anchor an event in its own clause. News retells the past: "Russia annexed Crimea in 2014" in a 2022 article is no event of 2022, and
// dating it to the article would put eight-year-old annexations into this week's escalation series.
// - A full date in the past dates the event, however old ("signed on 21 February 2014" → 2014-02-21).
// - A month or a year that ended before the article's month gives no day at all: the event is dated null, kept
//   in the output, and left out of every daily aggregate (which count only events placed on a day).
// - The article's own month or year, a future year, and "since/from/until 2014" (a span, not a time) anchor
//   nothing: the sentence's date applies, as before.
// - A named era of the past ("in World War II", "during the Great Patriotic War", "during the Cold War") is a past
//   year: no day; so is the end of the Soviet Union named by an "after" clause, for a simple past joined to it.
// - So is an act in the past tense whose doer or target is a past regime ("the Soviet Union supported …"), or whose
//   subject's words name one ("the heroes of the Red Army fought …"), and an act
//   of a holder of a title "then" ("then-President Yanukovych", "the then prime minister").
// - So is an act in the simple past after "as you know", "as you recall", or in the past after "reminded that"
//   (recalled-past.ts).
// - So is an act told with "back then", "at that time", "in those years", "in Soviet times" or "at one time", in a named
//   era ("during the Soviet era", "in the communist period") or under a past ruler ("under Stalin", "under Soviet
//   rule"): the past, no day. A year before 1900 ("in 1783") is a year like any other, and "By 2019," opening the
//   sentence dates its acts in the past.
// - A time right before a to-infinitive dates the infinitive: "a failed attempt by the resistance in 1944 to liberate
//   the city".
// - So is an act in the past after an opening phrase whose noun carries a past year: "After the 2014 coup, …", "In
//   the run-up to the 2017 election, Le Pen had flown to Moscow" (after-dates.ts, opening-occasions.ts).
// - So is one told "some time ago", "a long time ago", "a while ago", or "over the past 30 years" or "in recent years"
//   (years, decades).
// - So is the act that starts a span, in a "since" clause: "since Russia invaded Ukraine" (since-clauses.ts), and an
//   event noun whose light verb does: "since Russia launched its aggression".
// - So is an act placed at a war's start, "at the start of the invasion", "when the war began", and the war named for
//   its start, "since the invasion began" (war-onsets.ts).
// - So is one told "earlier this week" or "earlier this month", in its own clause: a time before the article's day.
// - So is one told "last month", "three months ago" or "several days ago", which name no day: like a day of dates.ts
//   they date the whole sentence, but a clause opened after the act ("met an actor who was assaulted last month").
// - A date opening the sentence or a clause after ", and" dates that clause's act and the verbs joined to it by "and"
//   ("He bided his time, and in 2014 Russia seized Crimea and sent troops into Donbas").
// - A "when" clause right after a date names that time, even a span's start: "since 2014, when Russia seized Crimea
//   and started the war" is history; the main clause after it keeps an opening time's date and a span's none.
// - An event noun said to have taken place ("the summit was held in Sochi in 2019") or begun ("the aggression began in
//   2014") has the date of that verb.
// - So does an event noun in the subject of a passive in the past ("the aid bill was approved in December 2022"), and
//   the past verb of a relative clause right after a dated noun ("a famine in 1933 that killed millions").
// - So is an "after" clause right after a past month or year: "condemned last summer after Chinese forces held drills".
// - A month with no year ("In March, the ICC issued …") is the latest such month: one before the article's is history.
// - A date right before a verb in the past dates it ("Allies in 2008 agreed"); one right after "which"/"when" opens
//   that clause. A date opening the sentence, its only date, dates every act in the past the sentence tells after it.
import type { Actor, Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { sentenceDated } from './dates.ts';
import { previouslyDone } from './previous-acts.ts';
import { retoldDay } from './retold-days.ts';
import { actAfterBound, boundedAct, pastActInLaterBound } from './bounded-dates.ts';
import { perSentence } from './per-sentence.ts';
import { dayOfAnotherOccasion } from './event-noun-dates.ts';
import { dayOfDescribedNoun } from './attributive-days.ts';
import { dayInOtherRelative } from './relative-days.ts';
import { dayInContrastedClause } from './contrasted-days.ts';
import {
  doneIn,
  joinedPredicate,
  listComma,
  ownObjectNoun,
  participleAfterDate,
  pastByJoin,
  pastInfinitive,
  spanAfter,
  whenAfterYear,
} from './date-reach.ts';
import { lightVerbBefore } from './light-verbs.ts';
import { gluedHyphen } from './match.ts';
import { bareMonth } from './month-dates.ts';
import { afterPastTime, attributiveYears } from './after-dates.ts';
import { openingOccasionYear } from './opening-occasions.ts';
import { earlierDay } from './earlier-days.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { narratedYear } from './narrated-years.ts';
import { recalledPast, remindedPast } from './recalled-past.ts';
import { saidThen } from './said-dates.ts';
import { dayOfSpanStart, sinceClauseAct } from './since-clauses.ts';
import { spanClauseDate } from './span-dates.ts';
import { visitedPlacePast } from './visited-places.ts';
import { MAYBE_ONSET, onsetAt, placesAct, warNamedForItsStart } from './war-onsets.ts';

/** A year-bearing date phrase of a sentence: its tokens (preposition to year) and what it says. */
interface YearPhrase {
  readonly first: number;
  readonly last: number;
  /** "YYYY-MM-DD" for a full date, else the last day of the month or year it names. */
  readonly day: string | null;
  readonly periodEnd: string;
  /** "a September 2023 trip", "the June 2021 summit": the date describes the noun after it, and dates only it. */
  readonly attributive?: boolean;
  /** "since 2014, when Russia seized Crimea": a span's start dates only the "when" clause that names it. */
  readonly whenOnly?: boolean;
  /** "into 2021 when …", "to 1997 levels when …": a year that names a "when" clause, whatever the word before it. */
  readonly whenYear?: boolean;
  /**
   * "last month", "three months ago", "several days ago": a time back with no day. Like dates.ts's days ("last week"),
   * it dates the whole sentence, not only its own clause (monthBackDates).
   */
  readonly monthBack?: boolean;
  /**
   * "in February", "last December": a month with no year (month-dates.ts), which may also be to come. It dates a verb
   * only in the past, and an event noun only when the month is earlier in the article's year ("thisYear").
   */
  readonly bareMonth?: 'thisYear' | 'lastYear';
  /** "earlier this week", "earlier this month": a time before the article's day, in its week, month or year. */
  readonly earlier?: boolean;
  /** "the day before", "days earlier" (earlier-days.ts): it dates only a verb in the past. */
  readonly pastOnly?: boolean;
  /**
   * "From the very first day of the war, he made an appeal": a span from the war's start, which dates only an act in
   * the simple past, done at that start ("has supported Ukraine from the first day" tells of the whole span).
   */
  readonly simplePastOnly?: boolean;
  /**
   * "after the collapse of the Soviet Union": a past era's end named by an "after" clause, which dates no act of its
   * own clause but makes the simple past of the clause it is joined to history (after-dates.ts).
   */
  readonly afterOnly?: boolean;
}

const MONTHS = new Map(
  'january february march april may june july august september october november december'
    .split(' ')
    .flatMap((m, i) => [[m, i + 1] as const, [m.slice(0, 3), i + 1] as const, [`${m.slice(0, 3)}.`, i + 1] as const]),
);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
/** Words between the preposition and the year that leave the phrase a date: "in the spring of", "in early". */
const FILLERS = new Set(['the', 'of', 'early', 'late', 'mid', ',', 'end', 'beginning', 'start', 'middle']);
/** Prepositions that put an act at a time; "since", "from", "until" and "by" name spans or deadlines instead. */
const AT_TIME = new Set(['in', 'on', 'during']);
/** Prepositions of a span, whose start or end a following "when" clause names: "since 2014, when …". */
const SPAN = new Set(['since', 'from', 'until', 'till']);
/** A year, "mid-2014", or a span of years "1932-1933" (its last year counts). */
const YEAR = /^(?:mid-)?((?:19|20)\d\d)(?:[-–]((?:19|20)?\d\d))?$/;

/**
 * Words that open another clause: past one of them, a date belongs to that clause's act ("wants Ukraine to recognise
 * Crimea, which Moscow annexed in 2014").
 */
const CLAUSE_OPENERS = new Set(
  `which who whom whose that when where while after before because since as if until although though whereas`.split(
    /\s+/,
  ),
);
/**
 * Nouns of events and periods: a date after one of them may date the noun, not the verb before it ("praised the
 * efforts to recognise the Holodomor in 1932-1933", "thanked him for his participation in the summit in August 2021").
 */
const EVENT_NOUNS = new Set(
  `war wars famine holodomor genocide massacre summit summits meeting meetings election elections vote referendum
  protests protest revolution crisis invasion annexation agreement agreements accords accord treaty talks conflict coup
  olympics games visit attack attacks occupation independence collapse dissolution uprising campaign operation
  declaration memorandum decree law constitution victory defeat liberation participation`.split(/\s+/),
);

/** A decade: "the 1960s". */
const DECADE = /^((?:19|20)\d)0s$/;
const NUMBER_WORDS = new Map(
  'a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, Math.max(1, i - 1)]),
);

/** A month's name as written, which may be a bare month (month-dates.ts). */
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MAYBE_YEAR =
  /\b(?:1[5-9]|20)\d\d|\b(?:last|this) (?:year|spring|summer|autumn|fall|winter)\b|\b(?:years?|decades?|months?|days|weeks) ago\b|\blast month\b|\bearlier (?:this|in the) (?:week|month|year)\b|\bworld war\b|\bpatriotic war\b|\bww(?:ii|2)\b|\bholocaust\b|\bback then\b|\b(?:day|days|weeks?|months?) (?:before|earlier)\b|\bprevious (?:day|week)\b|\bat (?:that|the) time\b|\bin those (?:years|days)\b|\b(?:in|during) soviet times\b|\bat one time\b|\b(?:soviet|communist) (?:era|period)\b|\bunder (?:stalin|lenin|khrushchev|brezhnev|soviet rule|communis[mt]|the soviets|the tsars|tsarist)\b|\bcold war\b|\bmissile crisis\b|\bsoviet union\b|\bussr\b|\b(?:some|long) time ago\b|\blong ago\b|\ba while ago\b|\b(?:over|in|during) (?:the (?:past|last) (?:\w+ )?|recent )(?:years|decades|centuries)\b/i;

/**
 * What a sentence may hold, by the cheap pre-checks over its text, tested once for all its events: at each event
 * they were the largest part of `dateOfEvent`'s own cost. MAY_ANCHOR: a year, a month's name, a time back, an era
 * or a war's start (for yearAnchoredDate); MAY_NAME_ONSET: a war's start.
 */
const MAY_ANCHOR = 1;
const MAY_NAME_ONSET = 2;
const dateCues = perSentence((ctx) => {
  const text = ctx.sentence.text;
  const onset = MAYBE_ONSET.test(text);
  return (onset || MAYBE_YEAR.test(text) || MONTH_NAME.test(text) ? MAY_ANCHOR : 0) | (onset ? MAY_NAME_ONSET : 0);
});
/** The year phrases of a sentence with a dated article (asked only past MAY_ANCHOR). */
const sentencePhrases = perSentence((ctx) =>
  yearPhrases(
    ctx.doc.tokens,
    ctx.sentence.firstToken,
    ctx.sentence.endToken,
    ctx.doc.article.date!,
    dayBefore(monthStart(ctx.doc.article.date!)),
  ),
);

/**
 * Phrases that put an act in the past without naming when ("Back then you supported the strategy", "We managed to
 * broker this compromise at that time", "in Soviet times Moscow recognised …"): history, no day, like "in 2014".
 * "at the time of writing" and "at the time when …" name a time by what follows, and are left alone.
 */
const PAST_TIMES: readonly (readonly string[])[] = [
  ['back', 'then'],
  ['at', 'that', 'time'],
  ['at', 'the', 'time'],
  ['in', 'those', 'years'],
  ['in', 'those', 'days'],
  ['in', 'soviet', 'times'],
  ['during', 'soviet', 'times'],
  // "At one time, APEC endorsed …": once, long since; the article's day it is not.
  ['at', 'one', 'time'],
];

/**
 * Named eras of the past, as the words that end them and the last year they cover: "in World War II", "during the
 * Great Patriotic War", "during the Holocaust" date an act as surely as "in 1943" does.
 */
const ERAS: readonly (readonly [readonly string[], number])[] = [
  [['world', 'war', 'ii'], 1945],
  [['world', 'war', 'two'], 1945],
  [['world', 'war', '2'], 1945],
  [['second', 'world', 'war'], 1945],
  [['great', 'patriotic', 'war'], 1945],
  [['wwii'], 1945],
  [['ww2'], 1945],
  [['holocaust'], 1945],
  [['first', 'world', 'war'], 1918],
  [['world', 'war', 'i'], 1918],
  [['cuban', 'missile', 'crisis'], 1962],
  [['cold', 'war'], 1991],
  // "during the Soviet era", "in the communist period": the Soviet state's time, which ended in 1991.
  [['soviet', 'era'], 1991],
  [['soviet', 'period'], 1991],
  [['communist', 'era'], 1991],
  [['communist', 'period'], 1991],
];

/**
 * Past rulers and regimes after "under", with the last year they ruled: "under Stalin", "under Soviet rule", "under
 * the tsars". (Not "under Putin": a ruler of now.)
 */
const PAST_RULES: readonly (readonly [readonly string[], number])[] = [
  [['stalin'], 1953],
  [['lenin'], 1924],
  [['khrushchev'], 1964],
  [['brezhnev'], 1982],
  [['soviet', 'rule'], 1991],
  [['communist', 'rule'], 1991],
  [['communism'], 1991],
  [['the', 'soviets'], 1991],
  [['the', 'tsars'], 1917],
  [['tsarist', 'rule'], 1917],
];

/** Nouns of a state's end: "the collapse of the Soviet Union", "the break-up of the USSR". */
const STATE_ENDS = new Set(['collapse', 'dissolution', 'breakup', 'break-up', 'disintegration', 'fall', 'demise']);

/**
 * States and regimes of the past, named as an act's doer or target: "the Soviet Union supported their anti-colonial
 * struggles", "Nazi Germany, which attacked our Motherland", "Hitler's armada invaded", "the Red Army liberated",
 * "Soviet officials requested a base". (Not "neo-Nazis", a label of today, nor "post-Soviet" or "former Soviet"
 * states, nor "Soviet-era" arms.)
 */
const PAST_REGIME =
  /(?<!neo-)\b(?:soviet union|ussr|nazi germany|hitler|wehrmacht|third reich|red army)\b|(?<!post-|former )\bsoviets?\b(?!-era)/i;
/** A title its holder had then, not now: "then-President Yanukovych", "the then prime minister", "then-Soviet". */
const THEN_TITLE =
  /\b[Tt]he then\b|\bthen-[A-Za-z]|\bthen (?:President|Prime|Premier|Chancellor|Foreign|Defen[cs]e|Secretary|Minister|Soviet|US|U\.S\.)\b/;
/** How far after "then" the title's holder may be named, in characters: "the then British prime minister, Tony Blair". */
const THEN_REACH = 50;

/** The actor named `name` is written right after the "then" title at character `at`. */
function titledThen(text: string, at: number, name: string): boolean {
  const k = text.indexOf(name, at);
  return k >= 0 && k - at <= THEN_REACH;
}

/** Auxiliaries that put the verb after them in the past: "did pull", "had deported", "was killing". */
const PAST_AUXILIARIES = new Set(['did', 'had', 'was', 'were']);

/**
 * An event's date: the one a year-bearing phrase of its clause gives, else its sentence's (dates.ts). An act told in
 * the past tense of a past regime (PAST_REGIME, as its source or target) is history: no day, like an act "in 1943".
 */
/**
 * One of the actors is a past regime ("the Soviet Union") named in the sentence's text. A module function, not a
 * named closure in `dateOfEvent`: under tsx every named closure made costs a `__name` call (Object.defineProperty).
 */
function pastRegimeNamed(actors: readonly (Actor | null)[], text: string): boolean {
  for (const a of actors) if (a !== null && PAST_REGIME.test(a.text) && text.includes(a.text)) return true;
  return false;
}

export function dateOfEvent(
  ctx: SentenceContext,
  trigger: number,
  triggerEnd: number,
  actors: readonly (Actor | null)[] = [],
): string | null {
  const anchored = yearAnchoredDate(ctx, trigger, triggerEnd);
  if (anchored !== undefined) return anchored;
  // "since the start of the invasion", "since the Russian invasion began": the war, named for its start, is history.
  const { firstToken, endToken, text } = ctx.sentence;
  if ((dateCues(ctx) & MAY_NAME_ONSET) !== 0 && warNamedForItsStart(ctx.doc.tokens, trigger, firstToken, endToken))
    return null;
  // Named in the sentence itself: a pronoun carries its antecedent's words ("They discussed" after "Soviet times").
  // "Soviet authorities attempted to suppress …": the infinitive of a verb in the past is of its time.
  const verb = infinitiveOfPastVerb(ctx, trigger) ? trigger - 2 : trigger;
  if (
    (pastRegimeNamed(actors, text) || pastRegimeSubject(ctx, verb)) &&
    (pastTense(ctx, verb) || pastTaggedAdjective(ctx, verb))
  )
    return null;
  // "then-President Yanukovych agreed", "the then British prime minister": a title held then, an act of that time.
  const then = THEN_TITLE.exec(text);
  if (then !== null && actors.some((a) => a !== null && titledThen(text, then.index, a.text))) return null;
  if (anniversaryRelative(ctx, trigger) || firstToRecognise(ctx, trigger)) return null;
  // "two weeks after rebels kidnapped …": the span before "after" moves the clause's act off the sentence's day.
  const spanned = spanClauseDate(ctx, trigger);
  if (spanned !== undefined) return spanned;
  const dated = sentenceDated(ctx);
  // "as you recall, we met in Minsk": history the listeners know, unless the sentence names its day.
  if (dated.at < 0 && recalledPast(ctx, trigger, pastTense(ctx, trigger))) return null;
  // "He recalled that Belarus hosted the talks": a reminder's act in the past is history too.
  if (dated.at < 0 && remindedPast(ctx, trigger, (k) => pastTense(ctx, k))) return null;
  // "her first appearance since Russia invaded Ukraine": the act that starts a span is history, unless a day is named.
  if (dated.at < 0 && sinceClauseAct(ctx, trigger, pastTense(ctx, trigger))) return null;
  // "After Russia's aggression in 2014, NATO strengthened its flank": an act after a past time is history.
  if (dated.at < 0 && afterPastDate(ctx, trigger)) return null;
  // "In the run-up to the 2017 election, Le Pen had flown to Moscow": an act at an occasion of a past year is history.
  if (dated.at < 0 && openingOccasion(ctx, trigger)) return null;
  // "visited a bridge in Irpin where Russian forces shelled civilians": what the place is visited for is history.
  if (dated.at < 0 && visitedPlacePast(ctx, trigger, (k) => pastTense(ctx, k))) return null;
  // "100 days since Russia launched its aggression": an event noun whose light verb starts the span is history too.
  if (dated.at < 0 && ctx.doc.tokens[trigger]!.pos === 'NOUN' && /\bsince\b/i.test(text)) {
    const verb = lightVerbBefore(ctx, trigger);
    if (verb !== null && sinceClauseAct(ctx, verb, pastTense(ctx, verb))) return null;
  }
  // "the talks took place on March 29, before Moscow launched a new offensive": the day bounds the clause after it.
  if (dated.at >= 0 && actAfterBound(ctx, dated.at, trigger)) return null;
  // "said on Wednesday that … a town where bodies were found after it was occupied": a later clause's bound act.
  if (dated.at >= 0 && pastActInLaterBound(ctx, dated.at, trigger)) return null;
  // "informed Putin about his talks with Aliyev on April 6": the day is the talks', and the act keeps the article's.
  if (dated.at >= 0 && dayOfAnotherOccasion(ctx, dated.at, trigger, triggerEnd)) return ctx.doc.article.date;
  // "had a telephone conversation with Merkel, who completed her term on December 8": the day is the clause's own.
  if (dated.at >= 0 && dayInOtherRelative(ctx, dated.at, trigger, triggerEnd)) return ctx.doc.article.date;
  // "Russia denies it plans to invade, but there were reports on Sunday": the day is the later clause's.
  if (dated.at >= 0 && dayInContrastedClause(ctx, dated.at, trigger, triggerEnd)) return ctx.doc.article.date;
  // "said that Monday's meeting is a critical step": the day is the meeting's, and the act keeps the article's.
  if (dated.at >= 0 && dayOfDescribedNoun(ctx, dated.at, trigger, triggerEnd)) return ctx.doc.article.date;
  // "have been killed since Russia invaded on February 24": the day starts the span the act is counted over.
  if (dated.at >= 0 && dayOfSpanStart(ctx, dated.at, triggerEnd)) return ctx.doc.article.date;
  // "withdrew its troops before 24 February": done some time before or after the day, on none the sentence names.
  if (dated.at < 0 && dated.bound >= 0 && boundedAct(ctx, dated.bound, trigger)) return null;
  // "On the night of February 27, the buildings were seized", told on February 21: an earlier year's day (retold-days.ts).
  if (dated.at < 0 && retoldDay(ctx, dated.ahead, pastTense(ctx, trigger))) return null;
  // "Truss has previously accused China": done at some earlier time, by a doer named (previous-acts.ts).
  if (dated.at < 0 && actors[0] !== null && actors[0] !== undefined && previouslyDone(ctx, trigger)) return null;
  // "On February 20, 2014, Russia committed a crime. … Russian troops began occupying Crimea.": the story of an earlier
  // year goes on, told in the past, in the sentences after its opening (narrated-years.ts).
  if (dated.at < 0 && narratedYear(ctx)) return null;
  return dated.date;
}

/**
 * The trigger, a verb in the simple past, is the act of the clause an "after" clause naming a month or year before the
 * article's month is joined to (after-dates.ts).
 */
function afterPastDate(ctx: SentenceContext, trigger: number): boolean {
  const articleDate = ctx.doc.article.date;
  if (articleDate === null || (dateCues(ctx) & MAY_ANCHOR) === 0 || !/\b(?:after|following)\b/i.test(ctx.sentence.text))
    return false;
  if (!pastTense(ctx, trigger) || PAST_AUXILIARIES.has(ctx.doc.tokens[trigger - 1]?.lower ?? '')) return false;
  const first = ctx.sentence.firstToken;
  const tokens = ctx.doc.tokens;
  if (
    sentencePhrases(ctx).some(
      (p) => phraseDate(p, articleDate) === null && afterPastTime(tokens, first, p.first, p.last, trigger),
    )
  )
    return true;
  // "After the 2014 coup, part of the population did not accept …": a past year on the noun of the "after" phrase.
  const years = attributiveYears(tokens, first, ctx.sentence.endToken, Number(articleDate.slice(0, 4)));
  return years.some((y) => afterPastTime(tokens, first, y, y + 1, trigger));
}

/** The trigger, a verb in the past, is the act of a clause after an opening occasion of a past year (opening-occasions.ts). */
function openingOccasion(ctx: SentenceContext, trigger: number): boolean {
  const articleDate = ctx.doc.article.date;
  if (articleDate === null || (dateCues(ctx) & MAY_ANCHOR) === 0) return false;
  if (!pastTense(ctx, trigger) && !purposeOfPast(ctx, trigger)) return false;
  const { firstToken, endToken } = ctx.sentence;
  return openingOccasionYear(ctx.doc.tokens, firstToken, endToken, Number(articleDate.slice(0, 4)), trigger);
}

/**
 * The trigger is a to-infinitive whose clause's verb before it, with no comma between, is in the past: "had flown to
 * Moscow to meet with Putin", "attempted to suppress".
 */
function purposeOfPast(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.pos !== 'VERB' || tokens[trigger - 1]?.lower !== 'to') return false;
  for (let k = trigger - 2; k >= ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (t.pos === 'VERB') return pastTense(ctx, k);
  }
  return false;
}

/** Copulas of a past rank: "was the first to", "were among the first to", "became the first country to". */
const PAST_RANK = new Set(['was', 'were', 'became', 'among']);

/**
 * "Poland was the first country to recognise Ukraine's independence", "Poland and Lithuania were among the first to
 * recognize our independence": a state's independence is recognised once, and the boast retells it as history.
 */
function firstToRecognise(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.lemma !== 'recognise' && tokens[trigger]!.lemma !== 'recognize') return false;
  if (tokens[trigger - 1]?.lower !== 'to') return false;
  let k = trigger - 2;
  while (k > trigger - 5 && tokens[k]?.lower !== 'first' && /^(?:NOUN|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.lower !== 'first' || tokens[k - 1]?.lower !== 'the') return false;
  // "was one of the first to recognise": past "one of" to the copula.
  const rank = tokens[k - 2]?.lower === 'of' && tokens[k - 3]?.lower === 'one' ? k - 4 : k - 2;
  if (!PAST_RANK.has(tokens[rank]?.lower ?? '')) return false;
  for (let j = trigger + 1; j < Math.min(ctx.sentence.endToken, trigger + 7); j++)
    if (tokens[j]!.lower === 'independence') return true;
  return false;
}

/** Words that open a relative clause about the noun before them. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'when']);

/**
 * The trigger is the verb of a relative clause whose antecedent is the object of "anniversary of": "the 160th
 * anniversary of the January Uprising, during which Poles and Ukrainians fought …", "the anniversary of the Carnation
 * Revolution, which freed you from the dictatorship". What an anniversary recalls is history, however it is told.
 */
function anniversaryRelative(ctx: SentenceContext, trigger: number): boolean {
  if (!ctx.sentence.text.includes('anniversar')) return false;
  const tokens = ctx.doc.tokens;
  // A verb in the past ("freed", "fought"), not "which we celebrate" or "which will mark".
  const verb = tokens[trigger]!;
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma || /(?:s|ing)$/.test(verb.lower)) return false;
  const first = ctx.sentence.firstToken;
  let k = trigger - 1;
  for (; k >= first && !RELATIVE_OPENERS.has(tokens[k]!.lower); k--) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.text === ';') return false;
  }
  // "during which", "in which": the preposition belongs to the opener.
  let j = tokens[k - 1]?.pos === 'ADP' ? k - 2 : k - 1;
  for (const stop = j - 8; j > first && j > stop; j--) {
    const t = tokens[j]!;
    if (t.lower === 'of') return tokens[j - 1]!.lemma.startsWith('anniversar');
    if (!/^(?:NOUN|PROPN|ADJ|DET|NUM|PUNCT)$/.test(t.pos)) return false;
  }
  return false;
}

/** The verb at `trigger` is in the past: "supported", "did pull", "was killing" (not "supports", "will attack"). */
function pastTense(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const verb = tokens[trigger]!;
  // "the camp was liberated by the Soviet Army": a passive participle the tagger reads as an adjective.
  if (verb.pos !== 'VERB' && !(verb.pos === 'ADJ' && verb.lower.endsWith('ed'))) return false;
  let k = trigger - 1;
  while (k >= ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  const before = tokens[k];
  if (verb.pos === 'ADJ') return k >= ctx.sentence.firstToken && (before!.lower === 'was' || before!.lower === 'were');
  if (before !== undefined && k >= ctx.sentence.firstToken && before.pos === 'AUX')
    return PAST_AUXILIARIES.has(before.lower);
  // A regular past ("supported") or an irregular one ("fought", "began"), not "supports" or "fighting".
  return verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower);
}

/** The verb at `trigger` is in the simple past with no auxiliary: "made" (not "had supported", "was supporting"). */
function unaidedPast(ctx: SentenceContext, trigger: number): boolean {
  return simplePast(ctx.doc.tokens[trigger]!) && ctx.doc.tokens[trigger - 1]?.pos !== 'AUX';
}

/** The trigger is the to-infinitive of a verb in the past right before it: "attempted to suppress". */
function infinitiveOfPastVerb(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  return (
    tokens[trigger]!.pos === 'VERB' &&
    tokens[trigger - 1]?.lower === 'to' &&
    trigger - 2 >= ctx.sentence.firstToken &&
    tokens[trigger - 2]!.pos === 'VERB' &&
    pastTense(ctx, trigger - 2)
  );
}

/** Words that close the subject's stretch before a verb: another clause or a list. */
const SUBJECT_BREAKS = new Set([',', ';', ':', '—', '–', 'which', 'who', 'that', 'when', 'while', 'and', 'but']);
/** How far back from the verb its subject's words may stand ("The heroes of the Red Army fought"). */
const SUBJECT_REACH = 8;

/**
 * "The Red Army fought the enemy near Moscow", "the heroes of the Red Army fought": a past regime's forces named in
 * the words right before the verb, in its clause, whether or not an actor stands for them.
 */
function pastRegimeSubject(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = Math.max(ctx.sentence.firstToken, trigger - SUBJECT_REACH);
  let k = trigger - 1;
  while (k >= first && !SUBJECT_BREAKS.has(tokens[k]!.lower) && tokens[k]!.pos !== 'VERB') k--;
  if (k === trigger - 1) return false;
  let words = '';
  for (let j = k + 1; j < trigger; j++) words += `${tokens[j]!.text} `;
  return PAST_REGIME.test(words);
}

/**
 * "Soviet soldiers liberated Kyiv": a past in -ed the tagger reads as an adjective, right after its subject's noun and
 * before its object. (Only for a past regime's act: elsewhere "troops stationed there" is a participle of description.)
 */
function pastTaggedAdjective(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const verb = tokens[trigger]!;
  if (verb.pos !== 'ADJ' || !verb.lower.endsWith('ed') || trigger <= ctx.sentence.firstToken) return false;
  const before = tokens[trigger - 1]!.pos;
  const after = tokens[trigger + 1]?.pos ?? '';
  return (before === 'NOUN' || before === 'PROPN') && /^(?:PROPN|NOUN|DET|PRON)$/.test(after);
}

/**
 * The date that a year-bearing phrase in the trigger's clause gives the event: a day, null (a past month or year
 * with no day), or undefined when no such phrase anchors it.
 */
export function yearAnchoredDate(ctx: SentenceContext, trigger: number, triggerEnd: number): string | null | undefined {
  const articleDate = ctx.doc.article.date;
  if (articleDate === null || (dateCues(ctx) & MAY_ANCHOR) === 0) return undefined;
  const phrases = sentencePhrases(ctx);
  for (const p of phrases) {
    if (!anchors(ctx, p, trigger, triggerEnd) || !bareMonthDates(ctx, p, trigger, triggerEnd)) continue;
    // "were supposed to meet in Jerusalem earlier this month": the time of what was intended, not of an act.
    if (p.earlier === true && trigger < p.first && intendedBefore(ctx, trigger)) continue;
    // "will arrive a day earlier": counted back from a time still to come.
    if (p.pastOnly === true && !pastTense(ctx, trigger)) continue;
    if (p.simplePastOnly === true && !unaidedPast(ctx, trigger)) continue;
    return phraseDate(p, articleDate);
  }
  const only = phrases.length === 1 ? phrases[0]! : undefined;
  if (only !== undefined && openingDateSpans(ctx, only, trigger)) return phraseDate(only, articleDate);
  const back = phrases.find((p) => p.monthBack === true);
  if (back !== undefined && monthBackDates(ctx, back, trigger, triggerEnd)) return null;
  return undefined;
}

/**
 * A time back with no day (YearPhrase.monthBack) undates every act of its sentence ("Last month, the minister told
 * Politico that the EU should restrict visas", "Yellen traveled to Beijing last month to warn"), but one outside the
 * clause that holds it: a clause opened after the act ("Later in the day, he met an actor who was assaulted last
 * month"), or a relative clause closed by a comma before it ("Poland, which Russia attacked 15 months ago, condemned").
 */
function monthBackDates(ctx: SentenceContext, p: YearPhrase, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  if (triggerEnd < p.first) {
    for (let j = triggerEnd + 1; j < p.first; j++) if (CLAUSE_OPENERS.has(tokens[j]!.lower)) return false;
    return true;
  }
  if (trigger <= p.last) return true;
  let relative = false;
  for (let j = p.first - 1; j >= ctx.sentence.firstToken && tokens[j]!.text !== ','; j--)
    relative ||= RELATIVE_OPENERS.has(tokens[j]!.lower);
  if (!relative) return true;
  for (let j = p.last + 1; j < trigger; j++) if (tokens[j]!.text === ',') return false;
  return true;
}

/** The date a phrase gives its act: its day, null for a month or year before the article's, else undefined. */
function phraseDate(p: YearPhrase, articleDate: string): string | null | undefined {
  if (p.day !== null) return p.day <= articleDate ? p.day : undefined;
  if (p.earlier === true) return null;
  // The article's own month (or year, for a bare year) may hold the article's day: keep the sentence's date.
  return p.periodEnd < monthStart(articleDate) ? null : undefined;
}

/** Words that move a later clause off an opening date: to the present ("now", "since"), or to another time. */
const TIME_SHIFTS = new Set(
  'now today tonight currently still since later recently yesterday ago this last next then afterwards subsequently'.split(
    ' ',
  ),
);
/** Days named by dates.ts: a sentence holding one tells of more than one time. */
const NAMED_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow)\b/i;

/**
 * "In 2019, Russia delivered a report at a FATF plenary session, and its system was recognised as one of the best",
 * "In early 2014, mass protests forced out a president after he refused to sign an EU agreement": a date that opens
 * the sentence, its only date, sets the time of the story the whole sentence tells, so every act in the past tense
 * after it (not "is", "has", "will") took place then, unless a word moves the telling to another time ("now", "since").
 */
function openingDateSpans(ctx: SentenceContext, p: YearPhrase, trigger: number): boolean {
  if (p.attributive === true || p.whenOnly === true || trigger <= p.last) return false;
  const tokens = ctx.doc.tokens;
  if (!openingPhrase(tokens, ctx.sentence.firstToken, p)) return false;
  if (NAMED_DAY.test(ctx.sentence.text)) return false;
  const participle = storyParticiple(tokens, trigger);
  if (!participle && !pastTense(ctx, trigger) && pastSaying(ctx, p.last, trigger) < 0) return false;
  for (let j = p.last + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (TIME_SHIFTS.has(t.lower) || t.text === ';') return false;
    if ((t.text === '"' || t.text === '“') && !scareQuote(tokens, j, trigger)) return false;
    // "In 2014, Russia seized Crimea, and the West has sanctions targeting it": a clause of the present between.
    if (participle && (PRESENT_AUXILIARIES.has(t.lower) || (t.pos === 'VERB' && /[^s]s$/.test(t.lower)))) return false;
  }
  return true;
}

/** Verbs of saying or vowing whose content clause is what was said then: "warned that", "vowed that". */
const SAYINGS = new Set(['vow', 'pledge', 'promise', 'threaten', 'swear']);

/**
 * "In March 2022, Mr Biden vowed that Putin would pay a severe price": a verb of saying in the past between the
 * opening date and the trigger, whose content clause ("that", right after it or after its object) holds the trigger.
 * The event said is the saying, done then. The index of that verb, else -1.
 */
function pastSaying(ctx: SentenceContext, last: number, trigger: number): number {
  const tokens = ctx.doc.tokens;
  for (let j = last + 1; j < trigger - 1; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB' || !(SPEECH_VERBS.has(t.lemma) || SAYINGS.has(t.lemma)) || !pastTense(ctx, j)) continue;
    if (tokens[j + 1]!.lower === 'that' || (tokens[j + 2]!.lower === 'that' && tokens[j + 1]!.pos !== 'VERB')) return j;
  }
  return -1;
}

/**
 * The quote mark at `j` sets off only a short noun phrase holding the trigger (a scare quote: 'pay a "severe
 * price"'), not a quoted statement: only adjectives up to the trigger, and its closing mark right after it.
 */
function scareQuote(tokens: readonly Token[], j: number, trigger: number): boolean {
  for (let k = j + 1; k < trigger; k++) if (tokens[k]!.pos !== 'ADJ') return false;
  const close = tokens[trigger + 1]?.text;
  return close === '"' || close === '”';
}

/** Auxiliaries of the present or the future. */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have', 'will', 'shall', 'can', 'may', 'must']);

/**
 * An "-ing" participle describing a noun of the story or following its clause ("supported a petition calling for
 * ratification", "generated $136 billion in revenue, thus helping the Kremlin"): it acts when the story does.
 */
function storyParticiple(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  let k = trigger - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  const before = tokens[k];
  return before !== undefined && (before.pos === 'NOUN' || before.text === ',');
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Verbs whose object may be set for a month to come: "proposed a meeting in December", "invited him in June". */
const INTENTIONS = new Set(
  'propose suggest invite offer plan agree announce schedule promise pledge decide expect urge ask request demand'.split(
    ' ',
  ),
);

/** Auxiliaries of what is to come or might be. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must']);
/** How far back from the trigger an intention or a modal may stand in its clause. */
const INTENT_REACH = 8;

/**
 * "proposed a meeting with Blinken in December", "agreed to hold a summit in February", "will visit Kyiv in June": a
 * month after an act that is intended, proposed or still to come is the time of what is intended, which news names
 * ahead as often as back. An intention verb (INTENTIONS), an infinitive or a modal up to the trigger.
 */
function intendedBefore(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = trigger; k >= Math.max(ctx.sentence.firstToken, trigger - INTENT_REACH); k--) {
    const t = tokens[k]!;
    // "were supposed to meet …, but the Vatican called the trip off in April": another clause's intention.
    if (t.text === ',' || t.text === ';') return false;
    if (t.pos === 'VERB' && INTENTIONS.has(t.lemma)) return true;
    // "called on the leaders at the summit in May to lead": a call on or for someone asks; "called the trip off" not.
    if (t.lemma === 'call' && /^(?:on|for|upon)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // "is said to have attacked Kyiv in March": a past infinitive tells a past act, not an intended one (date-reach.ts).
    if (MODALS.has(t.lower) || (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB' && !pastInfinitive(tokens, k)))
      return true;
  }
  return false;
}

/** "thanked the EU for the payment … at the end of October": a "for" between the act and the month, its reason's time. */
function reasonBetween(tokens: readonly Token[], triggerEnd: number, first: number): boolean {
  for (let j = triggerEnd + 1; j < first; j++) if (tokens[j]!.lower === 'for') return true;
  return false;
}

/**
 * A bare month (YearPhrase.bareMonth) dates a verb in the past ("In March, the ICC issued"), or an event noun when the
 * month is earlier in the article's year ("the Prime Minister's visit to Russia in April"), not "will visit in March".
 */
function bareMonthDates(ctx: SentenceContext, p: YearPhrase, trigger: number, triggerEnd: number): boolean {
  if (p.bareMonth === undefined) return true;
  // "which was agreed upon during a meeting in November": the month of the occasion it was agreed at.
  if (
    trigger < p.first &&
    !occasionBefore(ctx.doc.tokens, p.first) &&
    (intendedBefore(ctx, trigger) || reasonBetween(ctx.doc.tokens, triggerEnd, p.first))
  )
    return false;
  // "tensions have risen since November, when troops massed": the span's start is not the main clause's time.
  if (p.whenOnly === true && trigger < p.first) return false;
  const tokens = ctx.doc.tokens;
  // "Putin said in March that Moscow is ready to …": the month of the saying, in the past, dates what it tells.
  if (saidThen(tokens, p.first, p.last, trigger, ctx.sentence.firstToken)) return true;
  const t = tokens[trigger]!;
  if (t.pos === 'NOUN') return p.bareMonth === 'thisYear';
  // "hit and damaged the memorial in early March", "in July, accusing him of …" (date-reach.ts).
  return (
    pastTense(ctx, trigger) || pastByJoin(tokens, trigger) || participleAfterDate(tokens, p.first, p.last, trigger)
  );
}

/** `pastEnd`: the last day before the article's month, the end of a past named by no date ("back then"). */
function yearPhrases(
  tokens: readonly Token[],
  first: number,
  end: number,
  articleDate: string,
  pastEnd: string,
): YearPhrase[] {
  const articleYear = Number(articleDate.slice(0, 4));
  const found: YearPhrase[] = [];
  for (let i = first; i < end; i++) {
    const w = tokens[i]!.lower;
    const phrase =
      w === 'ago'
        ? (yearsAgo(tokens, i, first, articleYear) ??
          monthsAgo(tokens, i, first, pastEnd) ??
          vagueAgo(tokens, i, first, pastEnd))
        : w === 'then' || w === 'time' || w === 'years' || w === 'days' || w === 'times'
          ? (pastTime(tokens, i, first, end, pastEnd) ?? pastYears(tokens, i, first, pastEnd))
          : w === 'decades' || w === 'centuries'
            ? pastYears(tokens, i, first, pastEnd)
            : w === 'month'
              ? (lastMonth(tokens, i, first, pastEnd) ?? earlierThis(tokens, i, first, articleDate))
              : w === 'week'
                ? (earlierThis(tokens, i, first, articleDate) ?? countedBack(tokens, i, first, end, articleDate))
                : w === 'before' || w === 'earlier' || w === 'day'
                  ? countedBack(tokens, i, first, end, articleDate)
                  : w === 'year' || SEASONS.has(w)
                    ? (lastOrThisYear(tokens, i, first, articleYear) ?? earlierThis(tokens, i, first, articleDate))
                    : tokens[i]!.pos === 'PUNCT'
                      ? null
                      : (writtenYear(tokens, i, first) ??
                        namedEra(tokens, i, first) ??
                        unionsEnd(tokens, i, first) ??
                        monthOnly(tokens, i, first, articleDate) ??
                        warStart(tokens, i, first, pastEnd));
    if (phrase !== null) found.push(phrase);
  }
  return found;
}

/** "in 2014", "on 21 February 2014", "in the spring of 2014", "in 1932-1933", "in the 1960s". */
function writtenYear(tokens: readonly Token[], i: number, first: number): YearPhrase | null {
  const decade = DECADE.exec(tokens[i]!.lower);
  const m = decade === null ? (YEAR.exec(tokens[i]!.lower) ?? olderYear(tokens, i)) : null;
  if (m === null && decade === null) return null;
  const endYear =
    decade !== null
      ? `${decade[1]}9`
      : m![2] === undefined
        ? m![1]!
        : m![2].length === 2
          ? m![1]!.slice(0, 2) + m![2]
          : m![2];
  const { k, month, day } = monthAndDay(tokens, i - 1, first);
  if (k < first) return null;
  const periodEnd = month !== 0 ? lastDayOfMonth(Number(endYear), month) : `${endYear}-12-31`;
  if (attributiveDate(tokens, k, i, month, day)) return { first: k, last: i, day: null, periodEnd, attributive: true };
  const fullDay = m !== null && m[2] === undefined && day !== 0 ? isoDay(Number(m[1]), month, day) : null;
  // "from 1999 to 2008", "between 1932-33", "from 2012-14": a closed span of years is a time like "in 2008" (its last
  // year counts, so one that ends before the article's month is history).
  const span = closedSpan(tokens, k, m !== null && m[2] !== undefined, first);
  if (span >= 0) return { first: span, last: i, day: null, periodEnd };
  // "as early as 2002", "as far back as 1994", "as long ago as 2008": a time like "in 2002".
  const asEarly = asEarlyAs(tokens, k, first);
  if (asEarly >= 0) return { first: asEarly, last: i, day: fullDay, periodEnd };
  // "By 2019, he was accusing Trump of racism", "But by 2014 Russia had moved troops": a past year as the bound of
  // a story, opening it, dates its acts in the past.
  if (tokens[k]!.lower === 'by' && openingBy(tokens, first, k) && m !== null)
    return { first: k, last: i, day: fullDay, periodEnd, pastOnly: true };
  if (!(AT_TIME.has(tokens[k]!.lower) || atThe(tokens, k, i))) {
    if (SPAN.has(tokens[k]!.lower) && whenAfter(tokens, i) >= 0)
      return { first: k, last: i, day: fullDay, periodEnd, whenOnly: true };
    // "look back into 2021 when …", "return to 1997 levels when …": the year names the "when" clause's time
    // (date-reach.ts), which alone it dates; its phrase runs to the nouns it qualifies.
    const when = whenAfterYear(tokens, i);
    if (when < 0) return null;
    const last = tokens[when - 1]!.text === ',' ? when - 2 : when - 1;
    return { first: k, last, day: fullDay, periodEnd, whenOnly: true, whenYear: true };
  }
  return { first: k, last: i, day: fullDay, periodEnd };
}

/** A year of the 16th to the 19th century: "annexed Crimea in 1783", "in 1654". */
const OLDER_YEAR = /^(1[5-8]\d\d)$/;

/**
 * A year before 1900 ("Russia annexed Crimea in 1783"), matched as YEAR is. Not a count of things ("destroyed 1873
 * schools", "in 1500 villages"): no noun, adjective or number right after it.
 */
function olderYear(tokens: readonly Token[], i: number): RegExpExecArray | null {
  const m = OLDER_YEAR.exec(tokens[i]!.lower);
  if (m === null || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  return m;
}

/** The "by" at `k` opens the sentence, past adverbs, conjunctions and punctuation ("But by 2019"). */
function openingBy(tokens: readonly Token[], first: number, k: number): boolean {
  for (let j = first; j < k; j++) if (!/^(?:ADV|CCONJ|PUNCT)$/.test(tokens[j]!.pos)) return false;
  return true;
}

/** The words between the two "as" of "as early as 2002", backwards from the second. */
const AS_EARLY = [['early'], ['late'], ['back', 'far'], ['ago', 'long']];

/**
 * The first "as" of "as early as", "as late as", "as far back as" or "as long ago as" whose last "as" is at `k`,
 * else -1.
 */
function asEarlyAs(tokens: readonly Token[], k: number, first: number): number {
  if (tokens[k]?.lower !== 'as') return -1;
  for (const words of AS_EARLY) {
    let j = k - 1;
    for (const w of words) {
      if (j < first || tokens[j]!.lower !== w) break;
      j--;
    }
    if (k - 1 - j === words.length && j >= first && tokens[j]!.lower === 'as') return j;
  }
  return -1;
}

/** Prepositions that open a closed span of years: "from 1999 to 2008", "between 1924 and 1953". */
const SPAN_OPENERS = new Set(['from', 'between']);
/** Words that close it before its last year. */
const SPAN_CLOSERS = new Set(['to', 'until', 'till', 'and', 'through']);

/**
 * The first token of a closed span of years whose last year stands after `k` ("from 1999 to 2008", "between 1924 and
 * 1953", or a range of years, `range`, right after the opener: "from 2012-14", "between 1932-33"), else -1.
 */
function closedSpan(tokens: readonly Token[], k: number, range: boolean, first: number): number {
  if (k < first) return -1;
  const w = tokens[k]!.lower;
  if (range) return SPAN_OPENERS.has(w) ? k : -1;
  if (!SPAN_CLOSERS.has(w) || k - 2 < first || !YEAR.test(tokens[k - 1]!.lower)) return -1;
  const opener = monthAndDay(tokens, k - 2, first).k;
  return opener >= first && SPAN_OPENERS.has(tokens[opener]!.lower) ? opener : -1;
}

/**
 * "a September 2023 trip", "the March 2014 referendum": an article, a month and a year, and a noun (or its modifier)
 * right after. (A bare year, "the 2022 budget", may name a plan as well as a time, and is left alone.)
 */
function attributiveDate(tokens: readonly Token[], k: number, year: number, month: number, day: number): boolean {
  if (month === 0 || day !== 0 || tokens[k]!.pos !== 'DET' || k !== year - 2) return false;
  return /^(?:NOUN|PROPN|ADJ)$/.test(tokens[year + 1]?.pos ?? '');
}

/** "at the end of September 2021", "at the beginning of 2014": "at" before a part of a period is a time too. */
function atThe(tokens: readonly Token[], k: number, year: number): boolean {
  return (
    tokens[k]!.lower === 'at' && tokens[k + 1]?.lower === 'the' && k + 2 < year && FILLERS.has(tokens[k + 2]!.lower)
  );
}

/** A bare month (month-dates.ts) as a year phrase with no day. */
function monthOnly(tokens: readonly Token[], i: number, first: number, articleDate: string): YearPhrase | null {
  const m = bareMonth(tokens, i, first, articleDate);
  if (m === null) return null;
  const bare = m.thisYear ? 'thisYear' : 'lastYear';
  return {
    first: m.first,
    last: m.last,
    day: null,
    periodEnd: m.periodEnd,
    whenOnly: m.whenOnly,
    bareMonth: bare,
    ...(m.earlier === true ? { earlier: true } : {}),
  };
}

/** "in World War II", "during the Great Patriotic War": a named era of the past (ERAS) after a preposition of time. */
function namedEra(tokens: readonly Token[], i: number, first: number): YearPhrase | null {
  for (const [words, lastYear] of PAST_RULES) {
    const start = i - words.length + 1;
    if (start - 1 < first || tokens[start - 1]!.lower !== 'under' || !wordsAt(tokens, start, words)) continue;
    return { first: start - 1, last: i, day: null, periodEnd: `${lastYear}-12-31` };
  }
  for (const [words, lastYear] of ERAS) {
    const start = i - words.length + 1;
    if (start < first || !wordsAt(tokens, start, words)) continue;
    let k = start - 1;
    while (k >= first && FILLERS.has(tokens[k]!.lower)) k--;
    if (k < first || !AT_TIME.has(tokens[k]!.lower)) return null;
    return { first: k, last: i, day: null, periodEnd: `${lastYear}-12-31` };
  }
  return null;
}

/**
 * "after the collapse of the Soviet Union", "following the dissolution of the USSR", ending at `i`: the end of 1991,
 * named by an "after" clause (afterOnly). ("since the collapse of …" opens a span, which dates nothing.)
 */
function unionsEnd(tokens: readonly Token[], i: number, first: number): YearPhrase | null {
  const w = tokens[i]!.lower;
  const of = w === 'ussr' ? i - 2 : w === 'union' && tokens[i - 1]?.lower === 'soviet' ? i - 3 : -1;
  if (of - 2 < first || tokens[of]?.lower !== 'of' || tokens[of + 1]?.lower !== 'the') return null;
  if (!STATE_ENDS.has(tokens[of - 1]!.lower) || tokens[of - 2]!.lower !== 'the') return null;
  if (!AFTER_WORDS.has(tokens[of - 3]?.lower ?? '') || of - 3 < first) return null;
  return { first: of - 2, last: i, day: null, periodEnd: '1991-12-31', afterOnly: true };
}

/** Words that open an "after" clause or phrase. */
const AFTER_WORDS = new Set(['after', 'following']);

/**
 * "at the start of the invasion", "in the first days of the war", "when the war began" (war-onsets.ts): a past with
 * no day, like "back then". (Not "since the start of the war": a span's start dates no act of the span.)
 */
function warStart(tokens: readonly Token[], i: number, first: number, pastEnd: string): YearPhrase | null {
  const onset = onsetAt(tokens, i, first);
  if (onset === null) return null;
  // "From the very first day of the conflict, he made an appeal to Putin": a span's start, for a simple past.
  if (onset.opener === 'from' && openingWords(tokens, first, onset.first))
    return { first: onset.first, last: onset.last, day: null, periodEnd: pastEnd, simplePastOnly: true };
  if (!placesAct(onset)) return null;
  return { first: onset.first, last: onset.last, day: null, periodEnd: pastEnd };
}

/** Only punctuation stands before `at` in the sentence: an opening quote mark. */
function openingWords(tokens: readonly Token[], first: number, at: number): boolean {
  for (let j = first; j < at; j++) if (tokens[j]!.pos !== 'PUNCT') return false;
  return true;
}

/** "back then", "at that time", "in those years" (PAST_TIMES), ending at `i`: the past, with no day. */
function pastTime(tokens: readonly Token[], i: number, first: number, end: number, pastEnd: string): YearPhrase | null {
  for (const words of PAST_TIMES) {
    const start = i - words.length + 1;
    if (start < first || !wordsAt(tokens, start, words)) continue;
    const next = i + 1 < end ? tokens[i + 1]!.lower : '';
    if (next === 'of' || next === 'when') return null;
    return { first: start, last: i, day: null, periodEnd: pastEnd };
  }
  return null;
}

/** Whether the tokens from `start` on are the words. (No closure over `start`: V8 would allocate a context per era.) */
function wordsAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[start + n]!.lower !== words[n]) return false;
  return true;
}

/** "last year", "in October last year", "last summer", "in February this year", "early this year". */
function lastOrThisYear(tokens: readonly Token[], i: number, first: number, articleYear: number): YearPhrase | null {
  const before = tokens[i - 1]?.lower;
  if (i - 1 < first || (before !== 'last' && before !== 'this')) return null;
  // "over the last year", "the last year of his term": a span, or a year of something else.
  if (tokens[i - 2]?.lower === 'the') return null;
  const year = before === 'last' ? articleYear - 1 : articleYear;
  if (tokens[i]!.lower !== 'year') {
    // A season: "last summer" is past; "this summer" may be to come, and "last winter" may be the one now ending.
    return before === 'last' && tokens[i]!.lower !== 'winter'
      ? { first: i - 1, last: i, day: null, periodEnd: `${articleYear - 1}-12-31` }
      : null;
  }
  const { k, month, day } = monthAndDay(tokens, i - 2, first);
  if (month !== 0 && k >= first && AT_TIME.has(tokens[k]!.lower)) {
    return {
      first: k,
      last: i,
      day: day !== 0 ? isoDay(year, month, day) : null,
      periodEnd: lastDayOfMonth(year, month),
    };
  }
  // "early this year": its first months, past once the article is later in the year ("we met early this year", told in
  // November); "this year" alone is the article's own year.
  if (before === 'this' && tokens[i - 2]?.lower === 'early' && i - 2 >= first)
    return { first: i - 2, last: i, day: null, periodEnd: `${year}-03-31` };
  return before === 'last' ? { first: i - 1, last: i, day: null, periodEnd: `${year}-12-31` } : null;
}

/** "a year ago", "two years ago", "decades ago". */
function yearsAgo(tokens: readonly Token[], i: number, first: number, articleYear: number): YearPhrase | null {
  const unit = tokens[i - 1]?.lower ?? '';
  if (i - 1 < first || !/^(?:years?|decades?)$/.test(unit)) return null;
  const count = tokens[i - 2] === undefined || i - 2 < first ? undefined : tokens[i - 2]!.lower;
  const n = count === undefined ? 1 : (NUMBER_WORDS.get(count) ?? (/^\d+$/.test(count) ? Number(count) : 1));
  const years = Math.max(1, n) * (unit.startsWith('decade') ? 10 : 1);
  let start = count !== undefined && (NUMBER_WORDS.has(count) || /^\d+$/.test(count)) ? i - 2 : i - 1;
  // "in December 30 years ago": the month before the span is the phrase's, and so is its preposition.
  if (start - 2 >= first && MONTHS.has(tokens[start - 1]!.lower) && AT_TIME.has(tokens[start - 2]!.lower)) start -= 2;
  return { first: start, last: i, day: null, periodEnd: `${articleYear - years}-12-31` };
}

/**
 * "15 months ago", "three months ago", "a month ago": a count of months names a month, not a day ("less than three
 * months ago, in late November"; "just over two months ago" for an invasion ten weeks back), so the act is undated
 * like one "in November". (dates.ts would count the days back to a day the text never gave.)
 */
function monthsAgo(tokens: readonly Token[], i: number, first: number, pastEnd: string): YearPhrase | null {
  const unit = tokens[i - 1]?.lower;
  if (i - 2 < first || (unit !== 'months' && unit !== 'month')) return null;
  const count = tokens[i - 2]!.lower;
  const n = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS.get(count) ?? 0);
  if (n < 1 || restatesDate(tokens, i - 2)) return null;
  return { first: i - 2, last: i, day: null, periodEnd: pastEnd, monthBack: true };
}

/** Counts that leave a number of days, weeks or months unsaid: "several days ago", "a few weeks ago". */
const VAGUE_COUNTS = new Set(['several', 'few', 'couple', 'some', 'many']);

/**
 * "some time ago", "long time ago", "a while ago", "not long ago", and days, weeks or months with no number ("several days ago", "a
 * few weeks ago", "a couple of weeks ago", "weeks ago"): the past, with no day. The article's own day it is not.
 */
function vagueAgo(tokens: readonly Token[], i: number, first: number, pastEnd: string): YearPhrase | null {
  const unit = tokens[i - 1]?.lower;
  const before = tokens[i - 2]?.lower;
  if (i - 1 < first) return null;
  const phrase = (start: number): YearPhrase => ({ first: start, last: i, day: null, periodEnd: pastEnd });
  if (unit === 'days' || unit === 'weeks' || unit === 'months') {
    const back = (start: number): YearPhrase | null =>
      restatesDate(tokens, start) ? null : { ...phrase(start), monthBack: true };
    // "a couple of weeks ago": the count stands before "of".
    const count = before === 'of' ? tokens[i - 3]?.lower : before;
    const start = before === 'of' ? i - 3 : i - 2;
    if (start >= first && count !== undefined && VAGUE_COUNTS.has(count)) return back(start);
    // "weeks ago" alone; "two weeks ago" and "10 days ago" name their day (dates.ts).
    const counted =
      i - 2 >= first && (tokens[i - 2]!.pos === 'NUM' || NUMBER_WORDS.has(before ?? '') || /^\d/.test(before ?? ''));
    return counted ? null : back(i - 1);
  }
  // "not long ago", "not so long ago", "long ago": as vague as "some time ago".
  if (unit === 'long') {
    const start = before === 'not' ? i - 2 : before === 'so' && tokens[i - 3]?.lower === 'not' ? i - 3 : i - 1;
    return start >= first ? phrase(start) : null;
  }
  if (i - 2 < first) return null;
  const vague = unit === 'time' ? before === 'some' || before === 'long' : unit === 'while' && before === 'a';
  return vague ? phrase(i - 2) : null;
}

/**
 * "last month": a month before the article's, with no day (dates.ts would count a month back to a day the text never
 * gave). Not "the last month", a span that ends now.
 */
function lastMonth(tokens: readonly Token[], i: number, first: number, pastEnd: string): YearPhrase | null {
  if (i - 1 < first || tokens[i - 1]!.lower !== 'last' || tokens[i - 2]?.lower === 'the') return null;
  return { first: i - 1, last: i, day: null, periodEnd: pastEnd, monthBack: true };
}

/**
 * "earlier this week", "earlier this month", "earlier in the year": a time before the article's day that names no
 * day, so its act has none, like one "last month" or "several days ago". (It is the article's own week or month, but
 * not its day: "Biden visited Kyiv earlier this month" is no news of the day.) Only in the clause that holds it:
 * "did not repeat the declaration earlier this week by his minister" leaves the main act alone.
 */
function earlierThis(tokens: readonly Token[], i: number, first: number, articleDate: string): YearPhrase | null {
  const start = tokens[i - 1]?.lower === 'this' ? i - 2 : tokens[i - 1]?.lower === 'the' ? i - 3 : -1;
  if (start < first || tokens[start]!.lower !== 'earlier') return null;
  if (start === i - 3 && tokens[i - 2]!.lower !== 'in') return null;
  return { first: start, last: i, day: null, periodEnd: dayBefore(articleDate), earlier: true };
}

/**
 * "the day before", "days earlier", "the previous week" (earlier-days.ts): a time before the story's, with no day,
 * which dates only a verb in the past of its own clause.
 */
function countedBack(
  tokens: readonly Token[],
  i: number,
  first: number,
  end: number,
  articleDate: string,
): YearPhrase | null {
  const span = earlierDay(tokens, i, first, end);
  return span === null
    ? null
    : { ...span, day: null, periodEnd: dayBefore(articleDate), earlier: true, pastOnly: true };
}

/** The time back starting at `start` restates a date written before it: "on March 24, three months ago". */
function restatesDate(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 2]?.lower ?? '';
  return tokens[start - 1]?.text === ',' && (/^\d{1,4}$/.test(before) || MONTHS.has(before));
}

/** Prepositions of a span of the past: "over the past 30 years", "in recent years". */
const SPAN_PREPOSITIONS = new Set(['over', 'in', 'during']);

/** Words between "the past" and "years": a count ("three", "25", "few", "several"). */
const SPAN_COUNTS = new Set(['few', 'several', 'many', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'thirty']);

/**
 * "over the past 30 years", "during the last few decades": acts told over years that end now are the retold past, not
 * an act of the article's day ("what we agreed to over the past 30 years", "over the past few decades we asked our
 * partners to abstain"): no day. (Days and weeks are not: "over the past 48 hours" is the news.)
 */
function pastYears(tokens: readonly Token[], i: number, first: number, pastEnd: string): YearPhrase | null {
  const unit = tokens[i]!.lower;
  if (unit !== 'years' && unit !== 'decades' && unit !== 'centuries') return null;
  // "in recent years we have signed 200 documents": the same retold span, with no count.
  if (tokens[i - 1]?.lower === 'recent' && i - 2 >= first && SPAN_PREPOSITIONS.has(tokens[i - 2]!.lower))
    return { first: i - 2, last: i, day: null, periodEnd: pastEnd };
  let k = i - 1;
  const count = tokens[k]?.lower ?? '';
  if (SPAN_COUNTS.has(count) || /^\d+$/.test(count)) k--;
  const last = tokens[k]?.lower;
  if ((last !== 'past' && last !== 'last') || tokens[k - 1]?.lower !== 'the') return null;
  if (k - 2 < first || !SPAN_PREPOSITIONS.has(tokens[k - 2]!.lower)) return null;
  return { first: k - 2, last: i, day: null, periodEnd: pastEnd };
}

/** Walks left over a month, a day and filler words ("the spring of", "early"); `k` is the first word that is none. */
function monthAndDay(tokens: readonly Token[], from: number, first: number): { k: number; month: number; day: number } {
  let month = 0;
  let day = 0;
  let k = from;
  for (; k >= first; k--) {
    const w = tokens[k]!.lower;
    const mo = MONTHS.get(w);
    if (mo !== undefined && month === 0) month = mo;
    else if (/^\d{1,2}$/.test(w) && day === 0 && Number(w) >= 1 && Number(w) <= 31) day = Number(w);
    // "On August 6-8, 2016": a span of days names no one day, but its month still dates the act.
    else if (/^\d{1,2}[-–]\d{1,2}$/.test(w) && day === 0) continue;
    else if (!FILLERS.has(w) && !SEASONS.has(w)) break;
  }
  // A day needs its month beside it ("21 February", "February 21,"): "on 12 of 2014" is no date.
  return { k, month, day: month === 0 ? 0 : day };
}

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? d.toISOString().slice(0, 10) : null;
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** True when the phrase stands in the trigger's clause and dates its act. */
function anchors(ctx: SentenceContext, p: YearPhrase, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  if (p.attributive === true) return describedNoun(tokens, p.last, trigger);
  if (p.afterOnly === true) return false;
  // "returned its forces to 1997 levels when …": such a year dates the "when" clause only, not an act before it.
  if (p.whenYear === true && p.first > triggerEnd) return false;
  if (p.first > triggerEnd) {
    // (The trigger's own noun is no other event: "signed an agreement on 21 February 2014".)
    // "The last aid bill for Ukraine was approved in December 2022": an event noun in the subject of a passive in the
    // past has that verb's time.
    const passive = passiveOfSubject(ctx, trigger, triggerEnd, p.first);
    for (let j = passive > 0 ? passive + 1 : triggerEnd + 1; j < p.first; j++) {
      // "A Russia-Africa summit was held in Sochi in 2019": the verb that says the event noun took place has its time.
      if (j === triggerEnd + 1 && tokens[triggerEnd]!.pos === 'NOUN') {
        const said = occurrenceAt(tokens, j);
        if (said > 0) {
          j += said - 1;
          continue;
        }
      }
      // "were annexed and occupied by Russian forces in 2014": a participle joined to the trigger shares its time.
      if (j === triggerEnd + 2 && tokens[j - 1]!.lower === 'and' && sameParticiple(tokens[triggerEnd]!, tokens[j]!))
        continue;
      // "hit and damaged the memorial in early March", "met X and held talks in January": a verb joined by "and"
      // with no subject of its own shares the act's time; "traveled to Ethiopia, Uganda and Egypt in July": a list
      // of names is the act's object (date-reach.ts).
      if (joinedPredicate(tokens, trigger, j) || listComma(ctx, j)) continue;
      // "started a full-scale invasion of Ukraine in February 2022": the act's own object is no other event; "was
      // killed in a Russian attack in March 2022": nor is the event an act is done in (date-reach.ts).
      if (EVENT_NOUNS.has(tokens[j]!.lemma) && ownObjectNoun(tokens, trigger, triggerEnd, j)) continue;
      if (EVENT_NOUNS.has(tokens[j]!.lemma) && doneIn(tokens, triggerEnd, j)) continue;
      // "in Nagorno-Karabakh in 2020": a hyphen inside a word closes nothing.
      if (gluedHyphen(tokens, j)) continue;
      // "signed an agreement to place weapons in Belarus in May 2023", "agreed to send tanks in January 2023": a past
      // time of the infinitive after a verb in the past is no later than that verb's, which is as much history.
      if (infinitiveOfPast(ctx, p, trigger, triggerEnd, j)) continue;
      // "talked with him during the summit held in Sochi two years ago": the occasion's date is the act's.
      if (heldOccasion(tokens, j)) continue;
      if (breaksClause(tokens[j]!, true) || (EVENT_NOUNS.has(tokens[j]!.lemma) && !occasionOf(tokens, j))) return false;
    }
    return true;
  }
  if (p.last >= trigger) return false;
  // "Pope Francis said in May that Kirill must …": the saying's time is its content's (said-dates.ts).
  if (sentencePhrases(ctx).length === 1 && saidThen(tokens, p.first, p.last, trigger, ctx.sentence.firstToken))
    return true;
  const when = whenAfter(tokens, p.last);
  if (when >= 0 && when < trigger && inWhenClause(tokens, when, trigger)) return true;
  // "a famine known as the Holodomor in 1933 that killed millions": a relative clause about the dated noun.
  if (p.day === null && relativeOfDatedNoun(ctx, p, trigger)) return true;
  if (p.whenOnly === true) return false;
  if (infinitiveAfterDate(tokens, p, trigger)) return true;
  if (p.day === null && earlierClause(tokens, p.last, trigger)) return true;
  if (describingParticiple(tokens, p.last, trigger)) return true;
  // "imposed sanctions on him in July, accusing him of …": a participle hung on the date's clause (date-reach.ts).
  if (participleAfterDate(tokens, p.first, p.last, trigger) && !opensClause(ctx, p.first)) return true;
  // Before the trigger only as the opening adverbial of the sentence ("In 2008, they signed …") or of a clause joined
  // after a comma or semicolon ("He bided his time, and in 2014 Russia seized Crimea"), which dates its main act.
  // "the world leaders in 1919 refused", "which in 2014 occupied Crimea": a date right before a verb in the past is its
  // time.
  if (dateBeforeVerb(ctx, p, trigger)) return true;
  // "Russia attacked Ukraine in 2014, annexed Crimea and supported the separatists": a list of past verbs sharing the
  // dated verb's subject shares its time.
  if (listedAfterDate(ctx, p, trigger)) return true;
  if (!opensClause(ctx, p.first) && !causalAs(tokens, p)) return false;
  // A verb joined to the trigger by "and" shares its subject and its date: "in 2014 Russia seized Crimea and sent
  // troops into Donbas".
  // So does a participle clause after a comma: "On December 1, 1991, the referendum was held, supported by …".
  const joined = tokens[trigger - 1]?.lower === 'and' || participleClause(tokens, trigger);
  // An event noun that is the object of the clause's one verb shares its date: "In 2019, Sochi hosted the first
  // Russia-Africa summit".
  // So does a purpose infinitive after the clause's one verb: "In March 2023, Prince William visited the border to meet
  // British troops".
  let objectVerbs = tokens[trigger]!.pos === 'NOUN' || tokens[trigger - 1]?.lower === 'to' ? 1 : 0;
  for (let j = p.last + 1; j < trigger; j++) {
    // "In 2014, when Russia seized Crimea, the West imposed sanctions": the date's "when" clause is an aside.
    if (j === when) j = closingComma(tokens, when, trigger);
    const t = tokens[j]!;
    if (objectVerbs > 0 && t.pos === 'VERB' && !CLAUSE_OPENERS.has(t.lower)) {
      objectVerbs--;
      continue;
    }
    // "in 2014 Russia seized Crimea and sent troops into Donbas to support the separatists": the purpose of a verb in
    // the past joined by "and" to the dated one is of that time too.
    if (objectVerbs === 0 && t.pos === 'VERB' && tokens[j - 1]!.lower === 'and' && tokens[trigger - 1]?.lower === 'to')
      if (pastTense(ctx, j)) continue;
    // "Russian-speaking": the word after a glued hyphen is part of a modifier, no verb of a clause.
    if (gluedHyphen(tokens, j - 1)) continue;
    if (j > p.last + 1 && (t.text === ',' || t.pos === 'CCONJ') && tokens[trigger]!.pos === 'NOUN') return false;
    if (breaksClause(t, false) && !(joined && t.pos === 'VERB')) return false;
  }
  return true;
}

/**
 * "a failed attempt by the Polish resistance in 1944 to liberate the city", "the decision in 2014 to annex Crimea",
 * "agreed in 2015 to hold talks": a time right before a to-infinitive, the trigger, is the time of the act the
 * infinitive names, which its noun or verb took up then. (Not a closed span's "to": "from 1999 to 2008" is one phrase.)
 */
function infinitiveAfterDate(tokens: readonly Token[], p: YearPhrase, trigger: number): boolean {
  if (p.attributive === true || !AT_TIME.has(tokens[p.first]!.lower) || tokens[p.last + 1]?.lower !== 'to')
    return false;
  let k = p.last + 2;
  while (k < trigger && tokens[k]!.pos === 'ADV') k++;
  const verb = tokens[k]!;
  return k === trigger && verb.pos === 'VERB' && verb.lower === verb.lemma;
}

/** Verbs in the past saying an event took place, began or ended: "the aggression began in 2014". */
const OCCURRED = new Set(['began', 'started', 'erupted', 'ended', 'happened', 'occurred', 'broke']);

/** Words of a noun phrase: the subject an event noun heads or stands in ("the last U.S. aid bill for Ukraine"). */
const SUBJECT_WORDS = /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|PART)$/;

/**
 * The event noun at `trigger` stands in the subject of a passive in the past ("The last U.S. aid bill for Ukraine was
 * approved in December 2022", "the sanctions package against Russia were adopted in June") or of a verb of its course
 * (OCCURRED: "Russia's aggression against Ukraine began in 2014"): the index of that participle or verb, before the
 * date at `dateFirst`, else -1. The subject opens the sentence, or a clause after a comma.
 */
function passiveOfSubject(ctx: SentenceContext, trigger: number, triggerEnd: number, dateFirst: number): number {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.pos !== 'NOUN') return -1;
  const first = ctx.sentence.firstToken;
  let k = trigger - 1;
  while (k >= first && SUBJECT_WORDS.test(tokens[k]!.pos)) k--;
  if (k >= first && tokens[k]!.text !== ',') return -1;
  // Past the rest of the subject ("bill for Ukraine") to "was"/"were".
  let j = triggerEnd + 1;
  while (j < dateFirst && (SUBJECT_WORDS.test(tokens[j]!.pos) || tokens[j]!.pos === 'ADP')) j++;
  // "Russia's aggression against Ukraine began in earnest in 2014": a verb saying the event took its course then.
  if (j < dateFirst && OCCURRED.has(tokens[j]!.lower)) return tokens[j + 1]?.lower === 'out' ? j + 1 : j;
  if (tokens[j]?.lower !== 'was' && tokens[j]?.lower !== 'were') return -1;
  j++;
  while (j < dateFirst && tokens[j]!.pos === 'ADV') j++;
  const verb = tokens[j];
  if (j >= dateFirst || verb === undefined || verb.pos !== 'VERB' || verb.lower === verb.lemma) return -1;
  return /(?:ed|en|wn|ne|t)$/.test(verb.lower) ? j : -1;
}

/** Relative words that open a clause about the noun before them. */
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/**
 * "a famine known as the Holodomor in 1933 that killed 10 million Ukrainians": the trigger, a verb in the past, is the
 * verb of a relative clause opened right after a past month or year that dates the noun before it. What that noun
 * did, it did then.
 */
function relativeOfDatedNoun(ctx: SentenceContext, p: YearPhrase, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (p.attributive === true || p.whenOnly === true || !AT_TIME.has(tokens[p.first]!.lower)) return false;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[p.first - 1]?.pos ?? '')) return false;
  const opener = tokens[p.last + 1]?.text === ',' ? p.last + 2 : p.last + 1;
  if (!RELATIVE_WORDS.has(tokens[opener]?.lower ?? '') || !pastTense(ctx, trigger)) return false;
  for (let j = opener + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || CLAUSE_OPENERS.has(t.lower)) return false;
  }
  return true;
}

/** Prepositions of an occasion that opens a sentence: "During President Putin's visit to Mongolia in 2019, we signed". */
const OPENING_OCCASIONS = new Set(['during', 'at']);

/**
 * The date opens the sentence, past adverbs and conjunctions ("Back in 2014,"), or ends an opening phrase of the
 * occasion set off by a comma ("During a vote by the UN last year condemning …,", "At the time of publication in
 * February 2023,").
 */
function openingPhrase(tokens: readonly Token[], first: number, p: YearPhrase): boolean {
  let plain = true;
  for (let j = first; j < p.first && plain; j++) plain = /^(?:ADV|CCONJ|PUNCT)$/.test(tokens[j]!.pos);
  if (plain) return true;
  if (!OPENING_OCCASIONS.has(tokens[first]!.lower) || tokens[p.last + 1]?.text !== ',') return false;
  for (let j = first + 1; j < p.first; j++)
    if (!/^(?:DET|NOUN|PROPN|ADJ|ADP|PART|PRON|NUM)$/.test(tokens[j]!.pos)) return false;
  return true;
}

/**
 * The date stands right before the trigger, a verb in the past, with only adverbs or more years ("in 1919 and 1991")
 * between, and not after a participle it may describe ("the agreement signed in 2015 required").
 */
function dateBeforeVerb(ctx: SentenceContext, p: YearPhrase, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[p.first - 1]?.pos === 'VERB' || !pastTense(ctx, trigger)) return false;
  for (let j = p.last + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'ADV' && t.lower !== 'and' && !YEAR.test(t.lower)) return false;
  }
  return true;
}

/**
 * The verb at `j` is an infinitive ("to place") of the trigger, the trigger is a verb in the past, and the
 * phrase names a month or year before the article's month (no day).
 */
function infinitiveOfPast(
  ctx: SentenceContext,
  p: YearPhrase,
  trigger: number,
  triggerEnd: number,
  j: number,
): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[j]!.pos !== 'VERB' || tokens[j - 1]?.lower !== 'to' || p.day !== null || p.earlier === true) return false;
  // Right after the trigger ("agreed to send") or its own noun ("signed an agreement to place"), not one further on
  // ("agreed on the need to make efforts … for the flight shot down two years ago").
  if (j !== triggerEnd + 1 && j !== triggerEnd + 2) return false;
  if (p.bareMonth !== undefined || p.periodEnd >= monthStart(ctx.doc.article.date!)) return false;
  return pastTense(ctx, trigger);
}

/** A verb in the simple past, a form of its own: "annexed", "seized", "began" (not "annex", "seizes", "seizing"). */
function simplePast(t: Token): boolean {
  return t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}

/**
 * The trigger, a verb in the simple past, is listed after the date's own verb: "attacked Ukraine in 2014, annexed
 * Crimea and supported the separatists". The date ends the first verb's clause at a comma; the verb after it, in the
 * past with no subject of its own, and one joined to it by "and", share that verb's subject and time. The dated verb is
 * in the past in the sentence's main clause (not "Putin, who came to power in 2000, signed …", whose "signed" has a
 * subject of its own), and the listed verb is no speech verb ("annexed Crimea in 2014, said Lavrov").
 */
function listedAfterDate(ctx: SentenceContext, p: YearPhrase, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const listed = p.last + 2;
  if (tokens[p.last + 1]?.text !== ',' || trigger < listed || !simplePast(tokens[listed]!)) return false;
  if (!simplePast(tokens[trigger]!) || SPEECH_VERBS.has(tokens[listed]!.lemma)) return false;
  if (trigger > listed) {
    if (tokens[trigger - 1]!.lower !== 'and') return false;
    // ", and supported": a serial comma before the last verb.
    const end = tokens[trigger - 2]!.text === ',' ? trigger - 2 : trigger - 1;
    for (let j = listed + 1; j < end; j++) if (breaksClause(tokens[j]!, true)) return false;
  }
  // The date's verb: the first verb before the date, past the clause's words; nothing before it opens another clause.
  const first = ctx.sentence.firstToken;
  let verb = p.first - 1;
  while (verb >= first && tokens[verb]!.pos !== 'VERB') {
    if (tokens[verb]!.pos === 'PUNCT' || CLAUSE_OPENERS.has(tokens[verb]!.lower)) return false;
    verb--;
  }
  if (verb < first || !pastTense(ctx, verb)) return false;
  for (let j = verb - 1; j >= first; j--) {
    const t = tokens[j]!;
    // "…, but Russia attacked": a clause joined after a comma starts there.
    if (t.text === ';' || (t.pos === 'CCONJ' && tokens[j - 1]?.text === ',')) break;
    if (CLAUSE_OPENERS.has(t.lower) || t.pos === 'VERB' || (j === verb - 1 && t.text === ',')) return false;
  }
  return true;
}

/** Verbs that say an event took place: "was held", "took place", "were convened". */
const OCCURRENCES: readonly (readonly string[])[] = [
  ['was', 'held'],
  ['were', 'held'],
  ['took', 'place'],
  ['was', 'convened'],
  ['were', 'convened'],
  ['was', 'organised'],
  ['was', 'organized'],
];

/** The length of an occurrence verb (OCCURRENCES) at `j`, else 0. */
function occurrenceAt(tokens: readonly Token[], j: number): number {
  for (const words of OCCURRENCES) if (wordsAt(tokens, j, words)) return words.length;
  return 0;
}

/** Two past participles of the same form: "annexed and occupied". */
function sameParticiple(a: Token, b: Token): boolean {
  return a.pos === 'VERB' && b.pos === 'VERB' && a.lower.endsWith('ed') && b.lower.endsWith('ed');
}

/** The index of "when" right after the date ending at `last` ("in 2014, when", "since 1992 when"), else -1. */
function whenAfter(tokens: readonly Token[], last: number): number {
  const k = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  return tokens[k]?.lower === 'when' ? k : -1;
}

/**
 * The trigger is a verb (or its noun) of the "when" clause that names the date: "in 2014, when Russia seized Crimea
 * and started the war in Donbas". The clause ends at a comma, a semicolon or another clause's opener (but the "that"
 * of a verb's content clause).
 */
function inWhenClause(tokens: readonly Token[], when: number, trigger: number): boolean {
  for (let j = when + 1; j < trigger; j++) {
    const t = tokens[j]!;
    // "when we were told that our concerns were groundless", "when NATO told Russia that …": what a verb of the
    // clause says is of its time.
    if (t.lower === 'that' && contentThat(tokens, j)) continue;
    if (t.text === ',' || t.text === ';' || CLAUSE_OPENERS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The "that" at `j` opens a verb's content clause: right after a verb ("were told that"), or after a speech verb's
 * object ("told Russia that"; "seized Crimea that" is a relative clause).
 */
function contentThat(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]!;
  if (before.pos === 'VERB') return true;
  const verb = tokens[j - 2];
  return (
    verb !== undefined &&
    verb.pos === 'VERB' &&
    SPEECH_VERBS.has(verb.lemma) &&
    (before.pos === 'PRON' || before.pos === 'PROPN' || before.pos === 'NOUN')
  );
}

/**
 * "Xi drew condemnation last summer after Chinese forces held drills near Taiwan": an "after" clause right after a
 * past month or year names an act before that time, so no later; its act is as much history. (Only a period with no
 * day: "on 5 May, after Russia shelled …" may put the shelling days earlier.)
 */
function earlierClause(tokens: readonly Token[], last: number, trigger: number): boolean {
  // "In March 2022, weeks after Moscow launched its invasion": set off with a vague span (date-reach.ts); an event
  // noun there is the object of the clause's verb.
  const spanned = spanAfter(tokens, last);
  const after = spanned >= 0 ? spanned : tokens[last + 1]?.lower === 'after' ? last + 1 : -1;
  if (after < 0) return false;
  let verbs = spanned >= 0 && tokens[trigger]!.pos === 'NOUN' ? 1 : 0;
  for (let j = after + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && verbs-- > 0) continue;
    if (t.text === ',' || t.text === ';' || t.pos === 'VERB' || CLAUSE_OPENERS.has(t.lower)) return false;
  }
  return true;
}

/** The comma that closes the "when" clause at `when`, or `when` itself when none does before the trigger. */
function closingComma(tokens: readonly Token[], when: number, trigger: number): number {
  for (let j = when + 1; j < trigger; j++) if (tokens[j]!.text === ',') return j;
  return when;
}

/** Prepositions that make an event noun the occasion of the act before it: "agreed during my visit to China in 2016". */
const OCCASION = new Set(['during', 'at']);

/**
 * The event noun at `noun` is the occasion the act took place at ("during my visit … in 2016", "at the summit in
 * 2019"): its date is the act's. (After "for" or "in" it is what the act is about: "thanked him for his participation
 * in the summit in August 2021".)
 */
function occasionOf(tokens: readonly Token[], noun: number): boolean {
  let k = noun - 1;
  // "during the Russia-Africa Summit": a hyphen inside a name is a word of the phrase.
  while (k > noun - 6 && (/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? '') || gluedHyphen(tokens, k)))
    k--;
  return OCCASION.has(tokens[k]?.lower ?? '');
}

/**
 * The month phrase at `first` names the time of an occasion the act took place during: "during a meeting in November".
 * (Not "at": "called on the leaders at the summit in May to lead" asks for what the summit is to do.)
 */
function occasionBefore(tokens: readonly Token[], first: number): boolean {
  const noun = first - 1;
  if (!EVENT_NOUNS.has(tokens[noun]?.lemma ?? '')) return false;
  let k = noun - 1;
  while (k > noun - 6 && /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? '')) k--;
  return tokens[k]?.lower === 'during';
}

/** Participles that say an occasion took place: "the summit held in Sochi", "the forum hosted by Russia". */
const HELD = new Set(['held', 'convened', 'organised', 'organized', 'hosted']);

/** The participle at `j` (HELD) describes the occasion noun right before it, an act's occasion (occasionOf). */
function heldOccasion(tokens: readonly Token[], j: number): boolean {
  const noun = tokens[j - 1];
  return HELD.has(tokens[j]!.lower) && noun !== undefined && EVENT_NOUNS.has(noun.lower) && occasionOf(tokens, j - 1);
}

/**
 * "voted against Russia last year in a UN General Assembly resolution condemning Moscow's invasion": an "-ing"
 * participle describing the noun before it, with only that noun's phrase between it and a date of the clause, acts
 * when the clause does.
 */
function describingParticiple(tokens: readonly Token[], last: number, trigger: number): boolean {
  const t = tokens[trigger]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || tokens[trigger - 1]?.pos !== 'NOUN') return false;
  for (let j = last + 1; j < trigger; j++) if (!/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos)) return false;
  return true;
}

/** A participle right after a comma: ", supported by", ", killing". */
function participleClause(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  return tokens[trigger - 1]?.text === ',' && t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && t.lower !== t.lemma;
}

/** The trigger is the noun an attributive date describes, past its modifiers: "the June 2021 Russian-American summit". */
function describedNoun(tokens: readonly Token[], last: number, trigger: number): boolean {
  if (trigger <= last || trigger > last + 3) return false;
  for (let j = last + 1; j < trigger; j++) if (!/^(?:NOUN|PROPN|ADJ)$/.test(tokens[j]!.pos)) return false;
  return true;
}

/**
 * "as in December 30 years ago Croatia recognised …": a date right after "as", with no comma after it, opens the
 * clause "as" begins (a cause), whose subject follows. ("Russia, as in 2014, denied …" compares, set off by commas.)
 */
function causalAs(tokens: readonly Token[], p: YearPhrase): boolean {
  return tokens[p.first - 1]?.lower === 'as' && tokens[p.last + 1]?.text !== ',';
}

/** Stock openings that leave the sentence's clause to come: "As you know, in 2019, Sochi hosted …". */
const OPENING_ASIDES: readonly (readonly string[])[] = [
  ['as', 'you', 'know'],
  ['as', 'we', 'know'],
  ['as', 'is', 'known'],
  ['as', 'you', 'may', 'know'],
  ['as', 'you', 'remember'],
  ['as', 'we', 'remember'],
  ['as', 'you', 'are', 'aware'],
  ['as', 'we', 'are', 'aware'],
  // "You will remember, at that time we signed a strategic agreement": the listeners' memory, of the past.
  ['you', 'will', 'remember'],
  ['you', 'may', 'remember'],
  ['you', 'will', 'recall'],
  ['as', 'you', 'recall'],
  ['as', 'you', 'may', 'recall'],
];

/** Relative and subordinating words after which a date opens the clause they begin: "which in 2014 occupied". */
const CLAUSE_STARTS = new Set(['which', 'who', 'when', 'whereas', 'while', 'because', 'although', 'though']);

/** Conjunctions that open a clause of their own: "because, as you are aware, last year … troops invaded". */
const SUBORDINATE_OPENERS = new Set(['because', 'although', 'though', 'whereas']);

/** The start of an aside of OPENING_ASIDES set off by commas and ending at the comma at `comma`, else -1. */
function asideBefore(tokens: readonly Token[], sentenceFirst: number, comma: number): number {
  for (const words of OPENING_ASIDES) {
    const start = comma - words.length;
    if (start < sentenceFirst || !wordsAt(tokens, start, words)) continue;
    if (start === sentenceFirst || tokens[start - 1]!.text === ',') return start;
  }
  return -1;
}

/** The tokens from the sentence's start to the comma are one of OPENING_ASIDES. */
function openingAside(tokens: readonly Token[], first: number, comma: number): boolean {
  for (const words of OPENING_ASIDES) if (comma - first === words.length && wordsAt(tokens, first, words)) return true;
  return false;
}

/**
 * Only conjunctions, adverbs and punctuation stand between the phrase at `first` and the start of the sentence, or
 * between it and a semicolon or a comma with a conjunction (", and", ", but") that opens a new clause.
 */
function opensClause(ctx: SentenceContext, first: number): boolean {
  const tokens = ctx.doc.tokens;
  // "when in 1996 the diplomat had denounced NATO expansion": a date right after a clause's opener opens that clause.
  if (first > ctx.sentence.firstToken && CLAUSE_STARTS.has(tokens[first - 1]!.lower)) return true;
  let conjunction = false;
  for (let j = first - 1; j >= ctx.sentence.firstToken; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || (t.text === ',' && conjunction)) return true;
    if (t.text === ',' && openingAside(tokens, ctx.sentence.firstToken, j)) return true;
    // "because, as you are aware, last year": past a comma-set aside, to the conjunction that opens the clause.
    if (t.text === ',' && !conjunction) {
      const aside = asideBefore(tokens, ctx.sentence.firstToken, j);
      if (aside > ctx.sentence.firstToken) {
        j = aside - 1;
        continue;
      }
    }
    if (SUBORDINATE_OPENERS.has(t.lower)) return true;
    // "reminded that at the end of September 2021, X held talks": the date opens the reported clause.
    if (t.lower === 'that' && tokens[j - 1]?.pos === 'VERB') return true;
    if (t.pos === 'CCONJ') conjunction = true;
    else if (t.pos !== 'ADV' && t.pos !== 'PUNCT') return false;
  }
  return true;
}

/** A token between the act and its date that closes the act's clause: another verb, or a clause boundary. */
function breaksClause(t: Token, after: boolean): boolean {
  if (t.pos === 'VERB' || CLAUSE_OPENERS.has(t.lower)) return true;
  if (t.pos === 'AUX') return after;
  // A comma after the act opens an apposition or another clause; after an opening date it is the date's own.
  return after && (t.pos === 'PUNCT' || t.text === '"');
}
