// A day told in a clause set against the act's, "Russia denies it plans to invade Ukraine, but there were reports on
// Sunday of helicopters moved to the border", "we will support these projects; tax benefits were introduced from
// January 1", dates the later clause, not the act before it. That act, told in the present or the future, is the
// article's news, and keeps the article's day. (An act told in the past may well share the later clause's day:
// "Russia shelled Kharkiv, but Ukraine repelled the attack on Monday", and keeps it.)
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { tokenAtOffset } from './context.ts';
import { FUTURE } from './lexicon.ts';

/** Words after a comma or a dash that set a clause against the one before it. */
const CONTRASTS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);
/** Marks that may set such a clause off. */
const SET_OFF = new Set([',', '–', '—']);
/** Marks and words that close the act's clause on its left. */
const CLAUSE_START = new Set([',', ';', ':', '–', '—', 'but', 'while', 'whereas', 'although', 'though']);
/** Auxiliaries of the present: "is", "has", "does", "can". */
const PRESENT_AUXILIARIES = new Set("is are am 's ’s 're ’re has have does do can must".split(' '));
/** Auxiliaries of the past. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'could', 'would']);

/**
 * The sentence's day, whose words start at character `at` of the sentence (dates.ts), stands in a clause set off by a
 * contrast ("…, but", "…; ") after the act at `trigger` to `triggerEnd`, whose own clause is told in the present or
 * the future.
 */
export function dayInContrastedClause(ctx: SentenceContext, at: number, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  const day = tokenAtOffset(ctx, at);
  if (day >= endToken || triggerEnd >= day) return false;
  const opening = contrastBetween(tokens, triggerEnd + 1, day);
  if (opening < 0) return false;
  return presentClause(tokens, clauseStart(tokens, trigger, firstToken), opening);
}

/** The first contrast that opens a clause between tokens `from` and `to`: its index, else -1. */
function contrastBetween(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return k;
    if (SET_OFF.has(t.text) && CONTRASTS.has(tokens[k + 1]?.lower ?? '') && k + 1 < to) return k;
  }
  return -1;
}

/** The first token of the clause holding the act at `trigger`. */
function clauseStart(tokens: readonly Token[], trigger: number, first: number): number {
  let k = trigger;
  while (k - 1 >= first && !CLAUSE_START.has(tokens[k - 1]!.lower)) k--;
  return k;
}

/**
 * Tokens `from` to `to` (exclusive) tell of the present or the future: a present or future verb form ("denies",
 * "will support", "is"), and no past one ("was", "had", "shelled" with no auxiliary before it).
 */
function presentClause(tokens: readonly Token[], from: number, to: number): boolean {
  let present = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || FUTURE.has(t.lower)) {
      if (PAST_AUXILIARIES.has(t.lower)) return false;
      if (FUTURE.has(t.lower) || PRESENT_AUXILIARIES.has(t.lower)) present = true;
      continue;
    }
    if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing')) continue;
    // "denies", "plans": a verb of the present's third person.
    if (t.lower.endsWith('s')) {
      present = true;
      continue;
    }
    // "shelled", "began" with no auxiliary before it: a simple past.
    let j = k - 1;
    while (j >= from && tokens[j]!.pos === 'ADV') j--;
    if (j < from || tokens[j]!.pos !== 'AUX') return false;
  }
  return present;
}
