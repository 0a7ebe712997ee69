// Dates written with their year ("in 2014", "in October 2018", "on 21 February 2014") that anchor an event in its
// own clause. News retells the past: "Russia annexed Crimea in 2014" in a 2022 article is no event of 2022, and
// dating it to the article would put eight-year-old annexations into this week's escalation series.
// - A full date in the past dates the event, however old ("signed on 21 February 2014" → 2014-02-21).
// - A month or a year that ended before the article's month gives no day at all: the event is dated null, kept
//   in the output, and left out of every daily aggregate (which count only events placed on a day).
// - The article's own month or year, a future year, and "since/from/until 2014" (a span, not a time) anchor
//   nothing: the sentence's date applies, as before.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { sentenceDate } from './dates.ts';

/** A year-bearing date phrase of a sentence: its tokens (preposition to year) and what it says. */
interface YearPhrase {
  readonly first: number;
  readonly last: number;
  /** "YYYY-MM-DD" for a full date, else the last day of the month or year it names. */
  readonly day: string | null;
  readonly periodEnd: string;
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

const phraseCache = new WeakMap<object, readonly YearPhrase[]>();
const MAYBE_YEAR = /\b(?:19|20)\d\d\b/;

/** An event's date: the one a year-bearing phrase of its clause gives, else its sentence's (dates.ts). */
export function dateOfEvent(ctx: SentenceContext, trigger: number, triggerEnd: number): string | null {
  const anchored = yearAnchoredDate(ctx, trigger, triggerEnd);
  return anchored !== undefined ? anchored : sentenceDate(ctx);
}

/**
 * The date that a year-bearing phrase in the trigger's clause gives the event: a day, null (a past month or year
 * with no day), or undefined when no such phrase anchors it.
 */
export function yearAnchoredDate(ctx: SentenceContext, trigger: number, triggerEnd: number): string | null | undefined {
  const articleDate = ctx.doc.article.date;
  if (articleDate === null || !MAYBE_YEAR.test(ctx.sentence.text)) return undefined;
  let phrases = phraseCache.get(ctx.sentence);
  if (phrases === undefined) {
    phrases = yearPhrases(ctx.doc.tokens, ctx.sentence.firstToken, ctx.sentence.endToken);
    phraseCache.set(ctx.sentence, phrases);
  }
  for (const p of phrases) {
    if (!anchors(ctx, p, trigger, triggerEnd)) continue;
    if (p.day !== null) return p.day <= articleDate ? p.day : undefined;
    // The article's own month (or year, for a bare year) may hold the article's day: keep the sentence's date.
    return p.periodEnd < monthStart(articleDate) ? null : undefined;
  }
  return undefined;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function yearPhrases(tokens: readonly Token[], first: number, end: number): YearPhrase[] {
  const found: YearPhrase[] = [];
  for (let i = first; i < end; i++) {
    const m = YEAR.exec(tokens[i]!.lower);
    if (m === null || tokens[i]!.pos === 'PUNCT') continue;
    const endYear = m[2] === undefined ? m[1]! : m[2].length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2];
    let month = 0;
    let day = 0;
    let k = i - 1;
    for (; k >= first; k--) {
      const w = tokens[k]!.lower;
      const mo = MONTHS.get(w);
      if (mo !== undefined && month === 0) month = mo;
      else if (/^\d{1,2}$/.test(w) && day === 0 && Number(w) >= 1 && Number(w) <= 31) day = Number(w);
      else if (!FILLERS.has(w) && !SEASONS.has(w)) break;
    }
    if (k < first || !AT_TIME.has(tokens[k]!.lower)) continue;
    // A day needs its month beside it ("21 February", "February 21,"): "on 12 of 2014" is no date.
    if (day !== 0 && month === 0) day = 0;
    const y = Number(m[1]);
    const fullDay = day !== 0 && m[2] === undefined ? isoDay(y, month, day) : null;
    const periodEnd = month !== 0 ? lastDayOfMonth(Number(endYear), month) : `${endYear}-12-31`;
    found.push({ first: k, last: i, day: fullDay, periodEnd });
  }
  return found;
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
  if (p.first > triggerEnd) {
    // (The trigger's own noun is no other event: "signed an agreement on 21 February 2014".)
    for (let j = triggerEnd + 1; j < p.first; j++) {
      if (breaksClause(tokens[j]!, true) || EVENT_NOUNS.has(tokens[j]!.lemma)) return false;
    }
    return true;
  }
  if (p.last >= trigger) return false;
  // Before the trigger only as the sentence's opening adverbial ("In 2008, they signed …"), which dates the main act.
  for (let j = ctx.sentence.firstToken; j < p.first; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'CCONJ' && t.pos !== 'ADV' && t.pos !== 'PUNCT') return false;
  }
  for (let j = p.last + 1; j < trigger; j++) if (breaksClause(tokens[j]!, false)) return false;
  return true;
}

/** A token between the act and its date that closes the act's clause: another verb, or a clause boundary. */
function breaksClause(t: Token, after: boolean): boolean {
  if (t.pos === 'VERB' || CLAUSE_OPENERS.has(t.lower)) return true;
  if (t.pos === 'AUX') return after;
  // A comma after the act opens an apposition or another clause; after an opening date it is the date's own.
  return after && (t.pos === 'PUNCT' || t.text === '"');
}
