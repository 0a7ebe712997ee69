// The addressee of a request that names none, from the verb it is joined to: "The Deputy Head of the Office thanked
// the German side for its support and called for further strengthening of sanctions pressure". One who thanks,
// congratulates or informs someone and, in the same breath, calls for something, calls on that someone.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { conjoinedVerb } from './roles.ts';

/** Verbs whose object is the one spoken to. */
const ADDRESS_VERBS = new Set(['thank', 'congratulate', 'welcome', 'praise', 'inform', 'brief', 'tell', 'greet']);

/** The object of the address verb that the request verb at `i` is coordinated with, or null. */
export function coordinatedAddressee(ctx: SentenceContext, i: number): Mention | null {
  const first = conjoinedVerb(ctx, i);
  if (first === null || !ADDRESS_VERBS.has(ctx.doc.tokens[first]!.lemma)) return null;
  let k = first + 1;
  while (k < i && /^(?:DET|ADJ)$/.test(ctx.doc.tokens[k]!.pos) && ctx.mentionAt[k]! < 0) k++;
  const object = mentionOf(ctx, k);
  return object !== undefined && object.firstToken === k ? object : null;
}
