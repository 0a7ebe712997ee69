// An act told after an "after" clause that names a past month or year: "After Russia's aggression against Ukraine in
// 2014, NATO strengthened its eastern flank", "The U.S. banned Russian oil imports after Russia invaded Ukraine in
// early 2022". The act came later than that time, and the sentence names no day of its own: told in the simple past,
// it is history, no day, like one "some time ago" (year-dates.ts), not news of the article's day. (An act in the
// present or the present perfect, "Following the 2014 annexation, Russia has been sanctioned", still tells of now;
// year-dates.ts decides the tense, and that the month or year ended before the article's month.)
import type { Token } from '../types.ts';

/** Words that open the clause or phrase of the earlier time. */
const AFTER = new Set(['after', 'following']);
/** How many words may stand between "after" and its date. */
const AFTER_REACH = 15;
/** Words that open another clause: past one, the act is not the main clause's of the "after" clause. */
const CLAUSE_OPENERS = new Set('which who whom whose that when where while because since as if until'.split(' '));

/**
 * Words after which an "after" clause opens a clause of its own: "…, and after …", "is that after …, NATO …" (not a
 * comma alone: "Russia shelled Kharkiv, after … in October, officials said" is the officials' saying of now).
 */
const CLAUSE_LEADS = new Set([';', 'that', 'and', 'but']);

/**
 * The date phrase from `first` to `last` stands in an "after" clause (no comma between), and the trigger is the act
 * of the clause that the "after" clause is joined to: right before "after" in the same clause, or after the comma
 * that closes an "after" clause opening the sentence or a clause.
 */
export function afterPastTime(
  tokens: readonly Token[],
  start: number,
  first: number,
  last: number,
  trigger: number,
): boolean {
  let after = -1;
  for (let k = first - 1; k >= Math.max(start, first - AFTER_REACH); k--) {
    const t = tokens[k]!;
    if (AFTER.has(t.lower)) {
      after = k;
      break;
    }
    if (t.pos === 'PUNCT' || CLAUSE_OPENERS.has(t.lower)) return false;
  }
  if (after < 0) return false;
  if (trigger < after) {
    for (let j = trigger + 1; j < after; j++)
      if (tokens[j]!.pos === 'PUNCT' || CLAUSE_OPENERS.has(tokens[j]!.lower)) return false;
    return true;
  }
  if (trigger <= last || !(after === start || CLAUSE_LEADS.has(tokens[after - 1]!.lower))) return false;
  // "After …  in 2014, NATO strengthened": the comma closing the opening clause comes before the trigger.
  for (let j = last + 1; j < trigger; j++) {
    if (tokens[j]!.text === ',') return mainClauseAct(tokens, j, trigger);
    if (tokens[j]!.pos === 'VERB' && !reducedRelative(tokens, j)) return false;
  }
  return false;
}

/** Nothing after the comma at `comma` opens another clause before the trigger. */
export function mainClauseAct(tokens: readonly Token[], comma: number, trigger: number): boolean {
  for (let j = comma + 1; j < trigger; j++)
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';' || CLAUSE_OPENERS.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The verb at `j` is a participle describing the noun or adverb before it inside the "after" phrase: "After a March
 * 2014 referendum widely seen as a sham, Russia annexed …", "after the 2014 vote held in Crimea, …".
 */
export function reducedRelative(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.lower === t.lemma || /(?:ing|s)$/.test(t.lower)) return false;
  const before = tokens[j - 1]!.pos;
  return before === 'NOUN' || before === 'ADV';
}

/**
 * "after the 2014 coup", "following Russia's 2014 annexation": a bare year right before the noun of an "after" phrase
 * names that noun's time, as "after the coup in 2014" does. The index of each such year (a determiner or a possessive
 * before it, a noun or an adjective after it), of a year before `articleYear`.
 */
export function attributiveYears(tokens: readonly Token[], first: number, end: number, articleYear: number): number[] {
  const found: number[] = [];
  for (let i = first + 1; i < end - 1; i++) {
    const w = tokens[i]!.lower;
    if (!/^(?:19|20)\d\d$/.test(w) || Number(w) >= articleYear) continue;
    const before = tokens[i - 1]!;
    if (before.pos !== 'DET' && before.lower !== "'s" && before.lower !== '’s' && before.pos !== 'PRON') continue;
    if (/^(?:NOUN|ADJ|PROPN)$/.test(tokens[i + 1]!.pos)) found.push(i);
  }
  return found;
}
