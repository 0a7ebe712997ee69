// Acts told in a "where" clause about a place the main clause visits or shows: "Macron visited a bridge in Irpin where
// Russian forces shelled civilians", "I saw a video from Melitopol where Ukrainians protested against the occupiers".
// The place is visited or shown for what happened there before, so an act of that clause in the simple past or the
// pluperfect is history, no day, like one "some time ago" (year-dates.ts). The visitor's own acts there are the
// visit's ("visited Kyiv, where he met Zelensky", "arrived at the site, where they were met by the President",
// "travelled to Kyiv, where Zelensky welcomed the French president"): a personal pronoun in the clause, or an actor
// the main clause names, keeps the article's day, and so do the present and the present perfect ("where Russian
// troops are advancing", "where Russia has concentrated its forces"), which tell of now.
import { mentionOf, type SentenceContext } from './context.ts';

/** Words of visiting, arriving at or showing a place, as verbs ("visited", "toured") or nouns ("a video from"). */
const PRESENCE = new Set(
  'visit tour travel arrive come go return stop see show video footage photo photograph picture trip'.split(' '),
);

/** Personal pronouns: a "where" clause that holds one tells of the visitors themselves, or of the speaker. */
const PERSONAL = new Set('i we you he she they me us him her them'.split(' '));

/** Words that end the "where" clause before the trigger, or open another clause inside it. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—', 'which', 'who', 'that', 'when', 'while', 'but', 'and']);

/** How many words the "where" clause may have before the trigger. */
const WHERE_REACH = 15;

/**
 * The trigger, a verb in the past (`pastAt`, year-dates.ts decides), is in a "where" clause about a place (the noun
 * before "where") that a word of PRESENCE earlier in the sentence visits or shows, and the clause holds no personal
 * pronoun.
 */
export function visitedPlacePast(ctx: SentenceContext, trigger: number, pastAt: (k: number) => boolean): boolean {
  if (!/\bwhere\b/i.test(ctx.sentence.text) || !pastAt(trigger)) return false;
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  for (let k = trigger - 1; k >= Math.max(first + 1, trigger - WHERE_REACH); k--) {
    const t = tokens[k]!;
    if (t.lower === 'where') return placeBefore(ctx, k) && presenceBefore(ctx, k) && !visitorsAct(ctx, k);
    if (PERSONAL.has(t.lower) || CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return false;
}

/** Marks that end the "where" clause after the trigger. */
const CLAUSE_ENDS = new Set([',', ';', ':', '–', '—']);

/**
 * The "where" clause opened at `where` holds a personal pronoun, or an actor the sentence names before it: it tells
 * of the visitors or their hosts.
 */
function visitorsAct(ctx: SentenceContext, where: number): boolean {
  const tokens = ctx.doc.tokens;
  const named = new Set<string>();
  for (let k = ctx.sentence.firstToken; k < where; k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) named.add(m.actor.code);
  }
  for (let k = where + 1; k < ctx.sentence.endToken && !CLAUSE_ENDS.has(tokens[k]!.text); k++) {
    if (PERSONAL.has(tokens[k]!.lower)) return true;
    const m = mentionOf(ctx, k);
    if (m !== undefined && named.has(m.actor.code)) return true;
  }
  return false;
}

/** The "where" at `where` is a relative after a place's noun: "a bridge in Irpin where", "Melitopol, where". */
function placeBefore(ctx: SentenceContext, where: number): boolean {
  const tokens = ctx.doc.tokens;
  const k = tokens[where - 1]?.text === ',' ? where - 2 : where - 1;
  return k >= ctx.sentence.firstToken && /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos);
}

/** A word of PRESENCE stands before the "where" at `where`, in the same sentence and not past a semicolon. */
function presenceBefore(ctx: SentenceContext, where: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = where - 1; k >= ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (t.text === ';') return false;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && PRESENCE.has(t.lemma)) return true;
  }
  return false;
}
