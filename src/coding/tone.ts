// GDELT-style tone: percentage of positive words minus percentage of negative words.
import type { Doc } from '../types.ts';

export function tone(_doc: Doc): number {
  return 0;
}
