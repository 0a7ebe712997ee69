// Mentions found after the scan (a deferred title, a speaker's "our army") join the scan's mentions in text order;
// the antecedent indexes of the mentions already found are renumbered to their new places.
import type { Mention } from '../types.ts';

/** `mentions` and `added` (each in text order, none overlapping, the added ones with no antecedent) merged in text order. */
export function insertMentions(mentions: readonly Mention[], added: readonly Mention[]): Mention[] {
  if (added.length === 0) return [...mentions];
  const merged: Mention[] = [];
  const moved: number[] = [];
  let a = 0;
  for (let k = 0; k < mentions.length; k++) {
    while (a < added.length && added[a]!.start < mentions[k]!.start) merged.push(added[a++]!);
    moved.push(merged.length);
    merged.push(mentions[k]!);
  }
  while (a < added.length) merged.push(added[a++]!);
  return merged.map((m) => (m.antecedent === null ? m : { ...m, antecedent: moved[m.antecedent]! }));
}
