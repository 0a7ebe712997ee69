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
    if (tokens[j]!.pos === 'VERB') return false;
  }
  return false;
}

/** Nothing after the comma at `comma` opens another clause before the trigger. */
function mainClauseAct(tokens: readonly Token[], comma: number, trigger: number): boolean {
  for (let j = comma + 1; j < trigger; j++)
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';' || CLAUSE_OPENERS.has(tokens[j]!.lower)) return false;
  return true;
}
